"""The login throttle's rule, on a real server database: free tries, then an exponential block
that is capped, survives a new Hosts (a restart), and is reset by a success."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from kiosk.server.hosts import Hosts
from kiosk.server.models import LoginThrottleRow
from kiosk.server.runner import build_store
from kiosk.server.throttle import FIRST_BLOCK, FREE_FAILURES, LONGEST_BLOCK, LoginThrottle, block_after

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@given(st.integers(min_value=0, max_value=10_000))
def test_blocks_grow_and_are_capped(failures):
    block = block_after(failures)
    if failures < FREE_FAILURES:
        assert block is None
    else:
        assert block is not None and FIRST_BLOCK <= block <= LONGEST_BLOCK
        nxt = block_after(failures + 1)
        assert nxt is not None and block <= nxt <= max(2 * block, LONGEST_BLOCK)


def test_the_delay_doubles_then_stops_at_fifteen_minutes(tmp_path, db_url):
    store = build_store(tmp_path, db_url)
    throttle = LoginThrottle(store.engine)
    keys = ["host:anna", "addr:192.0.2.7"]
    now = T0
    waits = []
    for _ in range(20):
        assert throttle.retry_after(keys, now) == 0  # tried only after the block ended
        throttle.failed(keys, now)
        wait = throttle.retry_after(keys, now)
        waits.append(wait)
        now += timedelta(seconds=wait + 1)
    assert waits[:FREE_FAILURES - 1] == [0] * (FREE_FAILURES - 1)
    assert waits[9:15] == [30, 60, 120, 240, 480, 900]
    assert set(waits[15:]) == {900}
    # Another server process (or a restart) sees the same block.
    throttle.failed(keys, now)
    again = Hosts(build_store(tmp_path, db_url).engine).throttle
    assert again.retry_after(["host:anna"], now) == 900
    store.engine.dispose()


def test_a_success_resets_the_count(tmp_path, db_url):
    store = build_store(tmp_path, db_url)
    throttle = LoginThrottle(store.engine)
    keys = ["host:anna", "addr:192.0.2.7"]
    for _ in range(9):
        throttle.failed(keys, T0)
    throttle.succeeded(keys)
    for _ in range(9):
        throttle.failed(keys, T0)
    assert throttle.retry_after(keys, T0) == 0
    throttle.failed(keys, T0)
    assert throttle.retry_after(keys, T0) == 30
    assert throttle.retry_after(["host:bob"], T0) == 0  # another account is not held up
    store.engine.dispose()


def test_failures_at_once_are_all_counted(tmp_path, db_url):
    """Sixteen failed logins for one name at the same moment, from two server processes' worth
    of threads: none is lost (row lock, and a retry when two insert the first row at once)."""
    store = build_store(tmp_path, db_url)
    other = build_store(tmp_path, db_url)  # a second engine: as a second worker process would
    barrier = threading.Barrier(16)

    def fail(i: int) -> None:
        barrier.wait()
        LoginThrottle((store if i % 2 else other).engine).failed(["host:anna", f"addr:192.0.2.{i}"], T0)

    threads = [threading.Thread(target=fail, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    with Session(store.engine) as s:
        assert s.get(LoginThrottleRow, "host:anna").failures == 16  # type: ignore[union-attr]
    assert LoginThrottle(store.engine).retry_after(["host:anna"], T0) == 900  # 30 s * 2**6, capped
    store.engine.dispose()
    other.engine.dispose()
