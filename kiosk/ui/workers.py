"""Work that leaves the GUI thread: the camera loop and the check-in transaction.

Workers never touch widgets. The camera bridge emits a copied QImage for the preview and plain
data for codes and status; the check-in worker lives in its own QThread and emits ScanResults.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.scan.capture import CameraStatus, CaptureLoop, Sighting
from kiosk.scan.pipeline import LiveDecoder
from kiosk.scan.sources import FrameSource
from kiosk.services.checkin import CheckInService, ScanResult
from kiosk.services.errors import StorageFailed
from kiosk.services.presence import PresenceService

log = logging.getLogger(__name__)
PREVIEW_WIDTH = 960


class CameraBridge(QObject):
    """Runs the Qt-free CaptureLoop and turns its callbacks into queued signals."""

    frame = Signal(QImage)
    sighting = Signal(object)  # Sighting
    status = Signal(str, str)  # CameraStatus value, detail
    hint = Signal(bool)  # someone is moving in front of the camera, no code reads

    def __init__(self, source: FrameSource, decoder: LiveDecoder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview_busy = threading.Event()
        self._loop = CaptureLoop(source, decoder.decode, self._on_frame, self._on_sighting,
                                 self._on_status, on_hint=self.hint.emit)

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        self._loop.stop()

    @property
    def capture(self) -> CaptureLoop:
        return self._loop

    def preview_shown(self) -> None:
        """The GUI drew the last preview frame; the next one may be sent."""
        self._preview_busy.clear()

    # These run on the capture and decode threads.
    def _on_frame(self, frame: np.ndarray) -> None:
        if self._preview_busy.is_set():
            return  # the GUI has not drawn the last one yet: drop, never queue
        self._preview_busy.set()
        self.frame.emit(preview_image(frame))

    def _on_sighting(self, sighting: Sighting) -> None:
        self.sighting.emit(sighting)

    def _on_status(self, status: CameraStatus, detail: str) -> None:
        self.status.emit(status.value, detail)


def preview_image(frame: np.ndarray) -> QImage:
    """A mirrored, downscaled RGB copy of a BGR frame (mirrored: people expect a mirror)."""
    h, w = frame.shape[:2]
    if w > PREVIEW_WIDTH:
        frame = cv2.resize(frame, (PREVIEW_WIDTH, round(h * PREVIEW_WIDTH / w)), interpolation=cv2.INTER_LINEAR)
    rgb = np.ascontiguousarray(cv2.cvtColor(cv2.flip(frame, 1), cv2.COLOR_BGR2RGB))
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()


@dataclass(frozen=True)
class Timing:
    frame_to_commit_ms: float | None  # from the grab of the frame that showed the code
    commit_ms: float


class DoorWorker(QObject):
    """Owns every database call the door makes, on its own thread, one at a time."""

    result = Signal(object, object)  # ScanResult, Timing
    failed = Signal(str)  # a StorageFailed message
    count = Signal(int)

    def __init__(self, checkin: CheckInService, presence: PresenceService) -> None:
        super().__init__()
        self._checkin, self._presence = checkin, presence

    @Slot(str, float, str)
    def check(self, text: str, frame_time: float, source: str) -> None:
        start = time.monotonic()
        try:
            result: ScanResult = self._checkin.check_in_code(text, source=source)
        except StorageFailed as exc:
            log.error("check-in not saved: %s", exc, extra={"event": "storage_failed"})
            self.failed.emit(str(exc))
            return
        done = time.monotonic()
        timing = Timing(frame_to_commit_ms=(done - frame_time) * 1000 if frame_time else None,
                        commit_ms=(done - start) * 1000)
        self.result.emit(result, timing)
        self.refresh_count()

    @Slot(str)
    def check_short(self, typed: str) -> None:
        start = time.monotonic()
        try:
            result = self._checkin.check_in_short_code(typed)
        except StorageFailed as exc:
            log.error("check-in not saved: %s", exc, extra={"event": "storage_failed"})
            self.failed.emit(str(exc))
            return
        self.result.emit(result, Timing(None, (time.monotonic() - start) * 1000))
        self.refresh_count()

    @Slot()
    def refresh_count(self) -> None:
        try:
            self.count.emit(self._presence.count_in_now())
        except StorageFailed as exc:
            log.error("cannot count who is in: %s", exc)

    @Slot()
    def close_stale(self) -> None:
        try:
            if self._checkin.close_stale_visits():
                self.refresh_count()
        except StorageFailed as exc:
            log.error("cannot close the day: %s", exc)


class WorkerThread:
    """A QThread that runs one worker object and stops cleanly."""

    def __init__(self, worker: QObject, name: str) -> None:
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = worker
        worker.moveToThread(self.thread)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.thread.quit()
        self.thread.wait(5000)
