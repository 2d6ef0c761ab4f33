"""The host's way in at the door: a PIN keypad. The host view itself is in host_pages/."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.domain.countdown import DoorTimeouts
from kiosk.ui import theme
from kiosk.ui.countdown import CountdownBanner, IdleCountdown
from kiosk.ui.widgets import (
    SPOKEN_AS,
    PinKeypad,
    Retranslates,
    compact_pin_pad,
    make_label,
    pin_pad_layout,
    touch_button,
)

BUTTONS = f"""
QPushButton {{ font-size: 26px; font-weight: bold; color: {theme.INK}; background: white;
               border: 2px solid #c9c2b3; border-radius: 12px; min-height: 56px; padding: 0 16px; }}
QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}
QPushButton#Primary {{ background: {theme.ACCENT}; color: white; border: none; }}
QPushButton#Primary:disabled {{ background: #9fb8b0; }}
QPushButton#Danger {{ background: {theme.REFUSED}; color: white; border: none; }}
QPushButton#Tab {{ font-size: 21px; min-height: 48px; padding: 0 12px; }}
QPushButton#Tab:checked, QPushButton:checked {{ background: {theme.BAR}; color: white; border: none; }}
"""
FIELDS = f"""
QLineEdit {{ font-size: 22px; color: {theme.INK}; background: white; border: 2px solid #c9c2b3;
             border-radius: 10px; padding: 4px 10px; min-height: 30px; }}
QLineEdit:focus {{ border-color: {theme.ACCENT}; }}
QScrollArea {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


class HostUnlockScreen(Retranslates, QWidget):
    """The PIN keypad: after "Host" (any host's own PIN) or after a host's card (that host's PIN,
    with the evacuation roll call one tap away without it). While a lockout runs the keys are
    off and the time left counts down; the lock stays shown when the pad is opened again."""

    submitted = Signal(str, str)  # PIN, host id ("" after "Host")
    cancelled = Signal()
    roll_call_requested = Signal()  # a host card alone opens the roll call
    speech_changed = Signal()  # the pad's state changed (read aloud without ever saying a digit)

    def __init__(self, parent: QWidget | None = None, timeouts: DoorTimeouts | None = None,
                 lock_tick_ms: int = 1000) -> None:
        super().__init__(parent)
        # The larger text grows less here (kiosk/ui/text_size.py): the pad and its keys.
        self.setProperty("text_growth", 1.5)
        timeouts = timeouts or DoorTimeouts()
        self.setObjectName("HostUnlock")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#HostUnlock {{ background: {theme.PAPER}; }}" + BUTTONS)
        self._pin = ""
        self.host_id, self._host_name = "", ""
        self._speech, self._said = "pin", 0
        self._locked_until: dict[str, float] = {}  # host id or "" -> monotonic end of its lockout
        self.title = make_label(centred=True, px=36, bold=True, wrap=True)
        self.dots = make_label(centred=True, px=44, bold=True, wrap=True)
        self.message = make_label(centred=True, px=26, wrap=True)
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
        self.roll_call_button = touch_button(name="Danger")
        self.roll_call_button.clicked.connect(self._roll_call)
        pin_pad_layout(self, [self.title, self.dots, self.message], self.keypad,
                       [self.roll_call_button, self.cancel_button])
        # Untouched for 30 s (DoorTimeouts.pin_pad): back to the door, after a countdown.
        self.countdown = IdleCountdown(timeouts.pin_pad, timeouts.second_ms, self, name="pin_pad")
        self.countdown.time_up.connect(self.cancel)
        self.countdown_banner = CountdownBanner(self, self.countdown, self._closing_text)
        self._lock_ticker = QTimer(self)  # the lockout's time left, shown once a second
        self._lock_ticker.setInterval(lock_tick_ms)
        self._lock_ticker.timeout.connect(self._show_lock)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact_pin_pad(self, [self.title, self.dots, self.message], self.keypad)

    def start(self, host_id: str = "", host_name: str = "") -> None:
        """Open the pad: after "Host" (no host id) or after the card of host_id."""
        self._pin = ""
        self.host_id, self._host_name = host_id, host_name
        self._speech = "pin"
        self.message.clear()
        self.roll_call_button.setVisible(bool(host_id))
        self.retranslate()
        self._refresh()
        self._show_lock()

    def finish(self) -> None:
        """The PIN opened the host view: this pad's timers must not act on it any more."""
        self.countdown.stop()
        self.countdown_banner.hide()
        self._lock_ticker.stop()
        self._pin = ""

    def press(self, digit: str) -> None:
        if self._seconds_locked():
            return
        if len(self._pin) < 8:
            self._pin += digit
        self._refresh()
        self._say("pin.typed")

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._refresh()
        self._say("pin.removed")

    def _say(self, what: str) -> None:
        self._speech = what
        self.speech_changed.emit()

    def speech(self) -> tuple[str, str]:
        """The pad's state in words, never a digit: a neighbour could be listening."""
        what = self._speech
        text = self.keypad.spoken(what) or (self.title.text() + ". "
                                            + self.tr("Type your PIN on the keypad, then Open."))
        # A sequence number: the same words twice in a row are two presses, said twice.
        self._said += 1
        return f"{what}#{self._said}" if what.startswith("pin.") else what, text

    def cancel(self) -> None:
        self.countdown.stop()
        self.countdown_banner.hide()
        self._lock_ticker.stop()
        self._pin = ""
        self.cancelled.emit()

    def confirm(self) -> None:
        """Open, as the pad's OK key (a USB keypad's Enter: kiosk/ui/keypad.py)."""
        self._submit()

    def _submit(self) -> None:
        if not self._seconds_locked():
            self.submitted.emit(self._pin, self.host_id)

    def _roll_call(self) -> None:
        self.finish()
        self.roll_call_requested.emit()

    def refused(self, why: str, seconds_left: int = 0) -> None:
        """The worker's answer to a PIN that did not open: 'wrong', 'locked' or 'no_pin'."""
        self._pin = ""
        if why == "locked":
            self._locked_until[self.host_id] = time.monotonic() + max(seconds_left, 1)
            self._refresh()
            self._show_lock()
            self._say("pin.locked")
            return
        self._refresh()
        self.message.setText({
            "wrong": self.keypad.spoken("pin.wrong"),
            "no_pin": self.tr("No PIN is set for this host (kiosk host-pin)."),
        }.get(why, why))
        self._say("pin.wrong")

    def _seconds_locked(self) -> int:
        end = self._locked_until.get(self.host_id)
        return max(0, math.ceil(end - time.monotonic())) if end is not None else 0

    def _show_lock(self) -> None:
        left = self._seconds_locked()
        self.keypad.setEnabled(not left)
        if not left:
            self._lock_ticker.stop()
            if self._locked_until.pop(self.host_id, None) is not None:
                self.message.clear()
            return
        minutes, seconds = divmod(left, 60)
        self.message.setText(self.tr("Too many wrong PINs. The keypad is locked: try again in %1.")
                             .replace("%1", f"{minutes}:{seconds:02d}"))
        if not self._lock_ticker.isActive():
            self._lock_ticker.start()

    def _refresh(self) -> None:
        self.countdown.start()
        self.dots.setText("●" * len(self._pin) or "·")
        self.ok_button.setEnabled(len(self._pin) >= 4)

    def hideEvent(self, event: QHideEvent) -> None:
        # Whatever took the screen (the host view, a scan), the pad's timers stop with it.
        self.countdown.stop()
        self.countdown_banner.hide()
        self._lock_ticker.stop()
        super().hideEvent(event)

    def _closing_text(self, left: int) -> str:
        return self.tr("Still there? Back to the door in %1 seconds.").replace("%1", str(left))

    def retranslate(self) -> None:
        self.title.setText(self.tr("PIN for %1").replace("%1", self._host_name) if self.host_id
                           else self.tr("Host PIN"))
        self.ok_button.setText(self.tr("Open"))
        self.back_button.setAccessibleName(self.tr("Delete last character"))
        self.cancel_button.setText(self.tr("Cancel"))
        # A keypad moving over the pad's keys never says a digit aloud (kiosk/ui/keypad.py).
        for b in self.digit_buttons.values():
            b.setProperty(SPOKEN_AS, self.tr("Number key. Type the digits on your keypad."))
