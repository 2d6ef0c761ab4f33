"""A USB hand scanner is a keyboard: it types the code fast and presses Enter.

WedgeBuffer tells it from a person at a keyboard by speed: a scanner types a character every
few milliseconds, a person every hundred or more. Slow or short input is dropped, so stray
typing on the scan screen never does anything. Qt-free; times are passed in (seconds).
"""

from __future__ import annotations

MAX_GAP = 0.08  # seconds between two characters from a scanner (seen: 2-20 ms)
MIN_LENGTH = 8
MAX_LENGTH = 512


class WedgeBuffer:
    def __init__(self, max_gap: float = MAX_GAP, min_length: int = MIN_LENGTH) -> None:
        self.max_gap, self.min_length = max_gap, min_length
        self._chars: list[str] = []
        self._last = 0.0

    def key(self, char: str, now: float) -> None:
        if not char or not char.isprintable():
            return
        if self._chars and now - self._last > self.max_gap:
            self._chars = []  # too slow: a person, or the start of a new scan
        if len(self._chars) < MAX_LENGTH:
            self._chars.append(char)
        self._last = now

    def enter(self, now: float) -> str | None:
        """Enter pressed: the scanned text, or None when it was not a scanner."""
        text = "".join(self._chars)
        fast = bool(self._chars) and now - self._last <= self.max_gap
        self._chars = []
        return text if fast and len(text) >= self.min_length else None
