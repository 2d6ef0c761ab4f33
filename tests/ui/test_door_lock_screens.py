"""The door with a lock at the screen: the real controller, worker thread and SQLite file, a fake
Shelly on loopback. The welcome says the door is open and counts down; a lock that does not
answer is told at once and shown in the host view; a refusal says why and what to do; a member
whose visit is open is asked In / Out; "One scan per person" after hours. Timers run in
milliseconds (they are constructor arguments)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.ui.controller import DoorController
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import DoorWorker, WorkerThread
from tests.fakes import FakeClock

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 7, 11, 0, tzinfo=UTC))  # Monday noon in Copenhagen


@pytest.fixture
def door(qtbot, kiosk, languages, shelly):  # type: ignore[no-untyped-def]
    languages.switch("en")
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3))
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(),
                                                          "opening_hours": "mon-fri 08:00-17:00"}))
    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    scan = ScanScreen("Test Space")
    result = ResultScreen(CPH, seconds=30, door_tick_ms=20, in_after_ms=400)
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host, None, kiosk.door)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, None, worker, Sounds(enabled=False), languages, CPH,
                                kiosk.clock.now, settings=kiosk.settings, desk=app.host_desk(kiosk),
                                door_active=lambda: kiosk.door.active)
    thread.start()
    controller.start()
    yield controller
    controller.host.hold()
    controller.stop()
    thread.stop()


def test_welcome_says_the_door_is_open_and_counts_down(qtbot, door, kiosk, shelly) -> None:
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.result.door.line.isVisibleTo(door.result), timeout=5000)
    assert door.result.kind == "welcome"
    assert door.result.door.line.text().startswith("The door is open: ")
    assert [s.toggle_after for s in shelly.switchings if s.on] == [3.0]
    qtbot.waitUntil(lambda: door.result.door.seconds_left == 0, timeout=3000)
    assert door.result.door.line.text() == "The door is locked again. Scan again to open it."


def test_lock_not_answering_is_told_at_once_and_shown_to_the_host(qtbot, door, kiosk, shelly) -> None:
    shelly.stop()
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.result.door.line.isVisibleTo(door.result), timeout=5000)
    assert "the lock is not answering" in door.result.door.line.text()
    assert door.sounds.played[-1] == "refused"
    qtbot.waitUntil(lambda: "lock did not answer" in door.host.warning.text(), timeout=5000)


def test_after_hours_refusal_says_why_with_the_hours(qtbot, door, kiosk, clock) -> None:
    clock.set(datetime(2026, 12, 7, 22, 0, tzinfo=UTC))
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    assert door.result.kind == "refused"
    assert door.result.headline.text() == "The door is closed now"
    assert door.result.lines[0].text() == (
        "Only members with 24/7 access can come in now. Opening hours: Mon-Fri 08:00-17:00")
    qtbot.waitUntil(lambda: door.scan.one_scan.isVisibleTo(door.scan), timeout=3000)
    assert door.scan.one_scan.text().startswith("One scan per person")


def test_an_open_visit_opens_and_out_checks_out(qtbot, door, kiosk, clock) -> None:
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.result.door.line.isVisibleTo(door.result), timeout=5000)
    clock.set(datetime(2026, 12, 7, 14, 0, tzinfo=UTC))
    door.answers.last_result = None
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.result.door.out_button.isVisibleTo(door.result), timeout=5000)
    assert door.result.kind == "welcome" and door.result.door.in_button.isVisibleTo(door.result)
    qtbot.mouseClick(door.result.door.out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.result.kind == "goodbye", timeout=5000)
    assert kiosk.presence.on().in_now == []


def test_in_is_the_answer_after_a_few_seconds(qtbot, door, kiosk, clock) -> None:
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.result.door.line.isVisibleTo(door.result), timeout=5000)
    clock.set(datetime(2026, 12, 7, 14, 0, tzinfo=UTC))
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.result.door.out_button.isVisibleTo(door.result), timeout=5000)
    qtbot.waitUntil(lambda: not door.result.door.out_button.isVisibleTo(door.result), timeout=3000)
    assert [p.member_id for p in kiosk.presence.on().in_now] == [card.member.id]


def test_host_opens_the_door_only_with_a_six_digit_pin(qtbot, door, kiosk, shelly) -> None:
    from kiosk.domain.members import Role
    from kiosk.services.host import Unlock

    host = kiosk.members.add(NewMember(name="Vært Hansen", role=Role.HOST))
    kiosk.host.set_pin("7391", host.member.id)
    short = kiosk.host.unlock("7391", host.member.id)
    assert short.result is Unlock.OPEN and not short.door_pin
    door.host_view.on_host_unlock(short)
    row = door.host.door_row
    assert row is not None and row.isVisibleTo(door.host)
    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert "at least 6 digits" in row.status.text() and not shelly.switchings

    kiosk.host.set_pin("284617", host.member.id)
    strong = kiosk.host.unlock("284617", host.member.id)
    assert strong.door_pin
    door.host_view.on_host_unlock(strong)
    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.status.text().startswith("The door is open"), timeout=5000)
    assert [s.toggle_after for s in shelly.switchings if s.on] == [3.0]
    with kiosk.store.reading() as tx:
        assert [(e.kind.value, e.source, e.member_id) for e in tx.events()] == [
            ("door_opened", "host_pin", host.member.id)]
    qtbot.mouseClick(row.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.status.text().startswith("The lock answered"), timeout=5000)


def test_a_forced_door_and_a_dead_sensor_are_shown_to_the_host_in_words(qtbot, door, kiosk, shelly) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3, sensor_input=0))
    kiosk.door_sensor.read_once()
    shelly.door_open = True  # nobody was let in
    assert [n.kind for n in kiosk.door_sensor.read_once()] == ["door_forced_open"]
    door.host_view.on_host_unlock("open")
    qtbot.waitUntil(lambda: "opened without the kiosk opening it" in door.host.warning.text(), timeout=5000)
    shelly.stop()
    kiosk.door_sensor.read_once()
    door.host.check_warnings()
    qtbot.waitUntil(lambda: "The door sensor does not answer" in door.host.warning.text(), timeout=5000)
    assert door.host.audit is not None
    door.host.audit.refresh()
    qtbot.waitUntil(lambda: [w.text() for w in door.host.audit.findChildren(type(door.host.warning))
                             if w.objectName() == "audit-door_forced_open"] != [], timeout=5000)
    [line] = [w.text() for w in door.host.audit.findChildren(type(door.host.warning))
              if w.objectName() == "audit-door_forced_open"]
    assert "door opened without the kiosk opening it (forced?)" in line
