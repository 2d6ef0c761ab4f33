"""A USB number pad alone drives the door: a guest registers a day pass and a host opens the
host view with the pad's keys (arrows and Tab to move, Enter to press, digits and Backspace on
the PIN pad, `*` to read aloud), each selected button said by name, never a PIN digit. The keys
go through the application as the pad's do (QKeyEvent with the keypad modifier)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.ui.keypad import KeypadDriver, connect_keypad
from tests.ui.test_voice import Recorder, voice_for

PAD = Qt.KeyboardModifier.KeypadModifier
ARROWS = {"up": Qt.Key.Key_Up, "down": Qt.Key.Key_Down, "left": Qt.Key.Key_Left, "right": Qt.Key.Key_Right}


HOLD_MS = 20  # the pad's digit waits this long for a fob reader's next key (60 at the door)
FOB = "0004215987"


def key(door, code: Qt.Key, text: str = "", mods=PAD) -> None:  # type: ignore[no-untyped-def]
    """One key of the pad, to whatever has the keyboard (a text field, else the window); then
    what it posted is done, as the event loop does before the next key comes. A person's digit
    is held by the driver until no reader's key followed it: wait for that, as a person's pace
    gives it (a person's next key comes 100 ms or more later)."""
    target = QApplication.focusWidget() or door.window
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, code, mods, text))
    QApplication.processEvents()
    deadline = time.monotonic() + 3
    while any(d.held is not None for d in DRIVERS):  # polled with a deadline, as qtbot.waitUntil does
        assert time.monotonic() < deadline, "the pad's digit was never taken"
        QTest.qWait(5)


def reader(door, text: str, mods=PAD, end: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """A USB fob reader in keyboard mode: its digits (here as the pad's, as some readers type
    them) and Return in one burst, each key handled before the next as the event loop does, and
    no time for a person's pause between them."""
    target = QApplication.focusWidget() or door.window
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, getattr(Qt.Key, f"Key_{ch}"), mods, ch))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, end, mods if end == Qt.Key.Key_Enter else NO_MODS, "\r"))


NO_MODS = Qt.KeyboardModifier.NoModifier
DRIVERS: list[KeypadDriver] = []


def go_to(door, driver: KeypadDriver, target) -> int:  # type: ignore[no-untyped-def]
    """Arrow keys toward `target` (a button, or what gives it: a keyboard's keys are made anew
    when it changes) until it is the one selected; how many keys it took."""
    for pressed in range(60):
        button: QAbstractButton = target() if callable(target) else target
        if driver.current is button:
            return pressed
        if driver.current is None:
            key(door, Qt.Key.Key_Down)
            continue
        here, there = driver._centre(driver.current), driver._centre(button)
        dx, dy = there.x() - here.x(), there.y() - here.y()
        if abs(dy) > 20:
            key(door, ARROWS["down" if dy > 0 else "up"])
        else:
            key(door, ARROWS["right" if dx > 0 else "left"])
    raise AssertionError(f"the arrows never reached {button.text()!r}; at {driver.current and driver.current.text()!r}")


def enter(door) -> None:  # type: ignore[no-untyped-def]
    key(door, Qt.Key.Key_Enter, "\r")


@pytest.fixture
def pad(qapp, full_door):  # type: ignore[no-untyped-def]
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    driver = KeypadDriver(door.window.stack, lambda screen: screen is not door.host, hold_ms=HOLD_MS)
    connect_keypad(driver, voice)
    driver.install(qapp)
    DRIVERS.append(driver)
    yield door, driver, speaker
    DRIVERS.remove(driver)
    driver.remove(qapp)


def test_a_guest_registers_a_day_pass_with_the_keypad_alone(qtbot, pad, kiosk):
    door, driver, speaker = pad
    door.window.resize(1024, 600)
    moves = go_to(door, driver, door.scan.guest_button)
    assert speaker.said[0].message_id == "scan"  # the first key started speech, with the screen
    assert [u.text for u in speaker.said if u.message_id == "control"][-1] == door.scan.guest_button.text()
    enter(door)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
    flow = door.guest
    qtbot.waitUntil(lambda: flow.current() == "language", timeout=5000)
    moves += go_to(door, driver, flow.language_buttons["en"])
    enter(door)
    qtbot.waitUntil(lambda: flow.current() == "name", timeout=5000)
    for ch in "ida":
        moves += go_to(door, driver, lambda ch=ch: flow.keyboard.keys[ch])
        enter(door)
    assert flow.name_edit.text() == "Ida"  # the keyboard's own capital at a name's start
    moves += go_to(door, driver, flow.name_next)
    enter(door)
    qtbot.waitUntil(lambda: flow.current() == "contact", timeout=5000)
    moves += go_to(door, driver, flow.skip_button)
    enter(door)
    qtbot.waitUntil(lambda: flow.current() == "reason", timeout=5000)
    moves += go_to(door, driver, flow.reason_buttons["daypass"])
    enter(door)
    qtbot.waitUntil(lambda: flow.current() == "rules", timeout=5000)
    # Tab goes through the buttons in reading order too.
    for _ in range(20):
        if driver.current is flow.rules_accept:
            break
        key(door, Qt.Key.Key_Tab, "\t", Qt.KeyboardModifier.NoModifier)
    assert driver.current is flow.rules_accept
    enter(door)
    qtbot.waitUntil(lambda: flow.current() == "privacy", timeout=5000)
    moves += go_to(door, driver, flow.privacy_accept)
    enter(door)
    qtbot.waitUntil(lambda: flow.current() in ("payment", "pass"), timeout=5000)
    if flow.current() == "payment":
        moves += go_to(door, driver, next(b for b in flow.pay_buttons.values() if b.isVisible()))
        enter(door)
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=10_000)
    [guest] = [m for m in kiosk.presence.on().in_now if m.name == "Ida"]
    assert guest is not None
    said = [u.message_id for u in speaker.said]
    for step in ("guest.language", "guest.name", "guest.contact", "guest.reason", "guest.rules", "guest.privacy",
                 "guest.pass"):
        assert step in said, (step, said)
    assert all(u.lang == "en" for u in speaker.said[said.index("guest.name"):])
    # The keys said; `*` reads the pass again from its start.
    before = len(speaker.said)
    key(door, Qt.Key.Key_Asterisk, "*")
    assert speaker.said[before].message_id == "guest.pass"
    moves += go_to(door, driver, flow.done_button)
    enter(door)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=5000)
    assert driver.current is None and not driver.ring.isVisible()
    print(f"day pass from the keypad: {moves} arrow keys")


def test_the_host_opens_the_host_view_from_the_keypad_and_no_digit_is_said(qtbot, pad, kiosk):
    door, driver, speaker = pad
    kiosk.host.set_pin("2468")
    door.window.resize(1024, 600)
    go_to(door, driver, door.scan.host_button)
    enter(door)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host_unlock, timeout=5000)
    for _ in range(3):  # over the pad's own keys: each is said, never as its digit
        key(door, Qt.Key.Key_Down)
    assert driver.current in door.host_unlock.digit_buttons.values()
    assert speaker.said[-1].message_id == "control" and speaker.said[-1].text.startswith("Taltast")
    for digit in "2461":
        key(door, getattr(Qt.Key, f"Key_{digit}"), digit)
    key(door, Qt.Key.Key_Backspace, "\b", Qt.KeyboardModifier.NoModifier)  # a pad's Backspace is a plain key
    key(door, Qt.Key.Key_8, "8")
    enter(door)  # nothing selected: Enter is the pad's Open
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host, timeout=5000)
    pin = [u for u in speaker.said if u.message_id.startswith("pin")]
    assert [u.message_id for u in pin] == ["pin", *["pin.typed"] * 4, "pin.removed", "pin.typed"]
    assert not any(ch.isdigit() for u in speaker.said for ch in u.text), [u.text for u in speaker.said]
    # The host view is a host's: the pad's arrows leave its fields alone.
    before = driver.keys
    key(door, Qt.Key.Key_Down)
    assert driver.keys == before and driver.current is None


def test_a_hand_scanners_return_is_still_a_scan(qtbot, pad):
    """The scanner types Return, never the pad's Enter: a selected button is not pressed by it."""
    door, driver, _speaker = pad
    go_to(door, driver, door.scan.guest_button)
    key(door, Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier)
    assert door.window.stack.currentWidget() is door.scan


def test_the_door_pin_pad_takes_the_keypad_and_never_says_a_digit(qtbot, languages):
    """The card+PIN pad at the door (kiosk/ui/screens/door_pin.py) with the pad alone."""
    from PySide6.QtWidgets import QStackedWidget

    from kiosk.ui.screens.door_pin import DoorPinScreen

    stack, pin = QStackedWidget(), DoorPinScreen()
    stack.addWidget(pin)
    qtbot.addWidget(stack)
    stack.resize(1024, 600)
    stack.show()
    driver = KeypadDriver(stack, hold_ms=HOLD_MS)
    said: list[str] = []
    driver.selected.connect(said.append)
    driver.install(QApplication.instance())
    try:
        pin.start("CODE", "Mette")
        for _ in range(2):
            QApplication.sendEvent(stack, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, PAD))
        assert driver.current in pin.digit_buttons.values()
        assert said and not any(ch.isdigit() for name in said for ch in name), said
        with qtbot.waitSignal(pin.submitted) as sent:
            for digit in "4791":  # a person's pace: each digit is taken before the next
                QApplication.sendEvent(stack, QKeyEvent(QEvent.Type.KeyPress, getattr(Qt.Key, f"Key_{digit}"), PAD,
                                                        digit))
                qtbot.waitUntil(lambda: driver.held is None, timeout=3000)
            QApplication.sendEvent(stack, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Enter, PAD, "\r"))
        assert sent.args == ["CODE", "4791"]
    finally:
        driver.remove(QApplication.instance())


def test_a_fob_readers_burst_is_a_fob_read_and_a_persons_pad_key_still_reads_aloud(qtbot, pad):
    """A keyboard-mode fob reader that types the pad's digits and Return within milliseconds: the
    door's scanner buffer gets the whole UID, speech does not start, no pad takes a digit. A
    person's digit of the same pad, with a person's pause after it, starts "read aloud"."""
    door, driver, speaker = pad
    for end, bursts in ((Qt.Key.Key_Return, 1), (Qt.Key.Key_Enter, 2)):  # Return, or the pad's Enter
        door.answers.last_result = None
        with qtbot.waitSignal(door.window.scanned, timeout=3000) as read:
            reader(door, FOB, end=end)
        assert read.args == [FOB] and driver.bursts == bursts
        qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)  # the door answered the fob
        assert speaker.said == [] and driver.current is None  # no speech, no selection
    key(door, Qt.Key.Key_5, "5")  # a person: nothing follows within the hold
    qtbot.waitUntil(lambda: bool(speaker.said), timeout=3000)  # "read aloud" started, with the screen on show
    assert driver.bursts == 2


def stamped(kind: QEvent.Type, code: Qt.Key, mods, text: str, ms: int) -> QKeyEvent:  # type: ignore[no-untyped-def]
    """A key as the window system delivers it: with the time it was pressed (ms)."""
    event = QKeyEvent(kind, code, mods, text)
    event.setTimestamp(ms)
    return event


def fob_keys(start_ms: int, gap_ms: int = 4) -> list[QKeyEvent]:
    """A fob reader's presses: the UID's digits as the pad's and Return, `gap_ms` apart."""
    keys = [stamped(QEvent.Type.KeyPress, getattr(Qt.Key, f"Key_{ch}"), PAD, ch, start_ms + i * gap_ms)
            for i, ch in enumerate(FOB)]
    return [*keys, stamped(QEvent.Type.KeyPress, Qt.Key.Key_Return, NO_MODS, "\r", start_ms + len(FOB) * gap_ms)]


def stall(seconds: float) -> None:
    """The GUI thread busy (a Pi's one core on the camera): nothing of the event loop runs."""
    time.sleep(seconds)


def test_a_gui_stall_in_the_middle_of_a_fob_readers_burst_does_not_split_it(qtbot, pad):
    """The keys were pressed 4 ms apart; the GUI thread got to the second half 150 ms later. The
    gaps are the keys' own times: one read of the whole UID, not two halves."""
    door, driver, speaker = pad
    keys = fob_keys(10_000)
    with qtbot.waitSignal(door.window.scanned, timeout=3000) as read:
        for i, event in enumerate(keys):
            if i == 5:
                stall(0.15)
            QApplication.sendEvent(door.window, event)
    assert read.args == [FOB] and driver.bursts == 1 and speaker.said == []


def test_a_hold_that_ran_out_in_a_stall_lets_the_readers_queued_keys_come_first(qtbot, pad):
    """The first digit is held; the GUI thread stalls past the hold while the reader's other keys
    wait in the queue. When the loop runs again, the late hold looks at them first: one read."""
    door, driver, speaker = pad
    first, *rest = fob_keys(20_000)
    QApplication.sendEvent(door.window, first)
    assert driver.held is not None
    for event in rest:
        QApplication.postEvent(door.window, event.clone())
    stall(0.15)  # the hold (HOLD_MS) runs out in it
    with qtbot.waitSignal(door.window.scanned, timeout=3000) as read:
        pass
    assert read.args == [FOB] and driver.bursts == 1 and speaker.said == []


@pytest.fixture
def pin_pad(qtbot, languages):  # type: ignore[no-untyped-def]
    """The door's PIN pad alone on a shown stack, with a keypad driver installed (removed after)."""
    from PySide6.QtWidgets import QStackedWidget

    from kiosk.ui.screens.door_pin import DoorPinScreen

    stack, pin = QStackedWidget(), DoorPinScreen()
    stack.addWidget(pin)
    qtbot.addWidget(stack)
    stack.show()
    driver = KeypadDriver(stack, hold_ms=HOLD_MS)
    driver.install(QApplication.instance())
    yield stack, pin, driver
    driver.remove(QApplication.instance())


def test_a_persons_two_digits_handled_together_after_a_stall_are_still_a_persons(qtbot, pin_pad):
    """Two digits of a person, pressed 400 ms apart, reach the GUI thread one after the other
    (it was stalled): by their times they are two of a person's keys, both typed into the PIN
    pad, no reader's burst."""
    stack, pin, driver = pin_pad
    pin.start("CODE", "Mette")
    for i, digit in enumerate("47"):
        QApplication.sendEvent(stack, stamped(QEvent.Type.KeyPress, getattr(Qt.Key, f"Key_{digit}"), PAD, digit,
                                              30_000 + 400 * i))
    qtbot.waitUntil(lambda: driver.held is None, timeout=3000)
    assert pin._pin == "47" and driver.bursts == 0


def test_a_fob_readers_burst_types_nothing_into_the_door_pin_pad(qtbot, pin_pad):
    stack, pin, driver = pin_pad
    sent: list[tuple[str, str]] = []
    pin.submitted.connect(lambda code, typed: sent.append((code, typed)))
    pin.start("CODE", "Mette")
    for ch in FOB:
        QApplication.sendEvent(stack, QKeyEvent(QEvent.Type.KeyPress, getattr(Qt.Key, f"Key_{ch}"), PAD, ch))
    QApplication.sendEvent(stack, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Enter, PAD, "\r"))
    assert driver.bursts == 1 and driver.held is None
    QApplication.processEvents()
    assert sent == [] and pin._pin == ""  # no digit reached the pad
