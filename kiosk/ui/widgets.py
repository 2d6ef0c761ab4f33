"""Small reusable widgets: the camera preview with its framing guide, the arrow to the camera."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
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
    widget.setParent(None)
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

    def heightForWidth(self, width: int) -> int:
        # In a scroll area (the guest steps at 800x480) the page on screen sets the height to
        # scroll, not the tallest page: a short step scrolled into empty space below it.
        current = self.currentWidget()
        if current is None:
            return super().heightForWidth(width)
        return current.heightForWidth(width) if current.hasHeightForWidth() else current.minimumSizeHint().height()


def scroller(inner: QWidget) -> QScrollArea:
    """A frameless scroll area that sizes `inner` to its width: long lists and pages scroll, by
    their scrollbar and by a finger dragging anywhere on them (kinetic_drag)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    kinetic_drag(scroll)
    return scroll


# A press reaches the button under it at once (a delay made every tap in a list late); when the
# finger then moves, QScroller takes the gesture and the button gets its release off itself, so a
# finger that scrolls the list never taps what it started on (tests/ui/test_touch_scrolling.py).
PRESS_DELAY_S = 0.0


def kinetic_drag(area: QAbstractScrollArea) -> None:
    """Drag with a finger (or the mouse a touchscreen is seen as) to scroll, with momentum.
    QScroller's gesture on the viewport; a touchscreen's touches reach Qt as mouse presses."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, PRESS_DELAY_S)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.1)
    scroller.setScrollerProperties(props)


class ElidedLabel(QLabel):
    """One line that ends in '…' when there is no room (a long space name in the top bar).
    Marked with the property elides=True: the layout test lets it be shorter than its text."""

    def __init__(self, text: str = "", largest_px: int | None = None, smallest_px: int | None = None) -> None:
        super().__init__()
        self.setProperty("elides", True)
        self._full = ""
        # With sizes given, a text too long first gets smaller (down to smallest_px), and only
        # then ends in '…' ("Klitmøller Kontorfællesskab" whole in the top bar, a bit smaller).
        self._largest, self._smallest = largest_px, smallest_px
        self._px: int | None = None
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text (what is drawn may end in '…': shown_text)."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def _metrics(self, px: int | None) -> QFontMetrics:
        font = QFont(self.font())
        if px is not None:
            font.setPixelSize(px)
        return QFontMetrics(font)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self._metrics(self._largest).horizontalAdvance(self._full) + 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width(), 10)
        if self._largest is not None and self._smallest is not None:
            px = self._largest
            while px > self._smallest and self._metrics(px).horizontalAdvance(self._full) > room:
                px -= 1
            if px != self._px:
                self._px = px
                self.setStyleSheet(f"font-size: {px}px;")
        shown = self._metrics(self._px).elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


# Below this size (the official Pi touchscreen, 800x480) a door screen takes its compact layout:
# chosen by the size it has, never by a setting; 1024x600 and up look as they always did.
COMPACT_BELOW = (1000, 560)


def is_compact(widget: QWidget) -> bool:
    return widget.width() < COMPACT_BELOW[0] or widget.height() < COMPACT_BELOW[1]


class _WholeHeight(QObject):
    """Keeps a word-wrapping label as high as its text needs at its width (whole_height)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and isinstance(watched, QLabel) and watched.width() > 0:
            before = watched.minimumHeight()
            watched.setMinimumHeight(0)  # QLabel's height for a width is at least its minimum
            need = watched.heightForWidth(watched.width()) if watched.text() else 0
            watched.setMinimumHeight(max(need, 0) if need != before else before)
        return False


def whole_height(label: QLabel) -> QLabel:
    """A wrapping label inside nested rows gets the height its lines need: Qt's boxes ask a
    label's height for its width only in some nestings, and clipped its last line (the compact
    scan screen's words on a 480 px panel). Its minimum height follows its width and font."""
    keeper = _WholeHeight(label)
    label.installEventFilter(keeper)
    return label


def make_label(text: str = "", *, name: str = "", centred: bool = False, px: int | None = None,
               bold: bool = False, wrap: bool = False) -> QLabel:
    """A label for the screens: styled by object name (theme.STYLE) or by its own font size.
    Plain text always: names and other things people type are shown as typed, never as markup
    (a member named <u><i>Rich</i></u> is not underlined)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if px is not None:
        label.setFont(theme.font(px, bold))
    label.setWordWrap(wrap)
    return label


# What a keypad's selection says of a button when its own name must not be said aloud (the PIN
# pad's digits: a neighbour could be listening); kiosk/ui/keypad.py.
SPOKEN_AS = "spoken_as"


def button_text(text: str) -> str:
    """Text for a button from something a person typed: a '&' is shown, not taken as a shortcut mark."""
    return text.replace("&", "&&")


def touch_button(text: str = "", name: str = "") -> QPushButton:
    """A button for fingers: it never takes keyboard focus (keys belong to the hand scanner)."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        button.setObjectName(name)
    return button


class PinKeypad(QWidget):
    """The digits 1-9 over backspace, 0 and the pad's main button, as large as touch needs: the
    host's PIN pad and the door's card + PIN pad. Its owner connects the buttons."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.digit_buttons = {d: touch_button(d) for d in "1234567890"}
        for i, d in enumerate("123456789"):
            grid.addWidget(self.digit_buttons[d], i // 3, i % 3)
        self.back_button, self.ok_button = touch_button("⌫"), touch_button(name="Primary")
        grid.addWidget(self.back_button, 3, 0)
        grid.addWidget(self.digit_buttons["0"], 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        self.setFixedWidth(560)

    def spoken(self, state: str) -> str:
        """A PIN pad's state in words, never a digit (a neighbour could be listening): one wording,
        and one translation, for the host's PIN pad and the door's card + PIN pad. "" for a
        state that is no pad's."""
        if state == "pin.typed":
            return self.tr("Digit typed.")
        if state == "pin.removed":
            return self.tr("Digit removed.")
        if state == "pin.wrong":
            return self.tr("Wrong PIN. Try again.")
        if state == "pin.locked":
            return self.tr("Too many wrong PINs. The keypad is locked for a while.")
        return ""

    def set_compact(self, compact: bool) -> None:
        """Narrower, keys 48 px high (a finger still), on a panel under 1000x560."""
        self.setFixedWidth(440 if compact else 560)
        self.setStyleSheet("QPushButton { min-height: 44px; } QPushButton#Primary { min-height: 48px; }"
                           if compact else "")


def pin_pad_layout(screen: QWidget, labels: list[QWidget], keypad: QWidget, buttons: list[QPushButton]) -> None:
    """A PIN pad screen: its labels, the keypad taking what a larger screen has over, its buttons
    centred below; close around and between (the pad fits the Pi's 800x480 touchscreen, and a
    long name over three lines does not squeeze the keys into one another at 1024x600)."""
    bottom = QHBoxLayout()
    bottom.addStretch(1)
    for button in buttons:
        bottom.addWidget(button)
    bottom.addStretch(1)
    layout = QVBoxLayout(screen)
    # No minimum from the roomy layout: a smaller panel must reach the screen's resizeEvent,
    # where it turns compact (compact_pin_pad).
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    layout.setContentsMargins(60, 2, 60, 2)
    layout.setSpacing(2)
    for label in labels:
        layout.addWidget(label)
    layout.addWidget(keypad, 1, Qt.AlignmentFlag.AlignHCenter)
    layout.addLayout(bottom)


def compact_pin_pad(screen: QWidget, labels: list[QLabel], keypad: PinKeypad) -> None:
    """A PIN pad screen at its size: on a panel under 1000x560 (the Pi's 800x480) its title,
    dots and message smaller and its keys as small as a finger allows, else as made."""
    compact = is_compact(screen)
    if screen.property("compact") == compact:
        return
    screen.setProperty("compact", compact)
    for label, (roomy, small) in zip(labels, ((36, 26), (44, 32), (26, 22)), strict=False):
        label.setFont(theme.font(small if compact else roomy, label.font().bold()))
    keypad.set_compact(compact)


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

    def setText(self, text: str) -> None:
        # Break anywhere inside a word too long for any line: a zero-width space after each
        # run of 12 letters lets the label wrap where a name has no spaces.
        self.label.setText(breakable(text))
        self.setAccessibleName(text)  # the label paints it: a screen reader asks the button
        self.updateGeometry()

    def text(self) -> str:
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
        half = min(45.0, w / 2)  # smaller on a small panel (the compact scan screen)
        tall, stem = half * 50 / 45, half * 16 / 45
        head = QPolygonF([QPointF(cx, 0), QPointF(cx + half, tall), QPointF(cx - half, tall)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.colour(theme.ACCENT))
        p.drawPolygon(head)
        p.drawRoundedRect(QRectF(cx - stem, tall - 6, 2 * stem, h - tall + 6), 8, 8)
        p.end()


class ResultIcon(QWidget):
    """A large round badge with a tick, a door, or an exclamation mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "welcome"
        # 170 px where there is room; down to 96 when the words need it (an 80-letter name in the
        # larger text at 600 px): drawn on a 220-unit square, scaled, centred in what it gets.
        self.setMinimumSize(96, 96)
        self.setMaximumSize(170, 170)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        return QSize(170, 170)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        p.translate((self.width() - side) / 2, (self.height() - side) / 2)
        p.scale(side / 220, side / 220)
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


class FittedLabel(QLabel):
    """One line that shows the first of its candidate texts that fits its width (the last one
    when none does): a long name makes way for "and N others", it is never cut or elided.
    It never asks for more width than it has, so its text cannot widen the screen."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            self.setObjectName(name)
        self._candidates: list[str] = [""]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_candidates(self, candidates: list[str]) -> None:
        self._candidates = candidates or [""]
        self._fit()

    def candidates(self) -> list[str]:
        return list(self._candidates)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._candidates[0]) + 8, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        shown = next((c for c in self._candidates if metrics.horizontalAdvance(c) <= room), self._candidates[-1])
        if shown != super().text():
            super().setText(shown)
