"""The one countdown on the keypads (the guest flow and the host view: test_guest_flow.py,
test_host_unlock.py): the real lengths with a short second, waiting for states, never for time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.domain.countdown import Countdown, DoorTimeouts
from kiosk.ui.countdown import CountdownBanner, IdleCountdown
from kiosk.ui.screens.host import HostUnlockScreen
from kiosk.ui.screens.manual_entry import ManualEntryScreen

FAST = DoorTimeouts(second_ms=50)  # 15 "seconds" of warning: 750 ms to see it count and tap


@pytest.fixture(params=["manual_entry", "pin_pad"])
def keypad(request, qtbot, languages):  # type: ignore[no-untyped-def]
    screen = ManualEntryScreen(timeouts=FAST) if request.param == "manual_entry" else HostUnlockScreen(timeouts=FAST)
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start()
    return screen


def test_a_keypad_warns_counts_down_gives_more_time_then_gives_up(qtbot, keypad):
    banner = keypad.countdown_banner
    before = {w: w.geometry() for w in keypad.findChildren(QWidget) if w.isVisible()}
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    first = banner.label.text()
    assert "om" in first and banner.more_time.text() == "Mere tid"
    qtbot.waitUntil(lambda: banner.label.text() != first, timeout=5000)  # one second less
    assert banner.geometry().top() == 0 and banner.width() == keypad.width()
    assert all(w.geometry() == g for w, g in before.items())  # laid over: nothing under it moved
    qtbot.mouseClick(banner.more_time, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)  # once the tap has landed
    assert keypad.countdown.active
    with qtbot.waitSignal(keypad.cancelled, timeout=10_000):  # untouched again: back to the door
        pass
    assert not banner.isVisible() and not keypad.countdown.active


def test_warning_seconds_and_the_end_are_signalled_once_each(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    countdown = IdleCountdown(Countdown(warn_after=2, ends_after=5), second_ms=100, parent=owner)
    CountdownBanner(owner, countdown, lambda n: f"{n} left")
    warnings: list[int] = []
    seconds: list[int] = []
    countdown.warning_started.connect(lambda: warnings.append(1))
    countdown.seconds_left_changed.connect(seconds.append)
    with qtbot.waitSignal(countdown.time_up, timeout=5000):
        countdown.start()
    # The seconds shown count down from at most 3, none twice (a wake-up late on a loaded machine
    # may skip one: tests/domain/test_countdown.py proves the wake-ups are planned for each second).
    assert warnings == [1] and 1 <= seconds[0] <= 3 and seconds == sorted(set(seconds), reverse=True)
    assert not countdown.active
