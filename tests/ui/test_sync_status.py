"""The sync worker on its own thread against a real server, and the status in the scan screen's corner."""

from datetime import UTC, datetime

from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sync_worker import SyncStatus, SyncWorker
from kiosk.ui.workers import WorkerThread
from tests.sync.conftest import start_server


def test_status_corner_texts(qtbot, languages):
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.show()
    screen.set_sync_status(SyncStatus(False, False, None, 0, 0, False))
    assert not screen.sync_status.isVisible()  # a stand-alone kiosk shows nothing
    screen.set_sync_status(SyncStatus(True, True, None, 0, 0, False))
    assert screen.sync_status.text() == "● Online"
    screen.set_sync_status(SyncStatus(True, False, "2026-03-02T08:12:00+00:00", 14, 1, False))
    assert screen.sync_status.text().startswith("● Offline siden 09:12")  # Copenhagen time, like the clock
    assert "14 venter" in screen.sync_status.text() and "1 lagt til side" in screen.sync_status.text()
    languages.switch("en")
    assert "14 waiting" in screen.sync_status.text()


def test_worker_syncs_in_the_background_and_reports(qtbot, tmp_path, kiosk, languages, clock):
    clock.set(datetime.now(UTC).replace(microsecond=0))  # the server's "in now" is of its today
    server = start_server(tmp_path / "server", None)
    try:
        (issued,) = server.store.add_members([{"name": "Mette"}])
        server.enroll(kiosk)
        kiosk.checkin.check_in_code(issued.code)
        screen = ScanScreen("X")
        qtbot.addWidget(screen)
        worker = SyncWorker(kiosk.sync)
        thread = WorkerThread(worker, "sync")
        worker.status.connect(screen.set_sync_status)
        thread.thread.started.connect(worker.start)
        thread.start()
        try:
            qtbot.waitUntil(lambda: screen.sync_status.text() == "● Online", timeout=10_000)
            assert kiosk.sync.local.pending_count() == 0
            assert len(server.store.presence(kiosk.presence.today())["in_now"]) == 1
        finally:
            from PySide6.QtCore import QMetaObject, Qt

            QMetaObject.invokeMethod(worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
            thread.stop()
    finally:
        server.stop()
        server.store.engine.dispose()


def test_requests_waiting_for_a_host_show_as_waiting(qtbot, languages):
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.set_sync_status(SyncStatus(True, True, None, 0, 0, False, requests_waiting=2))
    assert screen.sync_status.text() == "● Online · 2 ændringer venter på en vært"
    languages.switch("en")
    assert screen.sync_status.text() == "● Online · 2 changes wait for a host"
    screen.set_sync_status(SyncStatus(True, True, None, 0, 0, False, requests_waiting=1))
    assert screen.sync_status.text() == "● Online · 1 change waits for a host"


def test_the_screen_says_which_side_needs_an_update(qtbot, languages):
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.show()
    languages.switch("en")
    screen.set_sync_status(SyncStatus(True, False, None, 3, 0, False, update_needed="kiosk"))
    assert screen.sync_status.text().startswith("● Not syncing: this kiosk needs an update")
    screen.set_sync_status(SyncStatus(True, False, None, 0, 0, False, update_needed="server"))
    assert screen.sync_status.text() == "● Not syncing: the server needs an update"
    languages.switch("da")
    assert "serveren skal opdateres" in screen.sync_status.text()
