"""The systemd watchdog, fed from the GUI thread: a frozen event loop stops the pings and
systemd restarts the kiosk (the unit's WatchdogSec=)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.sdnotify import Notifier


class GuiWatchdog(QObject):
    """READY=1 once the door is up, then WATCHDOG=1 every half watchdog period, from a QTimer on
    the thread that owns this object (the GUI thread: create it there)."""

    def __init__(self, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.pings = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)

    def start(self, status: str = "") -> None:
        self.notifier.ready(status)
        if self.notifier.ping_interval_ms > 0:
            self._ping()
            self._timer.start(self.notifier.ping_interval_ms)

    def _ping(self) -> None:
        if self.notifier.ping():
            self.pings += 1

    def stop(self) -> None:
        self._timer.stop()
        self.notifier.stopping()
        self.notifier.close()
