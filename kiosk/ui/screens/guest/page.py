"""What every step of the guest flow has: a title, a help line, its own content, an error line."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.ui.widgets import Retranslates, make_label, touch_button


class StepPage(Retranslates, QWidget):
    """One step on screen. Subclasses build their content in __init__, set their texts in
    retranslate() and fill themselves from the model in enter()."""

    fill = False  # the content takes the page's height (long texts, the pass)

    def __init__(self, step: Step, model: GuestFlowModel) -> None:
        super().__init__()
        self.step, self.model = step, model
        self.key = step.value
        self.title = make_label(name="Title", wrap=True)
        self.help = make_label(name="Help", wrap=True)
        self.error = make_label(name="Error", wrap=True)
        self.error.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(self.body, 1 if self.fill else 0)
        layout.addWidget(self.error)
        if not self.fill:
            layout.addStretch(1)

    def set_texts(self, title: str, help_text: str = "") -> None:
        self.title.setText(title)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        field = self.text_field()
        if field is not None and not field.property("named"):
            field.setAccessibleName(title)  # the step's question names its one field

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def enter(self) -> None:
        """The step comes on screen: show what the model holds now."""

    def speech_lines(self) -> list[str]:
        """What the step says aloud after its title, help and error (kiosk/ui/voice.py)."""
        return []

    def text_field(self) -> QLineEdit | None:
        """The field the on-screen keyboard types into on this step, if any."""
        return None

    def retranslate(self) -> None:
        pass


def next_row(page: StepPage, extra: QPushButton | None = None, left: QWidget | None = None) -> QPushButton:
    """A row with the step's 'Next' button on the right (and another before it; `left` on the left)."""
    row = QHBoxLayout()
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    if extra is not None:
        row.addWidget(extra)
    b = touch_button(name="Primary")
    b.setMinimumWidth(240)
    row.addWidget(b)
    page.body.addLayout(row)
    return b
