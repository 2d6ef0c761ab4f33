"""When to try the server again: exponential backoff with full jitter, honouring Retry-After."""

from __future__ import annotations

import random

BASE = 2.0
CAP = 300.0
INTERVAL = 30.0  # between rounds while all is well
AFTER_SCAN = 2.0  # a round soon after a scan, so the server hears of it quickly


def next_delay(failures: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
    """Seconds until the next round. failures = rounds failed in a row (0 when the last one worked)."""
    if failures == 0:
        return INTERVAL
    ceiling = min(CAP, BASE * 2 ** (failures - 1))
    delay = (rng or random).uniform(0, ceiling)  # full jitter: kiosks do not all come back at once
    return max(delay, retry_after or 0.0)
