"""The rules of a partnership at the partner's door (kiosk.domain.partners), without any I/O."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from kiosk.domain.partners import (
    Eligible,
    Terms,
    VisitorRefusal,
    admit_visitor,
    days_left,
    pseudonym,
    visitor_id,
)

TERMS = Terms(plans=("monthly",), days_per_month=3, weekdays=(0, 1, 2, 3, 4), opens=time(8), closes=time(18),
              names_shown=True, starts=date(2026, 1, 1), ends=date(2026, 12, 31))
ANNA = Eligible(pseudonym="0123456789abcdef", valid_from=None, valid_until=None, serials=(2,), first_name="Anna")
MONDAY_10 = datetime(2026, 12, 7, 10, 0)


def test_a_member_is_a_different_pseudonym_at_each_partner_and_a_visitor_id_is_not_the_pseudonym() -> None:
    member = "a1b2c3d4e5f60718"
    at_b, at_c = pseudonym(b"b" * 32, member), pseudonym(b"c" * 32, member)
    assert at_b != at_c and len(at_b) == 16 and member not in (at_b, at_c)
    assert visitor_id("p1", at_b) != at_b and visitor_id("p1", at_b) != visitor_id("p2", at_b)


def test_days_are_counted_per_calendar_month_and_a_day_already_counted_is_free() -> None:
    used: set[date] = set()
    for n in range(3):
        day = MONDAY_10 + timedelta(days=n)
        answer = admit_visitor(TERMS, ANNA, 2, day, True, used)
        assert (answer.admitted, answer.day_number, answer.allowance, answer.month) == (True, n + 1, 3, 12)
        used.add(day.date())
    again = admit_visitor(TERMS, ANNA, 2, MONDAY_10 + timedelta(days=1, hours=2), True, used)
    assert again.admitted and again.day_number == 2  # the same day again: no new day
    over = admit_visitor(TERMS, ANNA, 2, MONDAY_10 + timedelta(days=3), True, used)
    assert over.refusal is VisitorRefusal.ALLOWANCE_USED and over.day_number == 3
    assert days_left(TERMS, used, date(2026, 12, 20)) == 0
    november = {date(2026, 11, d) for d in (3, 4, 5)}
    assert admit_visitor(TERMS, ANNA, 2, MONDAY_10, True, november).day_number == 1
    assert days_left(TERMS, november, date(2026, 12, 1)) == 3


@pytest.mark.parametrize(("entry", "serial", "at", "door_open", "why"), [
    (None, 2, MONDAY_10, True, VisitorRefusal.NOT_ELIGIBLE),
    (ANNA, 1, MONDAY_10, True, VisitorRefusal.CARD_REPLACED),
    (Eligible("0123456789abcdef", None, date(2026, 12, 6), (2,)), 2, MONDAY_10, True, VisitorRefusal.NOT_ELIGIBLE),
    (ANNA, 2, datetime(2027, 1, 4, 10), True, VisitorRefusal.AGREEMENT_NOT_IN_FORCE),
    (ANNA, 2, datetime(2026, 12, 5, 10), True, VisitorRefusal.OUTSIDE_AGREED_HOURS),  # a Saturday
    (ANNA, 2, datetime(2026, 12, 7, 18, 0), True, VisitorRefusal.OUTSIDE_AGREED_HOURS),
    (ANNA, 2, datetime(2026, 12, 7, 7, 59), True, VisitorRefusal.OUTSIDE_AGREED_HOURS),
    (ANNA, 2, MONDAY_10, False, VisitorRefusal.DOOR_CLOSED),
])
def test_each_refusal_has_its_reason(entry, serial, at, door_open, why) -> None:
    answer = admit_visitor(TERMS, entry, serial, at, door_open, set())
    assert not answer.admitted and answer.refusal is why


def test_a_phone_pass_has_no_serial_to_check() -> None:
    assert admit_visitor(TERMS, ANNA, None, MONDAY_10, True, set()).admitted


@pytest.mark.parametrize(("change", "problem"), [
    ({"plans": ()}, "partner_no_plans"), ({"days_per_month": 0}, "partner_days_out_of_range"),
    ({"days_per_month": 32}, "partner_days_out_of_range"), ({"weekdays": (7,)}, "partner_no_weekdays"),
    ({"closes": time(8)}, "partner_hours_backwards"), ({"ends": date(2025, 12, 31)}, "partner_ends_before_start"),
])
def test_terms_a_host_typed_wrongly_say_what_is_wrong(change, problem) -> None:
    from dataclasses import replace

    assert TERMS.problem() is None
    assert replace(TERMS, **change).problem() == problem
