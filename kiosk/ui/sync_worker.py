"""The sync loop on its own thread: rounds on a schedule and soon after a scan, never blocking
the scan screen, backing off with jitter while the server is away."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.sync.backoff import AFTER_SCAN, next_delay
from kiosk.sync.engine import NotEnrolled, SyncEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    online: bool
    offline_since: str | None  # ISO time
    pending: int
    rejected: int
    revoked: bool
    update_needed: str | None = None  # "kiosk" or "server": the two speak sync protocols the other cannot


class SyncWorker(QObject):
    status = Signal(object)  # SyncStatus

    def __init__(self, engine: SyncEngine) -> None:
        super().__init__()
        self.engine = engine
        self._failures = 0
        self._timer: QTimer | None = None

    @Slot()
    def start(self) -> None:
        """Called on the worker's own thread (the timer must live there)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_round)
        self._timer.start(1000)

    @Slot()
    def soon(self) -> None:
        # While backing off, a scan does not hammer the server.
        if self._timer is not None and self._failures == 0 and (
                not self._timer.isActive() or self._timer.remainingTime() > AFTER_SCAN * 1000):
            self._timer.start(int(AFTER_SCAN * 1000))

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()

    @Slot()
    def run_round(self) -> None:
        local = self.engine.local
        try:
            report = self.engine.run_once() if "token" in local.state() else None
        except NotEnrolled:
            report = None
        except Exception:  # a bug must not end the loop: log it, retry later
            log.exception("sync round failed")
            report = None
            self._failures += 1
        state = local.state()
        enrolled = "token" in state
        if report is not None:
            self._failures = self._failures + 1 if report.error else 0
            if report.error:
                log.warning("sync: %s", report.error, extra={"event": "sync_failed", "pending": report.pending})
            else:
                log.info("sync: pushed %d, pulled %d", report.pushed, report.pulled,
                         extra={"event": "synced", "pushed": report.pushed, "pulled": report.pulled})
        revoked = state.get("revoked") == "yes"
        self.status.emit(SyncStatus(enrolled=enrolled, online=enrolled and self._failures == 0 and not revoked,
                                    offline_since=state.get("offline_since"), pending=local.pending_count(),
                                    rejected=local.rejected_count(), revoked=revoked,
                                    update_needed=state.get("incompatible")))
        if self._timer is not None and not revoked:
            self._timer.start(int(next_delay(self._failures, report.retry_after if report else None) * 1000))
