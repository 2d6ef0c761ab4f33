"""Where a scan's time goes, stage by stage, from the frame's grab to the welcome painted.

Off unless KIOSK_TRACE=1 (benchmarks.pi_budget --trace). Each stage of one scan marks the clock
(time.monotonic()) under the frame's number; the door logs the marks with `result_shown` as
milliseconds since the grab. Off, `mark` is one global read; on, a lock and a list append.
A leaf: imported by the capture loop (kiosk.scan) and the door's threads (kiosk.ui) alike.
"""

from __future__ import annotations

import os
import threading
import time

ENABLED = os.environ.get("KIOSK_TRACE") == "1"
KEEP = 64  # frames whose marks are kept (a frame decoded but never answered is dropped in time)

_marks: dict[int, list[tuple[str, float]]] = {}
_lock = threading.Lock()


def mark(seq: int, stage: str, at: float | None = None) -> None:
    """The clock at `stage` of the scan of frame `seq` (0: not a camera frame; not traced)."""
    if not ENABLED or not seq:
        return
    when = time.monotonic() if at is None else at
    with _lock:
        _marks.setdefault(seq, []).append((stage, when))
        if len(_marks) > KEEP:
            del _marks[min(_marks)]


def take(seq: int) -> dict[str, float] | None:
    """The marks of frame `seq`, in ms since its first mark (the grab), in the order made."""
    with _lock:
        marks = _marks.pop(seq, None)
    if not marks:
        return None
    start = marks[0][1]
    return {stage: round((when - start) * 1000, 2) for stage, when in marks}
