"""The sync loop's rounds, without Qt: whatever one round throws, the next round comes.

The worker thread (kiosk/ui/sync_worker.py) only runs `SyncLoop.round()` on a timer and shows
the status it returns. Every read of the kiosk's database is inside the round's guard, so a
full disk, a read-only medium or a bug in one round is logged (once per kind, until a round
works again), shown as offline, and retried with backoff: it never ends syncing."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from .backoff import next_delay
from .engine import NotEnrolled, SyncEngine, SyncReport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    online: bool
    offline_since: str | None  # ISO time
    pending: int
    rejected: int
    revoked: bool
    requests_waiting: int = 0  # roster changes asked for here that the server holds for a host
    problem: str | None = None  # why the last round failed, in words (None when it worked)
    update_needed: str | None = None  # "kiosk" or "server": the two speak sync protocols the other cannot


class SyncLoop:
    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.failures = 0  # rounds failed in a row
        self._logged: set[str] = set()  # kinds of failure logged since the last good round
        self._status = SyncStatus(False, False, None, 0, 0, False)

    def round(self) -> tuple[SyncStatus, float | None]:
        """One round: the status to show and the seconds until the next round (None: stop,
        the server revoked this kiosk's token)."""
        report: SyncReport | None = None
        problem: str | None = None
        try:
            if "token" in self.engine.local.state():
                report = self.engine.run_once()
                problem = report.error
        except NotEnrolled:
            pass
        except Exception as exc:  # a bug or a broken disk must not end the loop
            problem = f"{type(exc).__name__}: {exc}"
            self._log_once(type(exc).__name__, exc)
        if problem is not None:
            self.failures += 1
            if report is not None:
                self._log_once(f"report:{problem.split(':')[0]}", None, problem, report.pending)
        elif report is not None:
            self.failures = 0
            self._logged.clear()
            log.info("sync: pushed %d, pulled %d", report.pushed, report.pulled,
                     extra={"event": "synced", "pushed": report.pushed, "pulled": report.pulled})
        self._status = self._read_status(problem)
        if self._status.revoked:
            return self._status, None
        return self._status, next_delay(self.failures, report.retry_after if report else None)

    def _read_status(self, problem: str | None) -> SyncStatus:
        local = self.engine.local
        try:
            state = local.state()
            enrolled, revoked = "token" in state, state.get("revoked") == "yes"
            return SyncStatus(enrolled=enrolled, online=enrolled and self.failures == 0 and not revoked,
                              offline_since=state.get("offline_since"), pending=local.pending_count(),
                              rejected=local.rejected_count(), revoked=revoked,
                              requests_waiting=local.request_counts().get("pending", 0), problem=problem,
                              update_needed=state.get("incompatible"))
        except Exception as exc:  # the database cannot even be read: show the last counts, offline
            if self.failures == 0:
                self.failures = 1
            self._log_once(type(exc).__name__, exc)
            return replace(self._status, online=False, problem=problem or f"{type(exc).__name__}: {exc}")

    def _log_once(self, kind: str, exc: BaseException | None, message: str | None = None,
                  pending: int | None = None) -> None:
        if kind in self._logged:
            return
        self._logged.add(kind)
        if exc is not None:
            log.error("sync round failed: %s", exc, exc_info=exc, extra={"event": "sync_crashed"})
        else:
            log.warning("sync: %s", message, extra={"event": "sync_failed", "pending": pending})
