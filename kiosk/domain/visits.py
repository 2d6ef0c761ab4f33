"""Visits (one stay in the space) and the space's day: time zone, closing time, guard window."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .hours import OpeningHours


class CheckoutKind(enum.StrEnum):
    SCAN = "scan"
    AUTO = "auto"  # closed at closing time because nobody checked out that day
    HOST = "host"


@dataclass(frozen=True)
class SpaceRules:
    tz: ZoneInfo
    closing_time: time = time(22, 0)  # a day the hours do not open (or no hours given): closed at this time
    guard_seconds: int = 60
    hours: OpeningHours | None = None  # the space's opening hours: each day closes at its own time

    def local_day(self, at: datetime) -> date:
        return at.astimezone(self.tz).date()

    def closing_at(self, day: date) -> datetime:
        """The closing moment of a local day, as an aware UTC datetime: that day's closing in the
        opening hours, or closing_time on a day they do not open (a key-holder on a holiday)."""
        closes = (self.hours.closing_on(day) if self.hours is not None else None) or self.closing_time
        return datetime.combine(day, closes, tzinfo=self.tz).astimezone(UTC)

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, time(0), tzinfo=self.tz)
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.tz)
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True)
class Visit:
    id: str
    member_id: str
    day: date  # the local day of the check-in
    checked_in_at: datetime  # aware, UTC
    checked_out_at: datetime | None = None
    checkout_kind: CheckoutKind | None = None
    clip_charged: bool = False
    origin: str | None = None  # the kiosk that opened it, when it was another door (learnt by sync)

    @property
    def open(self) -> bool:
        return self.checked_out_at is None

    def closed(self, at: datetime, kind: CheckoutKind) -> Visit:
        # A clock that jumped back must not give a negative stay.
        return replace(self, checked_out_at=max(at, self.checked_in_at), checkout_kind=kind)

    def duration(self, now: datetime) -> timedelta:
        end = self.checked_out_at or now
        return max(end - self.checked_in_at, timedelta(0))


def auto_close(visit: Visit, rules: SpaceRules) -> Visit:
    """Close a visit forgotten on an earlier day at that day's closing time."""
    return visit.closed(max(rules.closing_at(visit.day), visit.checked_in_at), CheckoutKind.AUTO)


def time_spent(visits: list[Visit], now: datetime) -> timedelta:
    return sum((v.duration(now) for v in visits), timedelta(0))
