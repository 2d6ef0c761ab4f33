"""Unstaffed days: the opening checklist for the first one in, the closing one for the last out.
The check-in or check-out is already saved when this shows; "Done" or the timer only returns
to the door."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.domain.checklists import Checklist
from kiosk.ui import theme
from kiosk.ui.widgets import (
    Retranslates,
    breakable,
    clear_layout,
    is_compact,
    make_label,
    scroller,
    touch_button,
    whole_height,
)

SHOWN_MS = 60_000


class ChecklistScreen(Retranslates, QWidget):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Checklist")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#Checklist {{ background: {theme.PAPER}; }}"
                           f"QPushButton#Done {{ font-size: 34px; font-weight: bold; color: white; "
                           f"background: {theme.ACCENT}; border: none; border-radius: 34px; "
                           f"padding: 12px 60px; min-height: 64px; }}"
                           f"QProgressBar {{ background: #e3ddd0; border: none; }}"
                           f"QProgressBar::chunk {{ background: {theme.ACCENT}; }}")
        self.kind = Checklist.OPENING
        self._lines: list[str] = []
        self.title = whole_height(make_label(px=40, bold=True, wrap=True))  # two lines at 800 px, larger text
        self.intro = whole_height(make_label(px=24, wrap=True))
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        holder = QWidget()
        holder.setObjectName("ChecklistItems")
        holder.setStyleSheet("QWidget#ChecklistItems { background: transparent; }")
        holder.setLayout(self.items)
        self.list_area = scroller(holder)
        self.list_area.setStyleSheet("QScrollArea { background: transparent; }")
        self.list_area.viewport().setAutoFillBackground(False)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.done_button = touch_button(name="Done")
        self.done_button.clicked.connect(self.done)
        self.countdown = QProgressBar()
        self.countdown.setTextVisible(False)
        self.countdown.setFixedHeight(8)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # see resizeEvent
        self._layout = layout
        layout.setContentsMargins(48, 24, 48, 12)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.countdown)
        self.lines: list[QLabel] = []
        self._timer = QTimer(self, interval=100)
        self._timer.timeout.connect(self._tick)
        self._left_ms = 0
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Closer around on a small panel (the Pi's 800x480): a two-line title in the larger text.
        compact = is_compact(self)
        self._layout.setContentsMargins(*((32, 8, 32, 4) if compact else (48, 24, 48, 12)))
        self._layout.setSpacing(8 if compact else 12)

    def start(self, kind: Checklist, lines: list[str], seconds: int = SHOWN_MS // 1000) -> None:
        self.kind, self._lines = kind, list(lines)
        clear_layout(self.items)
        self.lines = []
        for line in lines:
            label = make_label("☐  " + breakable(line), px=30, wrap=True)
            self.items.addWidget(label)
            self.lines.append(label)
        self.items.addStretch(1)
        self.retranslate()
        self._left_ms = seconds * 1000
        self.countdown.setRange(0, self._left_ms)
        self.countdown.setValue(self._left_ms)
        self._timer.start()

    def _tick(self) -> None:
        self._left_ms -= self._timer.interval()
        self.countdown.setValue(max(self._left_ms, 0))
        if self._left_ms <= 0:
            self.done()

    def done(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.finished.emit()

    def stop(self) -> None:
        self._timer.stop()

    def retranslate(self) -> None:
        if self.kind is Checklist.OPENING:
            self.title.setText(self.tr("You are the first one in"))
            self.intro.setText(self.tr("Please open up the space:"))
        else:
            self.title.setText(self.tr("You are the last one out"))
            self.intro.setText(self.tr("Please close up the space:"))
        self.done_button.setText(self.tr("Done"))
