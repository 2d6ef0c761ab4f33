"""The member's door PIN after their card (card + PIN): where the door's rules want more than a
card (after hours for a 24/7 member, or inside hours when the host asks it), a card the PIN would
open brings this keypad. Nothing is recorded until the PIN comes back: a wrong one is said here
(with the tries left), five lock the card for a while (services.door, kept in the database) and
the door's refusal says so. Read aloud without ever saying a digit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.domain.countdown import DoorTimeouts
from kiosk.ui import theme
from kiosk.ui.countdown import CountdownBanner, IdleCountdown
from kiosk.ui.screens.host import BUTTONS
from kiosk.ui.widgets import (
    SPOKEN_AS,
    PinKeypad,
    Retranslates,
    breakable,
    compact_pin_pad,
    make_label,
    pin_pad_layout,
    touch_button,
)

PIN_MAX = 8


class DoorPinScreen(Retranslates, QWidget):
    submitted = Signal(str, str)  # the card's code as read, the PIN
    cancelled = Signal()
    speech_changed = Signal()

    def __init__(self, parent: QWidget | None = None, timeouts: DoorTimeouts | None = None) -> None:
        super().__init__(parent)
        self.setProperty("text_growth", 1.1)
        timeouts = timeouts or DoorTimeouts()
        self.setObjectName("DoorPin")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#DoorPin {{ background: {theme.PAPER}; }}" + BUTTONS)
        self._code, self._pin, self._name = "", "", ""
        self._tries_left = 0
        self._speech, self._said = "door_pin", 0
        self.title = make_label(centred=True, px=36, bold=True, wrap=True)
        self.title.setObjectName("door-pin-title")
        self.dots = make_label(centred=True, px=44, bold=True, wrap=True)
        self.message = make_label(centred=True, px=26, wrap=True)
        self.message.setObjectName("door-pin-message")
        self.message.setStyleSheet(f"color: {theme.REFUSED};")
        self.keypad = PinKeypad()
        self.digit_buttons = self.keypad.digit_buttons
        self.back_button, self.ok_button = self.keypad.back_button, self.keypad.ok_button
        for d, b in self.digit_buttons.items():
            b.clicked.connect(lambda _=False, d=d: self.press(d))
        self.back_button.clicked.connect(self.backspace)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = touch_button()
        self.cancel_button.clicked.connect(self.cancel)
        pin_pad_layout(self, [self.title, self.dots, self.message], self.keypad, [self.cancel_button])
        # Untouched for 30 s (DoorTimeouts.pin_pad): back to the door, after a countdown.
        self.countdown = IdleCountdown(timeouts.pin_pad, timeouts.second_ms, self, name="door_pin")
        self.countdown.time_up.connect(self.cancel)
        self.countdown_banner = CountdownBanner(self, self.countdown, self._closing_text)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact_pin_pad(self, [self.title, self.dots, self.message], self.keypad)

    @property
    def waiting(self) -> bool:
        """A card is waiting for its PIN (the pad is up, or its PIN is with the door)."""
        return bool(self._code)

    def start(self, code: str, first_name: str) -> None:
        """A card that its holder's PIN would open: ask for the PIN."""
        self._code, self._name, self._pin = code, first_name, ""
        self._tries_left = 0
        self.message.clear()
        self.keypad.setEnabled(True)
        self._say("door_pin")
        self.retranslate()
        self._refresh()

    def wrong(self, tries_left: int) -> None:
        """The PIN was wrong; tries_left more before the card is refused for a while."""
        self._pin, self._tries_left = "", tries_left
        self.keypad.setEnabled(True)
        self._show_wrong()
        self._refresh()
        self._say("pin.wrong")

    def finish(self) -> None:
        """The door answered (opened, or refused): the card and its PIN are forgotten here."""
        self.countdown.stop()
        self.countdown_banner.hide()
        self._code, self._pin = "", ""

    def press(self, digit: str) -> None:
        if len(self._pin) < PIN_MAX:
            self._pin += digit
        self._refresh()
        self._say("pin.typed")

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._refresh()
        self._say("pin.removed")

    def cancel(self) -> None:
        self.finish()
        self.cancelled.emit()

    def confirm(self) -> None:
        """Open, as the pad's OK key (a USB keypad's Enter: kiosk/ui/keypad.py)."""
        self._submit()

    def _submit(self) -> None:
        if len(self._pin) >= 4 and self._code:
            self.keypad.setEnabled(False)  # one answer per PIN: the door's comes next
            self.submitted.emit(self._code, self._pin)
            self._pin = ""
            self._refresh()

    def _refresh(self) -> None:
        self.countdown.start()
        self.dots.setText("●" * len(self._pin) or "·")
        self.ok_button.setEnabled(len(self._pin) >= 4)

    def _show_wrong(self) -> None:
        if self._tries_left:
            self.message.setText(self.tr("Wrong PIN. %n more tries before this card is refused for a while.",
                                         "", self._tries_left))

    def _say(self, what: str) -> None:
        self._speech = what
        self.speech_changed.emit()

    def speech(self) -> tuple[str, str]:
        """The pad's state in words, never a digit."""
        what = self._speech
        text = self.keypad.spoken(what) or (self.title.text() + ". "
                                            + self.tr("Type your door PIN on the keypad, then Open."))
        self._said += 1
        return f"{what}#{self._said}" if what.startswith("pin.") else what, text

    def hideEvent(self, event: QHideEvent) -> None:
        self.countdown.stop()
        self.countdown_banner.hide()
        super().hideEvent(event)

    def _closing_text(self, left: int) -> str:
        return self.tr("Still there? Back to the door in %1 seconds.").replace("%1", str(left))

    def retranslate(self) -> None:
        # breakable: an 80-character name without a space must wrap, never widen the screen
        self.title.setText(self.tr("%1, your door PIN").replace("%1", breakable(self._name)) if self._name
                           else self.tr("Your door PIN"))
        self.ok_button.setText(self.tr("Open"))
        self.back_button.setAccessibleName(self.tr("Delete last character"))
        self.cancel_button.setText(self.tr("Cancel"))
        # A keypad moving over the pad's keys never says a digit aloud (kiosk/ui/keypad.py).
        for b in self.digit_buttons.values():
            b.setProperty(SPOKEN_AS, self.tr("Number key. Type the digits on your keypad."))
        self.message.clear()
        self._show_wrong()
