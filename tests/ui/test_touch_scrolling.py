"""Every scrollable page scrolls under a finger, with momentum, and a finger that scrolls never
taps what it started on; a plain tap still does. Events go in through the window, as a
touchscreen's do (Qt sees its touches as mouse presses)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea, QScroller

from kiosk.domain.presence import PresenceEntry
from kiosk.ui.screens.host_pages.roll_call import RollCallScreen

AT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def drag(qtbot, window, start: QPoint, dy: int, steps: int = 10) -> None:  # type: ignore[no-untyped-def]
    handle = window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, steps + 1):
        QTest.qWait(16)
        QTest.mouseMove(handle, start + QPoint(0, dy * k // steps))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, dy))


def roll_call(qtbot, people: int = 40) -> RollCallScreen:  # type: ignore[no-untyped-def]
    screen = RollCallScreen()
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show_people([PresenceEntry(f"m{i:02d}", f"Person {i:02d}", False, AT + timedelta(minutes=i), None, None)
                        for i in range(people)])
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_finger_drag_scrolls_the_roll_call_and_ticks_nobody(qtbot):
    screen = roll_call(qtbot)
    bar = screen.list_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    middle = screen.list_area.mapTo(screen, screen.list_area.rect().center())
    drag(qtbot, screen, middle + QPoint(0, 80), -160)
    qtbot.waitUntil(lambda: bar.value() > 160, timeout=3000)  # it went on after the finger left
    scrolling = QScroller.scroller(screen.list_area.viewport())
    qtbot.waitUntil(lambda: scrolling.state() != QScroller.State.Scrolling, timeout=5000)
    assert not any(b.isChecked() for b in screen.buttons)


def test_a_tap_in_a_scrolling_list_still_ticks_one_person(qtbot):
    screen = roll_call(qtbot)
    person = screen.buttons[1]
    QTest.mouseClick(screen.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     person.mapTo(screen, person.rect().center()))
    qtbot.waitUntil(person.isChecked, timeout=3000)
    assert [b.isChecked() for b in screen.buttons].count(True) == 1


def test_every_scroll_area_of_the_door_and_the_host_view_scrolls_by_touch(qtbot, full_door):
    door = full_door
    door.registration.show()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
    door.guest.cancel()
    areas = door.window.findChildren(QScrollArea)
    areas += door.host.findChildren(QScrollArea)
    assert len(set(areas)) >= 8
    missing = [a.objectName() or type(a.widget()).__name__ for a in set(areas)
               if not QScroller.hasScroller(a.viewport())]
    assert missing == []
