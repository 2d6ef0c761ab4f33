"""Step 5 (for visitors of a member): whom they visit, found by at least three letters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import SEARCH_MIN
from kiosk.ui.widgets import clear_layout, make_label, touch_button

from .name import text_line
from .page import StepPage


class HostPage(StepPage):
    chosen = Signal(str, str)  # member id, name
    done = Signal()  # Enter on the keyboard

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.HOST, model)
        self.search = text_line(40)
        self.search.returnPressed.connect(self.done)
        self.body.addWidget(self.search)
        self.box = QVBoxLayout()
        self.box.setSpacing(10)
        self.body.addLayout(self.box)
        self.buttons: list[QPushButton] = []
        self.no_hosts = make_label(name="Help", wrap=True)
        self.no_hosts.hide()
        self.body.addWidget(self.no_hosts)
        self.retranslate()

    def text_field(self) -> QLineEdit:
        return self.search

    def set_hosts(self, hosts: list) -> None:  # type: ignore[type-arg]
        """Members matching what was typed (HostChoice list), at most a few."""
        clear_layout(self.box)
        self.buttons = []
        for host in hosts:
            b = touch_button(host.name, name="Choice")
            b.clicked.connect(lambda _=False, h=host: self.chosen.emit(h.member_id, h.name))
            self.box.addWidget(b)
            self.buttons.append(b)
        typed = len(self.search.text().replace(" ", ""))
        self.no_hosts.setText(self.tr("Nobody by that name. Check the spelling, or ask at the desk.")
                              if typed >= SEARCH_MIN and not hosts else "")
        self.no_hosts.setVisible(typed >= SEARCH_MIN and not hosts)

    def retranslate(self) -> None:
        self.set_texts(self.tr("Whom are you visiting?"), self.tr("Type at least three letters of their name."))
