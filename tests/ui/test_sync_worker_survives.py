"""The sync loop survives anything one round throws (issue 10, item 4): a database it cannot
read, a full disk. It logs each kind of failure once, backs off, shows offline, and syncs again
when the storage is back, without a restart."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
import shiboken6
from sqlalchemy import event as sa_event

from kiosk import paths
from kiosk.ui.sync_worker import SyncStatus, SyncWorker
from tests.sync.conftest import RunningServer, start_server


@pytest.fixture
def server(tmp_path) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "server", None)
    yield running
    running.stop()
    running.store.engine.dispose()


@contextmanager
def sync_worker(kiosk) -> Iterator[SyncWorker]:  # type: ignore[no-untyped-def]
    """A worker with its timer, deleted on this thread at the end (not by a later GC elsewhere)."""
    worker = SyncWorker(kiosk.sync)
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()
        shiboken6.delete(worker)


def run(worker: SyncWorker) -> SyncStatus:
    shown: list[SyncStatus] = []
    worker.status.connect(shown.append)
    try:
        worker.run_round()
    finally:
        worker.status.disconnect(shown.append)
    assert len(shown) == 1
    assert worker._timer is not None and worker._timer.isActive(), "the next round is not scheduled"
    return shown[0]


def test_a_round_on_a_database_it_cannot_read_does_not_end_syncing(qtbot, tmp_path, kiosk, server, caplog, clock):
    clock.set(datetime.now(UTC).replace(microsecond=0))  # the server's "in now" is of its today
    (issued,) = server.store.add_members([{"name": "Mette"}])
    server.enroll(kiosk)
    with sync_worker(kiosk) as worker:
        assert run(worker).online

        # The medium goes bad: the database file reads as garbage (root ignores chmod).
        db = paths.database_path(kiosk.data_dir)
        kiosk.engine.dispose()
        aside = tmp_path / "aside"
        aside.mkdir()
        files = [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
        for p in files:
            shutil.move(p, aside / p.name)
        db.write_bytes(b"this is not a database " * 200)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            for _ in range(3):
                status = run(worker)
                assert not status.online and status.problem
        logged = [r for r in caplog.records if getattr(r, "event", None) in ("sync_crashed", "sync_failed")]
        assert len(logged) <= 2, [r.getMessage() for r in logged]  # once per kind, not once per round
        assert worker._timer is not None and worker._timer.interval() > 0

        # The medium is back: the same loop syncs again.
        kiosk.engine.dispose()
        db.unlink()
        for p in files:
            shutil.move(aside / p.name, p)
        kiosk.checkin.check_in_code(issued.code)
        status = run(worker)
        assert status.online and status.pending == 0 and status.problem is None
    assert len(server.store.presence(kiosk.presence.today())["in_now"]) == 1


def test_a_full_disk_for_a_round_is_shown_and_retried(qtbot, kiosk, server):
    server.enroll(kiosk)
    with sync_worker(kiosk) as worker:
        assert run(worker).online
        server.store.add_members([{"name": f"M {i}"} for i in range(300)])
        with kiosk.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        @sa_event.listens_for(kiosk.engine, "connect")
        def full(dbapi_conn, _):  # type: ignore[no-untyped-def]
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

        kiosk.engine.dispose()
        status = run(worker)
        assert not status.online and "full" in (status.problem or "")
        sa_event.remove(kiosk.engine, "connect", full)
        kiosk.engine.dispose()
        status = run(worker)
        assert status.online and len(kiosk.members.roster()) == 300
