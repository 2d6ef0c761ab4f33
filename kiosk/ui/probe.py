"""Numbers about the running door, logged as `stats` events: frames grabbed, decoded and shown,
decode work per frame, and (with KIOSK_PROBE=1) how long the GUI thread was ever blocked.

The heartbeat is a 4 ms timer on the GUI thread: any gap much longer than 4 ms between two
ticks is time the GUI thread could not run. It costs CPU, so it is on only when asked for.
"""

from __future__ import annotations

import collections
import logging
import os
import statistics
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from kiosk.scan.capture import CaptureLoop
from kiosk.scan.pipeline import LiveDecoder
from kiosk.ui.widgets import PreviewView

log = logging.getLogger(__name__)
STALL_MS = 16.0

# Innermost Python functions of a thread that waits (for a frame, a decoder's answer, a lock, a
# pipe). A thread in Python code waiting for the GIL sleeps in the kernel's eyes: it counts as
# busy unless it sits in one of these.
WAITING = {"wait", "_read", "select", "sleep", "_wait_for_tstate_lock", "acquire", "poll", "readline",
           "recv", "read_exact", "get", "exec", "read", "readinto", "_wait_late", "start", "accept",
           "recv_into", "recvfrom"}


def _running(native_id: int | None) -> bool:
    """The kernel's word on a thread: running or waiting for a CPU (R), not asleep in a wait."""
    try:
        stat = Path(f"/proc/self/task/{native_id}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] == "R"


class StallSampler:
    """With KIOSK_PROBE=1 and KIOSK_TRACE=1: what the GUI thread was doing when it stalled.

    A thread looks at the GUI thread's Python stack every `every` seconds and keeps the last
    second of (time, where) samples; the heartbeat asks which places fell inside a gap. "Where" is
    the innermost frame of the kiosk's own code and the innermost frame of all (Qt's event loop,
    a slot, a paint event handled in Python). Time in C++ without Python above it (Qt's own
    layout and painting, X11) shows as the Python frame that called into Qt. Beside it, the
    other threads that were running or runnable (the kernel's R state, not asleep) in the same
    sample: on one core, or waiting for the GIL, the GUI thread stalls while they run."""

    def __init__(self, every: float = 0.002) -> None:
        self._every = every
        self._gui = threading.get_ident()
        self._samples: collections.deque[tuple[float, str, tuple[str, ...]]] = collections.deque(maxlen=2000)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(self._every):
            frames = sys._current_frames()
            frame = frames.get(self._gui)
            if frame is None:
                continue
            busy = tuple(f"{t.name}: {self._where(frames[t.ident])}" if t.ident in frames else t.name
                         for t in threading.enumerate()
                         if t.ident not in (me, self._gui) and (_running(t.native_id) or (
                             t.ident in frames and frames[t.ident].f_code.co_name not in WAITING)))
            self._samples.append((time.monotonic(), self._where(frame), busy))

    @staticmethod
    def _where(frame: object) -> str:
        inner = ours = None
        f = frame
        while f is not None:
            code = f.f_code  # type: ignore[attr-defined]
            name = f"{os.path.basename(code.co_filename)}:{code.co_name}:{f.f_lineno}"  # type: ignore[attr-defined]
            inner = inner or name
            if ours is None and "/kiosk/" in code.co_filename and "probe.py" not in code.co_filename:
                ours = name
            f = f.f_back  # type: ignore[attr-defined]
        return f"{ours} < {inner}" if ours and ours != inner else str(inner or ours)

    def causes(self, start: float, end: float, top: int = 3) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """The GUI thread's places sampled between `start` and `end`, the most often first, and
        the other threads' busy places in the same samples (the `top` of each)."""
        inside = [(w, b) for t, w, b in list(self._samples) if start <= t <= end]
        gui = collections.Counter(w for w, _ in inside)
        others = collections.Counter(x for _, b in inside for x in b)
        return gui.most_common(top), others.most_common(top)


class StatsProbe(QObject):
    def __init__(self, capture: CaptureLoop, decoder: LiveDecoder, preview: PreviewView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled_heartbeat = os.environ.get("KIOSK_PROBE") == "1"
        self._capture, self._decoder = capture, decoder
        self._drawn = 0
        preview.drawn.connect(self._count_drawn)
        self._gaps: list[float] = []
        self._last_tick = time.monotonic()
        self._last_report = time.monotonic()
        self._last_counts = (0, 0, 0)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(4)
        self._heartbeat.timeout.connect(self._tick)
        self._sampler = StallSampler() if self.enabled_heartbeat and os.environ.get("KIOSK_TRACE") == "1" else None
        self._stalls: list[dict[str, object]] = []
        self._reporter = QTimer(self)
        seconds = float(os.environ.get("KIOSK_STATS_SECONDS", "5" if self.enabled_heartbeat else "60"))
        self._reporter.setInterval(int(seconds * 1000))
        self._reporter.timeout.connect(self.report)

    def start(self) -> None:
        if self.enabled_heartbeat:
            self._last_tick = time.monotonic()
            self._heartbeat.start()
            if self._sampler is not None:
                self._sampler.start()
        self._reporter.start()

    def stop(self) -> None:
        if self._sampler is not None:
            self._sampler.stop()
        self._heartbeat.stop()
        self._reporter.stop()

    def _count_drawn(self) -> None:
        self._drawn += 1

    def _tick(self) -> None:
        now = time.monotonic()
        gap = (now - self._last_tick) * 1000
        self._gaps.append(gap)
        if self._sampler is not None and gap > STALL_MS:
            where, busy = self._sampler.causes(self._last_tick, now)
            self._stalls.append({"ms": round(gap, 1), "at": round(self._last_tick, 3), "where": where,
                                 "busy": busy})
        self._last_tick = now

    def report(self) -> None:
        now = time.monotonic()
        seconds = now - self._last_report
        counts = (self._capture.frames_grabbed, self._capture.frames_decoded, self._drawn)
        grabbed, decoded, drawn = (c - p for c, p in zip(counts, self._last_counts, strict=True))
        decode_ms = list(self._decoder.recent_ms)
        work_ms = list(self._decoder.recent_work_ms)
        extra = {
            "event": "stats", "seconds": round(seconds, 1),
            "fps_grabbed": round(grabbed / seconds, 1), "fps_decoded": round(decoded / seconds, 1),
            "fps_previewed": round(drawn / seconds, 1),
            "decode_ms_median": round(statistics.median(decode_ms), 2) if decode_ms else None,
            "decode_ms_mean": round(statistics.mean(decode_ms), 2) if decode_ms else None,
            # the decoder process's own work, without the hand-over and the wait to be scheduled
            "decode_work_ms_median": round(statistics.median(work_ms), 2) if work_ms else None,
            "decode_work_ms_mean": round(statistics.mean(work_ms), 2) if work_ms else None,
        }
        if self.enabled_heartbeat and self._gaps:
            extra["gui_gap_ms_max"] = round(max(self._gaps), 1)
            extra["gui_gaps_over_16ms"] = sum(g > STALL_MS for g in self._gaps)
        if self._stalls:
            extra["gui_stalls"] = self._stalls
        log.info("stats", extra=extra)
        self._decoder.recent_ms.clear()
        self._decoder.recent_work_ms.clear()
        self._gaps = []
        self._stalls = []
        self._last_counts, self._last_report = counts, now


class ButtonMap(QObject):
    """With KIOSK_PROBE_BUTTONS=1: log where every visible button is, whenever that changes.

    An end-to-end test reads these `buttons` events and taps the real app with a real pointer
    (xdotool on Xvfb), as a person at the touchscreen would: no test hooks inside the screens.
    Each map says how many taps the app had handled when it was drawn (`taps`), so a test waits
    for the map that follows its own last tap (a shifted keyboard, a new page), never for time."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._last: dict[str, list[list[int]]] = {}
        self._taps = self._logged_taps = 0
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._look)

    @staticmethod
    def wanted() -> bool:
        return os.environ.get("KIOSK_PROBE_BUTTONS") == "1"

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A release reaches the window first, then the widget (and its parents): count it once.
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QWindow):
            self._taps += 1
            QTimer.singleShot(0, self._after_tap)  # after the widget has handled it
        return False

    def _after_tap(self) -> None:
        # What the tap set going by posted events (a language switch's relabelling, a new page's
        # layout and focus) is done before the map is drawn, so the map shows the tap's outcome.
        QCoreApplication.sendPostedEvents()
        self._look()

    def _look(self) -> None:
        found: dict[str, list[list[int]]] = {}
        for button in self._window.findChildren(QAbstractButton):
            if not button.isVisible() or not button.isEnabled() or not button.text() or _scrolled_away(button):
                continue
            centre = button.mapToGlobal(button.rect().center())
            found.setdefault(button.text(), []).append([centre.x(), centre.y()])
        if found != self._last or self._taps != self._logged_taps:
            self._last, self._logged_taps = found, self._taps
            log.info("buttons", extra={"event": "buttons", "buttons": found, "taps": self._taps})


def _scrolled_away(button: QAbstractButton) -> bool:
    """A button whose centre a scroll area does not show now (a step's row scrolled under the
    keyboard on an 800x480 panel): not on the screen for a finger."""
    w = button.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea) and w.viewport().isAncestorOf(button):
            centre = button.mapTo(w.viewport(), button.rect().center())
            if not w.viewport().rect().contains(centre):
                return True
        w = w.parentWidget()
    return False
