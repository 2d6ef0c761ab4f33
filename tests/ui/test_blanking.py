"""The dark screen in the real window: outside opening hours and idle it goes black; movement
in front of the camera, a tap, or a card held up wakes it. The camera is the hardware boundary:
a scripted source whose picture the test changes (no sleeps: waits on the window's state)."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest

from benchmarks.frames import qr_picture
from kiosk import app
from kiosk.admin.demo import seed_demo_if_new
from kiosk.scan.decoders import ZxingDecoder
from kiosk.scan.synth import Pose, background, place
from kiosk.ui.blanker import Backlight, ScreenBlanker
from kiosk.ui.controller import DoorController
from kiosk.ui.main import connect_blanker
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import CameraBridge, DoorWorker, WorkerThread
from tests.ui.touch import tap

CPH = ZoneInfo("Europe/Copenhagen")


class ScriptedCamera:
    """Frames at 20/s of whatever picture the test sets."""

    description = "scripted test camera"

    def __init__(self, picture: np.ndarray) -> None:
        self.picture = picture
        self._lock = threading.Lock()

    def show(self, picture: np.ndarray) -> None:
        with self._lock:
            self.picture = picture

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray:
        time.sleep(0.05)
        with self._lock:
            return self.picture.copy()

    def close(self) -> None:
        pass


def grey_gate(seed: int) -> np.ndarray:
    return background(np.random.default_rng(seed))


def somebody_in(picture: np.ndarray) -> np.ndarray:
    """The same doorway with a dark figure in it."""
    out = picture.copy()
    h, w = out.shape[:2]
    out[h // 5:, w // 3: 2 * w // 3] = (40, 30, 30)
    return out


@pytest.fixture
def door(qtbot, kiosk, languages, tmp_path):  # type: ignore[no-untyped-def]
    seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
    kiosk.clock.set(datetime(2026, 10, 24, 23, 0, tzinfo=CPH))  # closed (07:00-22:00)
    camera_source = ScriptedCamera(grey_gate(1))
    zxing = ZxingDecoder()
    decode = lambda frame: zxing.decode(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))  # noqa: E731
    decoder = SimpleNamespace(decode=decode, decode_idle=decode)
    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    scan, result = ScanScreen("Test Space", tz=CPH), ResultScreen(CPH, seconds=1)
    camera = CameraBridge(camera_source, decoder)  # type: ignore[arg-type]
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, camera, worker, Sounds(enabled=False), languages, CPH,
                                kiosk.clock.now, guests=kiosk.guests, settings=kiosk.settings,
                                desk=app.host_desk(kiosk))
    blanker = ScreenBlanker(window, lambda: controller.settings.blanking(), kiosk.clock.now,
                            backlight=Backlight(tmp_path / "no-backlight"), check_ms=50)
    connect_blanker(blanker, camera, controller)
    thread.start()
    controller.start()
    blanker.start()
    window.present()
    qtbot.waitExposed(window)
    yield SimpleNamespace(window=window, blanker=blanker, camera=camera_source, controller=controller,
                          clock=kiosk.clock, kiosk=kiosk, bridge=camera)
    blanker.stop()
    controller.stop()
    thread.stop()


def go_dark(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    door.camera.show(grey_gate(1))
    door.clock.advance(minutes=6)
    qtbot.waitUntil(lambda: door.blanker.dark, timeout=3000)
    qtbot.waitUntil(lambda: door.blanker.overlay.isVisible(), timeout=1000)
    picture = door.window.grab().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (0, 0, 0)


def test_it_stays_lit_when_open_and_goes_dark_when_closed_and_idle(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    door.clock.set(datetime(2026, 10, 24, 12, 0, tzinfo=CPH))
    door.clock.advance(hours=3)  # idle for hours, but open
    qtbot.wait(300)
    assert not door.blanker.dark and not door.blanker.overlay.isVisible()
    door.blanker.activity()  # the last touch at 15:00; the space closes at 22:00
    door.clock.set(datetime(2026, 10, 24, 21, 59, tzinfo=CPH))
    qtbot.wait(300)
    assert not door.blanker.dark
    door.clock.set(datetime(2026, 10, 24, 22, 0, tzinfo=CPH))
    qtbot.waitUntil(lambda: door.blanker.dark, timeout=3000)


def test_movement_in_front_of_the_camera_wakes_it(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    go_dark(qtbot, door)
    door.camera.show(somebody_in(grey_gate(1)))
    qtbot.waitUntil(lambda: not door.blanker.dark, timeout=5000)
    assert not door.blanker.overlay.isVisible()


def test_a_tap_wakes_it_and_presses_nothing(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    go_dark(qtbot, door)
    tap(qtbot, door.controller.scan.guest_button)
    assert not door.blanker.dark and not door.blanker.overlay.isVisible()
    assert door.window.stack.currentWidget() is door.controller.scan  # the guest flow did not open
    tap(qtbot, door.controller.scan.guest_button)  # awake: now it does
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.controller.guest, timeout=3000)


def test_a_card_held_up_in_the_dark_wakes_it_and_checks_in(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    go_dark(qtbot, door)
    member = next(m for m in door.kiosk.members.roster() if m.demo)
    code = door.kiosk.members.card(member.id).code
    rng = np.random.default_rng(3)
    door.camera.show(place(qr_picture(code), background(rng), Pose(width=320), rng))
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.controller.result, timeout=8000)
    assert not door.blanker.dark
    shown = door.controller.answers.last_result
    assert shown is not None and shown.member_id == member.id


def test_a_hand_scanner_in_the_dark_wakes_it_and_its_whole_code_checks_in(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    go_dark(qtbot, door)
    member = next(m for m in door.kiosk.members.roster() if m.demo)
    code = door.kiosk.members.card(member.id).code
    qtbot.keyClicks(door.window, code.replace(":", "Æ"))  # a US scanner on a Danish layout
    qtbot.keyClick(door.window, Qt.Key.Key_Return)
    assert not door.blanker.dark
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.controller.result, timeout=5000)
    shown = door.controller.answers.last_result
    assert shown is not None and shown.member_id == member.id


def idle_for(qtbot, door, minutes: int) -> None:  # type: ignore[no-untyped-def]
    door.camera.show(grey_gate(1))
    door.clock.advance(minutes=minutes)
    qtbot.wait(400)  # the check runs every 50 ms here


def test_a_host_at_work_after_hours_is_never_blanked(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    from kiosk.services.host import Unlock, UnlockAnswer

    door.controller.host_view.on_host_unlock(UnlockAnswer(Unlock.OPEN, host_id=None))
    assert door.window.stack.currentWidget() is door.controller.host
    idle_for(qtbot, door, 30)  # reading the list, answering the phone: no touch for half an hour
    assert not door.blanker.dark and not door.blanker.overlay.isVisible()
    tap(qtbot, door.controller.host.close_button)
    assert door.window.stack.currentWidget() is door.controller.scan
    idle_for(qtbot, door, 6)  # back at the door, the rule holds again
    qtbot.waitUntil(lambda: door.blanker.dark, timeout=3000)


def test_the_roll_call_is_never_covered_by_the_dark(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    door.controller.roll_calls.show_roll_call([])
    assert door.window.stack.currentWidget() is door.controller.roll_call
    idle_for(qtbot, door, 45)  # everybody is outside, counting heads
    assert not door.blanker.dark and not door.blanker.overlay.isVisible()


def test_a_guest_mid_registration_after_hours_is_not_blanked(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, door.controller.scan.guest_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.controller.guest, timeout=3000)
    idle_for(qtbot, door, 6)  # reading the house rules (the flow's own timer says when to give up)
    assert not door.blanker.dark and not door.blanker.overlay.isVisible()
    assert door.window.stack.currentWidget() is door.controller.guest


def test_the_set_up_at_night_is_not_blanked(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    from kiosk.ui.main import start_setup

    start_setup(door.controller, door.kiosk.setup, lambda: door.kiosk.settings)
    idle_for(qtbot, door, 20)  # the owner walks off to the server's page for the code
    assert not door.blanker.dark
    assert door.window.stack.currentWidget() is door.controller.codes.setup_screen


def test_a_finger_on_the_touchscreen_wakes_it_and_presses_nothing(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    """A real panel sends touch events (and Qt makes a mouse press of them for a button): the
    waking touch must press nothing either way."""
    from PySide6.QtGui import QInputDevice, QPointingDevice
    from PySide6.QtTest import QTest

    screen = QPointingDevice("test panel", 1, QInputDevice.DeviceType.TouchScreen,
                             QPointingDevice.PointerType.Finger, QInputDevice.Capability.Position, 1, 0)
    go_dark(qtbot, door)
    button = door.controller.scan.guest_button
    where = button.mapTo(door.window, button.rect().center())
    QTest.touchEvent(door.window, screen).press(0, where, door.window).commit()
    QTest.touchEvent(door.window, screen).release(0, where, door.window).commit()
    qtbot.wait(300)
    assert not door.blanker.dark
    assert door.window.stack.currentWidget() is door.controller.scan  # the guest flow did not open
    QTest.touchEvent(door.window, screen).press(0, where, door.window).commit()  # awake: now it does
    QTest.touchEvent(door.window, screen).release(0, where, door.window).commit()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.controller.guest, timeout=3000)


def test_no_preview_pictures_are_made_while_a_result_covers_the_preview(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    """The capture thread's preview conversions competed with the check-in's commit and the
    result's painting on one core, for a preview no one could see (benchmarks.pi_budget --trace)."""
    door.controller.result.set_seconds(30)
    member = next(m for m in door.kiosk.members.roster() if m.demo)
    rng = np.random.default_rng(3)
    door.camera.show(place(qr_picture(door.kiosk.members.card(member.id).code), background(rng), Pose(width=320), rng))
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.controller.result, timeout=8000)
    made, grabbed = door.bridge.previews_made, door.bridge.capture.frames_grabbed
    door.camera.show(somebody_in(grey_gate(2)))  # and people keep moving in front of the camera
    qtbot.waitUntil(lambda: door.bridge.capture.frames_grabbed >= grabbed + 10, timeout=5000)
    assert door.window.stack.currentWidget() is door.controller.result
    assert door.bridge.previews_made <= made + 1  # at most the one that found the result up
    door.controller.stage.show_scan()  # back at the door: the preview runs again
    qtbot.waitUntil(lambda: door.bridge.previews_made > made + 3, timeout=5000)
