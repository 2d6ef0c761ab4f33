"""Someone is moving in front of the camera but no code is read: show where to hold it.

People hold their phone to the preview on the screen instead of up to the camera. MotionWatcher
compares tiny grey thumbnails of successive frames; when there has been movement for a while and
no code was read, it says so, and the scan screen points at the camera. Qt-free; time passed in.
"""

from __future__ import annotations

import cv2
import numpy as np

THUMB = (80, 45)
MOVING = 4.0  # mean grey-level change between thumbnails that counts as movement
AFTER = 3.0  # seconds of movement without a read before the hint shows
CALM = 2.5  # seconds without movement before the hint goes away


class MotionWatcher:
    def __init__(self, after: float = AFTER, calm: float = CALM) -> None:
        self.after, self.calm = after, calm
        self._last_thumb: np.ndarray | None = None
        self._moving_since: float | None = None
        self._last_motion = -1e9
        self.hinting = False

    def update(self, gray: np.ndarray, now: float, code_read: bool) -> bool | None:
        """Feed a frame; returns True/False when the hint should turn on/off, else None."""
        thumb = cv2.resize(gray, THUMB, interpolation=cv2.INTER_AREA).astype(np.int16)
        moving = self._last_thumb is not None and float(np.abs(thumb - self._last_thumb).mean()) > MOVING
        self._last_thumb = thumb
        if moving:
            self._last_motion = now
            if self._moving_since is None:
                self._moving_since = now
        elif now - self._last_motion > self.calm:
            self._moving_since = None
        if code_read:
            self._moving_since = now if moving else None  # a read resets the wait
        want = (self._moving_since is not None and now - self._moving_since >= self.after
                and not code_read)
        if want != self.hinting:
            self.hinting = want
            return want
        return None
