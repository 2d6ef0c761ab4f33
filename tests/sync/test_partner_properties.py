"""A model test of the network (issue 22): members of A visit B's real door on random days while
the link between the servers is cut at random; the door admits exactly what the allowance
allows, and once the link holds again both servers' books hold every admitted day once."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.checkin import Outcome
from kiosk.domain.partners import Terms
from kiosk.server.partners import Partnerships, _http
from tests.conftest import build_kiosk
from tests.fakes import FakeClock

from .conftest import start_server

ALLOWANCE = 3
TERMS = Terms(plans=("monthly",), days_per_month=ALLOWANCE, weekdays=(0, 1, 2, 3, 4, 5, 6), opens=time(6),
              closes=time(22), names_shown=False, starts=date(2026, 1, 1))

# A step: (which member, how many days before today, is the link between the servers up now)
steps = st.lists(st.tuples(st.integers(0, 1), st.integers(0, 6), st.booleans()), min_size=1, max_size=12)


class Link:
    """The network between the two servers, cut when `up` is False (a real connection refused)."""

    def __init__(self) -> None:
        self.up = True

    def __call__(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
        if not self.up:
            raise httpx.ConnectError("the link between the servers is cut")
        return _http(method, url, body, headers)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(walk=steps)
def test_allowances_hold_and_no_day_is_lost_or_doubled_with_the_link_cut_at_random(tmp_path_factory, walk) -> None:
    root = tmp_path_factory.mktemp("net")
    a, b = start_server(root / "a", None), start_server(root / "b", None)
    link = Link()
    at_a, at_b = Partnerships(a.store, a.url, transport=link), Partnerships(b.store, b.url, transport=link)
    tz = ZoneInfo("Europe/Copenhagen")
    today = datetime.now(tz).date()
    clock = FakeClock(datetime.combine(today - timedelta(days=7), time(8), tzinfo=UTC))
    door = build_kiosk(root / "door-b", clock=clock)
    try:
        b.enroll(door, "front")
        at_a.offer(b.url, at_b.fingerprint(), TERMS)
        at_b.accept(at_b.partners()[0].id)
        pid = at_a.partners()[0].id
        codes = [m.code for m in a.store.add_members([{"name": n, "plan": "monthly"} for n in ("Anna", "Bo")])]
        assert at_b.pull_partners() == {a.url: "ok"}
        door.sync.run_once()

        admitted: dict[int, set[date]] = {0: set(), 1: set()}
        # an honest door's clock only moves forward: the visits in day order
        for step, (who, back, up) in enumerate(sorted(walk, key=lambda s: -s[1])):
            day = today - timedelta(days=back)
            link.up = up
            clock.set(datetime.combine(day, time(9, 0), tzinfo=UTC) + timedelta(minutes=2 * step))
            door.sync.run_once()
            this_month = {d for d in admitted[who] if (d.year, d.month) == (day.year, day.month)}
            expected = day in this_month or len(this_month) < ALLOWANCE
            came = door.checkin.check_in_code(codes[who])
            if came.outcome is Outcome.CHECKED_OUT:  # she was still in from earlier today
                assert day in admitted[who]
                door.sync.run_once()
                continue
            assert (came.outcome is Outcome.CHECKED_IN) == expected, (who, day, came)
            if expected:
                admitted[who].add(day)
            door.sync.run_once()
            at_b.pull_partners()  # fails quietly while cut: B keeps A's last list
            at_b.report_visits(today - timedelta(days=40))

        link.up = True
        door.sync.run_once()
        at_b.report_visits(today - timedelta(days=40))
        at_b.report_visits(today - timedelta(days=40))  # again: nothing doubles
        months = {d.strftime("%Y-%m") for days in admitted.values() for d in days}
        total = sum(len(days) for days in admitted.values())
        assert sum(at_a.settlement(pid, m).ours_there_days for m in months) == total
        assert sum(at_b.settlement(pid, m).theirs_here_days for m in months) == total
    finally:
        door.close()
        for s in (a, b):
            s.stop()
            s.store.engine.dispose()
