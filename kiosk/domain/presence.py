"""Who is in: the rows of presence that the door, the host view, the lists and the server show,
and the one rule of who is "in now" that the kiosk and the server both apply (in_now)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar


class VisitLike(Protocol):
    """A stay as either side keeps it: the kiosk's domain Visit, the server's visit row."""

    @property
    def member_id(self) -> str: ...
    @property
    def day(self) -> date: ...  # the local day of the check-in
    @property
    def checked_in_at(self) -> datetime | None: ...  # None: the server heard the check-out first
    @property
    def checked_out_at(self) -> datetime | None: ...


V = TypeVar("V", bound=VisitLike)


def in_now(visits: Iterable[V], day: date, today: date) -> list[V]:
    """Who is in now, at any door: one visit per person, their latest open one (checked in, not
    out) of `day`, in check-in order. Nobody for a day other than today: an open visit of an
    earlier day is a forgotten check-out, which the close-of-day rule closes; one of a later day
    cannot be. The door, its host view, its lists and the server all answer with this rule."""
    if day != today:
        return []
    latest: dict[str, V] = {}
    for v in visits:
        if v.day != day or v.checked_in_at is None or v.checked_out_at is not None:
            continue
        have = latest.get(v.member_id)
        if have is None or (have.checked_in_at is not None and v.checked_in_at > have.checked_in_at):
            latest[v.member_id] = v
    return sorted(latest.values(), key=lambda v: (v.checked_in_at, v.member_id))


@dataclass(frozen=True)
class PresenceEntry:
    member_id: str
    name: str
    demo: bool
    checked_in_at: datetime
    checked_out_at: datetime | None
    checkout_kind: str | None
    guest: bool = False
    company: str = ""
    host_name: str = ""  # a guest's host: the member they visit
    visitor_type: str = ""


@dataclass(frozen=True)
class Presence:
    day: date
    in_now: list[PresenceEntry]
    visits: list[PresenceEntry]
