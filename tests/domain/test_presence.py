"""Who is in now (domain.presence.in_now): one visit per person, their latest open one of today,
in check-in order. Written for the survivors of mutation testing (tools/mutation.sh)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kiosk.domain.presence import in_now
from kiosk.domain.visits import Visit

TODAY = date(2026, 12, 7)
T = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def visit(vid: str, member: str, minutes: int, out: int | None = None, day: date = TODAY) -> Visit:
    return Visit(vid, member, day, T + timedelta(minutes=minutes),
                 None if out is None else T + timedelta(minutes=out))


def test_the_latest_open_visit_of_each_person_of_today_in_check_in_order():
    visits = [
        visit("anna-late", "anna", 90), visit("anna-early", "anna", 10),  # the later one first
        visit("bo-closed", "bo", 5, out=20),  # a closed visit, then more to look at
        visit("bo-again", "bo", 30), visit("bo-earlier", "bo", 25),  # the earlier one second
        visit("cy-yesterday", "cy", -600, day=TODAY - timedelta(days=1)),  # open, but of another day
        visit("dan", "dan", 30),
        visit("eve-early", "eve", 40), visit("eve-late", "eve", 50),  # the earlier one first
    ]
    assert [v.id for v in in_now(visits, TODAY, TODAY)] == ["bo-again", "dan", "eve-late", "anna-late"]
    assert in_now(visits, TODAY, TODAY + timedelta(days=1)) == []  # only today has anyone in
