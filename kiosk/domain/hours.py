"""Opening hours per weekday and closed days (Danish public holidays offered).

Written by the host as text, one setting each:
  opening_hours  "mon-fri 07:00-22:00; sat 09:00-17:00"  (a weekday not named is closed;
                  several ranges a day are allowed: "mon 08:00-12:00, 13:00-17:00")
  closed_days    "2026-12-24, 2026-12-31, dk-holidays"    (dates, and "dk-holidays" for every
                  Danish public holiday of any year)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DK_HOLIDAYS = "dk-holidays"


class HoursProblem(ValueError):
    """Hours a host typed wrongly: a code and its arguments (each interface words it)."""

    def __init__(self, code: str, **args: object) -> None:
        super().__init__(f"{code} {args}")
        self.code, self.args_ = code, args


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741  (the computus's own names)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def danish_holidays(year: int) -> dict[date, str]:
    """The public holidays (helligdage) of a year; Store Bededag was abolished from 2024."""
    e = easter(year)
    days = {date(year, 1, 1): "nytaarsdag", e - timedelta(days=3): "skaertorsdag",
            e - timedelta(days=2): "langfredag", e: "paaskedag", e + timedelta(days=1): "anden_paaskedag",
            e + timedelta(days=39): "kristi_himmelfart", e + timedelta(days=49): "pinsedag",
            e + timedelta(days=50): "anden_pinsedag", date(year, 12, 25): "juledag",
            date(year, 12, 26): "anden_juledag"}
    if year < 2024:
        days[e + timedelta(days=26)] = "store_bededag"
    return days


@dataclass(frozen=True)
class OpeningHours:
    ranges: tuple[tuple[tuple[time, time], ...], ...]  # per weekday, Monday first
    closed_dates: frozenset[date] = frozenset()
    dk_holidays: bool = False

    def closed_day(self, day: date) -> bool:
        return day in self.closed_dates or (self.dk_holidays and day in danish_holidays(day.year))

    def is_open(self, local: datetime) -> bool:
        """local: a wall-clock time in the space's zone."""
        if self.closed_day(local.date()):
            return False
        moment = local.time().replace(tzinfo=None)
        return any(start <= moment < end for start, end in self.ranges[local.weekday()])

    def closing_on(self, day: date) -> time | None:
        """When the space closes on a day (its last range's end); None on a day it is closed."""
        if self.closed_day(day) or not self.ranges[day.weekday()]:
            return None
        return max(end for _start, end in self.ranges[day.weekday()])

    def opening_on(self, day: date) -> time | None:
        if self.closed_day(day) or not self.ranges[day.weekday()]:
            return None
        return min(start for start, _end in self.ranges[day.weekday()])

    def span(self) -> tuple[time, time]:
        """The earliest opening and the latest closing of the week (07:00-22:00 if never open):
        the host view's hour chart, and when a visit on a closed day is closed if forgotten."""
        starts = [a for day in self.ranges for a, _b in day]
        ends = [b for day in self.ranges for _a, b in day]
        return (min(starts), max(ends)) if starts else (time(7, 0), time(22, 0))

    def describe(self) -> list[tuple[str, str]]:
        """(days, "07:00-22:00, ...") rows for the screens: runs of days with the same hours."""
        rows: list[tuple[str, str]] = []
        i = 0
        while i < 7:
            j = i
            while j + 1 < 7 and self.ranges[j + 1] == self.ranges[i]:
                j += 1
            if self.ranges[i]:
                days = DAYS[i] if i == j else f"{DAYS[i]}-{DAYS[j]}"
                rows.append((days, ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in self.ranges[i])))
            i = j + 1
        return rows


def every_day(opening: time, closing: time) -> OpeningHours:
    return OpeningHours(tuple(((opening, closing),) for _ in DAYS))


def _time(text: str) -> time:
    try:
        if text == "24:00":
            return time.max
        return time.fromisoformat(text)
    except ValueError:
        raise HoursProblem("bad_time", time=text) from None


def parse_hours(text: str, closed: str = "") -> OpeningHours:
    ranges: list[list[tuple[time, time]]] = [[] for _ in DAYS]
    for part in (p.strip() for p in text.replace("\n", ";").split(";")):
        if not part:
            continue
        days, _, spans = part.partition(" ")
        if days.lower() == "closed":
            continue
        first, _, last = days.lower().partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise HoursProblem("bad_day", day=days)
        lo, hi = DAYS.index(first), DAYS.index(last or first)
        chosen = range(lo, hi + 1) if lo <= hi else [*range(lo, 7), *range(0, hi + 1)]
        for span in (s.strip() for s in spans.split(",")):
            start_text, dash, end_text = span.partition("-")
            if not dash:
                raise HoursProblem("bad_range", range=span)
            start, end = _time(start_text.strip()), _time(end_text.strip())
            if start >= end:
                raise HoursProblem("range_backwards", range=span)
            for d in chosen:
                ranges[d].append((start, end))
    dates: set[date] = set()
    holidays = False
    for item in (c.strip() for c in closed.replace(";", ",").split(",")):
        if not item:
            continue
        if item.lower() == DK_HOLIDAYS:
            holidays = True
            continue
        try:
            dates.add(date.fromisoformat(item))
        except ValueError:
            raise HoursProblem("bad_date", date=item) from None
    return OpeningHours(tuple(tuple(sorted(r)) for r in ranges), frozenset(dates), holidays)
