"""The evacuation roll call: everyone in the building, one big button each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.presence import PresenceEntry
from kiosk.ui import theme
from kiosk.ui.screens.host import BUTTONS
from kiosk.ui.widgets import Retranslates, WrapButton, clear_layout, make_label, scroller, touch_button


class RollCallScreen(Retranslates, QWidget):
    """Everyone in the building, one big button each: tap when they are at the assembly point.
    Works with no network: it is made from the kiosk's own database.

    The ticks belong to the evacuation, not to the screen: "Back" to the host view (to print the
    list, to look something up) and in again keeps them; "Roll call over" clears them. Names wrap
    inside their buttons, so everyone is on screen without scrolling sideways, whatever their
    name; the list scrolls down only."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RollCall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#RollCall {{ background: {theme.PAPER}; }}" + BUTTONS +
                           f"QPushButton:checked {{ background: {theme.WELCOME}; color: white; border: none; }}")
        self.title = make_label(px=34, bold=True, wrap=True)
        self.counter = make_label(px=28, bold=True, wrap=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(self.grid)
        self.list_area = scroller(holder)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.back_button = touch_button(name="Primary")
        self.back_button.clicked.connect(self.done)
        self.over_button = touch_button()
        self.over_button.clicked.connect(self.end)
        bottom = QHBoxLayout()
        bottom.addWidget(self.over_button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.counter)
        layout.addWidget(self.list_area, 1)
        layout.addLayout(bottom)
        self.buttons: list[WrapButton] = []
        self.ticked: set[str] = set()  # member ids accounted for in this evacuation
        self.retranslate()

    def show_people(self, people: list[PresenceEntry]) -> None:
        clear_layout(self.grid)
        self.buttons = []
        for i, entry in enumerate(sorted(people, key=lambda e: e.name.casefold())):
            b = WrapButton(self.tr("%1 (guest)").replace("%1", entry.name) if entry.guest else entry.name,
                           f"person-{entry.member_id}")
            b.setCheckable(True)
            b.setChecked(entry.member_id in self.ticked)
            b.toggled.connect(lambda on, member_id=entry.member_id: self._tick(member_id, on))
            self.grid.addWidget(b, i // 2, i % 2)
            self.buttons.append(b)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch((len(people) + 1) // 2, 1)  # rows stay at the top
        self._count()

    def _tick(self, member_id: str, on: bool) -> None:
        if on:
            self.ticked.add(member_id)
        else:
            self.ticked.discard(member_id)
        self._count()

    def end(self) -> None:
        """The evacuation is over: the next roll call starts with nobody ticked."""
        self.ticked.clear()
        for b in self.buttons:
            b.setChecked(False)
        self.done.emit()

    def _count(self) -> None:
        ticked = sum(b.isChecked() for b in self.buttons)
        self.counter.setText(self.tr("%1 of %2 accounted for").replace("%1", str(ticked))
                             .replace("%2", str(len(self.buttons))))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Evacuation: everyone in the building"))
        self.back_button.setText(self.tr("Back"))
        self.over_button.setText(self.tr("Roll call over"))
        self._count()
