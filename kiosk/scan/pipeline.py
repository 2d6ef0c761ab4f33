"""How the kiosk looks for codes: loading photos, and the live decoder for camera frames."""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path

import cv2
import numpy as np

from .decoders import DecodedCode, Decoder
from .isolated import IsolatedDecoder
from .passes import PRIMARY, STILL_PASSES, Pass, PassSchedule
from .worker import run_passes


class UnreadableImage(ValueError):
    pass


def load_gray(path: Path) -> np.ndarray:
    """8-bit grayscale in the file's stored pixel grid (EXIF orientation is ignored on purpose)."""
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise UnreadableImage(f"{path}: {exc.strerror or exc}") from None
    img = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE | cv2.IMREAD_IGNORE_ORIENTATION)
    if img is None:
        raise UnreadableImage(f"{path}: not an image this kiosk can read")
    return img


def to_gray(frame: np.ndarray) -> np.ndarray:
    return frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def decode_in_process(gray: np.ndarray, decoders: dict[str, Decoder],
                      passes: list[Pass] = STILL_PASSES) -> list[DecodedCode]:
    """The same passes as the isolated decoder, in this process (benchmarks, trusted input)."""
    codes, _ = run_passes(gray, [[p.preparation, p.decoder] for p in passes], decoders, run_all=False)
    return codes


class LiveDecoder:
    """Camera frames: the isolated decoder, with the passes spread over successive frames."""

    def __init__(self, isolated: IsolatedDecoder, schedule: PassSchedule | None = None) -> None:
        self.isolated = isolated
        self.schedule = schedule or PassSchedule()
        self.recent_ms: deque[float] = deque(maxlen=600)  # decode time per frame (round trip), for the stats log
        self.recent_work_ms: deque[float] = deque(maxlen=600)  # of it, the decoder process's own work

    @property
    def name(self) -> str:
        return "+".join(self.isolated.decoders)

    def start(self) -> None:
        """Start the decoder process now, without waiting for it (the app: once the door is ready)."""
        self.isolated.start()

    def decode(self, frame: np.ndarray) -> list[DecodedCode]:
        """The primary pass and the next second looks in turn; the frame is kept for fusing."""
        return self._decode(frame, self.schedule.next(), keep=True)

    def decode_idle(self, frame: np.ndarray) -> list[DecodedCode]:
        """The primary pass only: an occasional look at a still doorway (scan.gate)."""
        return self._decode(frame, [PRIMARY], keep=False)

    def _decode(self, frame: np.ndarray, passes: list[Pass], keep: bool) -> list[DecodedCode]:
        start = time.perf_counter()
        codes = self.isolated.decode(to_gray(frame), passes, keep=keep)
        self.recent_ms.append((time.perf_counter() - start) * 1000)
        self.recent_work_ms.append(self.isolated.last_work_ms)
        return codes

    def close(self) -> None:
        self.isolated.close()
