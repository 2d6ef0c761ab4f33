"""Small reusable widgets: the camera preview with its framing guide, the arrow to the camera."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import theme


class Retranslates:
    """Mixin for a widget with retranslate(): its texts follow every language switch (Qt sends
    each widget a LanguageChange event; see i18n.Languages). Put it first among the bases."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError


def discard(widget: QWidget) -> None:
    """Take a widget off the screen and out of its parent at once (findChild no longer sees it);
    Qt deletes it when it gets to it."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


def clear_layout(layout: QLayout) -> None:
    """Empty a layout of its widgets, stretches and inner layouts (a list about to be refilled)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            discard(widget)
        elif (inner := item.layout()) is not None:
            clear_layout(inner)
            inner.deleteLater()


class CurrentStack(QStackedWidget):
    """A stack whose size is the size of the page on screen, not of the largest page: a wide
    page that is not shown must not make the window larger than a small screen."""

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()


def scroller(inner: QWidget) -> QScrollArea:
    """A frameless scroll area that sizes `inner` to its width: long lists and pages scroll."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


ZWSP = "\u200b"  # a place a line may break, drawn as nothing


def breakable(text: str, every: int = 12) -> str:
    """Text with places to break in long words (80 letters without a space happen in names) and
    after hyphens, so a wrapping label never runs past its edge."""
    out = []
    for word in text.split(" "):
        word = word.replace("-", "-" + ZWSP)
        pieces = word.split(ZWSP)
        out.append(ZWSP.join(ZWSP.join(p[i:i + every] for i in range(0, len(p), every)) or p for p in pieces))
    return " ".join(out)


class ElidedLabel(QLabel):
    """One line that ends in '…' when there is no room (a long space name in the top bar).
    Marked with the property elides=True: the layout test lets it be shorter than its text."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setProperty("elides", True)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self._elide()

    def text(self) -> str:  # type: ignore[override]
        """The whole text (what is drawn may end in '…': shown_text)."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width(), 10)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


def make_label(text: str = "", *, name: str = "", centred: bool = False, px: int | None = None,
               bold: bool = False, wrap: bool = False) -> QLabel:
    """A label for the screens: styled by object name (theme.STYLE) or by its own font size."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if px is not None:
        label.setFont(theme.font(px, bold))
    label.setWordWrap(wrap)
    return label


def touch_button(text: str = "", name: str = "") -> QPushButton:
    """A button for fingers: it never takes keyboard focus (keys belong to the hand scanner)."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        button.setObjectName(name)
    return button


class WrapButton(QPushButton):
    """A touch button whose text wraps onto more lines instead of widening the screen (long
    visitor types, long names)."""

    def __init__(self, text: str = "", name: str = "") -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if name:
            self.setObjectName(name)
        self.label = QLabel(text)
        self.label.setObjectName("WrapButtonText")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QHBoxLayout(self)
        inner.setContentsMargins(24, 6, 24, 6)
        inner.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setText(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._text = text
        self.label.setText(breakable(text))
        self.updateGeometry()

    def text(self) -> str:  # type: ignore[override]
        return getattr(self, "_text", "")

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.label.heightForWidth(width - 48) + 12, 60)

    def sizeHint(self) -> QSize:
        return QSize(min(self.label.sizeHint().width() + 48, 600), self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 60)


def reason_choice(trigger: QPushButton, reasons: list[tuple[str, str]], pick: Callable[[str], None],
                  name_prefix: str, vertical: bool = False) -> QWidget:
    """Buttons for the reason behind a host's action by hand (code, text): hidden until `trigger`
    is tapped, which hides itself. The chosen code goes to `pick` and is kept with the event."""
    box = QWidget()
    line = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for code, text in reasons:
        b = touch_button(text, f"{name_prefix}{code}")
        b.clicked.connect(lambda _=False, code=code: pick(code))
        line.addWidget(b)
    box.hide()
    trigger.clicked.connect(trigger.hide)
    trigger.clicked.connect(box.show)
    return box


class PreviewView(QWidget):
    """The live camera picture (mirrored and cropped to fill by the camera worker, see
    workers.preview_image), with a square framing guide."""

    drawn = Signal()
    resized = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(self.width(), self.height())

    def clear(self) -> None:
        self._image = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        p.fillRect(rect, QColor("#22303a"))
        if self._image is not None and not self._image.isNull():
            img = self._image
            scale = max(rect.width() / img.width(), rect.height() / img.height())
            w, h = img.width() * scale, img.height() * scale
            target = QRectF((rect.width() - w) / 2, (rect.height() - h) / 2, w, h)
            p.drawImage(target, img)  # the worker made it this size: a plain copy
        self._draw_guide(p, rect)
        # Round the corners by painting the page colour over them (cheaper than a clip path).
        outside = QPainterPath()
        outside.addRect(rect)
        inside = QPainterPath()
        inside.addRoundedRect(rect, 24, 24)
        p.fillPath(outside.subtracted(inside), QColor(theme.PAPER))
        p.end()
        self.drawn.emit()

    def _draw_guide(self, p: QPainter, rect: QRectF) -> None:
        side = min(rect.width(), rect.height()) * 0.62
        box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        corner = side * 0.18
        pen = QPen(QColor("white"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        for (x, y), (dx, dy) in (((box.left(), box.top()), (1, 1)), ((box.right(), box.top()), (-1, 1)),
                                 ((box.right(), box.bottom()), (-1, -1)), ((box.left(), box.bottom()), (1, -1))):
            p.drawLine(QPointF(x, y), QPointF(x + dx * corner, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + dy * corner))


class CameraArrow(QWidget):
    """A big arrow pointing up, towards the camera above the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(90, 80)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        cx = w / 2
        head = QPolygonF([QPointF(cx, 0), QPointF(cx + 45, 50), QPointF(cx - 45, 50)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.colour(theme.ACCENT))
        p.drawPolygon(head)
        p.drawRoundedRect(QRectF(cx - 16, 44, 32, h - 44), 8, 8)
        p.end()


class ResultIcon(QWidget):
    """A large round badge with a tick, a door, or an exclamation mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "welcome"
        self.setFixedSize(170, 170)  # drawn on a 220-unit square, scaled

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(self.width() / 220, self.height() / 220)
        r = QRectF(10, 10, 200, 200)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawEllipse(r)
        colour = {"welcome": theme.WELCOME, "goodbye": theme.GOODBYE}.get(self.kind, theme.REFUSED)
        pen = QPen(QColor(colour), 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        if self.kind == "welcome":
            p.drawPolyline(QPolygonF([QPointF(62, 112), QPointF(95, 145), QPointF(158, 78)]))
        elif self.kind == "goodbye":
            # a hand wave: an arrow leaving to the right
            p.drawLine(QPointF(60, 110), QPointF(150, 110))
            p.drawPolyline(QPolygonF([QPointF(118, 76), QPointF(152, 110), QPointF(118, 144)]))
        else:
            p.drawLine(QPointF(110, 58), QPointF(110, 122))
            p.drawPoint(QPointF(110, 160))
        p.end()
