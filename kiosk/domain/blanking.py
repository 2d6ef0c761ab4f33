"""When the door's screen may go dark: outside the space's opening hours, after some idle minutes.

Opening hours (domain.hours: per weekday, closed days) are wall-clock times in the space's time
zone; idle time is real elapsed
time between two aware instants, so a DST change neither wakes nor blanks the screen by itself.
Pure: the caller passes the time in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .hours import OpeningHours


@dataclass(frozen=True)
class BlankingRule:
    tz: ZoneInfo
    hours: OpeningHours
    idle_minutes: int  # 0: never dark

    def open_at(self, at: datetime) -> bool:
        """Inside opening hours (opening inclusive, closing exclusive) at the local wall time."""
        return self.hours.is_open(at.astimezone(self.tz))

    def dark(self, now: datetime, last_activity: datetime) -> bool:
        """Should the screen be dark now, the last touch, key, scan or movement being at last_activity?"""
        if self.idle_minutes <= 0 or self.open_at(now):
            return False
        return now - last_activity >= timedelta(minutes=self.idle_minutes)

    def seconds_until_dark(self, now: datetime, last_activity: datetime) -> float | None:
        """How long until dark if nothing happens (None: not before the space opens again, or never);
        0 when it should be dark already. The screen's timer only needs a hint, not a schedule."""
        if self.idle_minutes <= 0 or self.open_at(now):
            return None
        left = (last_activity + timedelta(minutes=self.idle_minutes) - now).total_seconds()
        return max(0.0, left)
