"""Numbers about the running door, logged as `stats` events: frames grabbed, decoded and shown,
decode work per frame, and (with KIOSK_PROBE=1) how long the GUI thread was ever blocked.

The heartbeat is a 4 ms timer on the GUI thread: any gap much longer than 4 ms between two
ticks is time the GUI thread could not run. It costs CPU, so it is on only when asked for.
"""

from __future__ import annotations

import logging
import os
import statistics
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from kiosk.scan.capture import CaptureLoop
from kiosk.scan.pipeline import LiveDecoder
from kiosk.ui.widgets import PreviewView

log = logging.getLogger(__name__)


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
        self._reporter = QTimer(self)
        seconds = float(os.environ.get("KIOSK_STATS_SECONDS", "5" if self.enabled_heartbeat else "60"))
        self._reporter.setInterval(int(seconds * 1000))
        self._reporter.timeout.connect(self.report)

    def start(self) -> None:
        if self.enabled_heartbeat:
            self._last_tick = time.monotonic()
            self._heartbeat.start()
        self._reporter.start()

    def stop(self) -> None:
        self._heartbeat.stop()
        self._reporter.stop()

    def _count_drawn(self) -> None:
        self._drawn += 1

    def _tick(self) -> None:
        now = time.monotonic()
        self._gaps.append((now - self._last_tick) * 1000)
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
            extra["gui_gaps_over_16ms"] = sum(g > 16 for g in self._gaps)
        log.info("stats", extra=extra)
        self._decoder.recent_ms.clear()
        self._decoder.recent_work_ms.clear()
        self._gaps = []
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
