"""A touch button whose text wraps: a long name makes it taller, never wider than its column."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.ui import theme


class WrapButton(QPushButton):
    """A QPushButton draws its text on one line, so an 80-character name pushes a grid wider
    than the screen. This one shows its text in a word-wrapping label inside: the column decides
    the width, the text the height (a word too long for a line breaks anywhere)."""

    def __init__(self, text: str = "", name: str = "", px: int = 26, bold: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the hand scanner
        if name:
            self.setObjectName(name)
        self.label = QLabel()
        self.label.setFont(theme.font(px, bold))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Ignored: the label never asks for the width of its longest line.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.label.setSizePolicy(policy)
        own = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        own.setHeightForWidth(True)
        self.setSizePolicy(own)
        line = QHBoxLayout(self)
        line.setContentsMargins(18, 10, 18, 10)
        self._margins = line.contentsMargins()
        line.addWidget(self.label)
        self.toggled.connect(self._recolour)
        self.setText(text)
        self._recolour(False)

    def setText(self, text: str) -> None:  # type: ignore[override]
        # Break anywhere inside a word too long for any line: a zero-width space after each
        # run of 12 letters lets the label wrap where a name has no spaces.
        self.label.setText(breakable(text))
        self.updateGeometry()

    def text(self) -> str:  # type: ignore[override]
        return self.label.text().replace("\u200b", "")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self._margins
        inner = max(width - margins.left() - margins.right(), 1)
        return max(self.label.heightForWidth(inner) + margins.top() + margins.bottom(), 56)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 240)
        return QSize(240, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()  # a new width, a new height: the layout asks again

    def _recolour(self, checked: bool) -> None:
        self.label.setStyleSheet(f"color: {'white' if checked else theme.INK}; background: transparent;")


def breakable(text: str, run: int = 16) -> str:
    """The text with a zero-width space inside every word part (between spaces and hyphens)
    longer than `run` letters, so that a wrapping label can break a name like
    "Wolfeschlegelsteinhausenbergerdorff" instead of growing wider than its column."""
    def part(p: str) -> str:
        return p if len(p) <= run else "\u200b".join(p[i:i + run] for i in range(0, len(p), run))
    return " ".join("-".join(part(p) for p in word.split("-")) for word in text.split(" "))
