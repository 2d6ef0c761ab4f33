"""What one kiosk's events may do on the server: refused, held for a host, or applied.

A kiosk's token sits in its data dir, so a stolen door can send anything. The server therefore
trusts each kiosk only with what that door could have done (docs/sync-protocol.md, "Refused,
held, accepted"):

- **Refused** (answered `rejected` with a code): what no door can produce. A check-in naming a
  visit another door opened; a check-in that moves the start of a visit the server has; an event
  naming a visit of another member; a date decades away from the server's clock and from the
  kiosk's own clock corrected by its measured offset.
- **Held** (answered `accepted`, kept apart for a host): what an honest door rarely produces. Many
  check-outs of people in at other doors at one instant; more check-ins of one member on one day
  than a person makes; events older than what the door already reported (on its own clock) or,
  for a door that never sent any, dated before it first joined beyond its clock offset; events
  dated ahead of the server's clock; a check-in recorded long after it claims to have happened;
  more new days of presence for one member in one push than days have passed since the door was
  last heard from.
- Clip use is never taken from the event: the server derives it from the accepted visit
  (kiosk.domain.members.presence_costs_clip, one clip per day of presence).

Pure: the store (store/events.py) gathers the facts and applies the verdicts.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kiosk.protocol import wire


class Refusal(enum.StrEnum):
    FOREIGN_VISIT = "foreign_visit"  # a check-in naming a visit another door opened
    START_CHANGED = "visit_start_changed"  # a check-in moving the start of a visit the server has
    OTHER_MEMBER = "visit_of_another_member"  # an event naming a visit of another member
    FAR_DATE = "far_date"  # decades away from every clock


class Hold(enum.StrEnum):
    MASS_CHECKOUT = "mass_checkout"  # many people of other doors checked out at one instant
    TOO_MANY_VISITS = "too_many_visits"  # more check-ins of one member on one day than a person makes
    BEFORE_JOINED = "before_joined"  # dated before this device first joined, beyond its clock offset
    OLDER_THAN_HISTORY = "older_than_history"  # older, on the door's own clock, than what it sent before
    AHEAD = "ahead_of_server"  # dated ahead of the server's clock
    BACKDATED = "backdated"  # a scan recorded long after the moment it claims
    BURST = "burst"  # more new days of presence for a member than days have passed


REFUSAL_TEXT = {
    Refusal.FOREIGN_VISIT: "a check-in naming a visit another door opened",
    Refusal.START_CHANGED: "a check-in moving the start of a visit the server has",
    Refusal.OTHER_MEMBER: "an event naming a visit of another member",
    Refusal.FAR_DATE: "dated decades away from every clock",
}


@dataclass(frozen=True)
class Limits:
    far: timedelta = timedelta(days=3652)  # ten years: no clock an offset leaves is that wrong
    ahead_slack: timedelta = timedelta(days=1)  # an honest clock ahead of the server's
    history_slack: timedelta = timedelta(hours=3)  # an honest clock set back (a reboot without network)
    joined_slack: timedelta = timedelta(days=1)  # the offset estimate at enrollment, a clock set back
    scan_slack: timedelta = timedelta(minutes=2)  # a scan is recorded as it happens
    visits_per_day: int = 24  # check-ins of one member on one day (in and out every hour, all day)
    mass_checkout: int = 4  # people of other doors checked out ...
    mass_window: timedelta = timedelta(seconds=10)  # ... within this many seconds


@dataclass(frozen=True)
class DoorFacts:
    """What the server knows of the sending door before this push."""

    device_id: str
    first_enrolled_at: datetime | None
    newest_recorded_at: datetime | None  # on the door's own clock
    last_heard_at: datetime | None  # on the server's clock


@dataclass(frozen=True)
class KnownVisit:
    id: str
    member_id: str
    kiosk_id: str
    checked_in_at: datetime | None


def corrected(at: datetime, offset_ms: int | None) -> datetime:
    """A kiosk's clock reading on the server's clock (offset = server - kiosk, measured by the kiosk)."""
    return at + timedelta(milliseconds=offset_ms or 0)


def refusal(e: wire.WireEvent, visit: KnownVisit | None, device_id: str, now: datetime,
            limits: Limits = Limits()) -> Refusal | None:
    """Why no door could have sent this event, or None."""
    for at in (e.recorded_at, e.effective_at):
        if min(abs(at - now), abs(corrected(at, e.clock_offset_ms) - now)) > limits.far:
            return Refusal.FAR_DATE
    if visit is None or e.kind not in ("check_in", "check_out", "auto_checkout"):
        return None
    if visit.member_id and e.member_id and visit.member_id != e.member_id:
        return Refusal.OTHER_MEMBER
    if e.kind == "check_in":
        if visit.kiosk_id != device_id:
            return Refusal.FOREIGN_VISIT
        if visit.checked_in_at is not None and visit.checked_in_at != e.effective_at:
            return Refusal.START_CHANGED
    return None


def time_hold(e: wire.WireEvent, door: DoorFacts, now: datetime, limits: Limits = Limits()) -> Hold | None:
    """Why an honest door would rarely send this event at this time, judged on its own, or None."""
    if e.recorded_at > now + limits.ahead_slack or e.effective_at > now + limits.ahead_slack:
        return Hold.AHEAD
    if door.newest_recorded_at is not None:
        if e.recorded_at < door.newest_recorded_at - limits.history_slack:
            return Hold.OLDER_THAN_HISTORY
    elif (door.first_enrolled_at is not None and e.clock_offset_ms is not None
          and corrected(e.recorded_at, e.clock_offset_ms) < door.first_enrolled_at - limits.joined_slack):
        return Hold.BEFORE_JOINED
    if e.kind in ("check_in", "check_out") and abs(e.recorded_at - e.effective_at) > limits.scan_slack:
        return Hold.BACKDATED
    return None


def mass_checkouts(events: Iterable[wire.WireEvent], elsewhere: Callable[[wire.WireEvent], bool],
                   limits: Limits = Limits()) -> set[str]:
    """The check-outs that end visits of other doors (elsewhere(e)) in a crowd: at least
    limits.mass_checkout people within limits.mass_window on the door's clock. One person leaves
    by a door at a time; a door emptying the others' evacuation lists at once is not a door."""
    outs = sorted((e for e in events if e.kind in ("check_out", "auto_checkout") and elsewhere(e)),
                  key=lambda e: e.recorded_at)
    held: set[str] = set()
    for i, first in enumerate(outs):
        window = [e for e in outs[i:] if e.recorded_at - first.recorded_at <= limits.mass_window]
        if len({e.member_id for e in window}) >= limits.mass_checkout:
            held.update(e.id for e in window)
    return held


def allowed_new_days(door: DoorFacts, now: datetime) -> int:
    """New days of presence one member may gain in one push: the days since the door was last
    heard from (an offline door brings one a day), and today and the day before."""
    since = door.last_heard_at or door.first_enrolled_at or now
    return max((now - since).days, 0) + 2


def too_many(check_ins: Iterable[wire.WireEvent], day_of: Callable[[datetime], date],
             visits_on: dict[tuple[str, date], int], known_days: dict[str, set[date]], new_days: int,
             limits: Limits = Limits()) -> dict[str, Hold]:
    """Check-ins (in the door's order) beyond a person's day, or beyond the days that passed.
    visits_on: check-ins the server has per (member, day); known_days: each member's days."""
    counts = dict(visits_on)
    gained: dict[str, set[date]] = {}
    out: dict[str, Hold] = {}
    for e in check_ins:
        member = e.member_id or ""
        day = day_of(e.effective_at)
        if day not in known_days.get(member, set()):
            days = gained.setdefault(member, set())
            if day not in days and len(days) >= new_days:
                out[e.id] = Hold.BURST
                continue
            days.add(day)
        counts[(member, day)] = counts.get((member, day), 0) + 1
        if counts[(member, day)] > limits.visits_per_day:
            out[e.id] = Hold.TOO_MANY_VISITS
    return out
