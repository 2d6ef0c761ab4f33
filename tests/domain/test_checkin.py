"""The door's rule, with the time passed in: midnight, time zones, missed check-outs, clip cards."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.checkin import LastAnswer, MemberState, Outcome, Refusal, decide
from kiosk.domain.members import Card, Member, MemberStatus, Plan, PlanKind
from kiosk.domain.visits import CheckoutKind, SpaceRules, Visit

CPH = ZoneInfo("Europe/Copenhagen")
RULES = SpaceRules(tz=CPH, closing_time=time(22, 0), guard_seconds=60)


def at(y, mo, d, h, mi=0, s=0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=CPH).astimezone(UTC)


def member(plan=None, status=MemberStatus.ACTIVE) -> Member:
    return Member(id="m1", name="Mette Jensen", plan=plan or Plan(PlanKind.MONTHLY), status=status)


def state(m=None, open_visits=(), today=(), clips_used=0, last=None, cards=None) -> MemberState:
    return MemberState(member=m or member(), cards=cards or [Card("m1", 1, "X")],
                       open_visits=list(open_visits), visits_today=list(today),
                       clips_used=clips_used, last_answer=last)


def run(st, now, serial=1):
    return decide(st, serial, now, RULES, "new-visit")


def test_first_scan_checks_in():
    d = run(state(), at(2026, 3, 2, 9))
    assert d.outcome is Outcome.CHECKED_IN
    assert d.opened.day == date(2026, 3, 2) and d.opened.member_id == "m1"


def test_later_scan_checks_out():
    v = Visit("v1", "m1", date(2026, 3, 2), at(2026, 3, 2, 9))
    d = run(state(open_visits=[v], today=[v], last=LastAnswer(at(2026, 3, 2, 9), Outcome.CHECKED_IN)),
            at(2026, 3, 2, 15))
    assert d.outcome is Outcome.CHECKED_OUT
    assert d.closed[0].checked_out_at == at(2026, 3, 2, 15)
    assert d.closed[0].checkout_kind is CheckoutKind.SCAN


def test_repeat_inside_guard_changes_nothing_and_repeats_the_answer():
    v = Visit("v1", "m1", date(2026, 3, 2), at(2026, 3, 2, 9))
    st = state(open_visits=[v], today=[v], last=LastAnswer(at(2026, 3, 2, 9), Outcome.CHECKED_IN))
    d = run(st, at(2026, 3, 2, 9, 0, 59))
    assert d.outcome is Outcome.REPEAT and d.repeated is Outcome.CHECKED_IN
    assert d.opened is None and d.closed == []
    assert run(st, at(2026, 3, 2, 9, 1, 0)).outcome is Outcome.CHECKED_OUT


def test_clock_jumping_back_inside_guard_is_a_repeat_not_a_negative_stay():
    v = Visit("v1", "m1", date(2026, 3, 2), at(2026, 3, 2, 9))
    st = state(open_visits=[v], today=[v], last=LastAnswer(at(2026, 3, 2, 9), Outcome.CHECKED_IN))
    assert run(st, at(2026, 3, 2, 8, 59, 30)).outcome is Outcome.REPEAT
    far_back = run(st, at(2026, 3, 2, 8, 0))  # the clock jumped back an hour
    assert far_back.outcome is Outcome.CHECKED_OUT
    assert far_back.closed[0].checked_out_at == v.checked_in_at  # clamped, never negative


def test_missed_checkout_is_closed_at_closing_time_and_today_is_a_check_in():
    yesterday = Visit("v0", "m1", date(2026, 3, 1), at(2026, 3, 1, 10))
    d = run(state(open_visits=[yesterday], last=LastAnswer(at(2026, 3, 1, 10), Outcome.CHECKED_IN)),
            at(2026, 3, 2, 8, 30))
    assert d.outcome is Outcome.CHECKED_IN
    closed = d.closed[0]
    assert closed.id == "v0" and closed.checkout_kind is CheckoutKind.AUTO
    assert closed.checked_out_at == at(2026, 3, 1, 22, 0)


def test_midnight_is_local_not_utc():
    # 00:30 in Copenhagen is still 23:30 UTC the day before: the visit belongs to the local day.
    d = run(state(), at(2026, 3, 3, 0, 30))
    assert d.opened.day == date(2026, 3, 3)
    late = Visit("v0", "m1", date(2026, 3, 2), at(2026, 3, 2, 23, 50))
    d2 = run(state(open_visits=[late]), at(2026, 3, 3, 0, 30))
    assert d2.outcome is Outcome.CHECKED_IN  # yesterday's visit was closed, not checked out
    assert d2.closed[0].checked_out_at == late.checked_in_at  # checked in after closing time


def test_dst_change_day_closing_time():
    # 29 March 2026: clocks go forward in Copenhagen; closing at 22:00 local is 20:00 UTC.
    assert RULES.closing_at(date(2026, 3, 29)) == datetime(2026, 3, 29, 20, 0, tzinfo=UTC)
    assert RULES.closing_at(date(2026, 3, 28)) == datetime(2026, 3, 28, 21, 0, tzinfo=UTC)


def test_clip_card_loses_one_clip_per_day_of_presence():
    plan = Plan(PlanKind.CLIPCARD, clips_total=3)
    d = run(state(member(plan), clips_used=1), at(2026, 3, 2, 9))
    assert d.outcome is Outcome.CHECKED_IN and d.opened.clip_charged and d.clips_left == 1
    # Back later the same day after checking out: no second clip.
    first = Visit("v1", "m1", date(2026, 3, 2), at(2026, 3, 2, 9), at(2026, 3, 2, 11),
                  CheckoutKind.SCAN, clip_charged=True)
    again = run(state(member(plan), today=[first], clips_used=2), at(2026, 3, 2, 13))
    assert again.outcome is Outcome.CHECKED_IN and not again.opened.clip_charged
    assert again.clips_left == 1


def test_empty_clip_card_is_refused_but_can_still_check_out():
    plan = Plan(PlanKind.CLIPCARD, clips_total=2)
    d = run(state(member(plan), clips_used=2), at(2026, 3, 2, 9))
    assert (d.outcome, d.refusal, d.clips_left) == (Outcome.REFUSED, Refusal.NO_CLIPS, 0)
    v = Visit("v1", "m1", date(2026, 3, 2), at(2026, 3, 2, 9), clip_charged=True)
    out = run(state(member(plan), open_visits=[v], today=[v], clips_used=2), at(2026, 3, 2, 12))
    assert out.outcome is Outcome.CHECKED_OUT


@pytest.mark.parametrize("plan,now,reason", [
    (Plan(PlanKind.MONTHLY, valid_until=date(2026, 3, 1)), at(2026, 3, 2, 0, 10), Refusal.EXPIRED),
    (Plan(PlanKind.MONTHLY, valid_from=date(2026, 3, 3)), at(2026, 3, 2, 23, 50), Refusal.NOT_YET_VALID),
    (Plan(PlanKind.DAYPASS, valid_from=date(2026, 3, 1), valid_until=date(2026, 3, 1)),
     at(2026, 3, 2, 9), Refusal.EXPIRED),
])
def test_plan_validity_by_local_date(plan, now, reason):
    d = run(state(member(plan)), now)
    assert (d.outcome, d.refusal) == (Outcome.REFUSED, reason)


def test_valid_on_last_day_until_local_midnight():
    plan = Plan(PlanKind.MONTHLY, valid_until=date(2026, 3, 2))
    assert run(state(member(plan)), at(2026, 3, 2, 23, 59)).outcome is Outcome.CHECKED_IN


def test_suspended_member_is_refused():
    d = run(state(member(status=MemberStatus.SUSPENDED)), at(2026, 3, 2, 9))
    assert d.refusal is Refusal.SUSPENDED


def test_revoked_or_unknown_card_serial_is_refused():
    cards = [Card("m1", 1, "A", revoked=True), Card("m1", 2, "B")]
    assert run(state(cards=cards), at(2026, 3, 2, 9), serial=1).refusal is Refusal.REVOKED
    assert run(state(cards=cards), at(2026, 3, 2, 9), serial=3).refusal is Refusal.REVOKED
    assert run(state(cards=cards), at(2026, 3, 2, 9), serial=2).outcome is Outcome.CHECKED_IN


def test_refusal_still_closes_a_forgotten_visit():
    plan = Plan(PlanKind.MONTHLY, valid_until=date(2026, 3, 1))
    old = Visit("v0", "m1", date(2026, 3, 1), at(2026, 3, 1, 10))
    d = run(state(member(plan), open_visits=[old]), at(2026, 3, 2, 9))
    assert d.refusal is Refusal.EXPIRED and d.closed[0].checkout_kind is CheckoutKind.AUTO


def test_day_bounds_cover_the_local_day():
    start, end = RULES.day_bounds(date(2026, 3, 2))
    assert end - start == timedelta(hours=24)
    assert start == datetime(2026, 3, 1, 23, 0, tzinfo=UTC)
