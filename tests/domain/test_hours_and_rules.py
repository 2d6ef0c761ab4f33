"""Rules that mutation testing found untested (tools/mutation.sh, December 2026)."""

from __future__ import annotations

from datetime import date, time, timedelta

from kiosk.domain.checkin import Notice, notices_for
from kiosk.domain.hours import parse_hours
from kiosk.domain.members import Plan, PlanKind
from kiosk.domain.settings import SpaceSettings

TODAY = date(2026, 12, 7)


def test_a_space_never_open_charts_and_closes_forgotten_visits_on_seven_to_ten() -> None:
    assert parse_hours("").span() == (time(7, 0), time(22, 0))
    assert parse_hours("mon 09:00-12:00; fri 13:00-17:30").span() == (time(9, 0), time(17, 30))


def test_the_guard_against_a_second_scan_is_the_spaces_own() -> None:
    assert SpaceSettings(guard_seconds=7).rules().guard_seconds == 7
    assert SpaceSettings(guard_seconds=0).rules().guard_seconds == 0


def test_only_a_day_pass_ending_today_says_tonight_and_a_plan_ending_today_says_it_ends_soon() -> None:
    assert notices_for(Plan(kind=PlanKind.DAYPASS, valid_until=TODAY), None, TODAY) == (Notice.DAYPASS_TONIGHT,)
    assert notices_for(Plan(kind=PlanKind.MONTHLY, valid_until=TODAY), None, TODAY) == (Notice.PLAN_ENDS_SOON,)
    later = TODAY + timedelta(days=1)
    assert Notice.DAYPASS_TONIGHT not in notices_for(Plan(kind=PlanKind.DAYPASS, valid_until=later), None, TODAY)
