"""DoorController: wires the camera, the door worker, the screens, the sounds and the clock."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.errors import KioskError
from kiosk.domain.checkin import Outcome
from kiosk.domain.checklists import checklist_for
from kiosk.domain.countdown import DoorTimeouts
from kiosk.domain.presence import PresenceEntry
from kiosk.domain.problems import Code
from kiosk.domain.settings import SpaceSettings
from kiosk.domain.social import HereNow
from kiosk.scan.capture import Sighting
from kiosk.services.checkin import ScanResult
from kiosk.services.door import LOCK_FAILED, DoorResult
from kiosk.services.guests import DayPass, GuestService
from kiosk.services.host import Unlock, UnlockAnswer
from kiosk.ui.error_text import describe
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.checklist import ChecklistScreen
from kiosk.ui.screens.guest import GuestFlow, GuestOffer
from kiosk.ui.screens.host import HostUnlockScreen
from kiosk.ui.screens.host_pages.desk import HostDesk
from kiosk.ui.screens.host_pages.roll_call import RollCallScreen
from kiosk.ui.screens.host_pages.view import HostScreen
from kiosk.ui.screens.manual_entry import ManualEntryScreen
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.screens.whos_here import WhosHereScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.tasks import Tasks, TaskWorker
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import CameraBridge, DoorWorker, Timing, WelcomeSocial

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoorIntervals:
    """How often the door looks again at what changes by itself (not scaled with the timeouts)."""

    count_ms: int = 30 * 1000  # who is in, for the scan screen
    close_day_ms: int = 5 * 60 * 1000  # forgotten check-outs of earlier days
    purge_ms: int = 60 * 60 * 1000  # guests past the retention period go within the hour; the nightly backup
    language_idle_ms: int = 60 * 1000  # a language picked at the door lasts this long with nobody at the door


class DoorController(QObject):
    check_requested = Signal(str, float, int, str)  # code text, frame time, frame number, source
    short_code_requested = Signal(str)
    sync_soon = Signal()  # connected to the sync worker, when there is one
    host_pin_entered = Signal(str, str)  # PIN, host id ("" after "Host")
    host_lock_asked = Signal(str)  # host id ("" for the pad)
    host_refresh_requested = Signal()
    host_check_out_requested = Signal(str, str)
    count_requested = Signal()
    close_day_requested = Signal()
    hide_requested = Signal(str)  # member id: "Hide me" on a welcome
    door_out_requested = Signal(str)  # member id: "Out" on the door's In / Out question

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
        self.start_language = languages.current
        # Service calls of the guest flow and the host view run on a thread of their own, so a
        # scan never waits behind a chart or a search (SQLite's locks order the writes; measured
        # in docs/benchmarks.md).
        self.task_worker = TaskWorker()
        self.task_thread = QThread()
        self.task_thread.setObjectName("host-tasks")
        self.task_worker.moveToThread(self.task_thread)
        self.tasks = Tasks(self.task_worker, self)
        self.guests = guests
        self.guest = GuestFlow(timeouts=timeouts)
        scan.guest_requested.connect(self.show_guest_flow)
        self.guest.language_chosen.connect(self.set_language)
        self.guest.host_search.connect(self.find_hosts)
        self.guest.submitted.connect(self.register_guest)
        self.guest.cancelled.connect(self.back_to_door)
        self.guest.finished.connect(self.back_to_door)
        self.window, self.scan, self.result = window, scan, result
        self.camera, self.worker, self.sounds, self.languages = camera, worker, sounds, languages
        self._tz, self._now = tz, now
        self.last_result: ScanResult | None = None
        self.last_timing: Timing | None = None
        self.setup_screen: QWidget | None = None  # the first-run set-up, while it is up

        self.manual = ManualEntryScreen(timeouts=timeouts)
        window.stack.addWidget(scan)
        window.stack.addWidget(result)
        window.stack.addWidget(self.manual)
        window.stack.addWidget(self.guest)
        scan.manual_entry_requested.connect(self.show_manual_entry)
        self.manual.submitted.connect(self.short_code_requested)
        self.manual.cancelled.connect(lambda: self._back_from(self.manual))
        self.short_code_requested.connect(worker.check_short)

        self.host_unlock = HostUnlockScreen(timeouts=timeouts)
        self.desk = desk
        self.host = HostScreen(tz, tasks=self.tasks, desk=desk, timeouts=timeouts)
        for countdown in (self.guest.countdown, self.manual.countdown, self.host_unlock.countdown,
                          self.host.countdown):
            countdown.warning_started.connect(lambda: self.sounds.play("warning"))
        self.host.refresh_requested.connect(self.host_refresh_requested)
        self.host.refresh_requested.connect(self.count_requested)
        self.host.print_requested.connect(self.print_evacuation)
        self.host.settings_saved.connect(self.follow_settings)
        window.stack.addWidget(self.host_unlock)
        window.stack.addWidget(self.host)
        scan.host_requested.connect(self.show_host_unlock)
        self.host_unlock.cancelled.connect(lambda: self._back_from(self.host_unlock))
        self.host_unlock.submitted.connect(self.host_pin_entered)
        self.host_pin_entered.connect(worker.host_unlock)
        self.host_lock_asked.connect(worker.host_lock_state)
        worker.host_unlock_answer.connect(self.on_host_unlock)
        self.host_refresh_requested.connect(worker.host_refresh)
        worker.host_people.connect(self.host.show_people)
        self.host.check_out_requested.connect(self.host_check_out_requested)
        self.host_check_out_requested.connect(worker.host_check_out)
        self.host.closed.connect(self._host_view_closed)
        self.host.quit_requested.connect(self.quit_by_host)
        self.host.fullscreen_toggle_requested.connect(self.toggle_fullscreen)
        self.roll_call = RollCallScreen()
        window.stack.addWidget(self.roll_call)
        self.host.roll_call_requested.connect(self.show_roll_call)
        self.roll_call.done.connect(self.back_from_roll_call)
        self.host_unlock.roll_call_requested.connect(self.roll_call_by_card)
        self._roll_call_by_card = self._roll_call_waiting = False
        worker.host_people.connect(self._people_for_roll_call)
        scan.language_chosen.connect(self.choose_language)
        window.scanned.connect(lambda text: self.submit_code(text, "wedge"))
        result.finished.connect(self.after_result)

        self.check_requested.connect(worker.check)
        self.count_requested.connect(worker.refresh_count)
        self.close_day_requested.connect(worker.close_stale)
        worker.result.connect(self.on_result)
        worker.failed.connect(self.on_storage_failed)
        worker.bug.connect(self.on_bug)
        worker.count.connect(scan.set_in_now)

        # The social door: who is in (names only of members who opted in), "Who's here", "Hide
        # me" on a welcome, and the checklists of unstaffed days.
        self.here = HereNow((), 0)
        self._welcome_social: WelcomeSocial | None = None
        self.whos_here = WhosHereScreen(shown_ms=timeouts.ms(timeouts.whos_here))
        self.checklist = ChecklistScreen()
        window.stack.addWidget(self.whos_here)
        window.stack.addWidget(self.checklist)
        scan.whos_here_requested.connect(self.show_whos_here)
        self.whos_here.closed.connect(lambda: self._back_from(self.whos_here))
        self.checklist.finished.connect(self._checklist_done)
        self._after_checklist: ScanResult | None = None
        # The host view, the roll call or the guest flow that a card at the camera came over: back
        # to it after the answer (a welcome threw the host out of their unsaved work, to the door).
        self._covered: QWidget | None = None
        worker.here.connect(self.on_here)
        worker.welcome_social.connect(self.on_welcome_social)
        result.hide_requested.connect(self.hide_requested)
        self.hide_requested.connect(worker.withdraw)
        worker.withdrawn.connect(result.hidden)
        # The door lock: its answer after the result, "Out" on In / Out, "One scan per person".
        worker.door_answer.connect(self.on_door)
        result.door.out_requested.connect(self.door_out_requested)
        self.door_out_requested.connect(worker.door_out)
        self._door_active = door_active or (lambda: False)

        if camera is not None:
            camera.frame.connect(self.on_frame)
            camera.sighting.connect(self.on_sighting)
            camera.status.connect(self.on_camera_status)
            camera.hint.connect(scan.set_hint)
            scan.preview.drawn.connect(camera.preview_shown)
            scan.preview.resized.connect(camera.set_preview_size)

        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._update_clock)
        self._counter = QTimer(self, interval=intervals.count_ms)
        self._counter.timeout.connect(self.count_requested)
        self._close_day = QTimer(self, interval=intervals.close_day_ms)
        self._close_day.timeout.connect(self.close_day_requested)
        self._purge = QTimer(self, interval=intervals.purge_ms)
        self._purge.timeout.connect(self.purge)
        # A language picked at the door is for the person who picked it: after a while with
        # nobody at the door it speaks its own language again.
        self._holder_language = False  # the language on screen came from the last card's holder
        self._language_idle = QTimer(self, singleShot=True, interval=intervals.language_idle_ms)
        self._language_idle.timeout.connect(self._language_back)
        scan.set_offered(languages.offered)
        scan.set_language(languages.current)
        scan.set_contact(self.settings.contact)

    @property
    def settings(self) -> SpaceSettings:
        """The kiosk's current settings (the host view's, once it has changed them)."""
        return self.desk.settings() if self.desk is not None else self._settings

    def start(self) -> None:
        self.task_thread.start()
        self._update_clock()
        self._clock.start()
        self._counter.start()
        self._close_day.start()
        self._purge.start()
        self.close_day_requested.emit()  # yesterday's forgotten check-outs, before the first scan
        self.purge()
        self.count_requested.emit()
        if self.camera is not None:
            self.camera.start()

    def stop(self) -> None:
        for timer in (self._clock, self._counter, self._close_day, self._purge, self._language_idle):
            timer.stop()
        self.result.stop()
        self.whos_here.stop()
        self.checklist.stop()
        if self.camera is not None:
            self.camera.stop()
        self.task_thread.quit()
        self.task_thread.wait(10_000)

    # --- events -----------------------------------------------------------------------------
    def attach_setup(self, screen: QWidget) -> None:
        """The first-run set-up comes before the door: it gets the camera's frames and codes
        (the server's QR) while it is on screen; nothing is checked in meanwhile."""
        self.setup_screen = screen
        self.window.stack.addWidget(screen)
        self.window.stack.setCurrentWidget(screen)

    def at_the_door(self) -> bool:
        """The scan screen or a result on it: nobody is in the middle of something (the dark
        screen may cover it; never the host view, the roll call, a guest's registration, the set-up)."""
        return self.window.stack.currentWidget() in (self.scan, self.result)

    def _setting_up(self) -> bool:
        return self.setup_screen is not None and self.window.stack.currentWidget() is self.setup_screen

    @Slot(object)
    def setup_done(self, settings: SpaceSettings) -> None:
        self.follow_settings(settings)
        self.set_language(settings.language)
        self.show_scan()
        self.count_requested.emit()

    @Slot(QImage)
    def on_frame(self, image: QImage) -> None:
        if self.window.stack.currentWidget() is self.scan:
            self.scan.show_frame(image)
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
        self.check_requested.emit(code.text, sighting.frame_time, sighting.frame_seq, "scan")

    def submit_code(self, text: str, source: str = "scan") -> None:
        if self._setting_up():  # a hand scanner during the set-up: the server's QR, never a check-in
            self.setup_screen.scanned(text)  # type: ignore[union-attr]
            return
        self.check_requested.emit(text, 0.0, 0, source)

    @Slot()
    def after_result(self) -> None:
        """Back to scanning; the checklist first for the first one in or the last out; after a
        host's card, on to the host view (the card unlocks it)."""
        result, self.last_result = self.last_result, None
        covered, self._covered = self._covered, None
        if covered is not None:
            # A host is at the screen: no checklist over their work, no keypad for a host card.
            self.window.stack.setCurrentWidget(covered)
            return
        lines = self._checklist_lines(result)
        if result is not None and lines:
            kind = checklist_for(result.outcome is Outcome.CHECKED_IN, result.outcome is Outcome.CHECKED_OUT,
                                 result.others_in, result.guest)
            assert kind is not None
            self._after_checklist = result
            self.checklist.start(kind, lines)
            self.window.stack.setCurrentWidget(self.checklist)
            log.info("checklist shown", extra={"event": "checklist", "kind": kind.value,
                                               "member_id": result.member_id})
            return
        self._continue_after(result)

    def _checklist_lines(self, result: ScanResult | None) -> list[str]:
        if result is None:
            return []
        kind = checklist_for(result.outcome is Outcome.CHECKED_IN, result.outcome is Outcome.CHECKED_OUT,
                             result.others_in, result.guest)
        return self.settings.checklist(kind.value) if kind is not None else []

    @Slot()
    def _checklist_done(self) -> None:
        result, self._after_checklist = self._after_checklist, None
        if self.window.stack.currentWidget() is self.checklist:
            self._continue_after(result)

    def _continue_after(self, result: ScanResult | None) -> None:
        if result is not None and result.host and result.member_id:
            if self.settings.host_card_needs_pin:
                # A card can be copied: the host view needs its holder's PIN too (issue 9).
                self.host_unlock.start(result.member_id, result.first_name or "")
                self.window.stack.setCurrentWidget(self.host_unlock)
                self.host_lock_asked.emit(result.member_id)
            else:
                self.on_host_unlock(UnlockAnswer(Unlock.OPEN, host_id=result.member_id))
        else:
            self.show_scan()

    @Slot(object)
    def on_here(self, here: HereNow) -> None:
        self.here = here
        self.scan.set_here(here)
        if self.window.stack.currentWidget() is self.whos_here:
            self.whos_here.show_here(here)

    @Slot(object)
    def on_welcome_social(self, social: WelcomeSocial) -> None:
        self._welcome_social = social  # the result it belongs to comes next

    @Slot()
    def show_whos_here(self) -> None:
        self.whos_here.start(self.here)
        self.window.stack.setCurrentWidget(self.whos_here)
        self.count_requested.emit()  # fresh from the database; shown when it comes

    def _cover(self) -> None:
        """An answer goes over what is on screen; the host view, the roll call and a guest's
        registration come back after it (a member's card behind a guest lost the guest's typing)."""
        current = self.window.stack.currentWidget()
        if current in (self.host, self.roll_call, self.guest):
            self._covered = current

    def _answer_in_holders_language(self, result: ScanResult) -> None:
        """A day pass or a card answers in its holder's language when it is known (the door's own
        again after a while, as after a language button); a card of no known language after it
        gets the door's own. Never while someone is mid-way (a guest registering, a host)."""
        if not self.at_the_door():
            return
        offered = self.languages.offered
        wanted = result.language if result.language in offered else None
        if wanted is None and self._holder_language:
            wanted = self.start_language
        if wanted is not None and wanted != self.languages.current:
            self.choose_language(wanted)
        self._holder_language = wanted is not None and wanted != self.start_language

    @Slot(object, object)
    def on_result(self, result: ScanResult, timing: Timing) -> None:
        self._answer_in_holders_language(result)
        self._cover()
        self.last_result, self.last_timing = result, timing
        self.sync_soon.emit()
        social, self._welcome_social = self._welcome_social, None
        self.checklist.stop()  # a scan during a checklist: that person's answer comes first
        self._after_checklist = None
        if result.door is not None:
            self.result.set_opening_hours(self.settings.hours(), self.languages.current)
        self.result.show_result(result, social)
        self.window.stack.setCurrentWidget(self.result)
        self.result.repaint()  # painted now, so "shown" below is true
        self.sounds.play(self.result.kind)
        shown = time.monotonic()
        frame_time = timing.frame_time
        log.info("result shown", extra={
            "event": "result_shown", "outcome": result.outcome.value, "shown_as": result.shown_as.value,
            "member_id": result.member_id, "frame_to_commit_ms": timing.frame_to_commit_ms,
            "frame_to_shown_ms": round((shown - frame_time) * 1000, 2) if frame_time else None,
            "frame_seq": timing.frame_seq or None,
            "commit_ms": round(timing.commit_ms, 2)})

    @Slot(object, object)
    def on_door(self, door: DoorResult, member_id: str | None) -> None:
        self.result.show_door(door, member_id)
        if door.door == LOCK_FAILED:
            self.sounds.play("refused")  # told at once, in more than one sense
            self.host.check_warnings()

    @Slot(object)
    def on_storage_failed(self, problem: object) -> None:
        """A StorageFailed from the door worker, or a host task's message already worded."""
        self._cover()
        self.result.show_storage_error(describe(problem) if isinstance(problem, BaseException) else str(problem))
        self.window.stack.setCurrentWidget(self.result)
        self.sounds.play("refused")

    @Slot()
    def on_bug(self) -> None:
        """Not something a person can fix (it was logged with its traceback): say so, keep going."""
        self._cover()
        self.last_result = None
        self.result.show_bug()
        self.window.stack.setCurrentWidget(self.result)
        self.sounds.play("refused")

    @Slot(str, str)
    def on_camera_status(self, status: str, detail: str) -> None:
        self.scan.set_camera_problem(None if status in ("ok", "starting") else status)

    # --- guests ----------------------------------------------------------------------------
    @Slot()
    def show_guest_flow(self) -> None:
        guests, settings = self.guests, self.settings
        if guests is None:
            return

        def offer() -> GuestOffer:
            return GuestOffer(types=guests.visitor_types(), policies=guests.policies(),
                              languages=settings.offered_languages(), retention_days=settings.retention_days,
                              mobilepay_number=settings.mobilepay_number, closing_time=settings.closing_time)

        def opened(o: GuestOffer) -> None:
            self.guest.start(o, self.languages.current)
            self.window.stack.setCurrentWidget(self.guest)

        self.tasks.run(offer, opened, self.on_storage_failed)

    @Slot(str)
    def find_hosts(self, typed: str) -> None:
        if self.guests is not None:
            guests = self.guests
            self.tasks.run(lambda: guests.find_hosts(typed), self.guest.set_hosts)

    @Slot(object)
    def register_guest(self, form: object) -> None:
        assert self.guests is not None
        guests = self.guests
        self.tasks.run(lambda: guests.register(form), self.on_guest_registered,  # type: ignore[arg-type]
                       self.guest.show_error)

    def on_guest_registered(self, day_pass: DayPass) -> None:
        log.info("guest checked in", extra={"event": "guest_checked_in", "member_id": day_pass.member_id})
        self.guest.show_pass(day_pass)
        self.sounds.play("welcome")
        self.sync_soon.emit()
        self.count_requested.emit()

    @Slot(str)
    def set_language(self, lang: str) -> None:
        self.languages.switch(lang)
        self.scan.set_language(self.languages.current)

    @Slot()
    def back_to_door(self) -> None:
        """After a guest: the door speaks its own language again. Only from the guest flow itself
        (its idle timer may end it behind a member's welcome: that welcome ends at the door)."""
        if self._covered is self.guest:
            self._covered = None
        if self.languages.current != self.start_language:
            self.set_language(self.start_language)
        if self.window.stack.currentWidget() is self.guest:
            self.show_scan()

    def _host_view_closed(self) -> None:
        if self.desk is not None:
            self.desk.host.session(None)
        if self._covered is self.host:
            self._covered = None  # closed behind an answer: the answer ends at the door
        if self.window.stack.currentWidget() is self.host:
            self.show_scan()

    def _back_from(self, screen: QWidget) -> None:
        """A keypad gave up (cancel, or its own idle timer): back to the door only if that keypad
        is still on screen. A timer left running must never close what came after it: it threw
        hosts out of the host view after 30 s (issue 11)."""
        if self.window.stack.currentWidget() is screen:
            self.show_scan()

    @Slot()
    def show_host_unlock(self) -> None:
        self.host_unlock.start()
        self.window.stack.setCurrentWidget(self.host_unlock)
        self.host_lock_asked.emit("")

    @Slot(object)
    def on_host_unlock(self, answer: UnlockAnswer | str) -> None:
        if isinstance(answer, str):
            answer = UnlockAnswer(Unlock(answer))
        if answer.result is not Unlock.OPEN:
            self.host_unlock.refused(answer.value, answer.seconds_left)
            return
        self.host_unlock.finish()  # its 30 s timer must not close the host view (issue 11)
        if self.desk is not None:
            self.desk.host.session(answer.host_id)  # what they do now is theirs in the audit log
        if self.host.door_row is not None:
            self.host.door_row.set_host(answer.host_id, answer.door_pin)
        log.info("host view opened", extra={"event": "host_view", "member_id": answer.host_id})
        self.host_refresh_requested.emit()
        self.host.open_view()
        self.window.stack.setCurrentWidget(self.host)

    @Slot(object)
    def follow_settings(self, settings: SpaceSettings) -> None:
        """New settings from the host view: the door's screens follow at once."""
        self.scan.space_name.setText(settings.space_name)
        self.languages.offered = settings.offered_languages()
        self.start_language = settings.language
        self.scan.set_offered(self.languages.offered)
        self.result.set_seconds(settings.result_seconds)
        self.scan.set_contact(settings.contact)
        self.scan.set_language(self.languages.current)

    @Slot()
    def purge(self) -> None:
        """The retention rule, run by the door itself: no cron job to forget."""
        if self.desk is not None:
            privacy, files = self.desk.privacy, self.desk.files

            def purge() -> int:
                privacy.purge()
                return files.prune(privacy.retention_days)

            self.tasks.run(purge, lambda _removed: None, lambda message: log.error("purge failed: %s", message))
            backups = self.desk.backups
            if backups is not None:
                # The night's verified copy, on the host-tasks thread: the door's scans never wait
                # for it (SQLite's online backup reads beside the door's writes).
                self.tasks.run(backups.nightly, lambda _made: None,
                               lambda message: log.error("nightly backup failed: %s", message))

    @Slot()
    def print_evacuation(self) -> None:
        if self.desk is None:
            self.host.say(describe(KioskError("no printer set up", Code.NO_PRINTER)))
            return
        files = self.desk.files
        self.tasks.run(files.evacuation, self.host.evacuation_written, self.host.say)

    @Slot(object)
    def show_roll_call(self, people: list[PresenceEntry]) -> None:
        self.host.hold()
        self.roll_call.show_people(people)
        self.window.stack.setCurrentWidget(self.roll_call)

    @Slot()
    def roll_call_by_card(self) -> None:
        """A host card alone opens the evacuation roll call: an emergency never waits for a PIN."""
        self._roll_call_by_card = self._roll_call_waiting = True
        log.info("roll call opened with a host card", extra={"event": "roll_call_by_card"})
        self.host_refresh_requested.emit()

    @Slot(object)
    def _people_for_roll_call(self, people: list[PresenceEntry]) -> None:
        if self._roll_call_waiting:
            self._roll_call_waiting = False
            self.roll_call.show_people(people)
            self.window.stack.setCurrentWidget(self.roll_call)

    @Slot()
    def back_from_roll_call(self) -> None:
        if self._roll_call_by_card:
            self._roll_call_by_card = False
            self.show_scan()
            return
        self.host.open_view()
        self.window.stack.setCurrentWidget(self.host)

    @Slot()
    def toggle_fullscreen(self) -> None:
        """Only a host leaves fullscreen (for maintenance) or goes back to it."""
        if self.window.isFullScreen():
            log.info("fullscreen left by a host", extra={"event": "host_window"})
            self.window.leave_fullscreen()
        else:
            self.window.windowed = False
            self.window.present()

    @Slot()
    def quit_by_host(self) -> None:
        """Only a host may leave the kiosk: allow the window to close, end the app."""
        log.info("kiosk closed by a host", extra={"event": "host_quit"})
        self.window.allow_close = True
        self.window.close()
        QApplication.quit()

    @Slot()
    def show_manual_entry(self) -> None:
        self.manual.start()
        self.window.stack.setCurrentWidget(self.manual)

    @Slot()
    def show_scan(self) -> None:
        self.window.stack.setCurrentWidget(self.scan)

    @Slot(str)
    def choose_language(self, lang: str) -> None:
        """A language's own button at the door: that language now, the door's own again after a while."""
        self._holder_language = False  # chosen by the person at the door, not by a card
        self.languages.switch(lang)
        self.scan.set_language(self.languages.current)
        log.info("language %s", self.languages.current, extra={"event": "language", "lang": self.languages.current})
        self._language_idle.start()

    def _language_back(self) -> None:
        if self.languages.current == self.start_language:
            return
        if not self.at_the_door():  # someone is busy (a guest, a host): wait for the door again
            self._language_idle.start()
            return
        self.set_language(self.start_language)
        log.info("language back to %s", self.start_language,
                 extra={"event": "language_back", "lang": self.start_language})

    def _update_clock(self) -> None:
        now: datetime = self._now().astimezone(self._tz)
        self.scan.set_clock(now.strftime("%H:%M"))
        # After hours with a lock: each person scans, so no one walks in behind someone and
        # misses the evacuation list.
        self.scan.set_one_scan_per_person(self._door_active() and not self.settings.hours().is_open(now))
