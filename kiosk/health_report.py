"""What a kiosk tells the server about itself with its sync (docs/sync-protocol.md, "Kiosk
health"): its version and those findings of `kiosk doctor` that are not ok.

Only readings that cost next to nothing: free disk (statvfs), the kernel's clock state
(adjtimex) and the clock's offset from the server's (measured by every sync), and what the
running door already knows of its camera and its decoder process. Taken at most every few
minutes and cached, so a sync round never waits for a check; nothing here opens the camera or
starts a decoder (that is `kiosk doctor`'s job)."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from kiosk import health
from kiosk.health import PROBLEM, WARNING, Check, Machine
from kiosk.protocol import wire

REFRESH_SECONDS = 300.0
CLOCK_OFF_SECONDS = 120  # further off the server's clock than this is worth a host's look
DECODERS = ("zxing-cpp", "pyzbar")


class DecoderState(Protocol):
    """The live decoder process as the door runs it (kiosk.scan.isolated.IsolatedDecoder)."""

    crashes: int
    hangs: int

    @property
    def decoders(self) -> list[str]: ...


@dataclass
class HealthReporter:
    data_dir: Path
    machine: Machine = field(default_factory=lambda: Machine(clock_synchronised=health.kernel_clock_synchronised))
    sync_state: Callable[[], dict[str, str]] = dict  # the kiosk's sync state (its clock offset)
    monotonic: Callable[[], float] = time.monotonic
    # The door lock's last failed answer ((status, when): services.door.DoorGate.lock_problem), or
    # None while it answers (or there is no lock). Read with every report: a lock that stops
    # answering is told with the next push, not five minutes later.
    lock_state: Callable[[], tuple[str, datetime] | None] = lambda: None
    _camera: tuple[str, str] | None = None  # the live camera's status and detail
    _demo_feed: bool = False
    _decoder: DecoderState | None = None
    _cached: tuple[float, wire.KioskHealth] | None = None
    _lock_seen: tuple[str, datetime] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- what the running door tells it (any thread) -------------------------------------
    def camera_seen(self, status: str, detail: str) -> None:
        self._camera = (status, detail)
        self._cached = None

    def showing_demo_feed(self) -> None:
        self._demo_feed = True
        self._cached = None

    def watch_decoder(self, decoder: DecoderState) -> None:
        self._decoder = decoder
        self._cached = None

    # --- the report ------------------------------------------------------------------------
    def report(self) -> wire.KioskHealth:
        """The cached report; taken afresh when older than REFRESH_SECONDS or after news."""
        with self._lock:
            now = self.monotonic()
            lock = self.lock_state()
            if self._cached is None or now - self._cached[0] > REFRESH_SECONDS or lock != self._lock_seen:
                self._lock_seen = lock
                warnings = [wire.KioskWarning(check=c.name, status="problem" if c.status == PROBLEM else "warning",
                                              says=c.says[:wire.MAX_SAYS], code=c.code,
                                              params=wire.clean_params(c.params))
                            for c in self.checks() if c.status in (WARNING, PROBLEM)]
                self._cached = (now, wire.KioskHealth(version=_installed_version(),
                                                      warnings=warnings[:wire.MAX_WARNINGS]))
            return self._cached[1]

    def checks(self) -> list[Check]:
        checks = [self._camera_check(), self._decoder_check(), self._lock_check(),
                  health.check_disk(self.data_dir, self.machine.disk_free),
                  health.check_clock(self.machine.clock_synchronised(), self.machine.now(), None),
                  self._offset_check()]
        return [c for c in checks if c is not None]

    def _camera_check(self) -> Check | None:
        if self._demo_feed:
            return Check("camera", PROBLEM, "no camera found: the door shows its demo video, so no card can be read",
                         code="camera_demo")
        status, detail = self._camera or ("ok", "")
        words = {"unavailable": f"the camera cannot be opened ({detail})",
                 "lost": f"the camera stopped sending pictures ({detail}); it is tried again every 2 s",
                 "dark": "the camera sends only black pictures: covered, or no light"}
        if status not in words:
            return None
        return Check("camera", PROBLEM, words[status][:wire.MAX_SAYS], code=f"camera_{status}",
                     params={"detail": detail} if detail else {})

    def _lock_check(self) -> Check | None:
        failing = self._lock_seen
        if failing is None:
            return None
        status, when = failing
        return Check("lock", PROBLEM, f"the door lock did not answer ({status}) at {when:%H:%M} UTC: "
                                      "members may be kept out", code="lock_failing",
                     params={"status": status, "at": f"{when:%H:%M}"})

    def _decoder_check(self) -> Check | None:
        decoder = self._decoder
        if decoder is None:
            return None
        missing = [name for name in DECODERS if name not in decoder.decoders]
        if len(missing) == len(DECODERS):
            return Check("decoders", PROBLEM, "no QR decoder works: no card can be read", code="decoders_none")
        if missing:
            return Check("decoders", WARNING, f"{', '.join(missing)} is not available "
                                              "(for pyzbar: install libzbar0); the door reads with the rest",
                         code="decoders_missing", params={"names": ", ".join(missing)})
        if decoder.crashes or decoder.hangs:
            return Check("decoders", WARNING, f"the QR decoder crashed {decoder.crashes} and hung {decoder.hangs} "
                                              "times since the kiosk started (it restarts itself each time)",
                         code="decoders_crashed", params={"crashes": decoder.crashes, "hangs": decoder.hangs})
        return None

    def _offset_check(self) -> Check | None:
        try:
            offset_ms = int(self.sync_state().get("clock_offset_ms") or 0)
        except ValueError:
            return None
        if abs(offset_ms) <= CLOCK_OFF_SECONDS * 1000:
            return None
        minutes = round(abs(offset_ms) / 60_000)
        side = "behind" if offset_ms > 0 else "ahead of"
        return Check("clock", WARNING, f"the clock is {minutes} min {side} the server's: "
                                       "check-in times are off by as much",
                     code="clock_offset_behind" if offset_ms > 0 else "clock_offset_ahead", params={"minutes": minutes})


@functools.cache
def _installed_version() -> str:
    """This program's version, read once (importlib.metadata scans the installed packages)."""
    version = health.door_kiosk_version()
    cleaned = "".join(ch for ch in version if ch.isascii() and (ch.isalnum() or ch in ".+!_-"))
    return cleaned[:wire.MAX_VERSION] or "unknown"
