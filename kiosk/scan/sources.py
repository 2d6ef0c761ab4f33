"""Where frames come from: a webcam (index or device path), a looped video file, or one image.

Every source is opened, read frame by frame and closed from one capture thread. `read` returns
None when the source fails (unplugged, busy); the capture loop then closes it and tries again.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = {".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mjpeg", ".mjpg"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".pgm", ".ppm"}


class SourceUnavailable(RuntimeError):
    """The source cannot be opened now (no such camera, busy, unreadable file)."""


class FrameSource(Protocol):
    description: str

    def open(self) -> None: ...
    def read(self) -> np.ndarray | None: ...
    def close(self) -> None: ...


class WebcamSource:
    def __init__(self, device: int | str, width: int = 1280, height: int = 720, fps: int = 15) -> None:
        self.device, self.width, self.height, self.fps = device, width, height, fps
        self.description = f"camera {device}"
        self._cap: cv2.VideoCapture | None = None

    def open(self) -> None:
        device = os.path.realpath(self.device) if isinstance(self.device, str) else self.device
        if isinstance(device, str) and not os.path.exists(device):
            raise SourceUnavailable(f"{self.description} is not connected")
        cap = cv2.VideoCapture(device, cv2.CAP_V4L2)
        if not cap.isOpened():
            cap.release()
            raise SourceUnavailable(f"cannot open {self.description}")
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_FPS, self.fps)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # we only ever want the newest frame
        self._cap = cap

    def read(self) -> np.ndarray | None:
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        return frame if ok else None

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class VideoFileSource:
    """A video file played at its own frame rate, looped: the demo feed and the fake webcam."""

    def __init__(self, path: Path, loop: bool = True) -> None:
        self.path, self.loop = path, loop
        self.description = f"video {path.name}"
        self._cap: cv2.VideoCapture | None = None
        self._interval = 1 / 15
        self._next = 0.0

    def open(self) -> None:
        if not self.path.is_file():
            raise SourceUnavailable(f"no video file at {self.path}")
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            raise SourceUnavailable(f"cannot play {self.path}")
        fps = cap.get(cv2.CAP_PROP_FPS)
        self._interval = 1 / fps if 1 <= fps <= 120 else 1 / 15
        self._cap, self._next = cap, time.monotonic()

    def read(self) -> np.ndarray | None:
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        if not ok and self.loop:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok:
            return None
        self._next += self._interval
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        else:
            self._next = time.monotonic()  # we fell behind; do not try to catch up in a burst
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class ImageSource:
    """One still image shown as a camera at a few frames per second."""

    def __init__(self, path: Path, fps: float = 10.0) -> None:
        self.path, self._interval = path, 1 / fps
        self.description = f"image {path.name}"
        self._frame: np.ndarray | None = None

    def open(self) -> None:
        frame = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
        if frame is None:
            raise SourceUnavailable(f"cannot read image {self.path}")
        self._frame = frame

    def read(self) -> np.ndarray | None:
        time.sleep(self._interval)
        return None if self._frame is None else self._frame.copy()

    def close(self) -> None:
        self._frame = None


def source_for(spec: str, width: int = 1280, height: int = 720, fps: int = 15) -> FrameSource:
    """SOURCE as given on the command line: an index, a device path, or a video/image file."""
    if spec.isdigit():
        return WebcamSource(int(spec), width, height, fps)
    path = Path(spec)
    suffix = path.suffix.lower()
    if suffix in VIDEO_SUFFIXES:
        return VideoFileSource(path)
    if suffix in IMAGE_SUFFIXES:
        return ImageSource(path)
    if spec.startswith("/dev/"):
        # Keep the stable path (/dev/v4l/by-id/...): it is resolved again at every (re)open,
        # so the camera is found after it was unplugged and came back as another /dev/videoN.
        return WebcamSource(spec, width, height, fps)
    raise SourceUnavailable(f"{spec!r} is not a camera index, a /dev path, or a video or image file")


def find_webcam(max_index: int = 4) -> str | None:
    """The first /dev/video* that opens and gives a frame, or None."""
    for idx in range(max_index):
        if not os.path.exists(f"/dev/video{idx}"):
            continue
        source = WebcamSource(idx)
        try:
            source.open()
            if source.read() is not None:
                return str(idx)
        except SourceUnavailable:
            pass
        finally:
            source.close()
    return None
