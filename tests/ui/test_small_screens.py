"""The door on a 1024x600 panel (the common 7" touch screen): the window fits, every button of
the scan screen is on it, and a guest's flow leaves the door screen where it was."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from kiosk.services.members import NewMember
from tests.ui.touch import tap


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(50)


def inside(widget, window) -> bool:  # type: ignore[no-untyped-def]
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(0, 0, window.width(), window.height()).contains(QRect(top_left, widget.size()))


def test_every_door_screen_fits_1024x600(qtbot, full_door):
    door = full_door
    window = door.window
    window.resize(1024, 600)
    settle(qtbot)
    # The PIN pad (HostUnlockScreen) belongs to the trust work and is measured there.
    for screen in (door.scan, door.result, door.manual, door.guest):
        window.stack.setCurrentWidget(screen)
        settle(qtbot)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, (type(screen).__name__, hint)
    window.stack.setCurrentWidget(door.scan)
    settle(qtbot)
    assert window.size().width() == 1024 and window.size().height() == 600
    for button in (door.scan.guest_button, door.scan.manual_button, *door.scan.language_buttons.values(),
                   door.scan.host_button):
        assert inside(button, window), (button.text(), button.mapTo(window, QPoint(0, 0)))


def test_the_door_screen_stays_put_after_a_german_guest(qtbot, full_door, kiosk):
    door = full_door
    kiosk.members.add_many([NewMember(name="Lars Holm")])
    door.window.resize(1024, 600)
    settle(qtbot)
    before = door.scan.guest_button.mapTo(door.window, QPoint(0, 0))
    tap(qtbot, door.scan.guest_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
    flow = door.guest
    tap(qtbot, flow.language_buttons["de"])
    flow.keyboard.type_text("Jürgen Weiß")
    settle(qtbot)
    assert door.window.size().height() == 600, door.window.size()
    tap(qtbot, flow.name_next)
    settle(qtbot)
    assert door.window.size().height() == 600, door.window.size()
    tap(qtbot, flow.skip_button)
    settle(qtbot)
    assert door.window.size().height() == 600, door.window.size()
    tap(qtbot, flow.reason_buttons["event"])
    settle(qtbot)
    assert door.window.size().height() == 600, door.window.size()
    tap(qtbot, flow.rules_accept)
    tap(qtbot, flow.privacy_accept)
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=30000)  # a guest saved by a worker: slow under load
    settle(qtbot)
    assert door.window.size().height() == 600, door.window.size()
    tap(qtbot, flow.done_button)
    settle(qtbot)
    assert door.window.stack.currentWidget() is door.scan
    assert door.window.size().width() == 1024 and door.window.size().height() == 600
    assert door.scan.guest_button.mapTo(door.window, QPoint(0, 0)) == before
