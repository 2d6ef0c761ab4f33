"""The sync loop survives anything one round throws (issue 10, item 4): a database it cannot
read, a full disk. It logs each kind of failure once, backs off, shows offline, and syncs again
when the storage is back, without a restart."""

from __future__ import annotations

import logging
import shutil

from sqlalchemy import event as sa_event

from kiosk import paths
from kiosk.ui.sync_worker import SyncStatus, SyncWorker
from tests.sync.conftest import start_server


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


def test_a_round_on_a_database_it_cannot_read_does_not_end_syncing(qtbot, tmp_path, kiosk, caplog):
    server = start_server(tmp_path / "server", None)
    try:
        (issued,) = server.store.add_members([{"name": "Mette"}])
        server.enroll(kiosk)
        worker = SyncWorker(kiosk.sync)
        worker.start()
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
        crashed = [r for r in caplog.records if getattr(r, "event", None) in ("sync_crashed", "sync_failed")]
        assert len(crashed) <= 2, [r.getMessage() for r in crashed]  # once per kind, not once per round
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
    finally:
        server.stop()
        server.store.engine.dispose()


def test_a_full_disk_for_a_round_is_shown_and_retried(qtbot, tmp_path, kiosk):
    server = start_server(tmp_path / "server", None)
    try:
        server.enroll(kiosk)
        worker = SyncWorker(kiosk.sync)
        worker.start()
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
    finally:
        server.stop()
        server.store.engine.dispose()
