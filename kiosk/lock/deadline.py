"""One deadline for a driver's whole exchange (several HTTP requests): each request gets what is left."""

from __future__ import annotations

import time
from collections.abc import Callable


class Deadline:
    def __init__(self, seconds: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic
        self._end = monotonic() + seconds

    def left(self) -> float:
        """Seconds left; raises TimeoutError when none are."""
        left = self._end - self._monotonic()
        if left <= 0.01:
            raise TimeoutError("deadline passed")
        return left
