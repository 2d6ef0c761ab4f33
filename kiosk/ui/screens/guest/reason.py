"""Step 4: why the guest is here (the space's visitor types, each with its price)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import money_text
from kiosk.ui.widgets import WrapButton, clear_layout, scroller

from .page import StepPage


class ReasonPage(StepPage):
    fill = True  # the list takes the height there is
    chosen = Signal(object)  # VisitorType

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.REASON, model)
        types = QWidget()
        self.box = QVBoxLayout(types)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.body.addWidget(scroller(types), 1)  # many or long visitor types scroll on a small screen
        self.buttons: dict[str, QPushButton] = {}
        self.retranslate()

    def fill_types(self) -> None:
        """New buttons for the offer's visitor types (when the flow opens)."""
        clear_layout(self.box)
        self.buttons = {}
        assert self.model.offer is not None
        for vtype in self.model.offer.types:
            b = WrapButton(name="Choice", px=24)
            b.clicked.connect(lambda _=False, t=vtype: self.chosen.emit(t))
            self.box.addWidget(b)
            self.buttons[vtype.key] = b
        self.box.addStretch(1)
        self._label()

    def _label(self) -> None:
        if self.model.offer is None:
            return
        lang = self.model.draft.language
        for vtype in self.model.offer.types:
            price = money_text(vtype.price_ore, lang) if vtype.price_ore else self.tr("free")
            self.buttons[vtype.key].setText(f"{vtype.name(lang)}   ·   {price}")

    def retranslate(self) -> None:
        self.set_texts(self.tr("Why are you here today?"))
        self._label()
