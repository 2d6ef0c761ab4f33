"""The sync loop on its own thread: rounds on a schedule and soon after a scan, never blocking
the scan screen, backing off with jitter while the server is away. The rounds themselves, and
what survives a failing one, are kiosk/sync/loop.py's."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.sync.backoff import AFTER_SCAN
from kiosk.sync.engine import SyncEngine
from kiosk.sync.loop import SyncLoop, SyncStatus

__all__ = ["SyncStatus", "SyncWorker"]


class SyncWorker(QObject):
    status = Signal(object)  # SyncStatus

    def __init__(self, engine: SyncEngine, first_ms: int = 1000, after_scan_s: float = AFTER_SCAN) -> None:
        """first_ms: the first round after start; after_scan_s: a round this soon after a scan
        (the rounds' own intervals come from the loop's backoff)."""
        super().__init__()
        self.engine = engine
        self._first_ms, self._after_scan_ms = first_ms, int(after_scan_s * 1000)
        self.loop = SyncLoop(engine)
        self._timer: QTimer | None = None

    @Slot()
    def start(self) -> None:
        """Called on the worker's own thread (the timer must live there)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_round)
        self._timer.start(self._first_ms)

    @Slot()
    def soon(self) -> None:
        # While backing off, a scan does not hammer the server.
        if self._timer is not None and self.loop.failures == 0 and (
                not self._timer.isActive() or self._timer.remainingTime() > self._after_scan_ms):
            self._timer.start(self._after_scan_ms)

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    @Slot()
    def run_round(self) -> None:
        status, delay = self.loop.round()
        self.status.emit(status)
        if self._timer is not None and delay is not None:
            self._timer.start(int(delay * 1000))
