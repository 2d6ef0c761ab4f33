"""Step 8 (for a visit with a price): the price and how the guest will pay. No money moves here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import PAYMENT_METHODS, money_text
from kiosk.ui.widgets import WrapButton, make_label

from .page import StepPage


class PaymentPage(StepPage):
    chosen = Signal(str)

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.PAYMENT, model)
        self.price = make_label(name="Price")
        self.body.addWidget(self.price)
        self.buttons: dict[str, QPushButton] = {}
        for method in PAYMENT_METHODS:
            b = WrapButton(name="Choice", px=24)
            b.clicked.connect(lambda _=False, m=method: self.chosen.emit(m))
            self.body.addWidget(b)
            self.buttons[method] = b
        self.retranslate()

    def enter(self) -> None:
        offer = self.model.offer
        if offer is None or self.model.draft.visitor_type is None:
            return
        self.price.setText(money_text(self.model.price_ore(), self.model.draft.language))
        offered = offer.payment_methods()  # MobilePay only with a number to pay to
        for method, b in self.buttons.items():
            b.setVisible(method in offered)
        self.buttons["mobilepay"].setText(self.tr("MobilePay to %1").replace("%1", offer.mobilepay_number.strip()))
        self.buttons["host"].setText(self.tr("I pay the host"))
        self.buttons["invoice"].setText(self.tr("Send me an invoice"))

    def retranslate(self) -> None:
        self.set_texts(self.tr("The price for today"), self.tr("How will you pay? No payment is taken here."))
        self.enter()
