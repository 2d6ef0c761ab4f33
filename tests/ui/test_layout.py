"""Every door screen in da/en/de at 1024x600, 1280x800 and 1920x1080 with extreme content
(kiosk.ui.gallery): nothing visible past the window, every label's text fits (a label may
elide only when it says so: property "elides"), every touch target at least 48 px.
Offscreen, in the test session's one QApplication."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.ui.gallery import SIZES, door_scenes

TOUCH_MIN = 48


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.property("elides") or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    fm = QFontMetrics(label.font())
    room = label.contentsRect()
    if label.wordWrap():
        longest = max((fm.horizontalAdvance(word) for word in text.replace("\u200b", " ").split()), default=0)
        if longest > room.width() + 1:
            return f"a word {longest} px wide in {room.width()} px"
        if label.heightForWidth(label.width()) > label.height() + 1:
            return f"needs {label.heightForWidth(label.width())} px height, has {label.height()}"
        return None
    lines = text.split("\n")
    wide = max(fm.horizontalAdvance(line) for line in lines)
    if wide > room.width() + 1:
        return f"{wide} px text in {room.width()} px"
    if fm.height() * len(lines) > room.height() + 1:
        return f"{fm.height() * len(lines)} px text in {room.height()} px high"
    return None


def problems(top: QWidget) -> list[str]:
    found = []
    window = QRect(0, 0, top.width(), top.height())
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        text = widget.text() if isinstance(widget, (QLabel, QPushButton, QLineEdit)) else ""
        name = f"{type(widget).__name__}({text!r:.40})"
        if not window.contains(rect) and not _in_scroll_area(widget, top):  # scrolled content may
            found.append(f"{name} at {rect.getRect()} is past the window {window.getRect()}")
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                found.append(f"{name}: {problem}")
        if isinstance(widget, QPushButton):
            if widget.height() < TOUCH_MIN or widget.width() < TOUCH_MIN:
                found.append(f"{name} is {widget.width()}x{widget.height()}: under {TOUCH_MIN} px to touch")
            if type(widget) is QPushButton and widget.text() and widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name} squeezed: needs {widget.sizeHint().width()} px, has {widget.width()}")
        if isinstance(widget, QLineEdit) and widget.height() < TOUCH_MIN:
            found.append(f"{name} field is {widget.height()} px high")
    return found


def settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):  # layouts post further layout requests (scroll areas follow their pages)
        app.processEvents()


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_every_door_screen_fits_at_every_size(qapp, languages, lang):
    languages.switch(lang)
    failures: list[str] = []
    seen = 0
    for name, widget in door_scenes(lang):
        for width, height in SIZES:
            widget.resize(width, height)
            widget.show()
            settle(qapp)
            seen += 1
            if (widget.width(), widget.height()) != (width, height):  # its content made it larger
                failures.append(f"{lang} {width}x{height} {name}: the screen is {widget.width()}x{widget.height()}")
            failures += [f"{lang} {width}x{height} {name}: {p}" for p in problems(widget)]
        widget.hide()
    assert seen >= 3 * 20
    assert failures == [], "\n".join(failures)
