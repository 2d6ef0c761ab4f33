"""How busy the space was (domain.stats): person-hours by the hour to the second, a stay past
midnight, averages over open days and over each weekday of the period. Written for the
survivors of mutation testing (tools/mutation.sh): each number below is one a mutant changed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.stats import VisitSpan, busyness
from kiosk.domain.visits import SpaceRules

CPH = ZoneInfo("Europe/Copenhagen")  # UTC+1 in December
RULES = SpaceRules(tz=CPH, closing_time=time(22, 0))
MONDAY, NEXT_MONDAY = date(2026, 12, 7), date(2026, 12, 14)


def utc(day: date, hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC)


SPANS = [
    # 09:15:30-10:05:30 local: 44.5 minutes in the 9 o'clock hour, 5.5 in the 10 o'clock one.
    VisitSpan(MONDAY, utc(MONDAY, 8, 15, 30), utc(MONDAY, 9, 5, 30), guest=False),
    # A guest for one minute, 11:00:15-11:01:15 local.
    VisitSpan(MONDAY, utc(MONDAY, 10, 0, 15), utc(MONDAY, 10, 1, 15), guest=True),
    # 23:30 local to 00:30 the next day: counted to midnight, half an hour.
    VisitSpan(NEXT_MONDAY, utc(NEXT_MONDAY, 22, 30), utc(NEXT_MONDAY, 23, 30), guest=False),
]


def test_busyness_to_the_second_and_past_midnight():
    got = busyness(SPANS, MONDAY, date(2026, 12, 20), RULES, utc(date(2026, 12, 21), 12, 0))
    expected = [0.0] * 24
    # Person-hours over the two open days (the Mondays), rounded to two decimals.
    expected[9], expected[10], expected[11], expected[23] = 0.37, 0.05, 0.01, 0.25
    assert got.by_hour == expected
    assert got.by_weekday == [1.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]  # 3 visits on 2 Mondays
    assert len(got.per_day) == 14 and got.per_day[0] == (MONDAY, 1, 1) and got.per_day[7] == (NEXT_MONDAY, 1, 0)
    assert (got.members, got.guests, got.total) == (2, 1, 3)


def test_averages_keep_two_decimals():
    three_weeks = busyness(SPANS[:1], MONDAY, date(2026, 12, 27), RULES, utc(date(2026, 12, 28), 12, 0))
    assert three_weeks.by_weekday[0] == 0.33  # one visit over three Mondays


def test_a_period_with_nobody_is_all_zeros_and_a_backwards_one_is_refused():
    empty = busyness([], MONDAY, MONDAY, RULES, utc(MONDAY, 12, 0))
    assert empty.by_hour == [0.0] * 24 and empty.by_weekday == [0.0] * 7 and empty.per_day == [(MONDAY, 0, 0)]
    with pytest.raises(ValueError):
        busyness([], NEXT_MONDAY, MONDAY, RULES, utc(MONDAY, 12, 0))
