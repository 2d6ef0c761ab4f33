"""The host's way in at the door: a PIN keypad. The host view itself is in host_pages/."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.widgets import Retranslates, make_label, touch_button

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
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HostUnlock")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#HostUnlock {{ background: {theme.PAPER}; }}" + BUTTONS)
        self._pin = ""
        self.title = make_label(centred=True, px=40, bold=True, wrap=True)
        self.dots = make_label(centred=True, px=64, bold=True, wrap=True)
        self.message = make_label(centred=True, px=26, wrap=True)
        self.message.setStyleSheet(f"color: {theme.REFUSED};")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.digit_buttons = {}
        for i, d in enumerate("123456789"):
            self.digit_buttons[d] = touch_button(d)
            grid.addWidget(self.digit_buttons[d], i // 3, i % 3)
        self.back_button, self.ok_button = touch_button("⌫"), touch_button(name="Primary")
        self.digit_buttons["0"] = touch_button("0")
        grid.addWidget(self.back_button, 3, 0)
        grid.addWidget(self.digit_buttons["0"], 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        for d, b in self.digit_buttons.items():
            b.clicked.connect(lambda _=False, d=d: self.press(d))
        self.back_button.clicked.connect(self.backspace)
        self.ok_button.clicked.connect(lambda: self.submitted.emit(self._pin))
        self.cancel_button = touch_button()
        self.cancel_button.clicked.connect(self.cancel)
        keypad = QWidget()
        keypad.setLayout(grid)
        keypad.setFixedWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addWidget(keypad, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(30_000)
        self._idle.timeout.connect(self.cancel)
        self.retranslate()

    def start(self) -> None:
        self._pin = ""
        self.message.clear()
        self._refresh()

    def press(self, digit: str) -> None:
        if len(self._pin) < 8:
            self._pin += digit
        self._refresh()

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._refresh()

    def cancel(self) -> None:
        self._idle.stop()
        self._pin = ""
        self.cancelled.emit()

    def refused(self, why: str) -> None:
        """The worker's answer to a wrong PIN: 'wrong', 'locked' or 'no_pin'."""
        self._pin = ""
        self._refresh()
        self.message.setText({
            "wrong": self.tr("Wrong PIN. Try again."),
            "locked": self.tr("Too many wrong PINs. The keypad is locked for five minutes."),
            "no_pin": self.tr("No host PIN is set on this kiosk (kiosk host-pin)."),
        }.get(why, why))

    def _refresh(self) -> None:
        self._idle.start()
        self.dots.setText("●" * len(self._pin) or "·")
        self.ok_button.setEnabled(len(self._pin) >= 4)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Host PIN"))
        self.ok_button.setText(self.tr("Open"))
        self.cancel_button.setText(self.tr("Cancel"))
