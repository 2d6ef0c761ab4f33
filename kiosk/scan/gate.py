"""Which camera frames the live loop decodes and previews, so an empty doorway costs almost nothing.

Every frame is looked at for movement on the capture thread (`MotionWatcher`, a thumbnail).
- Preview: every frame while something moves (and `calm` seconds after); in a still doorway a
  few frames a second (`preview_idle_fps`): nothing on screen changes but sensor noise.
- Decode: movement after stillness at once (a card brought up is read on its first frame); while
  active up to `active_fps`, with the full pass schedule; in a still doorway only a frame that
  differs from the last decoded one (a slow change: light, a card raised too slowly to count as
  movement), at most `still_fps` a second, and otherwise one frame every `idle_recheck` seconds
  with the primary pass only (`Decision.full` False).
The camera's own frame rate is never changed (a UVC camera restarts its stream for that).
Qt-free; time is passed in (seconds), so tests run it frame by frame.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from .motion import MotionWatcher

ACTIVE_FPS = 15.0  # someone is moving in view: a 30 fps camera is decoded every other frame
STILL_FPS = 4.0  # a still doorway whose picture changed: at most this many decodes a second
IDLE_RECHECK = 1.0  # a still, unchanged doorway: one cheap decode a second (under the debouncer's gap)
PREVIEW_IDLE_FPS = 3.0
CHANGED = 3.0  # mean grey-level difference from the last decoded frame's thumbnail that counts
SLACK = 0.3  # of a frame interval: camera timing jitter must not skip frames at the active rate


@dataclass(frozen=True)
class Decision:
    full: bool  # the full pass schedule; False: the primary pass only


class DecodeGate:
    def __init__(self, motion: MotionWatcher | None = None, active_fps: float = ACTIVE_FPS,
                 still_fps: float = STILL_FPS, idle_recheck: float = IDLE_RECHECK,
                 preview_idle_fps: float = PREVIEW_IDLE_FPS, changed: float = CHANGED) -> None:
        self.motion = motion or MotionWatcher()
        self.active_fps, self.still_fps, self.idle_recheck = active_fps, still_fps, idle_recheck
        self.preview_idle_fps, self.changed = preview_idle_fps, changed
        self._lock = threading.Lock()  # observe() runs on the capture thread, decide() on the decoder's
        self.reset()

    def reset(self) -> None:
        """The source was (re)opened: its first frame is decoded and previewed whatever it shows."""
        self._woke = True
        self._next_decode = -1e9
        self._decoded_thumb: np.ndarray | None = None
        self._decoded_at = -1e9
        self._previewed_at = -1e9

    def observe(self, frame: np.ndarray, now: float) -> tuple[bool, np.ndarray, bool]:
        """Every frame, as it is grabbed: (moving, its thumbnail, preview it)."""
        with self._lock:
            was_active = self.motion.active(now)
            moving = self.motion.observe(frame, now)
            thumb = self.motion.last_thumb
            assert thumb is not None
            if moving and not was_active:
                self._woke = True
            preview = self.motion.active(now) or now - self._previewed_at >= 1 / self.preview_idle_fps
            if preview:
                self._previewed_at = now
            return moving, thumb, preview

    def decide(self, thumb: np.ndarray, grabbed: float) -> Decision | None:
        """For the newest frame, when the decoder is free: decode it (how), or None."""
        with self._lock:
            if self._woke:
                self._woke = False
                return self._take(grabbed, 1 / self.active_fps, full=True)
            if self.motion.active(grabbed):
                if grabbed >= self._next_decode - SLACK / self.active_fps:
                    return self._take(grabbed, 1 / self.active_fps, full=True)
                return None
            if grabbed < self._next_decode - SLACK / self.still_fps:
                return None
            last = self._decoded_thumb
            if last is None or float(np.abs(thumb - last).mean()) > self.changed:
                return self._take(grabbed, 1 / self.still_fps, full=True)
            if grabbed - self._decoded_at >= self.idle_recheck:
                return self._take(grabbed, 1 / self.still_fps, full=False)
            return None

    def _take(self, grabbed: float, interval: float, full: bool) -> Decision:
        self._next_decode = grabbed + interval
        return Decision(full)

    def decoded(self, thumb: np.ndarray, grabbed: float) -> None:
        """The frame was decoded (not failed): later still frames are compared with it."""
        with self._lock:
            self._decoded_thumb, self._decoded_at = thumb, grabbed

    def failed(self) -> None:
        """The decoder failed on the frame: the next frame is decoded at once."""
        with self._lock:
            self._woke = True

    def hint(self, now: float, code_read: bool) -> bool | None:
        with self._lock:
            return self.motion.hint(now, code_read)
