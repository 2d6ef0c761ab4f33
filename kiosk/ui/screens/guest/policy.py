"""Steps 6 and 7: the house rules and the privacy notice, each accepted with one tap."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.ui.widgets import scroller, touch_button

from .page import StepPage


class PolicyPage(StepPage):
    fill = True
    accepted = Signal()

    def __init__(self, step: Step, model: GuestFlowModel) -> None:
        super().__init__(step, model)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the host's text, shown as written
        self.text.setObjectName("Policy")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = scroller(self.text)
        scroll.setMinimumHeight(240)
        self.body.addWidget(scroll, 1)
        self.accept = touch_button(name="Primary")
        self.accept.clicked.connect(self.accepted)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept)
        self.body.addLayout(row)
        self.retranslate()

    def enter(self) -> None:
        self.text.setText(self.model.policy_text(self.step))

    def retranslate(self) -> None:
        if self.step is Step.RULES:
            self.set_texts(self.tr("House rules"))
            self.accept.setText(self.tr("I accept the house rules"))
        else:
            self.set_texts(self.tr("Your data"))
            self.accept.setText(self.tr("I accept"))
        if self.model.offer is not None and self.model.step is self.step:
            self.enter()
