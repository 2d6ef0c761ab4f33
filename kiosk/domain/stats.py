"""How busy the space is: pure arithmetic over visits (members', guests' and anonymous ones)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .visits import SpaceRules


@dataclass(frozen=True)
class VisitSpan:
    """One visit with no identity: all the statistics need."""

    day: date
    checked_in_at: datetime
    checked_out_at: datetime | None
    guest: bool


@dataclass(frozen=True)
class Busyness:
    start: date
    end: date  # inclusive
    per_day: list[tuple[date, int, int]]  # day, member visits, guest visits
    by_hour: list[float]  # 24 values: people present on average during each hour (open days)
    by_weekday: list[float]  # 7 values, Monday first: visits per such weekday on average
    members: int
    guests: int

    @property
    def total(self) -> int:
        return self.members + self.guests


def busyness(spans: list[VisitSpan], start: date, end: date, rules: SpaceRules, now: datetime) -> Busyness:
    if end < start:
        raise ValueError("the period ends before it starts")
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    inside = [s for s in spans if start <= s.day <= end]
    member_count = Counter(s.day for s in inside if not s.guest)
    guest_count = Counter(s.day for s in inside if s.guest)
    per_day = [(d, member_count[d], guest_count[d]) for d in days]

    # Person-hours present in each hour of the day, summed over the period, divided by the
    # number of days that had anyone at all (an average over open days, not over holidays).
    tz = rules.tz
    hours = [0.0] * 24
    for s in inside:
        # A visit still open counts until now, or until its day's closing time, when the door's
        # rule closes it (visits.auto_close): the same end the visit will get.
        local_in = s.checked_in_at.astimezone(tz)
        ends = s.checked_out_at or max(min(now, rules.closing_at(s.day)), s.checked_in_at)
        local_out = ends.astimezone(tz)
        # Minutes since the local midnight of the arrival; a stay past midnight counts to 24:00.
        m_in = local_in.hour * 60 + local_in.minute + local_in.second / 60
        m_out = 24 * 60.0 if local_out.date() > local_in.date() else (
            local_out.hour * 60 + local_out.minute + local_out.second / 60)
        for hour in range(int(m_in // 60), min(int(-(-m_out // 60)), 24)):
            overlap = min(m_out, (hour + 1) * 60) - max(m_in, hour * 60)
            if overlap > 0:
                hours[hour] += overlap / 60
    open_days = len({s.day for s in inside}) or 1
    by_hour = [round(h / open_days, 2) for h in hours]

    weekday_days = Counter(d.weekday() for d in days)
    weekday_visits = Counter(s.day.weekday() for s in inside)
    by_weekday = [round(weekday_visits[w] / weekday_days[w], 2) if weekday_days[w] else 0.0 for w in range(7)]
    return Busyness(start=start, end=end, per_day=per_day, by_hour=by_hour, by_weekday=by_weekday,
                    members=sum(member_count.values()), guests=sum(guest_count.values()))

