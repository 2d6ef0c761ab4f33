"""A time of day set with − and + (by half hours, as in the set-up): nothing to type, so no
"2300" or "25:00" can be saved."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain.setup_flow import STEP_MINUTES, shift_time

from .widgets import make_label, touch_button


class TimePicker(QWidget):
    """HH:MM between two buttons; text()/setText() like the line edit it replaces."""

    def __init__(self, value: str = "00:00", name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.value = make_label(value, px=26, bold=True, centred=True)
        self.value.setMinimumWidth(100)
        self.minus, self.plus = touch_button("−", f"{name}-minus"), touch_button("+", f"{name}-plus")
        for b in (self.minus, self.plus):
            b.setMinimumSize(72, 44)
            b.setAutoRepeat(True)
            b.setAutoRepeatDelay(500)
            b.setAutoRepeatInterval(150)
        self.minus.clicked.connect(lambda: self._move(-STEP_MINUTES))
        self.plus.clicked.connect(lambda: self._move(STEP_MINUTES))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.minus)
        line.addWidget(self.value)
        line.addWidget(self.plus)
        line.addStretch(1)

    def _move(self, minutes: int) -> None:
        self.value.setText(shift_time(self.value.text(), minutes))

    def text(self) -> str:
        return self.value.text()

    def setText(self, value: str) -> None:
        self.value.setText(value)

    def set_name(self, label: str) -> None:
        """What the time is (the form's label): its buttons are named by it, as − and + say
        nothing to speech or a screen reader."""
        self.setAccessibleName(label)
        self.minus.setAccessibleName(self.tr("%1: half an hour earlier").replace("%1", label))
        self.plus.setAccessibleName(self.tr("%1: half an hour later").replace("%1", label))
