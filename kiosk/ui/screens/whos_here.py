"""Who's here: the members in now who chose to be shown, with what to ask them about, and how
many others. No card needed (a second scan would check the member out); it closes by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.social import HereNow
from kiosk.ui import theme
from kiosk.ui.social_text import count_line, others
from kiosk.ui.widgets import Retranslates, breakable, clear_layout, make_label, scroller, touch_button

SHOWN_MS = 30_000


class WhosHereScreen(Retranslates, QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None, shown_ms: int = SHOWN_MS) -> None:
        super().__init__(parent)
        self.setObjectName("WhosHere")
        # The larger text grows 1.5x here (kiosk/ui/text_size.py): a long name on a card of its own.
        self.setProperty("text_growth", 1.5)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#WhosHere {{ background: {theme.PAPER}; }}"
                           f"QWidget#Person {{ background: white; border-radius: 14px; }}"
                           f"QPushButton#Close {{ font-size: 28px; font-weight: bold; color: white; "
                           f"background: {theme.ACCENT}; border: none; border-radius: 28px; "
                           f"padding: 10px 40px; min-height: 52px; }}")
        self.title = make_label(px=40, bold=True, wrap=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setObjectName("WhosHereList")
        holder.setStyleSheet("QWidget#WhosHereList { background: transparent; }")
        holder.setLayout(self.grid)
        self.list_area = scroller(holder)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_area.setStyleSheet("QScrollArea { background: transparent; }")
        self.list_area.viewport().setAutoFillBackground(False)
        self.others = make_label(px=30, bold=True, wrap=True)
        self.hint = make_label(px=20, wrap=True)
        self.hint.setStyleSheet(f"color: {theme.MUTED};")
        self.close_button = touch_button(name="Close")
        self.close_button.clicked.connect(self.close_now)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(self.others)
        layout.addLayout(bottom)
        self.names: list[QLabel] = []  # the name labels on screen (tests read them)
        self._here = HereNow((), 0)
        self._columns = 2
        self._member_pages = False  # enrolled with a server: members choose on their own page there
        self._timer = QTimer(self, singleShot=True, interval=shown_ms)
        self._timer.timeout.connect(self.close_now)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (1 if self.width() < 900 else 2) != self._columns:
            self.show_here(self._here)

    def start(self, here: HereNow) -> None:
        self.show_here(here)
        self._timer.start()

    def show_here(self, here: HereNow) -> None:
        self._here = here
        clear_layout(self.grid)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)  # a stretch left from a shorter list would pull rows apart
        self.names = []
        # Two cards a row; one on a narrow panel (the Pi's 800 px), where two did not fit the
        # larger text.
        columns = self._columns = 1 if self.width() < 900 else 2
        for i, (name, tags) in enumerate(here.named):
            card = QWidget()
            card.setObjectName("Person")
            card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 12, 18, 12)
            box.setSpacing(2)
            label = make_label(breakable(name), px=30, bold=True, wrap=True)
            label.setProperty("text_growth", 1.2)  # a 15-letter name fits its half of a 1024 px screen
            box.addWidget(label)
            self.names.append(label)
            if tags:
                about = make_label(breakable(self.tr("Ask me about: %1").replace("%1", ", ".join(tags))),
                                   px=22, wrap=True)
                about.setStyleSheet(f"color: {theme.MUTED};")
                box.addWidget(about)
            self.grid.addWidget(card, i // columns, i % columns)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        self.grid.setRowStretch(len(here.named) // columns + 1, 1)
        self.list_area.setVisible(bool(here.named))
        self._say_others()

    def _say_others(self) -> None:
        here = self._here
        if not here.total:
            text = self.tr("Nobody is in right now.")
        elif here.named:
            text = self.tr("and %1").replace("%1", others(here.others)) if here.others else ""
        else:
            text = count_line(here.total)
        self.others.setText(text)
        self.others.setVisible(bool(text))

    def close_now(self) -> None:
        self._timer.stop()
        self.closed.emit()

    def stop(self) -> None:
        self._timer.stop()

    def set_member_pages(self, enrolled: bool) -> None:
        """Whether members have their own page (on the server) to choose there."""
        if enrolled != self._member_pages:
            self._member_pages = enrolled
            self.retranslate()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # a tap anywhere closes
        self.close_now()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who's here"))
        if self._member_pages:
            self.hint.setText(self.tr("Only members who chose it on their own page are named here. "
                                      "Guests are never named."))
        else:  # a kiosk without a server has no members' pages to point to
            self.hint.setText(self.tr("Only members who agreed to it are named here. Guests are never named."))
        self.close_button.setText(self.tr("Close"))
        self.show_here(self._here)
