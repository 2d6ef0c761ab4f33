"""Step 5 (for visitors of a member): whom they visit, found by at least three letters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.guest_flow import GuestFlowModel, HostSearch, Step, host_search_state
from kiosk.services.guests import HostChoice
from kiosk.ui.widgets import WrapButton, clear_layout, make_label, scroller

from .name import text_line
from .page import StepPage


class HostPage(StepPage):
    fill = True  # the list takes the height there is
    chosen = Signal(str, str)  # member id, name
    done = Signal()  # Enter on the keyboard

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.HOST, model)
        self.search = text_line(40)
        self.search.returnPressed.connect(self.done)
        self.search.textChanged.connect(lambda _t: self.show_error(""))
        self.body.addWidget(self.search)
        results = QWidget()
        self.box = QVBoxLayout(results)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.results = scroller(results)  # five long names and the keyboard do not fit 600 px
        self.results.setMinimumHeight(90)
        self.body.addWidget(self.results, 1)
        self.buttons: list[QPushButton] = []
        self.no_hosts = make_label(name="Help", wrap=True)
        self.no_hosts.hide()
        self.body.addWidget(self.no_hosts)
        self.retranslate()

    def text_field(self) -> QLineEdit:
        return self.search

    def set_hosts(self, hosts: list[HostChoice]) -> None:
        """Members matching what was typed (HostChoice list), at most a few."""
        clear_layout(self.box)
        self.buttons = []
        for host in hosts:
            b = WrapButton(host.name, name="Choice", px=24)
            b.clicked.connect(lambda _=False, h=host: self.chosen.emit(h.member_id, h.name))
            self.box.addWidget(b)
            self.buttons.append(b)
        self.box.addStretch(1)
        nobody = host_search_state(self.search.text(), len(hosts)) is HostSearch.NOBODY
        self.no_hosts.setText(self.tr("Nobody by that name. Check the spelling, or ask at the desk.")
                              if nobody else "")
        self.no_hosts.setVisible(nobody)

    def explain(self) -> None:
        """'Next' on this step: say what to do, never choose a member for the guest."""
        state = host_search_state(self.search.text(), len(self.buttons))
        if state is HostSearch.TOO_SHORT:
            self.show_error(self.tr("Type at least three letters of their name."))
        elif state is HostSearch.CHOOSE:
            self.show_error(self.tr("Tap the name of the person you are visiting."))
        else:
            self.show_error(self.tr("Nobody by that name. Check the spelling, or ask at the desk."))

    def retranslate(self) -> None:
        self.set_texts(self.tr("Whom are you visiting?"), self.tr("Type at least three letters of their name."))
