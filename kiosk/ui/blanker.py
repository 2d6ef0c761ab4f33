"""The dark screen: outside opening hours, after some idle minutes, a black overlay covers the
kiosk window (and a panel's backlight is switched off where the kiosk may). A touch, a click, a
key, movement in front of the camera or a scanned card wakes it; the touch that wakes is
swallowed, so it never presses a button nobody could see (keys are not: a hand scanner types
its code as keys, and its first one must arrive). The rule: kiosk.domain.blanking.

Only the door itself goes dark (`may_darken`, the wiring's answer): never a host at work in the
host view, the evacuation roll call, a guest in the middle of registering or the set-up; their
own idle timers say when they end, and the door's idle minutes count from then.

The camera keeps running while dark (no preview pictures are made; a still doorway is decoded a
few times a second), so a card held up to it wakes the screen and checks in at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.blanking import BlankingRule

log = logging.getLogger(__name__)
CHECK_MS = 5_000
PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
BACKLIGHTS = Path("/sys/class/backlight")


class Backlight:
    """A DSI panel's backlight (the Pi's touchscreen): bl_power 4 is off, 0 on. Does nothing
    where the file is missing or not writable for the kiosk (an HDMI screen, no udev rule)."""

    def __init__(self, root: Path = BACKLIGHTS) -> None:
        self._files = [p / "bl_power" for p in sorted(root.glob("*"))] if root.is_dir() else []

    def set(self, on: bool) -> None:
        for path in self._files:
            try:
                path.write_text("0" if on else "4")
            except OSError:
                continue


class DarkOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("DarkOverlay")
        self.setStyleSheet("QWidget#DarkOverlay { background: black; }")
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hide()


class ScreenBlanker(QObject):
    changed = Signal(bool)  # True: dark

    def __init__(self, window: QWidget, rule: Callable[[], BlankingRule], now: Callable[[], datetime],
                 backlight: Backlight | None = None, check_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self._window, self._rule, self._now = window, rule, now
        self._backlight = backlight or Backlight()
        self.overlay = DarkOverlay(window)
        self.last_activity = now()
        self.dark = False
        self.may_darken: Callable[[], bool] = lambda: True
        self._timer = QTimer(self, interval=check_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @Slot()
    def check(self) -> None:
        if self.dark:
            return
        if not self.may_darken():  # somebody is busy on another screen: idle time starts after it
            self.last_activity = self._now()
            return
        if self._rule().dark(self._now(), self.last_activity):
            self._go_dark()

    @Slot()
    def activity(self) -> None:
        """Someone is there (movement, a scan, a touch): wake, and count idle time from now."""
        self.last_activity = self._now()
        if self.dark:
            self._wake()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.overlay.setGeometry(self._window.rect())
        if event.type() in PRESSES:
            was_dark = self.dark
            self.activity()
            return was_dark  # the waking touch presses nothing it could not see
        if event.type() == QEvent.Type.KeyPress:
            self.activity()  # keys go on: a hand scanner's first character must not be lost
        return False

    def _go_dark(self) -> None:
        self.dark = True
        self.overlay.setGeometry(self._window.rect())
        self.overlay.show()
        self.overlay.raise_()
        self._backlight.set(False)
        log.info("screen dark", extra={"event": "screen_dark"})
        self.changed.emit(True)

    def _wake(self) -> None:
        self.dark = False
        self._backlight.set(True)
        self.overlay.hide()
        log.info("screen awake", extra={"event": "screen_awake"})
        self.changed.emit(False)
