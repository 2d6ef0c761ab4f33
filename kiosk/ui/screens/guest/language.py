"""Step 1: the guest picks the language of the whole flow."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.widgets import touch_button

from .page import StepPage


class LanguagePage(StepPage):
    chosen = Signal(str)

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.LANGUAGE, model)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for lang, name in LANGUAGE_NAMES.items():
            b = touch_button(name, name="Primary")
            b.setMinimumWidth(260)
            b.clicked.connect(lambda _=False, lang=lang: self.chosen.emit(lang))
            self.buttons[lang] = b
            row.addWidget(b)
        row.addStretch(1)
        self.body.addLayout(row)
        self.retranslate()

    def enter(self) -> None:
        offered = self.model.offer.languages if self.model.offer is not None else list(self.buttons)
        for lang, b in self.buttons.items():
            b.setVisible(lang in offered)

    def retranslate(self) -> None:
        self.set_texts(self.tr("Welcome! Which language?"),
                       self.tr("Register as a guest in a minute. Nothing is kept until the end."))
