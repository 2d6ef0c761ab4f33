"""Work that leaves the GUI thread: the camera loop and the check-in transaction.

Workers never touch widgets. The camera bridge emits a copied QImage for the preview and plain
data for codes and status; the check-in worker lives in its own QThread and emits ScanResults.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import cv2
import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from kiosk import trace
from kiosk.core.errors import InvalidInput, NotFound, StorageFailed
from kiosk.domain.checkin import Outcome
from kiosk.domain.social import HereNow, Visibility
from kiosk.scan.capture import CameraStatus, CaptureLoop, Sighting
from kiosk.scan.pipeline import LiveDecoder
from kiosk.scan.sources import FrameSource
from kiosk.services.checkin import CheckInService, ScanResult
from kiosk.services.door import DoorGate
from kiosk.services.host import HostAccess, Unlock, UnlockAnswer
from kiosk.services.presence import PresenceService

log = logging.getLogger(__name__)


class CameraBridge(QObject):
    """Runs the Qt-free CaptureLoop and turns its callbacks into queued signals."""

    frame = Signal(QImage)
    sighting = Signal(object)  # Sighting
    # The code of a sighting, straight from the decode thread to the door worker (queued into its
    # thread): the check-in never waits for the GUI thread, busy painting the preview or a screen.
    code_seen = Signal(str, float, int, str)  # code text, frame time, frame number, source
    status = Signal(str, str)  # CameraStatus value, detail
    hint = Signal(bool)  # someone is moving in front of the camera, no code reads
    motion = Signal()  # movement in view (at most once a second)

    def __init__(self, source: FrameSource, decoder: LiveDecoder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview_busy = threading.Event()
        self._preview_size = (640, 360)  # set by the GUI to the preview widget's size
        self._preview_on = True  # off while the screen is dark: no preview pictures are made
        self.codes_to_door = True  # False while the first-run set-up takes the codes (set by the GUI)
        self._loop = CaptureLoop(source, decoder.decode, self._on_frame, self._on_sighting,
                                 self._on_status, on_hint=self.hint.emit, on_motion=self.motion.emit,
                                 decode_idle=decoder.decode_idle)

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        self._loop.stop()

    @property
    def capture(self) -> CaptureLoop:
        return self._loop

    def set_preview_size(self, width: int, height: int) -> None:
        self._preview_size = (max(width, 16), max(height, 16))  # one tuple: atomic for the reader

    def set_preview(self, on: bool) -> None:
        self._preview_on = on

    def preview_shown(self) -> None:
        """The GUI drew the last preview frame; the next one may be sent."""
        self._preview_busy.clear()

    # These run on the capture and decode threads.
    def _on_frame(self, frame: np.ndarray) -> None:
        if not self._preview_on or self._preview_busy.is_set():
            return  # dark, or the GUI has not drawn the last one yet: drop, never queue
        self._preview_busy.set()
        self.frame.emit(preview_image(frame, self._preview_size))

    def _on_sighting(self, sighting: Sighting) -> None:
        if self.codes_to_door:
            self.code_seen.emit(sighting.codes[0].text, sighting.frame_time, sighting.frame_seq, "scan")
        self.sighting.emit(sighting)

    def _on_status(self, status: CameraStatus, detail: str) -> None:
        self.status.emit(status.value, detail)


def preview_image(frame: np.ndarray, size: tuple[int, int]) -> QImage:
    """The preview picture, exactly the widget's size: cropped to fill, mirrored (people expect a
    mirror), in the screen's own pixel format, so the GUI thread only copies it to the screen.

    Made on the capture thread, about 1 ms for a 720p frame; painting it is a plain blit."""
    tw, th = size
    h, w = frame.shape[:2]
    scale = max(tw / w, th / h)
    cw, ch = min(w, round(tw / scale)), min(h, round(th / scale))
    x0, y0 = (w - cw) // 2, (h - ch) // 2
    crop = cv2.resize(frame[y0:y0 + ch, x0:x0 + cw], (tw, th), interpolation=cv2.INTER_LINEAR)
    bgra = cv2.cvtColor(cv2.flip(crop, 1), cv2.COLOR_BGR2BGRA)  # = QImage.Format_RGB32 in memory
    return QImage(bgra.data, tw, th, bgra.strides[0], QImage.Format.Format_RGB32).copy()


class SocialPort(Protocol):
    """What the door asks of kiosk.services.social.SocialService."""

    def here_now(self, exclude: str | None = None) -> HereNow: ...
    def welcome(self, member_id: str) -> tuple[HereNow, HereNow, bool]: ...
    def visibility(self, member_id: str) -> Visibility | None: ...
    def withdraw(self, member_id: str) -> object: ...


@dataclass(frozen=True)
class WelcomeSocial:
    """Who else is in, as the welcome of `member_id` may name them, and whether that member is
    shown at the door now (then the welcome offers "Hide me")."""

    member_id: str
    here: HereNow
    visible: bool


@dataclass(frozen=True)
class Timing:
    commit_ms: float
    frame_time: float = 0.0  # time.monotonic() of the grab of the frame that showed the code; 0 if typed
    frame_seq: int = 0  # that frame's number since the camera started; 0 if typed
    done: float = 0.0  # time.monotonic() when the event was committed

    @property
    def frame_to_commit_ms(self) -> float | None:
        return (self.done - self.frame_time) * 1000 if self.frame_time else None


class DoorWorker(QObject):
    """Owns every database call the door makes, on its own thread, one at a time."""

    result = Signal(object, object)  # ScanResult, Timing
    failed = Signal(object)  # a StorageFailed: something a person can fix (its code is worded on screen)
    bug = Signal()  # anything else went wrong (logged with its traceback); nothing was saved
    count = Signal(int)
    here = Signal(object)  # HereNow: who is in, as the door may show it
    welcome_social = Signal(object)  # WelcomeSocial, emitted just before the result it belongs to
    withdrawn = Signal(str)  # member id: no longer shown at the door

    door_answer = Signal(object, object)  # services.door.DoorResult, the member id: after the result
    pin_asked = Signal(str, object)  # the card's code, its ScanResult: the door wants the member's PIN (again)
    host_unlock_answer = Signal(object)  # services.host.UnlockAnswer
    host_people = Signal(object)  # list[PresenceEntry]

    def __init__(self, checkin: CheckInService, presence: PresenceService, host: HostAccess | None = None,
                 social: SocialPort | None = None, door: DoorGate | None = None) -> None:
        super().__init__()
        self._checkin, self._presence, self._host = checkin, presence, host
        self._social = social
        self._door = door

    @Slot(str, float, int, str)
    def check(self, text: str, frame_time: float, frame_seq: int, source: str) -> None:
        self._decide(lambda: self._checkin.check_in_code(text, source=source), frame_time, frame_seq, text)

    @Slot(str, str)
    def check_with_pin(self, text: str, pin: str) -> None:
        """The card again, with the PIN its holder typed on the door's pad."""
        self._decide(lambda: self._checkin.check_in_code(text, source="scan", pin=pin), 0.0, 0, text)

    @Slot(str)
    def check_short(self, typed: str) -> None:
        self._decide(lambda: self._checkin.check_in_short_code(typed), 0.0, 0)

    def _decide(self, call: Callable[[], ScanResult], frame_time: float, frame_seq: int, code: str = "") -> None:
        start = time.monotonic()
        trace.mark(frame_seq, "worker", start)
        try:
            result = call()
        except StorageFailed as exc:
            log.error("check-in not saved: %s", exc, extra={"event": "storage_failed"})
            self.failed.emit(exc)
            return
        except Exception:  # a bug (UnexpectedError or any other): the door says so and stays up
            log.exception("check-in not saved: something went wrong", extra={"event": "checkin_bug"})
            self.bug.emit()
            return
        done = time.monotonic()
        trace.mark(frame_seq, "committed", done)
        if result.pin is not None:  # nothing recorded: the PIN decides (ui.door_pin_flow)
            self.pin_asked.emit(code, result)
            return
        # A door that opens is called at once, on a thread of its own, beside the welcome's read
        # of who is in and the result's hand-over (it waited for both: benchmarks/door.py); its
        # answer still reaches the screen after the result.
        shown = threading.Event()
        if self._door is not None and result.door is not None and result.door.opens:
            threading.Thread(target=self._open_door, args=(result, start, frame_time, frame_seq, shown),
                             name="door-lock", daemon=True).start()
        here = None
        if result.shown_as is Outcome.CHECKED_IN and result.member_id and not result.guest:
            here = self._welcome_social(result.member_id)
            trace.mark(frame_seq, "social_read")
        self.result.emit(result, Timing((done - start) * 1000, frame_time, frame_seq, done))
        trace.mark(frame_seq, "result_sent")
        shown.set()
        if self._door is not None and result.door is not None and not result.door.opens:
            self._open_door(result, start, frame_time, frame_seq, shown)  # no lock call: says why at once
        if here is None:
            self.refresh_count()
        else:  # the welcome's read already told who is in: no second one for the idle line
            self.count.emit(here.total)
            self.here.emit(here)

    def _open_door(self, result: ScanResult, start: float, frame_time: float, frame_seq: int,
                   shown: threading.Event) -> None:
        """Once the check-in is committed: the lock, within its driver's deadline (under 2 s); the
        answer is sent on after the result (the screen shows the door's line on the result)."""
        assert self._door is not None
        sent = time.monotonic()
        door = self._door.open(result.member_id, result.door, result.credential)
        shown.wait(5.0)
        log.info("door", extra={"event": "door_answer", "door": door.door, "reason": door.reason,
                                "member_id": result.member_id,
                                "scan_to_unlock_sent_ms": round((sent - start) * 1000, 2),
                                "frame_to_unlock_sent_ms": round((sent - frame_time) * 1000, 2) if frame_time else None,
                                "frame_seq": frame_seq or None,
                                "lock_ms": round((time.monotonic() - sent) * 1000, 2)})
        self.door_answer.emit(door, result.member_id)

    @Slot(str)
    def door_out(self, member_id: str) -> None:
        """"Out" on the door's In / Out question: checked out as by a scan."""
        self._decide(lambda: self._checkin.check_out_at_door(member_id), 0.0, 0)

    def _welcome_social(self, member_id: str) -> HereNow | None:
        """Who else is in, for the welcome (read after the commit, in a snapshot of its own);
        returns who is in, everyone counted, for the idle line (None: not read)."""
        if self._social is None:
            return None
        try:
            here, others, visible = self._social.welcome(member_id)
        except StorageFailed as exc:
            log.error("cannot read who is in: %s", exc)
            return None
        self.welcome_social.emit(WelcomeSocial(member_id, others, visible))
        return here

    @Slot(str)
    def withdraw(self, member_id: str) -> None:
        """"Hide me" on a welcome: the door may withdraw being shown, never grant it."""
        if self._social is None:
            return
        try:
            self._social.withdraw(member_id)
        except (StorageFailed, InvalidInput, NotFound) as exc:
            log.error("cannot hide a member at the door: %s", exc)
            return
        log.info("hidden at the door", extra={"event": "visibility_withdrawn", "member_id": member_id})
        self.withdrawn.emit(member_id)
        self.refresh_count()

    @Slot(str, str)
    def host_unlock(self, pin: str, host_id: str) -> None:
        if self._host is None:
            self.host_unlock_answer.emit(UnlockAnswer(Unlock.NO_PIN))
            return
        try:
            self.host_unlock_answer.emit(self._host.unlock(pin, host_id or None))
        except StorageFailed as exc:
            self.failed.emit(exc)
        except Exception:
            log.exception("host unlock failed", extra={"event": "bug"})
            self.bug.emit()

    @Slot(str)
    def host_lock_state(self, host_id: str) -> None:
        """When a keypad opens: a lockout from before (another visit, a restart) shows at once."""
        if self._host is None:
            return
        try:
            left = self._host.lock_state(host_id or None)
        except StorageFailed as exc:
            self.failed.emit(exc)
            return
        except Exception:
            log.exception("host lock state failed", extra={"event": "bug"})
            self.bug.emit()
            return
        if left:
            self.host_unlock_answer.emit(UnlockAnswer(Unlock.LOCKED, seconds_left=left))

    @Slot()
    def host_refresh(self) -> None:
        try:
            self.host_people.emit(self._presence.on().in_now)
        except StorageFailed as exc:
            self.failed.emit(exc)
        except Exception:
            log.exception("who is in failed", extra={"event": "bug"})
            self.bug.emit()

    @Slot(str, str)
    def host_check_out(self, member_id: str, reason: str) -> None:
        try:
            self._checkin.host_check_out(member_id, reason)
        except (StorageFailed, InvalidInput) as exc:
            log.error("host check-out failed: %s", exc)
        except Exception:
            log.exception("host check-out failed", extra={"event": "bug"})
        self.host_refresh()
        self.refresh_count()

    @Slot()
    def refresh_count(self) -> None:
        try:
            if self._social is not None:
                here = self._social.here_now()
                self.count.emit(here.total)
            else:
                count = self._presence.count_in_now()
                here = HereNow((), count)
                self.count.emit(count)
        except StorageFailed as exc:
            log.error("cannot count who is in: %s", exc)
            return
        except Exception:
            log.exception("cannot count who is in", extra={"event": "bug"})
            return
        self.here.emit(here)

    @Slot()
    def close_stale(self) -> None:
        try:
            if self._checkin.close_stale_visits():
                self.refresh_count()
        except StorageFailed as exc:
            log.error("cannot close the day: %s", exc)
        except Exception:
            log.exception("cannot close the day", extra={"event": "bug"})


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
