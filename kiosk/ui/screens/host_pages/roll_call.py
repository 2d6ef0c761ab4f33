"""The evacuation roll call: everyone in the building, one big button each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.presence import PresenceEntry
from kiosk.ui import theme
from kiosk.ui.screens.host import BUTTONS
from kiosk.ui.widgets import (
    Retranslates,
    clear_layout,
    make_label,
    scroller,
    touch_button,
)


class RollCallScreen(Retranslates, QWidget):
    """Everyone in the building, one big button each: tap when they are at the assembly point.
    Works with no network: it is made from the kiosk's own database."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RollCall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#RollCall {{ background: {theme.PAPER}; }}" + BUTTONS +
                           f"QPushButton:checked {{ background: {theme.WELCOME}; color: white; border: none; }}")
        self.title = make_label(px=40, bold=True)
        self.counter = make_label(px=30, bold=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = scroller(holder)
        self.back_button = touch_button(name="Primary")
        self.back_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.counter)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        self.buttons: list[QPushButton] = []
        self.retranslate()

    def show_people(self, people: list[PresenceEntry]) -> None:
        clear_layout(self.grid)
        self.buttons = []
        for i, entry in enumerate(sorted(people, key=lambda e: e.name.casefold())):
            b = touch_button(self.tr("%1 (guest)").replace("%1", entry.name) if entry.guest else entry.name)
            b.setCheckable(True)
            b.setObjectName(f"person-{entry.member_id}")
            b.toggled.connect(self._count)
            self.grid.addWidget(b, i // 2, i % 2)
            self.buttons.append(b)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch((len(people) + 1) // 2, 1)  # rows stay at the top
        self._count()

    def _count(self) -> None:
        ticked = sum(b.isChecked() for b in self.buttons)
        self.counter.setText(self.tr("%1 of %2 accounted for").replace("%1", str(ticked))
                             .replace("%2", str(len(self.buttons))))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Evacuation: everyone in the building"))
        self.back_button.setText(self.tr("Back"))
        self._count()
