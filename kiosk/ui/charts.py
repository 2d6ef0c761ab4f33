"""Bar charts painted with QPainter: big, plain and readable from a step away."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import theme

MEMBER_COLOUR = theme.ACCENT
GUEST_COLOUR = theme.WARNING


class BarChart(QWidget):
    """Bars with one or two stacked series (members below, guests on top), labels underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.title_px = 20  # the title's size at the last paint
        self.labels: list[str] = []
        self.series: list[list[float]] = []  # one or two lists, each as long as labels
        self.colours = [MEMBER_COLOUR, GUEST_COLOUR]
        self.decimals = 0
        self.ceiling = 0.0  # the value of a full-height bar; 0 = the largest bar's
        self.suffix = ""  # after each value ("%")
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, labels: list[str], *series: list[float], decimals: int = 0,
                 ceiling: float = 0.0, suffix: str = "") -> None:
        self.title, self.labels, self.series, self.decimals = title, labels, [list(s) for s in series], decimals
        self.ceiling, self.suffix = ceiling, suffix
        self.update()

    def totals(self) -> list[float]:
        return [sum(s[i] for s in self.series) for i in range(len(self.labels))]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), QColor("white"))
        p.setPen(QColor(theme.INK))
        # The title shrinks to fit a narrow chart (a 7" panel, a long German title), never cut.
        px = 20
        while px > 12 and QFontMetrics(theme.font(px, True)).horizontalAdvance(self.title) > w - 32:
            px -= 1
        self.title_px = px
        p.setFont(theme.font(px, True))
        p.drawText(QRectF(16, 8, w - 32, 30), Qt.AlignmentFlag.AlignLeft, self.title)
        n = len(self.labels)
        if not n:
            p.end()
            return
        totals = self.totals()
        top = max(max(totals), self.ceiling, 1e-9)
        left, right, chart_top, bottom = 16, 16, 50, h - 34
        slot = (w - left - right) / n
        bar = min(max(slot * 0.7, 2), 120)  # one day alone is a bar, not a wall
        label_every = max(1, round(n / 16))  # keep the labels readable when there are many bars
        p.setFont(theme.font(14))
        for i in range(n):
            x = left + i * slot + (slot - bar) / 2
            y = float(bottom)
            for k, values in enumerate(self.series):
                height = (bottom - chart_top - 20) * values[i] / top
                p.fillRect(QRectF(x, y - height, bar, height), QColor(self.colours[k % len(self.colours)]))
                y -= height
            if totals[i] and (n <= 31 or totals[i] == top):
                value = f"{totals[i]:.{self.decimals}f}{self.suffix}"
                p.setPen(QColor(theme.INK))
                p.drawText(QRectF(x - 10, y - 20, bar + 20, 18), Qt.AlignmentFlag.AlignCenter, value)
            if i % label_every == 0:
                p.setPen(QColor(theme.MUTED))
                p.drawText(QRectF(left + i * slot - 10, bottom + 4, slot + 20, 24), Qt.AlignmentFlag.AlignCenter,
                           self.labels[i])
        p.setPen(QColor("#c9c2b3"))
        p.drawLine(left, int(bottom), w - right, int(bottom))
        p.end()
