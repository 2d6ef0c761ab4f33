"""The social door: who may be seen to be in, and what the door, the village and members see.

Privacy by default: a member is shown by name only after they chose it on their own page (a
consent with its text version and time). A card can be copied, so the door may only withdraw
that choice, never grant it. Guests are never named. With nobody opted in, only numbers show.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from .phone_pass import DeviceKey
from .problems import Code, Problem

MAX_TAGS = 3
MAX_TAG_LEN = 30
VISIBILITY_TEXT_VERSION = 1  # the wording members agree to; a new wording is a new version


class InvalidChoice(Problem, ValueError):
    pass


class Source:
    MEMBER_PAGE = "member_page"
    DOOR = "door"


@dataclass(frozen=True)
class Visibility:
    """A member's choice to be seen at the door, and what to be asked about."""

    member_id: str
    visible: bool
    tags: tuple[str, ...]
    version: int
    decided_at: datetime
    source: str

    @staticmethod
    def hidden(member_id: str) -> Visibility:
        return Visibility(member_id, False, (), 0, datetime.min, Source.MEMBER_PAGE)


@dataclass(frozen=True)
class SocialEntry:
    """What the roster says of a member for the social door: their choice (None: the server has
    none) and their phones' public keys, revoked ones too (a door that knew a phone learns it is off)."""

    visibility: Visibility | None
    devices: tuple[DeviceKey, ...] = ()


def clean_tags(raw: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Up to three short "ask me about" tags: trimmed, NFC, no control characters, no repeats."""
    tags: list[str] = []
    for tag in raw:
        text = " ".join(unicodedata.normalize("NFC", tag).split())
        if not text:
            continue
        if any(unicodedata.category(ch).startswith("C") for ch in text):
            raise InvalidChoice("a tag may not contain control characters", Code.TAG_CONTROL_CHARACTERS)
        if len(text) > MAX_TAG_LEN:
            raise InvalidChoice(f"a tag is at most {MAX_TAG_LEN} characters", Code.TAG_TOO_LONG, limit=MAX_TAG_LEN)
        if text.casefold() not in (t.casefold() for t in tags):
            tags.append(text)
    if len(tags) > MAX_TAGS:
        raise InvalidChoice(f"at most {MAX_TAGS} tags", Code.TOO_MANY_TAGS, limit=MAX_TAGS)
    return tuple(tags)


def choose(member_id: str, visible: bool, tags: list[str] | tuple[str, ...], source: str,
           at: datetime, current: Visibility | None = None) -> Visibility:
    """A new choice. From the door only a withdrawal is possible: whoever holds a card (or a
    copy of it) must not be able to put its owner's name on the screen."""
    if source == Source.DOOR and visible:
        raise InvalidChoice("being shown at the door is chosen on the member's own page", Code.SHOWN_ONLY_BY_MEMBER)
    kept_tags = clean_tags(tags) if visible else ()
    if current is not None and current.decided_at > at:
        return current  # an older decision arriving late never overrides a newer one
    return Visibility(member_id, visible, kept_tags, VISIBILITY_TEXT_VERSION, at, source)


def latest(a: Visibility | None, b: Visibility | None) -> Visibility | None:
    """Two doors and the server may each hold a choice: the newest decision holds; at the same
    moment a withdrawal wins (never show someone by a tie)."""
    if a is None or b is None:
        return a or b
    if a.decided_at != b.decided_at:
        return a if a.decided_at > b.decided_at else b
    return a if not a.visible else b


@dataclass(frozen=True)
class Person:
    member_id: str
    name: str
    guest: bool


@dataclass(frozen=True)
class HereNow:
    named: tuple[tuple[str, tuple[str, ...]], ...]  # (first name, tags) of opted-in members
    others: int  # everyone else in: members who did not opt in, and guests

    @property
    def total(self) -> int:
        return len(self.named) + self.others


def here_now(in_now: list[Person], choices: dict[str, Visibility], exclude: str | None = None) -> HereNow:
    """Who the door may show. `exclude` leaves out the person being welcomed ("Anna and 3
    others are in" is said to someone else)."""
    named: list[tuple[str, tuple[str, ...]]] = []
    others = 0
    for person in in_now:
        if person.member_id == exclude:
            continue
        choice = choices.get(person.member_id)
        if not person.guest and choice is not None and choice.visible:
            named.append((first_name(person.name), choice.tags))
        else:
            others += 1
    named.sort(key=lambda n: n[0].casefold())
    return HereNow(tuple(named), others)


def first_name(name: str) -> str:
    """What the door shows of a name: the first word, so a full name is not put on a screen."""
    words = name.split()
    return words[0] if words else ""


# --- the village's view: SpaceAPI and a badge -------------------------------------------------
@dataclass(frozen=True)
class SpaceInfo:
    name: str
    url: str
    logo: str
    email: str = ""
    address: str = ""
    lat: float | None = None
    lon: float | None = None
    timezone: str = ""
    show_names: bool = False  # opted-in first names in the SpaceAPI answer too


def space_api(info: SpaceInfo, here: HereNow, lastchange: datetime | None) -> dict[str, object]:
    """A SpaceAPI v15 document: open while anyone is in; people_now_present always a count, and
    names only of members who opted in, only when the space enabled it."""
    open_now = here.total > 0
    doc: dict[str, object] = {
        "api_compatibility": ["15"],
        "space": info.name,
        "logo": info.logo,
        "url": info.url,
        "contact": {"email": info.email} if info.email else {},
        "state": {"open": open_now, "message": f"{here.total} here now" if open_now else "closed"},
    }
    if lastchange is not None:
        doc["state"]["lastchange"] = int(lastchange.timestamp())  # type: ignore[index]
    location: dict[str, object] = {}
    if info.address:
        location["address"] = info.address
    if info.lat is not None and info.lon is not None:
        location["lat"], location["lon"] = info.lat, info.lon
    if info.timezone:
        location["timezone"] = info.timezone
    if location:
        doc["location"] = location
    sensor: dict[str, object] = {"value": here.total}
    if info.show_names and here.named:
        sensor["names"] = [name for name, _ in here.named]
    doc["sensors"] = {"people_now_present": [sensor]}
    return doc


def badge_svg(open_now: bool, count: int, open_text: str, closed_text: str, here_text: str) -> str:
    """A small badge for the space's website: "Open - 5 here now" or "Closed"."""
    label = f"{open_text} · {count} {here_text}" if open_now else closed_text
    label = escape(label)
    width = 14 + 7 * len(label)
    colour = "#1f7a3a" if open_now else "#6b6b6b"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="24" role="img" '
            f'aria-label="{label}"><title>{label}</title>'
            f'<rect width="{width}" height="24" rx="4" fill="{colour}"/>'
            f'<text x="{width // 2}" y="16" fill="#fff" font-family="DejaVu Sans,Verdana,sans-serif" '
            f'font-size="12" text-anchor="middle">{label}</text></svg>')


# --- critical mass ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CriticalMass:
    threshold: int
    by_weekday: list[float | None]  # Monday first: share of open days with >= threshold people
    by_month: list[tuple[str, float]]  # ("2026-11", share), oldest first


def critical_mass(people_per_day: dict[date, int], threshold: int) -> CriticalMass:
    """Of the days the space was open (anyone came), the share with at least `threshold` people.
    Days nobody came are not counted: a closed day is not a lonely one."""
    if threshold < 1:
        raise InvalidChoice("the threshold is at least one person")
    open_days = {d: n for d, n in people_per_day.items() if n > 0}
    per_weekday: dict[int, list[int]] = defaultdict(list)
    per_month: dict[str, list[int]] = defaultdict(list)
    for day, n in open_days.items():
        per_weekday[day.weekday()].append(n)
        per_month[f"{day:%Y-%m}"].append(n)

    def share(counts: list[int]) -> float:
        return sum(1 for n in counts if n >= threshold) / len(counts)

    return CriticalMass(
        threshold,
        [share(per_weekday[w]) if per_weekday.get(w) else None for w in range(7)],
        [(month, share(counts)) for month, counts in sorted(per_month.items())],
    )
