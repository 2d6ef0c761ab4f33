"""Larger text and higher contrast for whoever asks (EN 301 549 5.1.4, 11.1.4.4): one tap on "A A"
at the door makes every screen's text larger and its colours darker for this person; the idle door
returns to the host's default (the `text_size` setting: normal or large).

One scale, applied where text gets its size, so no screen needs to know: the application's style
sheet, each widget's own style sheet (`font-size: Npx`) and each font set on a widget (theme.font,
make_label, WrapButton) are scaled from the size the code gave them, and the theme's colours are
swapped for their high-contrast twins (7:1, WCAG AAA). Widgets made or restyled while the door is
large follow too: an application event filter scales them as Qt polishes them or their font or
style sheet changes. The normal door pays nothing: the filter is installed only while large.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QDynamicPropertyChangeEvent, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from . import theme

log = logging.getLogger(__name__)

LARGE_FACTOR = 2.0  # 18 px notices become 36 px, 22 px help lines 42 px (EN 301 549 11.1.4.4: 200 %)
# Small text gains most: no size grows by more than this (a 44 px heading becomes 64 px, not 88),
# so what was hard to read grows in full and the headings, readable already, keep the room.
MAX_GROWTH_PX = 20
# A widget or screen that is tight at 1024x600 may ask for a smaller step (property "text_growth",
# a factor of its own, at most LARGE_FACTOR); its children follow it unless they say otherwise.
GROWTH_PROPERTY = "text_growth"

_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def grown(px: int, factor: float) -> int:
    """A pixel size in the larger text: `factor` times, by at most MAX_GROWTH_PX."""
    return px if factor <= 1.0 else round(px + min(px * (factor - 1.0), MAX_GROWTH_PX))


def scale_sheet(sheet: str, factor: float, high_contrast: bool) -> str:
    """A style sheet with its pixel font sizes scaled and, if asked, its colours made AAA."""
    if factor != 1.0:
        sheet = _FONT_SIZE.sub(lambda m: f"font-size: {grown(int(m.group(1)), factor)}px", sheet)
    if high_contrast:
        sheet = _HEX.sub(lambda m: theme.HIGH_CONTRAST.get(m.group(0).lower(), m.group(0)), sheet)
    return sheet


def growth(widget: QWidget, factor: float) -> float:
    """The factor for this widget: `factor`, or a smaller step asked for by it or a parent."""
    w: QWidget | None = widget
    while w is not None:
        asked = w.property(GROWTH_PROPERTY)
        if asked is not None:
            return min(factor, float(asked)) if factor > 1.0 else factor
        w = w.parentWidget()
    return factor


class TextSize(QObject):
    """The door's text size: `large` for one person after a tap, the host's default otherwise."""

    changed = Signal(bool)

    def __init__(self, app: QApplication, default: Callable[[], str], stack: QStackedWidget | None = None,
                 idle: QWidget | None = None, factor: float = LARGE_FACTOR, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app, self._default, self.factor, self.idle = app, default, factor, idle
        self.stack = stack
        self._session: bool | None = None  # this person's choice; None = the host's default
        self._applied = False
        self._busy = False
        self._app_sheet = app.styleSheet()
        self._app_px = app.font().pixelSize()
        if stack is not None:
            stack.currentChanged.connect(self._screen_changed)

    @property
    def large(self) -> bool:
        if self._session is not None:
            return self._session
        return self._default() == "large"

    def toggle(self) -> None:
        """'A A' was tapped: the other size for this person, until the door is idle again."""
        self._session = not self.large
        self.refresh()

    def end(self) -> None:
        """The door is idle again: back to the host's default."""
        self._session = None
        self.refresh()

    def refresh(self) -> None:
        """Apply the size now in force to every widget (also after the host changed the default)."""
        large = self.large
        if large == self._applied:
            return
        self._applied = large
        factor = self.factor if large else 1.0
        if large:  # before the screens below choose their step: the filter applies it
            self.app.installEventFilter(self)
        self._busy = True
        self.app.setProperty("larger_text", large)  # widgets.is_compact: 1024x600 is compact too
        try:
            self.app.setStyleSheet(scale_sheet(self._app_sheet, factor, large))
            if self._app_px > 0:
                f = QFont(self.app.font())
                f.setPixelSize(grown(self._app_px, factor))
                self.app.setFont(f)
            for widget in self.app.allWidgets():
                self._apply(widget)
            # Screens that choose their layout and step by their size choose again (the same
            # size, other thresholds), as a resize would make them.
            for widget in self.app.allWidgets():
                if widget.property("compact_aware"):
                    QApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
        finally:
            self._busy = False
        if not large:
            self.app.removeEventFilter(self)
        log.info("text size %s", "large" if large else "normal", extra={"event": "text_size", "large": large})
        self.changed.emit(large)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.DynamicPropertyChange and isinstance(watched, QWidget)
                and isinstance(event, QDynamicPropertyChangeEvent)
                and bytes(event.propertyName().data()) == GROWTH_PROPERTY.encode()):
            # A screen took another step for its size (widgets.size_growth): it and its widgets.
            was, self._busy = self._busy, True
            try:
                for widget in (watched, *watched.findChildren(QWidget)):
                    self._apply(widget)
            finally:
                self._busy = was
            return False
        if (not self._busy and event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)
                and isinstance(watched, QWidget)):
            self._busy = True
            try:
                self._apply(watched)
            finally:
                self._busy = False
        return False

    def _apply(self, widget: QWidget) -> None:
        large = self._applied
        factor = growth(widget, self.factor) if large else 1.0
        sheet = widget.styleSheet()
        if sheet != (widget.property("_ts_sheet") or ""):
            widget.setProperty("_ts_base_sheet", sheet)  # set by the code: its own sizes and colours
        base_sheet = widget.property("_ts_base_sheet") or ""
        wanted = scale_sheet(base_sheet, factor, large)
        if large and widget.property(GROWTH_PROPERTY) is not None and factor != self.factor:
            # A screen that grows less: the application's rules again, at its own step, for its
            # widgets (a widget's own sheet goes before the application's; its own rules last).
            wanted = scale_sheet(self._app_sheet, factor, large) + "\n" + wanted
        if wanted != sheet:
            widget.setProperty("_ts_sheet", wanted)
            widget.setStyleSheet(wanted)
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            px = widget.font().pixelSize()
            if px <= 0:
                return
            if px != widget.property("_ts_px"):
                widget.setProperty("_ts_base_px", px)  # set by the code since we last looked
            want = grown(int(widget.property("_ts_base_px")), factor)
            widget.setProperty("_ts_px", want)
            if px != want:
                f = QFont(widget.font())
                f.setPixelSize(want)
                widget.setFont(f)

    def _screen_changed(self, _index: int) -> None:
        if self.stack is not None and self.stack.currentWidget() is self.idle and self._session is not None:
            self.end()


def connect_text_size(size: TextSize, controller: object) -> None:
    """The door's "A A" button and the host's default. `controller` is the DoorController (typed
    loosely, as in voice.connect_door_voice)."""
    scan = controller.scan  # type: ignore[attr-defined]
    scan.larger_text_requested.connect(size.toggle)
    size.changed.connect(scan.set_larger_text)
    controller.host.settings_saved.connect(lambda _settings: size.refresh())  # type: ignore[attr-defined]
    size.refresh()
    scan.set_larger_text(size.large)
