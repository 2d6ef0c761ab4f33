"""Step 2: the guest's name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import GUEST_NAME_MAX
from kiosk.ui.widgets import make_label

from .page import StepPage, next_row

COUNTER_FROM = 15  # characters left when the counter appears


def text_line(limit: int) -> QLineEdit:
    """A field that takes no more than `limit` characters (the keyboard's keys then do nothing)."""
    edit = QLineEdit()
    edit.setMaxLength(limit)
    return edit


def limit_counter(edit: QLineEdit) -> QLabel:
    """'72 / 80' under a field, shown only near its limit."""
    counter = make_label(name="Help")
    counter.setAlignment(Qt.AlignmentFlag.AlignRight)
    counter.hide()

    def update(text: str) -> None:
        limit = edit.maxLength()
        counter.setText(f"{len(text)} / {limit}")
        counter.setVisible(len(text) >= limit - COUNTER_FROM)

    edit.textChanged.connect(update)
    return counter


class NamePage(StepPage):
    done = Signal()

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.NAME, model)
        self.edit = text_line(GUEST_NAME_MAX)
        self.body.addWidget(self.edit)
        self.counter = limit_counter(self.edit)
        self.edit.textChanged.connect(lambda _t: self.show_error(""))
        self.next = next_row(self, left=self.counter)
        self.next.clicked.connect(self.done)
        self.edit.returnPressed.connect(self.done)
        self.retranslate()

    def text_field(self) -> QLineEdit:
        return self.edit

    def retranslate(self) -> None:
        self.set_texts(self.tr("What is your name?"), self.tr("First name and last name, as you like to be called."))
        self.next.setText(self.tr("Next"))
