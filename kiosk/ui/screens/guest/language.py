"""Step 1: the guest picks the language of the whole flow. The question is asked in every
offered language at once: the guest may read none of the door's."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.ui.i18n import LANGUAGE_NAMES, in_language
from kiosk.ui.widgets import touch_button

from .page import StepPage

# Asked in each offered language at once (i18n.in_language), not only in the one on screen.
ASK = str(QT_TRANSLATE_NOOP("LanguagePage", "Welcome! Choose your language."))


class LanguagePage(StepPage):
    chosen = Signal(str)

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.LANGUAGE, model)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        column.setSpacing(18)
        for lang, name in LANGUAGE_NAMES.items():
            b = touch_button(name, name="Language")
            b.clicked.connect(lambda _=False, lang=lang: self.chosen.emit(lang))
            self.buttons[lang] = b
            column.addWidget(b)
        self.body.addLayout(column)
        self.retranslate()

    def offered(self) -> list[str]:
        return self.model.offer.languages if self.model.offer is not None else list(self.buttons)

    def enter(self) -> None:
        for lang, b in self.buttons.items():
            b.setVisible(lang in self.offered())
        self.retranslate()

    def retranslate(self) -> None:
        self.set_texts("\n".join(in_language(lang, "LanguagePage", ASK) for lang in self.offered()),
                       self.tr("Register as a guest in a minute. Nothing is kept until the end."))
