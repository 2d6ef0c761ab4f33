"""The live loop: one thread grabs frames, another decodes only the newest one.

Stale frames are dropped, never queued. The caller gets plain callbacks (a frame for the preview,
codes, a status change) from these threads; the UI turns them into queued Qt signals.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kiosk import trace

from .decoders import DecodedCode
from .gate import DecodeGate
from .sources import FrameSource, SourceUnavailable

log = logging.getLogger(__name__)

DARK_MEAN = 10.0  # mean grey level under which a frame counts as black
DARK_FRAMES = 30  # this many black frames in a row: the lens is covered or the camera broken
RETRY_SECONDS = 2.0


class CameraStatus(enum.StrEnum):
    STARTING = "starting"
    OK = "ok"
    UNAVAILABLE = "unavailable"  # cannot be opened: unplugged, busy, wrong path
    LOST = "lost"  # stopped giving frames while running
    DARK = "dark"  # gives frames, but they are black


@dataclass(frozen=True)
class Sighting:
    codes: list[DecodedCode]
    frame_time: float  # the clock (time.monotonic()) when the frame was grabbed
    decoded_time: float
    frame_seq: int = 0  # the frame's number since the capture started (1 = first)


class CodeDebouncer:
    """A code held in view is one scan: the same text is reported again only after it was
    out of sight for `gap` seconds. The door's own guard window handles deliberate re-scans."""

    def __init__(self, gap: float = 2.0) -> None:
        self.gap = gap
        self._last_seen: dict[str, float] = {}

    def fresh(self, text: str, now: float) -> bool:
        last = self._last_seen.get(text)
        self._last_seen[text] = now
        if len(self._last_seen) > 256:
            self._last_seen = {t: s for t, s in self._last_seen.items() if now - s < self.gap}
        return last is None or now - last >= self.gap


class CaptureLoop:
    def __init__(
        self,
        source: FrameSource,
        decode: Callable[[np.ndarray], list[DecodedCode]],
        on_frame: Callable[[np.ndarray], None],
        on_sighting: Callable[[Sighting], None],
        on_status: Callable[[CameraStatus, str], None],
        debouncer: CodeDebouncer | None = None,
        on_hint: Callable[[bool], None] | None = None,
        on_motion: Callable[[], None] | None = None,
        decode_idle: Callable[[np.ndarray], list[DecodedCode]] | None = None,
        gate: DecodeGate | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # decode: the full pass schedule; decode_idle: the primary pass only, for the occasional
        # look at a still, unchanged doorway (gate.py)
        self._source, self._decode = source, decode
        self._decode_idle = decode_idle or decode
        self._on_frame, self._on_sighting, self._on_status = on_frame, on_sighting, on_status
        self._debouncer = debouncer or CodeDebouncer()
        self._on_hint = on_hint
        self._on_motion = on_motion  # movement in view, at most once a second (wakes a dark screen)
        self._motion_told = -1e9
        self._gate = gate or DecodeGate()
        self._clock = clock
        self._stop = threading.Event()
        self._cond = threading.Condition()
        self._latest: tuple[np.ndarray, float, int, np.ndarray] | None = None
        self._threads: list[threading.Thread] = []
        self._status = CameraStatus.STARTING
        self.frames_grabbed = 0
        self.frames_decoded = 0
        self.frames_previewed = 0  # handed to on_frame

    def start(self) -> None:
        self._threads = [threading.Thread(target=self._grab_loop, name="capture", daemon=True),
                         threading.Thread(target=self._decode_loop, name="decode", daemon=True)]
        for t in self._threads:
            t.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        for t in self._threads:
            t.join(timeout)

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def _set_status(self, status: CameraStatus, detail: str = "") -> None:
        if status != self._status:
            self._status = status
            (log.info if status is CameraStatus.OK else log.warning)(
                "camera %s: %s", status.value, detail or self._source.description,
                extra={"event": "camera", "status": status.value})
            self._on_status(status, detail)

    def _grab_loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._source.open()
            except SourceUnavailable as exc:
                self._set_status(CameraStatus.UNAVAILABLE, str(exc))
                self._stop.wait(RETRY_SECONDS)
                continue
            self._gate.reset()
            try:
                self._grab_frames()
            finally:
                self._source.close()
            if not self._stop.is_set():
                self._set_status(CameraStatus.LOST, f"{self._source.description} stopped sending frames")
                self._stop.wait(RETRY_SECONDS)

    def _grab_frames(self) -> None:
        dark_run = 0
        while not self._stop.is_set():
            frame = self._source.read()
            if frame is None:
                return
            now = self._clock()
            self.frames_grabbed += 1
            # A cheap darkness test on a sparse grid of pixels, not the whole frame.
            dark_run = dark_run + 1 if float(frame[::16, ::16].mean()) < DARK_MEAN else 0
            if dark_run >= DARK_FRAMES:
                self._set_status(CameraStatus.DARK, "the camera sends only black frames")
            elif dark_run == 0:
                self._set_status(CameraStatus.OK)
            # Every frame is looked at for movement (a thumbnail, ~0.1 ms); a still doorway is
            # previewed a few times a second and hardly decoded (gate.py).
            moving, thumb, preview = self._gate.observe(frame, now)
            if moving and self._on_motion is not None and now - self._motion_told >= 1.0:
                self._motion_told = now
                self._on_motion()
            if preview:
                self.frames_previewed += 1
                self._on_frame(frame)
            with self._cond:
                self._latest = (frame, now, self.frames_grabbed, thumb)  # overwrite: an undecoded frame is stale
                self._cond.notify()

    def _decode_loop(self) -> None:
        while not self._stop.is_set():
            with self._cond:
                while self._latest is None and not self._stop.is_set():
                    self._cond.wait(0.5)
                if self._stop.is_set():
                    return
                assert self._latest is not None
                frame, grabbed, seq, thumb = self._latest
                self._latest = None
            picked = self._clock()
            decision = self._gate.decide(thumb, grabbed)
            if decision is None:
                continue
            try:
                codes = (self._decode if decision.full else self._decode_idle)(frame)
            except Exception:  # a decoder bug must cost a frame, not the door
                log.exception("decoder failed on a frame")
                self._gate.failed()
                continue
            self._gate.decoded(thumb, grabbed)
            self.frames_decoded += 1
            now = self._clock()
            if self._on_hint is not None:
                hint = self._gate.hint(now, bool(codes))
                if hint is not None:
                    self._on_hint(hint)
            fresh = [c for c in codes if self._debouncer.fresh(c.text, now)]
            if fresh:
                if trace.ENABLED:  # marked only for a scan: frames without a code cost nothing
                    trace.mark(seq, "grabbed", grabbed)
                    trace.mark(seq, "decode_picked", picked)
                    trace.mark(seq, "decoded", now)
                self._on_sighting(Sighting(fresh, grabbed, now, seq))
