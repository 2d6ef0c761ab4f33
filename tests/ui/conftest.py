from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.domain.countdown import DoorTimeouts
from kiosk.ui import theme
from kiosk.ui.i18n import Languages


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    theme.load_fonts()
    qapp.setStyleSheet(theme.STYLE)
    langs = Languages(qapp)
    langs.switch("da")
    yield langs
    langs.switch("en")


@pytest.fixture
def door_timeouts() -> DoorTimeouts:
    """The door's timer lengths: the real ones. A test that waits for a timeout overrides this
    (`@pytest.mark.parametrize("door_timeouts", [DoorTimeouts(second_ms=20)])`): the same timers
    with a 20 ms second, so a 90-second guest pause takes under two seconds of waiting for a state."""
    return DoorTimeouts()


@pytest.fixture
def full_door(qtbot, kiosk, languages, door_timeouts):  # type: ignore[no-untyped-def]
    """The door as run_gui builds it (guest flow and host view included), without a camera:
    the real worker threads and the kiosk's real SQLite file, in a shown window."""
    from zoneinfo import ZoneInfo

    from kiosk import app
    from kiosk.ui.controller import DoorController
    from kiosk.ui.screens.result_screen import ResultScreen
    from kiosk.ui.screens.scan_screen import ScanScreen
    from kiosk.ui.sound import Sounds
    from kiosk.ui.window import KioskWindow
    from kiosk.ui.workers import DoorWorker, WorkerThread

    tz = ZoneInfo("Europe/Copenhagen")
    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    scan, result = ScanScreen("Test Space"), ResultScreen(tz, seconds=1)
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host, kiosk.social)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, None, worker, Sounds(enabled=False), languages, tz,
                                kiosk.clock.now, guests=kiosk.guests, settings=kiosk.settings,
                                desk=app.host_desk(kiosk), timeouts=door_timeouts)
    thread.start()
    controller.start()
    window.present()
    qtbot.waitExposed(window)
    yield controller
    controller.host.hold()
    # A guest flow left open holds an application event filter and its countdown: its time-up
    # would take a later test's door back to Danish (test_voice, then test_guest_flow).
    controller.guest._stop()
    controller.stop()
    thread.stop()
