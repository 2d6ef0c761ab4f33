"""Type the short code printed under the QR, on an on-screen keypad, when the QR will not read."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.codes import CROCKFORD, normalize_short_code
from kiosk.domain.countdown import DoorTimeouts
from kiosk.ui import theme
from kiosk.ui.countdown import CountdownBanner, IdleCountdown
from kiosk.ui.widgets import Retranslates, is_compact, make_label, touch_button

CODE_CHARS = 9


class ManualEntryScreen(Retranslates, QWidget):
    submitted = Signal(str)  # the canonical short code, check character verified
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, timeouts: DoorTimeouts | None = None) -> None:
        super().__init__(parent)
        timeouts = timeouts or DoorTimeouts()
        self.setObjectName("ManualEntry")
        # The larger text grows less here (kiosk/ui/text_size.py): 32 keys and a code on 600 px.
        self.setProperty("text_growth", 1.2)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.compact: bool | None = None
        self._set_sheet(False)
        self._typed = ""
        self.title = make_label(centred=True, px=36, bold=True, wrap=True)
        self.display = make_label(centred=True, px=56, bold=True)
        self.display.setStyleSheet("font-family: 'DejaVu Sans Mono'; letter-spacing: 4px;")
        self.message = make_label(centred=True, px=26, wrap=True)  # a German sentence is wider than a 7" panel
        self.message.setStyleSheet(f"color: {theme.REFUSED};")

        keys = QGridLayout()
        keys.setSpacing(10)
        self.key_buttons: dict[str, QPushButton] = {}
        for i, ch in enumerate(CROCKFORD):
            button = touch_button(ch)
            button.clicked.connect(lambda _=False, ch=ch: self.press(ch))
            keys.addWidget(button, i // 8, i % 8)
            self.key_buttons[ch] = button
        self.cancel_button = touch_button(name="Cancel")
        self.back_button = touch_button("⌫")
        self.ok_button = touch_button(name="Ok")
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(self.backspace)
        self.ok_button.clicked.connect(self.confirm)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.cancel_button, 1)
        actions.addWidget(self.back_button, 1)
        actions.addWidget(self.ok_button, 2)

        layout = QVBoxLayout(self)
        # No minimum from the roomy layout: a smaller panel must reach resizeEvent (compact).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.keys, self._layout = keys, layout
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.message)
        layout.addLayout(keys, 1)
        layout.addLayout(actions)

        # Untouched for 30 s (DoorTimeouts.manual_entry): back to the door, after a countdown.
        self.countdown = IdleCountdown(timeouts.manual_entry, timeouts.second_ms, self, name="manual_entry")
        self.countdown.time_up.connect(self.cancel)
        self.countdown_banner = CountdownBanner(self, self.countdown, self._closing_text)
        self.retranslate()
        self._refresh()

    def _set_sheet(self, compact: bool) -> None:
        key_px = 44 if compact else 52  # with the border: 48 px, a finger, on the Pi's 800x480
        ok_px = 48 if compact else 52  # OK has no border
        self.setStyleSheet(f"""
            QWidget#ManualEntry {{ background: {theme.PAPER}; }}
            QPushButton {{ font-size: 30px; font-weight: bold; color: {theme.INK}; background: white;
                           border: 2px solid #c9c2b3; border-radius: 12px; min-height: {key_px}px; }}
            QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}
            QPushButton#Ok {{ background: {theme.ACCENT}; color: white; border: none; min-height: {ok_px}px; }}
            QPushButton#Ok:disabled {{ background: #9fb8b0; }}
            QPushButton#Cancel {{ background: transparent; }}
        """)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = is_compact(self)
        if compact == self.compact:
            return
        self.compact = compact
        self._set_sheet(compact)
        self.title.setFont(theme.font(28 if compact else 36, True))
        self.display.setFont(theme.font(44 if compact else 56, True))
        self.message.setFont(theme.font(22 if compact else 26))
        self.keys.setSpacing(6 if compact else 10)
        self._layout.setContentsMargins(*((32, 6, 32, 6) if compact else (48, 16, 48, 16)))
        self._layout.setSpacing(6 if compact else 10)

    def start(self) -> None:
        self._typed = ""
        self.message.clear()
        self._refresh()
        self.countdown.start()

    def press(self, ch: str) -> None:
        if len(self._typed) < CODE_CHARS:
            self._typed += ch
        self.message.clear()
        self._refresh()
        self.countdown.start()  # only while someone types here: it once ran from the app's start and,
        # 30 s later, took the door back from whatever screen was showing (a guest half-way through)

    def backspace(self) -> None:
        self._typed = self._typed[:-1]
        self.message.clear()
        self._refresh()
        self.countdown.start()

    def confirm(self) -> None:
        code = normalize_short_code(self._typed)
        if code is None:
            self.message.setText(self.tr("That code is not right. Check it and try again."))
            self.countdown.start()
            return
        self.countdown.stop()
        self.countdown_banner.hide()
        self.submitted.emit(code)

    def cancel(self) -> None:
        self.countdown.stop()
        self.countdown_banner.hide()
        self._typed = ""
        self.cancelled.emit()

    def _refresh(self) -> None:
        shown = self._typed.ljust(CODE_CHARS, "·")
        self.display.setText(f"{shown[:4]}-{shown[4:8]}-{shown[8]}")
        self.ok_button.setEnabled(len(self._typed) == CODE_CHARS)

    def _closing_text(self, left: int) -> str:
        return self.tr("Still typing? Back to the door in %1 seconds.").replace("%1", str(left))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type the code printed under your QR code"))
        self.back_button.setAccessibleName(self.tr("Delete last character"))
        self.cancel_button.setText(self.tr("Cancel"))
        # The door decides in or out from the code: the button must not promise one of them.
        self.ok_button.setText(self.tr("OK"))

