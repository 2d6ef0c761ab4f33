"""What the result screen says about the door when a lock is set: "The door is open" with its
seconds counting down, "the lock did not answer", why a door stayed shut and what to do, and the
In / Out question for a member whose visit was open (In by itself after a few seconds).

Self-contained: the result screen shows it and forwards "Out". Its timers come from the
constructor, so a test runs the countdown in milliseconds."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.hours import DAYS, OpeningHours
from kiosk.services.door import LOCK_FAILED, OPENED, DoorResult
from kiosk.ui import theme
from kiosk.ui.widgets import make_label, touch_button

IN_AFTER_MS = 3000


def hours_text(hours: OpeningHours | None, lang: str) -> str:
    """"Mon-Fri 07:00-22:00, Sat 09:00-17:00" in the door's language (QLocale's day names)."""
    if hours is None:
        return ""
    locale = QLocale(lang)

    def day(name: str) -> str:
        return locale.dayName(DAYS.index(name) + 1, QLocale.FormatType.ShortFormat)

    parts = []
    for days, spans in hours.describe():
        first, _, last = days.partition("-")
        parts.append(f"{day(first)}-{day(last)} {spans}" if last else f"{day(first)} {spans}")
    return "; ".join(parts)


class DoorPanel(QWidget):
    out_requested = Signal(str)  # member id: "Out" on the In / Out question

    def __init__(self, tick_ms: int = 1000, in_after_ms: int = IN_AFTER_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DoorPanel")
        self.line = make_label(name="DoorLine", centred=True, px=36, bold=True, wrap=True)
        self.in_button = touch_button(name="DoorIn")
        self.out_button = touch_button(name="DoorOut")
        self.in_button.clicked.connect(self._in)
        self.out_button.clicked.connect(self._out)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.in_button)
        row.addWidget(self.out_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addLayout(row)
        self.setStyleSheet(f"QLabel#DoorLine {{ color: {theme.INK}; background: white; border-radius: 14px; "
                           f"padding: 8px 24px; }} QPushButton {{ font-size: 28px; min-height: 56px; "
                           f"padding: 4px 40px; border-radius: 28px; }}")
        self._tick = QTimer(self, interval=tick_ms)
        self._tick.timeout.connect(self._count)
        self._in_timer = QTimer(self, interval=in_after_ms, singleShot=True)
        self._in_timer.timeout.connect(self._in)
        self._left = 0
        self._door: DoorResult | None = None
        self._member_id = ""
        self.clear()

    def clear(self) -> None:
        self._tick.stop()
        self._in_timer.stop()
        self._door = None
        self.line.hide()
        self.in_button.hide()
        self.out_button.hide()

    def show_door(self, door: DoorResult, member_id: str | None) -> None:
        self._door, self._member_id = door, member_id or ""
        self._left = door.seconds
        self._render()
        if door.door == OPENED and door.seconds:
            self._tick.start()
        if door.ask_in_or_out and door.door in (OPENED, LOCK_FAILED) and member_id:
            self.in_button.show()
            self.out_button.show()
            self._in_timer.start()

    @property
    def seconds_left(self) -> int:
        return self._left

    def _count(self) -> None:
        self._left = max(self._left - 1, 0)
        if self._left == 0:
            self._tick.stop()
        self._render()

    def _in(self) -> None:
        self._in_timer.stop()
        self.in_button.hide()
        self.out_button.hide()

    def _out(self) -> None:
        self._in()
        if self._member_id:
            self.out_requested.emit(self._member_id)

    def retranslate(self) -> None:
        if self._door is not None:
            self._render()

    def _render(self) -> None:
        door = self._door
        if door is None:
            return
        self.in_button.setText(self.tr("In"))
        self.out_button.setText(self.tr("Out"))
        if door.door == OPENED:
            text = (self.tr("The door is open: %n second(s)", "", self._left) if self._left
                    else self.tr("The door is locked again. Scan again to open it."))
        elif door.door == LOCK_FAILED:
            text = self.tr("The door did not open: the lock is not answering. Please use your key or call a host.")
        elif door.reason == "repeat_limit":
            text = self.tr("The door has opened twice for this card. Please wait a minute.")
        elif door.reason == "guest_not_approved":
            text = self.tr("The door opens once a host or the member you visit has approved your day pass.")
        elif door.reason == "guest_after_hours":
            text = self.tr("A day pass opens the door only inside opening hours.")
        else:
            text = ""
        self.line.setText(text)
        self.line.setVisible(bool(text))
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
