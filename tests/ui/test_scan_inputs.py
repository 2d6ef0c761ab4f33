"""The other ways in at the door: a USB hand scanner, and typing the short code on the keypad."""

import pytest
from PySide6.QtCore import Qt

from kiosk.core.members import NewMember
from kiosk.ui.screens.manual_entry import ManualEntryScreen
from tests.ui.test_controller import door  # noqa: F401  (the fixture)


def test_hand_scanner_burst_checks_in(qtbot, door, kiosk):  # noqa: F811
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.window.show()
    qtbot.keyClicks(door.window, card.code.replace(":", "Æ"))  # a US scanner on a Danish layout
    qtbot.keyClick(door.window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    assert door.answers.last_result.name == "Mette Jensen"
    assert kiosk.presence.on().in_now[0].member_id == card.member.id


def test_stray_typing_does_nothing(qtbot, door):  # noqa: F811
    door.window.show()
    for ch in "hello":
        qtbot.keyClick(door.window, ch, delay=120)
    qtbot.keyClick(door.window, Qt.Key.Key_Return)
    qtbot.keyClick(door.window, Qt.Key.Key_Escape)
    qtbot.wait(200)
    assert door.answers.last_result is None and door.window.stack.currentWidget() is door.scan


def test_keypad_entry_checks_in(qtbot, door, kiosk):  # noqa: F811
    card = kiosk.members.add(NewMember(name="Lars Holm"))
    qtbot.mouseClick(door.scan.manual_button, Qt.MouseButton.LeftButton)
    assert door.window.stack.currentWidget() is door.manual
    assert not door.manual.ok_button.isEnabled()
    for ch in card.short_code.replace("-", ""):
        qtbot.mouseClick(door.manual.key_buttons[ch], Qt.MouseButton.LeftButton)
    assert door.manual.display.text() == card.short_code
    qtbot.mouseClick(door.manual.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    assert door.answers.last_result.name == "Lars Holm"


@pytest.fixture
def keypad(qtbot, languages):
    screen = ManualEntryScreen()
    qtbot.addWidget(screen)
    screen.start()
    return screen


def test_keypad_refuses_a_wrong_check_character_in_place(qtbot, keypad):
    for ch in "ABCDEFGH0":
        keypad.press(ch)
    with qtbot.assertNotEmitted(keypad.submitted):
        keypad.confirm()
    assert keypad.message.text() == "Koden passer ikke. Tjek den, og prøv igen."
    keypad.backspace()
    assert keypad.display.text() == "ABCD-EFGH-·"


def test_keypad_cancel_returns(qtbot, keypad):
    with qtbot.waitSignal(keypad.cancelled, timeout=1000):
        qtbot.mouseClick(keypad.cancel_button, Qt.MouseButton.LeftButton)


def test_the_keypads_timer_runs_only_while_the_keypad_is_used(qtbot, full_door):
    """It started with the app and, 30 s later, sent the door back to the scan screen from
    wherever it was: a guest half-way through registering lost everything."""
    the_door = full_door
    assert not the_door.manual.countdown.active
    qtbot.mouseClick(the_door.scan.manual_button, Qt.MouseButton.LeftButton)
    assert the_door.manual.countdown.active
    qtbot.mouseClick(the_door.manual.cancel_button, Qt.MouseButton.LeftButton)
    assert the_door.window.stack.currentWidget() is the_door.scan and not the_door.manual.countdown.active
