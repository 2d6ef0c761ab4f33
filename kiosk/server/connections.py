"""Slow connections cannot use up the server's open files (issue 19).

uvicorn keeps a connection that never sends a request open for ever, one file each: 1,050 of
them with the default limit of 1024 made /api/v1/health time out, and every refused accept()
was logged. `GuardedH11Protocol` is uvicorn's own h11 protocol (chosen with `http=`) with two
limits: a connection that has not sent a whole request head within `header_timeout` seconds
is closed, and past `max_connections` the oldest connection still waiting for its first request
is closed to make room (or the new one, when all are busy). `fit_file_limit` raises the soft
RLIMIT_NOFILE to the hard one (the packaged unit sets LimitNOFILE) and keeps the cap under half
of it (accept bursts need the rest), so accept() never fails for want of a file.

Both limits come from the environment (KIOSK_SERVER_MAX_CONNECTIONS, _HEADER_TIMEOUT), so every
uvicorn worker process reads the same; `serve` sets them from `kiosk server run`'s options.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import time
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 4000
HEADER_TIMEOUT_SECONDS = 20.0
# asyncio accepts up to `backlog` connections in one go before any of them is counted here, and
# a closed one gives its file back a loop turn later: a small backlog (uvicorn's default is
# 2048) keeps those bursts inside the half of the files the cap leaves free.
BACKLOG = 128
FILES_KEPT_FREE = 64  # the database, log, backups and the listening socket
PROTOCOL = "kiosk.server.connections:GuardedH11Protocol"


class AcceptStormFilter(logging.Filter):
    """asyncio logs each accept() that finds no free file with a full traceback, and goes on
    accepting a second later: past the limit that was 100,000 tracebacks in 20 s. Say it once a
    minute, in one plain line, and drop the rest (the cap then closes the oldest idle ones)."""

    def __init__(self, every_s: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.every_s, self._clock, self._last = every_s, clock, -every_s

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith("socket.accept() out of system resource"):
            return True
        now = self._clock()
        if now - self._last < self.every_s:
            return False
        self._last = now
        record.msg, record.args, record.exc_info, record.exc_text = (
            "new connections wait: the server's open-files limit is reached (raise LimitNOFILE)", (), None, None)
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def quiet_accept_storms() -> None:
    logger = logging.getLogger("asyncio")
    if not any(isinstance(f, AcceptStormFilter) for f in logger.filters):
        logger.addFilter(AcceptStormFilter())


def fit_file_limit(wanted: int) -> int:
    """Raise the soft open-files limit to the hard one; the connection cap that fits under it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    cap = max(8, min(wanted, (soft - FILES_KEPT_FREE) // 2))
    if cap < wanted:
        log.warning("at most %d connections at once: the open-files limit is %d (raise LimitNOFILE)", cap, soft)
    return cap


def limits_from_env() -> tuple[int, float]:
    return (int(os.environ.get("KIOSK_SERVER_MAX_CONNECTIONS") or MAX_CONNECTIONS),
            float(os.environ.get("KIOSK_SERVER_HEADER_TIMEOUT") or HEADER_TIMEOUT_SECONDS))


class GuardedH11Protocol(H11Protocol):
    limits: tuple[int, float] | None = None  # read once per process

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if GuardedH11Protocol.limits is None:
            quiet_accept_storms()
            wanted, timeout = limits_from_env()
            GuardedH11Protocol.limits = (fit_file_limit(wanted), timeout)
        self.max_connections, self.header_timeout = GuardedH11Protocol.limits
        self.opened_at = 0.0
        self.header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.opened_at = self.loop.time()
        self.header_timer = self.loop.call_later(self.header_timeout, self._no_request_in_time)
        if len(self.connections) > self.max_connections:
            self._make_room()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
        super().connection_lost(exc)

    def waiting_for_first_request(self) -> bool:
        return self.cycle is None and not self.transport.is_closing()

    def _no_request_in_time(self) -> None:
        if self.waiting_for_first_request():
            self.transport.close()

    def _make_room(self) -> None:
        idle = [c for c in self.connections
                if isinstance(c, GuardedH11Protocol) and c is not self and c.waiting_for_first_request()]
        oldest = min(idle, key=lambda c: c.opened_at) if idle else self
        oldest.transport.close()
