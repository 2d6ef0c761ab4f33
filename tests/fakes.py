"""Real fakes for the things outside the kiosk: the clock, and a camera that can be unplugged."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import numpy as np


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, **kwargs: float) -> datetime:
        self._now += timedelta(**kwargs)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when


class FlakyCamera:
    """A camera at the hardware boundary: frames from a list, and it can be unplugged."""

    description = "flaky test camera"

    def __init__(self, frames: list[np.ndarray], fps: float = 50.0) -> None:
        self.frames, self.interval = frames, 1 / fps
        self.plugged = threading.Event()
        self.plugged.set()
        self.opens = 0
        self._i = 0
        self._open = False

    def open(self) -> None:
        from kiosk.scan.sources import SourceUnavailable

        if not self.plugged.is_set():
            raise SourceUnavailable("no such device")
        self.opens += 1
        self._open = True

    def read(self) -> np.ndarray | None:
        time.sleep(self.interval)
        if not self.plugged.is_set() or not self._open:
            return None
        frame = self.frames[self._i % len(self.frames)]
        self._i += 1
        return frame

    def close(self) -> None:
        self._open = False
