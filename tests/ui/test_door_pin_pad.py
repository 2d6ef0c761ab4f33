"""Card + PIN at the door's screen: the real controller, worker thread and SQLite file, a fake
Shelly on loopback. After hours a 24/7 member's card brings the PIN pad; the right PIN opens and
checks in; a wrong one is said on the pad with the tries left; the fifth refuses the card with
its own words; Cancel goes back to the door. Timers are constructor arguments."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from kiosk import app
from kiosk.core.members import IssuedCard, NewMember
from kiosk.domain.countdown import DoorTimeouts
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
PIN = "7391"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 7, 22, 0, tzinfo=UTC))  # Monday 23:00 in Copenhagen


@pytest.fixture
def door(qtbot, kiosk, languages, shelly):  # type: ignore[no-untyped-def]
    languages.switch("en")
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3))
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(),
                                                          "opening_hours": "mon-fri 08:00-17:00"}))
    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    result = ResultScreen(CPH, seconds=30, door_tick_ms=20, in_after_ms=400)
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host, None, kiosk.door)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, ScanScreen("Test Space"), result, None, worker, Sounds(enabled=False),
                                languages, CPH, kiosk.clock.now, settings=kiosk.settings,
                                desk=app.host_desk(kiosk), door_active=lambda: kiosk.door.active,
                                timeouts=DoorTimeouts(second_ms=10))
    thread.start()
    controller.start()
    yield controller
    controller.host.hold()
    controller.stop()
    thread.stop()


@pytest.fixture
def anna(kiosk) -> IssuedCard:  # type: ignore[no-untyped-def]
    card = kiosk.members.add(NewMember(name="Anna Holm"))
    kiosk.door.set_any_hour(card.member.id, True)
    kiosk.door.set_member_pin(card.member.id, PIN)
    return card


def type_pin(qtbot, pad, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)


def on_screen(door, widget) -> bool:  # type: ignore[no-untyped-def]
    return door.window.stack.currentWidget() is widget


def test_after_hours_a_card_asks_for_the_pin_and_the_right_one_opens(qtbot, door, kiosk, anna, shelly) -> None:
    pad = door.door_pin.screen
    door.codes.submit_code(anna.code)
    qtbot.waitUntil(lambda: on_screen(door, pad), timeout=5000)
    assert pad.title.text() == "Anna, your door PIN"
    assert shelly.switchings == [] and kiosk.presence.on().in_now == []
    type_pin(qtbot, pad, PIN)
    qtbot.waitUntil(lambda: door.result.door.line.isVisibleTo(door.result), timeout=5000)
    assert on_screen(door, door.result) and door.result.kind == "welcome"
    assert door.result.door.line.text().startswith("The door is open: ")
    assert [s.on for s in shelly.switchings] == [True]
    assert [p.member_id for p in kiosk.presence.on().in_now] == [anna.member.id]
    assert not pad.waiting  # the card's code is forgotten by the pad


def test_wrong_pins_are_said_on_the_pad_and_the_fifth_refuses_the_card(qtbot, door, kiosk, anna, shelly) -> None:
    pad = door.door_pin.screen
    door.codes.submit_code(anna.code)
    qtbot.waitUntil(lambda: on_screen(door, pad), timeout=5000)
    for n, wrong in enumerate(("1593", "2604", "3715", "4826"), start=1):
        type_pin(qtbot, pad, wrong)
        qtbot.waitUntil(lambda n=n: f"{5 - n} more tr" in pad.message.text(), timeout=5000)
        assert on_screen(door, pad) and pad.keypad.isEnabled()
    type_pin(qtbot, pad, "5937")
    qtbot.waitUntil(lambda: on_screen(door, door.result), timeout=5000)
    assert door.result.kind == "refused"
    assert door.result.headline.text() == "This card does not open the door for a while"
    assert shelly.switchings == [] and kiosk.presence.on().in_now == []


def test_cancel_goes_back_to_the_door_and_records_nothing(qtbot, door, kiosk, anna) -> None:
    pad = door.door_pin.screen
    door.codes.submit_code(anna.code)
    qtbot.waitUntil(lambda: on_screen(door, pad), timeout=5000)
    qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)
    assert on_screen(door, door.scan) and not pad.waiting
    with kiosk.store.reading() as tx:
        assert tx.events() == []


def test_the_pad_left_alone_goes_back_to_the_door(qtbot, door, anna) -> None:
    pad = door.door_pin.screen
    door.codes.submit_code(anna.code)
    qtbot.waitUntil(lambda: on_screen(door, pad), timeout=5000)
    qtbot.waitUntil(lambda: on_screen(door, door.scan), timeout=10000)  # 30 "seconds" of 10 ms
