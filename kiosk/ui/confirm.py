"""One question before a destructive action: what will happen, the action in words, and a way back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from . import theme
from .widgets import Retranslates, make_label, touch_button


class Confirmation(Retranslates, QFrame):
    """Asks once and says what will happen ("Quit the kiosk? The door stops checking people in
    ..."); the action happens on its own button, never on a second tap of the first one, and
    "Cancel" (or anything that dismisses it: another tab, the view closing) changes nothing.
    The question comes worded by the caller in the language on screen; a language switch
    dismisses it rather than leave a question in another language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Confirmation")
        self.setStyleSheet(f"QFrame#Confirmation {{ background: {theme.WARNING}; border-radius: 8px; }}")
        self.question = make_label(px=22, wrap=True, name="ConfirmQuestion")
        self.question.setStyleSheet(f"color: {theme.INK}; background: transparent;")
        self.yes_button = touch_button(name="ConfirmYes")
        self.no_button = touch_button(name="ConfirmNo")
        self.yes_button.setStyleSheet(f"QPushButton {{ background: {theme.REFUSED}; color: white; border: none; }}")
        self._on_yes: Callable[[], None] | None = None
        self.yes_button.clicked.connect(self._yes)
        self.no_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def ask(self, question: str, action: str, on_yes: Callable[[], None]) -> None:
        """Show `question`; `action` names what the yes button does ("Quit the kiosk")."""
        self.question.setText(question)
        self.yes_button.setText(action)
        self._on_yes = on_yes
        self.show()
        self.raise_()

    def asking(self) -> bool:
        return self.isVisible() and self._on_yes is not None

    def dismiss(self) -> None:
        self._on_yes = None
        self.hide()

    def _yes(self) -> None:
        act, self._on_yes = self._on_yes, None
        self.hide()
        if act is not None:  # once: a second tap finds nothing to do
            act()

    def retranslate(self) -> None:
        self.no_button.setText(self.tr("Cancel"))
        if self._on_yes is not None:
            self.dismiss()
