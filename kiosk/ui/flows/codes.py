"""Codes in: the camera's frames and sightings, a hand scanner, the typed short code, and the
first-run set-up that gets them (the server's QR) while it is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk import trace
from kiosk.domain.countdown import DoorTimeouts
from kiosk.scan.capture import Sighting
from kiosk.ui.screens.manual_entry import ManualEntryScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.workers import CameraBridge, DoorWorker

from .stage import DoorStage


class CodeIntake(QObject):
    check_requested = Signal(str, float, int, str)  # code text, frame time, frame number, source
    short_code_requested = Signal(str)

    def __init__(self, stage: DoorStage, scan: ScanScreen, camera: CameraBridge | None, worker: DoorWorker,
                 timeouts: DoorTimeouts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage, self._scan, self.camera = stage, scan, camera
        self.setup_screen: QWidget | None = None  # the first-run set-up, while it is up
        # Takes a hand scanner's text first when it wants it (the host view enrolling a fob).
        self.capture: Callable[[str], bool] | None = None
        self.manual = ManualEntryScreen(timeouts=timeouts)
        stage.add(self.manual)
        scan.manual_entry_requested.connect(self.show_manual_entry)
        self.manual.submitted.connect(self.short_code_requested)
        self.manual.cancelled.connect(lambda: stage.back_from(self.manual))
        self.short_code_requested.connect(worker.check_short)
        stage.window.scanned.connect(lambda text: self.submit_code(text, "wedge"))
        self.check_requested.connect(worker.check)
        if camera is not None:
            camera.frame.connect(self.on_frame)
            camera.sighting.connect(self.on_sighting)
            camera.code_seen.connect(worker.check)
            camera.status.connect(self.on_camera_status)
            camera.hint.connect(scan.set_hint)
            scan.preview.drawn.connect(camera.preview_shown)
            scan.preview.resized.connect(camera.set_preview_size)

    def attach_setup(self, screen: QWidget) -> None:
        """The first-run set-up comes before the door: it gets the camera's frames and codes
        (the server's QR) while it is on screen; nothing is checked in meanwhile."""
        self.setup_screen = screen
        if self.camera is not None:
            self.camera.codes_to_door = False
        self._stage.add(screen)
        self._stage.show(screen)

    def setup_finished(self) -> None:
        """The set-up is done: the camera's codes go to the door worker again, straight."""
        if self.camera is not None:
            self.camera.codes_to_door = True

    def _setting_up(self) -> bool:
        return self._stage.showing(self.setup_screen)

    @Slot(QImage)
    def on_frame(self, image: QImage) -> None:
        if self._stage.showing(self._scan):
            self._scan.show_frame(image)
        elif self._setting_up():
            assert self.camera is not None
            self.setup_screen.show_frame(image)  # type: ignore[union-attr]
            self.camera.preview_shown()
        else:
            assert self.camera is not None
            self.camera.preview_shown()  # not on screen: let the next frame through anyway

    @Slot(object)
    def on_sighting(self, sighting: Sighting) -> None:
        code = sighting.codes[0]
        if self._setting_up():
            self.setup_screen.scanned(code.text)  # type: ignore[union-attr]
            return
        if self.camera is not None and self.camera.codes_to_door:
            return  # the door worker has it already (CameraBridge.code_seen)
        trace.mark(sighting.frame_seq, "gui_sighting")
        self.check_requested.emit(code.text, sighting.frame_time, sighting.frame_seq, "scan")

    def submit_code(self, text: str, source: str = "scan") -> None:
        if source == "wedge" and self.capture is not None and self.capture(text):
            return
        if self._setting_up():  # a hand scanner during the set-up: the server's QR, never a check-in
            self.setup_screen.scanned(text)  # type: ignore[union-attr]
            return
        self.check_requested.emit(text, 0.0, 0, source)

    @Slot(str, str)
    def on_camera_status(self, status: str, detail: str) -> None:
        self._scan.set_camera_problem(None if status in ("ok", "starting") else status)

    @Slot()
    def show_manual_entry(self) -> None:
        self.manual.start()
        self._stage.show(self.manual)
