"""Start the Qt kiosk: build the window, start the camera and the door worker, run the loop."""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk import paths
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.pipeline import LiveDecoder
from kiosk.scan.sources import FrameSource
from kiosk.sdnotify import Notifier
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.host import HostAccess
from kiosk.services.ports import Clock
from kiosk.services.presence import PresenceService
from kiosk.sync.engine import SyncEngine

log = logging.getLogger(__name__)


@dataclass
class GuiParts:
    """What the composition root hands the GUI: services and adapters, already built."""

    checkin: CheckInService
    presence: PresenceService
    sync: SyncEngine
    host: HostAccess
    guests: GuestService
    desk: Any  # kiosk.ui.screens.host_pages.desk.HostDesk (built by the composition root)
    settings: SpaceSettings
    clock: Clock
    source: FrameSource
    decoder: LiveDecoder
    demo: bool
    windowed: bool
    lang: str
    data_dir: Path
    setup: Any = None  # kiosk.services.setup.FirstRunSetup when the first-run set-up comes first
    live_settings: Any = None  # () -> SpaceSettings: the settings in force (after the set-up too)
    social: Any = None  # kiosk.services.social.SocialService: who may be shown at the door
    # The live camera's status and detail, for the health the kiosk reports with its sync.
    camera_status: Callable[[str, str], None] | None = None
    speaker: Any = None  # kiosk.speech.Speaker, or None on a machine without a speech engine
    sockets: Any = None  # kiosk.speech.hotplug.DoorSockets: headphones or a USB headset start speech
    door: Any = None  # kiosk.services.door.DoorGate: the lock (its rules apply once one is set)
    timeouts: Any = None  # kiosk.domain.countdown.DoorTimeouts; None: the real lengths


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    # The door must keep running: log the bug loudly, do not let Qt's loop die.
    log.critical("unexpected error: %s", "".join(traceback.format_exception(kind, exc, tb)),
                 extra={"event": "crash"})


def stop_handler(qt_app: Any, window: Any) -> Any:
    """The SIGTERM/SIGINT handler: leave the Qt loop cleanly. The quit is queued, so a signal that
    comes before the loop runs is not lost (QCoreApplication.quit() then does nothing, and the
    kiosk would run on until systemd's SIGKILL)."""
    from PySide6.QtCore import QTimer

    def _stop(signum: int, _frame: object) -> None:
        log.info("signal %d: stopping", signum, extra={"event": "stopping"})
        window.allow_close = True
        QTimer.singleShot(0, qt_app.quit)

    return _stop


def problem_window(message: str) -> Any:
    """A full screen with one plain message: what the door shows when it cannot start (a database
    from a newer program, a failed update that was put back). Not closable by touch."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel(message)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(48)
    label.setObjectName("problem")
    return label


def show_problem(message: str, windowed: bool) -> int:
    """Show `message` until the session stops the program (SIGTERM), so an appliance restarting
    the kiosk in a loop still shows the person at the door what is wrong."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import theme

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    theme.load_fonts()
    qt_app.setFont(theme.font(20))
    window = problem_window(message)
    signal.signal(signal.SIGTERM, lambda *_: qt_app.quit())
    signal.signal(signal.SIGINT, lambda *_: qt_app.quit())
    wake = QTimer(interval=200)
    wake.timeout.connect(lambda: None)
    wake.start()
    window.show() if windowed else window.showFullScreen()
    log.error("cannot start: %s", message, extra={"event": "cannot_start"})
    qt_app.exec()
    return 1


def connect_blanker(blanker: Any, camera: Any, controller: Any) -> None:
    """Movement in view, a scanned card or a typed code wakes the dark screen; no preview
    pictures are made while it is dark; only the door's own screens go dark."""
    blanker.may_darken = controller.stage.at_the_door
    camera.motion.connect(blanker.activity)
    camera.sighting.connect(blanker.activity)
    controller.window.scanned.connect(blanker.activity)
    blanker.changed.connect(lambda dark: camera.set_preview(not dark))


def start_setup(controller: Any, setup: Any, settings: Any) -> Any:
    """Put the first-run set-up on the screen before the door; the door follows its choices."""
    from kiosk.ui.screens.setup import SetupScreen
    from kiosk.ui.setup_controller import SetupController

    screen = SetupScreen(controller.languages.current)
    runner = SetupController(screen, setup, controller.tasks, settings, controller)
    screen.language_chosen.connect(controller.language.set_language)
    runner.finished.connect(controller.setup_done)
    controller.codes.attach_setup(screen)
    log.info("first-run set-up shown", extra={"event": "setup_shown"})
    return runner


def run_gui(parts: GuiParts) -> int:
    from PySide6.QtCore import QMetaObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import theme
    from kiosk.ui.blanker import ScreenBlanker
    from kiosk.ui.controller import DoorController
    from kiosk.ui.i18n import Languages
    from kiosk.ui.jack import JackWatcher, connect_jacks
    from kiosk.ui.keypad import KeypadDriver, connect_keypad
    from kiosk.ui.probe import ButtonMap, StatsProbe
    from kiosk.ui.screens.result_screen import ResultScreen
    from kiosk.ui.screens.scan_screen import ScanScreen
    from kiosk.ui.sound import Sounds
    from kiosk.ui.sync_worker import SyncWorker
    from kiosk.ui.text_size import TextSize, connect_text_size
    from kiosk.ui.voice import DoorVoice, connect_door_voice
    from kiosk.ui.watchdog import GuiWatchdog
    from kiosk.ui.window import KioskWindow
    from kiosk.ui.workers import CameraBridge, DoorWorker, WorkerThread

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(paths.APP_NAME)
    theme.load_fonts()
    qt_app.setFont(theme.font(20))
    qt_app.setStyleSheet(theme.STYLE)
    languages = Languages(qt_app, parts.settings.offered_languages())
    languages.switch(parts.lang)

    settings = parts.settings
    window = KioskWindow(windowed=parts.windowed)
    scan = ScanScreen(settings.space_name, tz=settings.rules().tz)
    scan.set_demo(parts.demo)
    result = ResultScreen(settings.rules().tz, settings.result_seconds)
    camera = CameraBridge(parts.source, parts.decoder)
    if parts.camera_status is not None:
        camera.status.connect(parts.camera_status)
    worker = DoorWorker(parts.checkin, parts.presence, parts.host, parts.social, parts.door)
    worker_thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, camera, worker, Sounds(), languages,
                                settings.rules().tz, parts.clock.now, guests=parts.guests, settings=settings,
                                desk=parts.desk, timeouts=parts.timeouts,
                                # the language picked at the door lasts a minute of the door's seconds
                                language_idle_ms=parts.timeouts.ms(60) if parts.timeouts is not None else None,
                                door_active=(lambda: parts.door.active) if parts.door is not None else None)
    probe = StatsProbe(camera.capture, parts.decoder, scan.preview, window)
    buttons = ButtonMap(window, window) if ButtonMap.wanted() else None
    sync_worker = SyncWorker(parts.sync)
    sync_thread = WorkerThread(sync_worker, "sync")
    sync_worker.status.connect(scan.set_sync_status)
    sync_worker.status.connect(lambda status: controller.whos_here.set_member_pages(status.enrolled))
    controller.sync_soon.connect(sync_worker.soon)
    sync_thread.thread.started.connect(sync_worker.start)
    blanker = ScreenBlanker(window, lambda: controller.settings.blanking(), parts.clock.now)
    connect_blanker(blanker, camera, controller)
    voice = DoorVoice(parts.speaker, lambda: controller.settings.speech, window.stack, scan)
    connect_door_voice(voice, controller)
    keypad = KeypadDriver(window.stack, lambda screen: screen is not controller.host
                          and screen is not controller.codes.setup_screen, window)
    connect_keypad(keypad, voice)
    keypad.install(qt_app)  # a person's pad key starts speech through it (a fob reader's burst does not)
    jacks = JackWatcher(parent=window, sockets=parts.sockets)
    connect_jacks(jacks, voice, parts.speaker)
    text_size = TextSize(qt_app, lambda: controller.settings.text_size, window.stack, scan)
    connect_text_size(text_size, controller)
    if parts.setup is not None:
        start_setup(controller, parts.setup, parts.live_settings or (lambda: controller.settings))

    # SIGTERM/SIGINT: leave the Qt loop cleanly. A timer lets Python run its signal handlers.
    _stop = stop_handler(qt_app, window)
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    wake = QTimer(interval=200)
    wake.timeout.connect(lambda: None)
    wake.start()
    sys.excepthook = _excepthook

    # The decoder process was started before Qt (app.run_kiosk) and got ready while the screens
    # were built; wait for it here, before the camera starts, so `ready` (logged just after the
    # camera starts) still comes before the camera's first status, as it did.
    decoder_name = parts.decoder.name
    worker_thread.start()
    sync_thread.start()
    window.present()
    controller.start()
    blanker.start()
    probe.start()
    if buttons is not None:
        buttons.start()
    watchdog = GuiWatchdog(Notifier(), window)  # systemd's Type=notify and WatchdogSec=, if under it
    # READY=1 once the loop runs: a stop that follows it at once is then always seen.
    QTimer.singleShot(0, lambda: watchdog.start(status=f"scanning with {parts.source.description}"))
    log.info("kiosk ready", extra={"event": "ready", "camera": parts.source.description,
                                   "data_dir": str(parts.data_dir), "decoder": decoder_name,
                                   "lang": languages.current})
    try:
        qt_app.exec()
    finally:
        probe.stop()
        blanker.stop()
        controller.stop()
        worker_thread.stop()
        # Stop its timer on its own thread (waits for a round in progress, at most one HTTP timeout).
        QMetaObject.invokeMethod(sync_worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        sync_thread.stop()
        wake.stop()
        watchdog.stop()
        jacks.stop()
        if parts.speaker is not None:
            parts.speaker.close()
    log.info("kiosk stopped", extra={"event": "stopped"})
    return 0
