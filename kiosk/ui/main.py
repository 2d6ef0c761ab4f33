"""Start the Qt kiosk: build the window, start the camera and the door worker, run the loop."""

from __future__ import annotations

import argparse
import enum
import logging
import os
import signal
import sys
import traceback
from types import TracebackType

from kiosk import app as composition
from kiosk import paths
from kiosk.scan.decoders import DEFAULT_DECODER, available_decoders
from kiosk.scan.pipeline import FrameDecoder
from kiosk.scan.sources import SourceUnavailable, find_webcam, source_for

log = logging.getLogger(__name__)


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    NO_DISPLAY = 3


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # The door must keep running: log the bug loudly, do not let Qt's loop die.
    log.critical("unexpected error: %s", "".join(traceback.format_exception(kind, exc, tb)),
                 extra={"event": "crash"})


def run_gui(kiosk: composition.Kiosk, args: argparse.Namespace) -> int:
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        print("kiosk: error: no screen found (DISPLAY is not set); start it in a desktop session, "
              "or set QT_QPA_PLATFORM=offscreen to run without one", file=sys.stderr)
        return ExitCode.NO_DISPLAY

    camera_spec = args.camera or find_webcam() or str(paths.DEMO_FEED)
    try:
        source = source_for(camera_spec)
    except SourceUnavailable as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    decoders = available_decoders()
    decoder = FrameDecoder(decoders.get(DEFAULT_DECODER) or next(iter(decoders.values())))
    if not args.no_demo:
        composition.seed_demo_if_new(kiosk)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import theme
    from kiosk.ui.controller import DoorController
    from kiosk.ui.i18n import Languages
    from kiosk.ui.screens.result_screen import ResultScreen
    from kiosk.ui.screens.scan_screen import ScanScreen
    from kiosk.ui.sound import Sounds
    from kiosk.ui.window import KioskWindow
    from kiosk.ui.workers import CameraBridge, DoorWorker, WorkerThread

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(paths.APP_NAME)
    theme.load_fonts()
    qt_app.setFont(theme.font(20))
    qt_app.setStyleSheet(theme.STYLE)
    languages = Languages(qt_app)
    languages.switch(args.lang or kiosk.settings.language)

    settings = kiosk.settings
    window = KioskWindow(windowed=args.windowed)
    scan = ScanScreen(settings.space_name)
    scan.set_demo(any(m.demo for m in kiosk.members.list()))
    result = ResultScreen(settings.rules().tz, settings.result_seconds)
    camera = CameraBridge(source, decoder)
    worker = DoorWorker(kiosk.checkin, kiosk.presence)
    worker_thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, camera, worker, Sounds(), languages,
                                settings.rules().tz, kiosk.clock.now)

    # SIGTERM/SIGINT: leave the Qt loop cleanly. A timer lets Python run its signal handlers.
    def _stop(signum: int, _frame: object) -> None:
        log.info("signal %d: stopping", signum, extra={"event": "stopping"})
        window.allow_close = True
        qt_app.quit()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    wake = QTimer(interval=200)
    wake.timeout.connect(lambda: None)
    wake.start()
    sys.excepthook = _excepthook

    worker_thread.start()
    window.present()
    controller.start()
    log.info("kiosk ready", extra={"event": "ready", "camera": camera_spec, "data_dir": str(kiosk.data_dir),
                                   "decoder": decoder.decoder.name, "lang": languages.current})
    try:
        qt_app.exec()
    finally:
        controller.stop()
        worker_thread.stop()
        wake.stop()
    log.info("kiosk stopped", extra={"event": "stopped"})
    return ExitCode.OK
