"""Step 2: the guest's name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import GUEST_NAME_MAX

from .page import StepPage, next_row


def text_line(limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit + 20)  # a little over: the plain message at the field explains the limit
    return edit


class NamePage(StepPage):
    done = Signal()

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.NAME, model)
        self.edit = text_line(GUEST_NAME_MAX)
        self.body.addWidget(self.edit)
        self.next = next_row(self)
        self.next.clicked.connect(self.done)
        self.edit.returnPressed.connect(self.done)
        self.retranslate()

    def text_field(self) -> QLineEdit:
        return self.edit

    def retranslate(self) -> None:
        self.set_texts(self.tr("What is your name?"), self.tr("First name and last name, as you like to be called."))
        self.next.setText(self.tr("Next"))
