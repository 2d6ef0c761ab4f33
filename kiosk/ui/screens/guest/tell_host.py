"""Step 5b (after choosing whom they visit): may that member be told the guest's name? They are
told that a guest arrived either way; the name goes along only with a yes (the default is no)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.ui.widgets import WrapButton, breakable

from .page import StepPage


class TellHostPage(StepPage):
    answered = Signal(bool)  # True: pass the name on

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.TELL_HOST, model)
        self.no = WrapButton(name="Choice", px=24)
        self.yes = WrapButton(name="Choice", px=24)
        self.no.clicked.connect(lambda: self.answered.emit(False))
        self.yes.clicked.connect(lambda: self.answered.emit(True))
        self.body.addWidget(self.no)
        self.body.addWidget(self.yes)
        self.retranslate()

    def enter(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        host = self.model.draft.host[1] if self.model.draft.host else ""
        self.set_texts(self.tr("May we tell %1 your name?").replace("%1", breakable(host)),
                       self.tr("We let them know that a guest has arrived. Your name goes with it only "
                               "if you say yes."))
        self.no.setText(self.tr("No, just say that a guest has arrived"))
        self.yes.setText(self.tr("Yes, tell them my name"))
