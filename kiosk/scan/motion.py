"""Is anyone in front of the camera? Tiny grey thumbnails of successive frames, compared.

Two uses: which frames are decoded and previewed (gate.DecodeGate: a still, empty doorway is
hardly decoded, a moving one at full rate, and a card brought into view is read at once),
and the hint: people hold their phone to the preview on the screen instead of up to the camera,
so after a while of movement with no code read, the scan screen points at the camera.
Qt-free; time is passed in (seconds).
"""

from __future__ import annotations

import cv2
import numpy as np

THUMB = (80, 45)
STEP = 4  # every 4th pixel each way, then averaged 4x4 to the thumbnail: a tenth of the cost of
#           averaging every pixel of a 720p frame, and sensor noise is still averaged away
MOVING = 4.0  # mean grey-level change between thumbnails that counts as movement
AFTER = 3.0  # seconds of movement without a read before the hint shows
CALM = 2.5  # seconds without movement before the hint goes away / the door counts as idle


class MotionWatcher:
    def __init__(self, after: float = AFTER, calm: float = CALM) -> None:
        self.after, self.calm = after, calm
        self._last_thumb: np.ndarray | None = None
        self._moving_since: float | None = None
        self._last_motion = -1e9
        self.hinting = False

    def observe(self, frame: np.ndarray, now: float) -> bool:
        """Feed every frame (BGR or grey); True when it differs from the one before."""
        channel = frame[::STEP, ::STEP] if frame.ndim == 2 else frame[::STEP, ::STEP, 1]  # green ~ grey
        thumb = cv2.resize(channel, THUMB, interpolation=cv2.INTER_AREA).astype(np.int16)
        moving = self._last_thumb is not None and float(np.abs(thumb - self._last_thumb).mean()) > MOVING
        self._last_thumb = thumb
        if moving:
            self._last_motion = now
            if self._moving_since is None:
                self._moving_since = now
        elif now - self._last_motion > self.calm:
            self._moving_since = None
        return moving

    @property
    def last_thumb(self) -> np.ndarray | None:
        """The thumbnail of the frame observed last (int16, THUMB size)."""
        return self._last_thumb

    def active(self, now: float) -> bool:
        """Was there movement in the last `calm` seconds?"""
        return now - self._last_motion <= self.calm

    def hint(self, now: float, code_read: bool) -> bool | None:
        """After a decode: True/False when the hint should turn on/off, else None."""
        if code_read:
            self._moving_since = now if self.active(now) else None  # a read resets the wait
        want = (not code_read and self._moving_since is not None
                and now - self._moving_since >= self.after)
        if want != self.hinting:
            self.hinting = want
            return want
        return None

    def update(self, frame: np.ndarray, now: float, code_read: bool) -> bool | None:
        """observe() and hint() for one frame that was also decoded."""
        self.observe(frame, now)
        return self.hint(now, code_read)
