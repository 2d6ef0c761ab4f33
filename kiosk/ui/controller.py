"""DoorController: composes the door's flows (kiosk/ui/flows/) and owns what they share: the
screens' stack, the host-tasks thread, and the signals to the door worker that more than one
flow sends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.domain.countdown import DoorTimeouts
from kiosk.domain.settings import SpaceSettings
from kiosk.services.checkin import ScanResult
from kiosk.services.guests import GuestService
from kiosk.ui.flows.answers import DoorAnswers
from kiosk.ui.flows.codes import CodeIntake
from kiosk.ui.flows.door_pin import DoorPinFlow
from kiosk.ui.flows.guest import GuestRegistration
from kiosk.ui.flows.host_view import HostViewSession
from kiosk.ui.flows.language import DoorLanguage
from kiosk.ui.flows.roll_call import RollCall
from kiosk.ui.flows.stage import DoorStage
from kiosk.ui.flows.upkeep import DoorIntervals, DoorUpkeep
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.host_pages.desk import HostDesk
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.tasks import Tasks, TaskWorker
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import CameraBridge, DoorWorker

__all__ = ["DoorController", "DoorIntervals"]


class DoorController(QObject):
    sync_soon = Signal()  # connected to the sync worker, when there is one
    count_requested = Signal()
    close_day_requested = Signal()
    host_refresh_requested = Signal()

    def __init__(self, window: KioskWindow, scan: ScanScreen, result: ResultScreen, camera: CameraBridge | None,
                 worker: DoorWorker, sounds: Sounds, languages: Languages, tz: ZoneInfo,
                 now: Callable[[], datetime],
                 guests: GuestService | None = None, settings: SpaceSettings | None = None,
                 desk: HostDesk | None = None, timeouts: DoorTimeouts | None = None,
                 intervals: DoorIntervals | None = None, door_active: Callable[[], bool] | None = None,
                 language_idle_ms: int | None = None) -> None:
        super().__init__(window)
        self._settings = settings or SpaceSettings()
        # Every length that ends someone's work (guest steps, host view, keypads) comes from here,
        # so a test runs them in milliseconds; the countdowns' warnings are heard as well as seen.
        self.timeouts = timeouts = timeouts or DoorTimeouts()
        intervals = intervals or DoorIntervals()
        if language_idle_ms is not None:
            intervals = replace(intervals, language_idle_ms=language_idle_ms)
        # Service calls of the guest flow and the host view run on a thread of their own, so a
        # scan never waits behind a chart or a search (SQLite's locks order the writes; measured
        # in docs/benchmarks.md).
        self.task_worker = TaskWorker()
        self.task_thread = QThread()
        self.task_thread.setObjectName("host-tasks")
        self.task_worker.moveToThread(self.task_thread)
        self.tasks = Tasks(self.task_worker, self)
        self.window, self.scan, self.result, self.camera = window, scan, result, camera
        self.worker, self.sounds, self.languages, self.desk = worker, sounds, languages, desk

        self.stage = stage = DoorStage(window, scan, result)
        stage.add(scan, result)
        self.language = DoorLanguage(languages, scan, stage, intervals.language_idle_ms, self)
        self.codes = CodeIntake(stage, scan, camera, worker, timeouts, self)
        self.registration = GuestRegistration(guests, stage, self.language, self.tasks, sounds, lambda: self.settings,
                                        timeouts, self._guest_registered,
                                        lambda problem: self.answers.on_storage_failed(problem), self)
        self.host_view = HostViewSession(stage, worker, self.tasks, desk, tz, timeouts,
                                         lambda: self.settings.host_card_needs_pin,
                                         self.host_refresh_requested.emit, self)
        self.roll_calls = RollCall(stage, self.host_view, worker, self.host_refresh_requested.emit, self)
        # Card + PIN: the door's PIN pad after a card its holder's PIN would open.
        self.door_pin = DoorPinFlow(stage, worker, sounds.play, timeouts, self)
        self.answers = DoorAnswers(stage, scan, result, worker, sounds, languages, lambda: self.settings,
                                   timeouts, self.sync_soon.emit, self.count_requested.emit, self)
        self.upkeep = DoorUpkeep(intervals, scan, self.host_view.view, desk, self.tasks, tz, now,
                                 lambda: self.settings, door_active or (lambda: False),
                                 self.count_requested.emit, self.close_day_requested.emit, self)
        # The screens, by name (the voice, the text size and the tests follow them).
        self.manual, self.guest = self.codes.manual, self.registration.screen
        self.host_unlock, self.host, self.roll_call = self.host_view.pad, self.host_view.view, self.roll_calls.screen
        self.whos_here, self.checklist = self.answers.whos_here, self.answers.checklist
        stage.coverable = (self.host, self.roll_call, self.guest)
        self.answers.then = self._after_answer
        if self.host.members is not None:  # a fob tapped while the host enrols one
            self.codes.capture = self.host.members.take_fob
        self.answers.lock_failed = self.host.check_warnings
        self.answers.before_answer = lambda result: self.language.answer_in(result.language)

        scan.guest_requested.connect(self.registration.show)
        scan.host_requested.connect(self.host_view.show_pad)
        for countdown in (self.guest.countdown, self.manual.countdown, self.host_unlock.countdown,
                          self.host.countdown):
            countdown.warning_started.connect(lambda: self.sounds.play("warning"))
        self.host.refresh_requested.connect(self.host_refresh_requested)
        self.host.refresh_requested.connect(self.count_requested)
        self.host.settings_saved.connect(self.follow_settings)
        self.host_refresh_requested.connect(worker.host_refresh)
        self.count_requested.connect(worker.refresh_count)
        self.close_day_requested.connect(worker.close_stale)
        scan.set_offered(languages.offered)
        scan.set_language(languages.current)
        scan.set_contact(self.settings.contact)

    @property
    def settings(self) -> SpaceSettings:
        """The kiosk's current settings (the host view's, once it has changed them)."""
        return self.desk.settings() if self.desk is not None else self._settings

    def start(self) -> None:
        self.task_thread.start()
        self.upkeep.start()
        self.count_requested.emit()
        if self.camera is not None:
            self.camera.start()

    def stop(self) -> None:
        self.upkeep.stop()
        self.answers.stop()
        self.language.stop()
        if self.camera is not None:
            self.camera.stop()
        self.task_thread.quit()
        self.task_thread.wait(10_000)

    @Slot(object)
    def setup_done(self, settings: SpaceSettings) -> None:
        self.codes.setup_finished()
        self.follow_settings(settings)
        self.language.set_language(settings.language)
        self.stage.show_scan()
        self.count_requested.emit()

    @Slot(object)
    def follow_settings(self, settings: SpaceSettings) -> None:
        """New settings from the host view: the door's screens follow at once."""
        self.scan.space_name.setText(settings.space_name)
        self.languages.offered = settings.offered_languages()
        self.language.start_language = settings.language
        self.scan.set_offered(self.languages.offered)
        self.result.set_seconds(settings.result_seconds)
        self.scan.set_contact(settings.contact)
        self.scan.set_language(self.languages.current)

    def _after_answer(self, result: ScanResult | None) -> None:
        if result is not None and result.host and result.member_id:
            self.host_view.open_by_card(result.member_id, result.first_name or "")
        else:
            self.stage.show_scan()

    def _guest_registered(self) -> None:
        self.sync_soon.emit()
        self.count_requested.emit()
