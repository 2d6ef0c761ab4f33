"""Step 3: e-mail and company, both optional."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import GUEST_COMPANY_MAX, GUEST_EMAIL_MAX
from kiosk.ui.widgets import touch_button

from .name import limit_counter, text_line
from .page import StepPage, next_row


class ContactPage(StepPage):
    done = Signal()
    skipped = Signal()

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.CONTACT, model)
        self.email = text_line(GUEST_EMAIL_MAX)
        self.company = text_line(GUEST_COMPANY_MAX)
        fields = QHBoxLayout()  # side by side: the keyboard needs the height
        fields.addWidget(self.email, 3)
        fields.addWidget(self.company, 2)
        self.body.addLayout(fields)
        self.counter = limit_counter(self.company)
        for edit in (self.email, self.company):
            edit.textChanged.connect(lambda _t: self.show_error(""))
        self.skip = touch_button(name="Quiet")
        self.skip.clicked.connect(self.skipped)
        self.next = next_row(self, self.skip, left=self.counter)
        self.next.clicked.connect(self.done)
        for edit in (self.email, self.company):
            edit.returnPressed.connect(self.done)
        self.retranslate()

    def text_field(self) -> QLineEdit:
        return self.email

    def retranslate(self) -> None:
        self.set_texts(self.tr("E-mail and company"),
                       self.tr("Both are optional. We only use them for a receipt or an invoice."))
        self.email.setPlaceholderText(self.tr("E-mail"))
        self.company.setPlaceholderText(self.tr("Company"))
        for edit in (self.email, self.company):  # two fields: each by its own word, not the question
            edit.setProperty("named", True)
            edit.setAccessibleName(edit.placeholderText())
        self.next.setText(self.tr("Next"))
        self.skip.setText(self.tr("Skip"))
