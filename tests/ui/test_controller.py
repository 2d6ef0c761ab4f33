"""The door controller with the real worker thread and a real SQLite database (no camera)."""

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.core.members import NewMember
from kiosk.ui.controller import DoorController
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import DoorWorker, WorkerThread


@pytest.fixture
def door(qtbot, kiosk, languages):
    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    scan, result = ScanScreen("Test Space"), ResultScreen(ZoneInfo("Europe/Copenhagen"), seconds=1)
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, None, worker, Sounds(enabled=False), languages,
                                ZoneInfo("Europe/Copenhagen"), kiosk.clock.now)
    thread.start()
    controller.start()
    yield controller
    controller.stop()
    thread.stop()
    assert not thread.thread.isRunning()


def test_code_to_welcome_then_back_to_scan(qtbot, door, kiosk):
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    # Not qtbot.waitSignal on the worker's signal: it is emitted on the worker thread, and
    # pytest-qt would stop its timeout timer from there. Wait for the GUI thread's state.
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    assert door.window.stack.currentWidget() is door.result
    assert door.result.headline.text() == "Godmorgen, Mette"
    assert door.sounds.played[-1] == "welcome"
    qtbot.waitUntil(lambda: door.scan.in_now.text() == "1 her nu", timeout=3000)
    with qtbot.waitSignal(door.result.finished, timeout=3000):
        pass
    assert door.window.stack.currentWidget() is door.scan


def test_language_button_switches_every_screen(qtbot, door):
    # Each offered language has its own button, one tap away (never a cycle through Danish);
    # the one spoken now is filled in.
    from PySide6.QtCore import Qt

    assert list(door.scan.language_buttons) == ["da", "en", "de"]
    assert door.scan.language_buttons["da"].isChecked()
    qtbot.mouseClick(door.scan.language_buttons["de"], Qt.MouseButton.LeftButton)
    assert door.languages.current == "de" and door.scan.language_buttons["de"].isChecked()
    qtbot.mouseClick(door.scan.language_buttons["en"], Qt.MouseButton.LeftButton)  # German to English: one tap
    assert door.languages.current == "en"
    assert door.scan.instruction.text() == "Hold your QR code up to the camera"
    assert not door.scan.language_buttons["de"].isChecked()


def test_storage_failure_never_says_welcome(qtbot, door, kiosk, monkeypatch):
    from kiosk.core.errors import StorageFailed

    card = kiosk.members.add(NewMember(name="Mette Jensen"))

    def full_disk(*a, **k):
        raise StorageFailed("database or disk is full")

    monkeypatch.setattr(kiosk.checkin, "check_in_code", full_disk)
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.result, timeout=5000)
    assert door.answers.last_result is None and door.result.kind == "refused"
    assert door.result.headline.text() == "Beklager, det lykkedes ikke"


def test_kiosk_window_cannot_be_closed_from_the_door(qtbot):
    window = KioskWindow(windowed=False)
    qtbot.addWidget(window)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    window.allow_close = True
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()


def test_host_unlocks_with_the_pin_and_checks_someone_out(qtbot, door, kiosk):
    from PySide6.QtCore import Qt

    kiosk.host.set_pin("2468")
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    kiosk.checkin.check_in_code(card.code)
    qtbot.mouseClick(door.scan.host_button, Qt.MouseButton.LeftButton)
    assert door.window.stack.currentWidget() is door.host_unlock
    for d in "1111":
        qtbot.mouseClick(door.host_unlock.digit_buttons[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(door.host_unlock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.host_unlock.message.text() == "Forkert PIN. Prøv igen.", timeout=5000)
    for d in "2468":
        qtbot.mouseClick(door.host_unlock.digit_buttons[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(door.host_unlock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host, timeout=5000)
    qtbot.waitUntil(lambda: door.host.count.text() == "1 her nu", timeout=5000)
    qtbot.mouseClick(door.host.roll_call_button, Qt.MouseButton.LeftButton)
    assert door.window.stack.currentWidget() is door.roll_call
    assert door.roll_call.counter.text() == "0 af 1 er talt op"
    qtbot.mouseClick(door.roll_call.findChild(QPushButton, f"person-{card.member.id}"), Qt.MouseButton.LeftButton)
    assert door.roll_call.counter.text() == "1 af 1 er talt op"
    qtbot.mouseClick(door.roll_call.back_button, Qt.MouseButton.LeftButton)
    assert door.window.stack.currentWidget() is door.host
    row = door.host.findChild(QWidget, f"row-{card.member.id}")
    qtbot.mouseClick(row.findChild(QPushButton, "CheckOut"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.findChild(QPushButton, "reason-left_without_scanning"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.host.count.text() == "0 her nu", timeout=5000)
    assert kiosk.presence.on().in_now == []
    qtbot.mouseClick(door.host.close_button, Qt.MouseButton.LeftButton)
    assert door.window.stack.currentWidget() is door.scan



def test_a_host_card_opens_the_host_view_after_the_welcome(qtbot, door, kiosk):
    from PySide6.QtCore import Qt

    from kiosk.domain.members import Role

    host = kiosk.members.add(NewMember(name="Anna Host", role=Role.HOST))
    member = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.codes.submit_code(member.code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    with qtbot.waitSignal(door.result.finished, timeout=3000):
        pass
    assert door.window.stack.currentWidget() is door.scan  # an ordinary card: back to scanning
    kiosk.host.set_pin("1357", host.member.id)
    door.codes.submit_code(host.code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None and door.answers.last_result.host, timeout=5000)
    # the card and then its holder's own PIN (host_card_needs_pin, on by default)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host_unlock, timeout=5000)
    for d in "1357":
        qtbot.mouseClick(door.host_unlock.digit_buttons[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(door.host_unlock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host, timeout=5000)


def test_the_door_speaks_its_own_language_again_after_the_idle_time(qtbot, kiosk, languages):
    """A language picked at the door is for the one who picked it (issue 24: still English 4
    minutes later); the timer is injected short here, the default is a minute."""
    from PySide6.QtCore import Qt

    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    scan, result = ScanScreen("Test Space"), ResultScreen(ZoneInfo("Europe/Copenhagen"), seconds=1)
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, None, worker, Sounds(enabled=False), languages,
                                ZoneInfo("Europe/Copenhagen"), kiosk.clock.now, language_idle_ms=200)
    thread.start()
    controller.start()
    try:
        qtbot.mouseClick(scan.language_buttons["de"], Qt.MouseButton.LeftButton)
        assert languages.current == "de"
        qtbot.waitUntil(lambda: languages.current == "da", timeout=5000)
        assert scan.language_buttons["da"].isChecked()
        assert scan.instruction.text() != "Halten Sie Ihren QR-Code vor die Kamera"
    finally:
        controller.stop()
        thread.stop()
