"""The kiosk window: fullscreen, frameless, no cursor, and it cannot be closed from the door."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk.scan.wedge import WedgeBuffer
from kiosk.ui.keypad import key_time
from kiosk.ui.widgets import CurrentStack

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    scanned = Signal(str)  # a code typed by a USB hand scanner (keyboard wedge)

    def __init__(self, windowed: bool) -> None:
        super().__init__()
        self.wedge = WedgeBuffer()
        self.windowed = windowed
        self.allow_close = windowed  # in kiosk mode only the app itself (or a host) may close
        self.setWindowTitle("Door kiosk")
        self.stack = CurrentStack()  # the screen on show sets the window's least size, not the widest
        self.stack.currentChanged.connect(lambda _i: self.stack.updateGeometry())
        layout = QVBoxLayout(self)
        # The window is the screen: a screen's content never makes it larger (on a 1024x600
        # panel it grew past the screen, and stayed 14 px taller after a guest's flow).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def present(self) -> None:
        if self.windowed:
            self.resize(1280, 800)
            self.show()
            return
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        screen = QGuiApplication.primaryScreen()
        # Without a window manager showFullScreen alone does not cover the screen: set it ourselves.
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.setGeometry(screen.geometry())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    def leave_fullscreen(self) -> None:
        """A host's maintenance window: a normal, movable window with a pointer. Closing it is
        still refused; present() makes it the kiosk again."""
        self.setWindowFlags(Qt.WindowType.Window)
        self.showNormal()
        self.resize(1280, 800)
        self.show()
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            log.info("close request ignored: the kiosk closes only for a host")
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys reach the window only when no on-screen field has focus. A hand scanner's fast
        # burst ending in Enter is a scan; anything else (Escape, Alt+F4, stray typing) does nothing.
        now = key_time(event)  # the key's own time: a GUI stall must not split a scanner's burst
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.wedge.enter(now)
            if text:
                self.scanned.emit(text)
        else:
            self.wedge.key(event.text(), now)
        event.accept()
