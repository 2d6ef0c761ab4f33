"""What "fits" means on a screen, checked on the real widgets: nothing visible past the window
or sideways past the scroll area it sits in (a touch screen has no sideways scrolling), every
label's text whole (a label allowed to elide says so with the property "elides"), every button's
text whole and every button at least 48 px high (a finger)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QScrollBar, QWidget

TOUCH_PX = 48


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _shown(widget: QWidget, top: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None and w is not top:
        if not w.isVisible():
            return False
        w = w.parentWidget()
    return True


def _viewport_of(widget: QWidget, top: QWidget) -> QRect | None:
    """What a widget inside scroll areas can show: the part of the window every scroll area
    around it shows (a list that scrolls inside a step that scrolls shows only what both do)."""
    seen: QRect | None = None
    w = widget.parentWidget()
    while w is not None and w is not top:
        if isinstance(w, QScrollArea) and w.viewport().isAncestorOf(widget):
            view = _rect_in(w.viewport(), top)
            if seen is not None:  # across and down apart: a list scrolled out of sight stays a column
                view = QRect(QPoint(max(view.left(), seen.left()), max(view.top(), seen.top())),
                             QPoint(min(view.right(), seen.right()), min(view.bottom(), seen.bottom())))
            seen = view
        w = w.parentWidget()
    return seen


def problems(top: QWidget) -> list[str]:
    found: list[str] = []
    window = top.rect()
    for w in top.findChildren(QWidget):
        if not _shown(w, top) or w.width() == 0 or w.height() == 0:
            continue
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        name = f"{type(w).__name__}#{w.objectName()}" + (f" {text[:40]!r}" if text else "")
        r = _rect_in(w, top)
        view = _viewport_of(w, top)
        if isinstance(w, QScrollBar):
            if w.orientation().name == "Horizontal" and isinstance(w.parentWidget(), QWidget):
                found.append(f"a sideways scroll bar at {r.x()},{r.y()}")
            continue
        limit = view if view is not None else window
        if r.right() > limit.right() + 1 or r.left() < limit.left() - 1:
            found.append(f"{name} runs sideways out of {'its scroll area' if view else 'the window'}: "
                         f"x {r.left()}..{r.right()} of {limit.left()}..{limit.right()}")
        if view is None and r.bottom() > window.bottom() + 1:
            found.append(f"{name} runs below the window: y {r.top()}..{r.bottom()} of {window.bottom()}")
        if isinstance(w, QLabel) and w.text() and not w.property("elides") and w.pixmap().isNull():
            inner = w.contentsRect()
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    found.append(f"{name} is cut off at the bottom ({w.height()} px of "
                                 f"{w.heightForWidth(w.width())})")
            elif w.fontMetrics().horizontalAdvance(w.text()) > inner.width() + 1 and "<" not in w.text():
                found.append(f"{name} is cut off ({inner.width()} px for "
                             f"{w.fontMetrics().horizontalAdvance(w.text())})")
        if isinstance(w, QAbstractButton):
            if w.height() < TOUCH_PX and w.objectName() not in ("qt_scrollarea_hcontainer",):
                found.append(f"{name} is {w.height()} px high, under {TOUCH_PX}")
            if w.text() and w.width() < w.sizeHint().width() - 1:
                found.append(f"{name} is cut off ({w.width()} px for {w.sizeHint().width()})")
    return found
