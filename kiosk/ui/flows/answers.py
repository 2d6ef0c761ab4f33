"""The door's answers: a scan's result, the lock's answer after it, storage problems and bugs, the
checklists of the first in and the last out, who's here, and "Hide me" on a welcome."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kiosk import trace
from kiosk.domain.checkin import Outcome
from kiosk.domain.checklists import checklist_for
from kiosk.domain.countdown import DoorTimeouts
from kiosk.domain.settings import SpaceSettings
from kiosk.domain.social import HereNow
from kiosk.services.checkin import ScanResult
from kiosk.services.door import LOCK_FAILED, DoorResult
from kiosk.ui.error_text import describe
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.checklist import ChecklistScreen
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.screens.whos_here import WhosHereScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.workers import DoorWorker, Timing, WelcomeSocial

from .stage import DoorStage

log = logging.getLogger(__name__)


class DoorAnswers(QObject):
    hide_requested = Signal(str)  # member id: "Hide me" on a welcome
    door_out_requested = Signal(str)  # member id: "Out" on the door's In / Out question

    def __init__(self, stage: DoorStage, scan: ScanScreen, result: ResultScreen, worker: DoorWorker,
                 sounds: Sounds, languages: Languages, settings: Callable[[], SpaceSettings],
                 timeouts: DoorTimeouts, answered: Callable[[], None], count: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage, self._scan, self.result, self._sounds = stage, scan, result, sounds
        self._languages, self._settings, self._answered, self._count = languages, settings, answered, count
        self.last_result: ScanResult | None = None
        self.last_timing: Timing | None = None
        # After the answer (and its checklist): on to the door, or to the host view for a host's card.
        self.then: Callable[[ScanResult | None], None] = lambda _result: stage.show_scan()
        self.lock_failed: Callable[[], None] = lambda: None
        # Before the answer is drawn: the holder's language, when known (DoorLanguage.answer_in).
        self.before_answer: Callable[[ScanResult], None] = lambda _result: None
        # The social door: who is in (names only of members who opted in), "Who's here", "Hide
        # me" on a welcome, and the checklists of unstaffed days.
        self.here = HereNow((), 0)
        self._welcome_social: WelcomeSocial | None = None
        self.whos_here = WhosHereScreen(shown_ms=timeouts.ms(timeouts.whos_here))
        self.checklist = ChecklistScreen()
        stage.add(self.whos_here, self.checklist)
        scan.whos_here_requested.connect(self.show_whos_here)
        self.whos_here.closed.connect(lambda: stage.back_from(self.whos_here))
        self.checklist.finished.connect(self._checklist_done)
        self._after_checklist: ScanResult | None = None
        result.finished.connect(self.after_result)
        worker.result.connect(self.on_result)
        worker.failed.connect(self.on_storage_failed)
        worker.bug.connect(self.on_bug)
        worker.count.connect(scan.set_in_now)
        worker.here.connect(self.on_here)
        worker.welcome_social.connect(self.on_welcome_social)
        result.hide_requested.connect(self.hide_requested)
        self.hide_requested.connect(worker.withdraw)
        worker.withdrawn.connect(result.hidden)
        # The door lock: its answer after the result, "Out" on In / Out, "One scan per person".
        worker.door_answer.connect(self.on_door)
        result.door.out_requested.connect(self.door_out_requested)
        self.door_out_requested.connect(worker.door_out)

    def stop(self) -> None:
        self.result.stop()
        self.whos_here.stop()
        self.checklist.stop()

    @Slot(object, object)
    def on_result(self, result: ScanResult, timing: Timing) -> None:
        trace.mark(timing.frame_seq, "gui_result")
        self.before_answer(result)
        self._stage.cover()
        self.last_result, self.last_timing = result, timing
        self._answered()
        social, self._welcome_social = self._welcome_social, None
        self.checklist.stop()  # a scan during a checklist: that person's answer comes first
        self._after_checklist = None
        if result.door is not None:
            self.result.set_opening_hours(self._settings().hours(), self._languages.current)
        self.result.show_result(result, social)
        trace.mark(timing.frame_seq, "laid_out")
        self._stage.show(self.result)
        self.result.repaint()  # painted now, so "shown" below is true
        trace.mark(timing.frame_seq, "painted")
        self._sounds.play(self.result.kind)
        shown = time.monotonic()
        trace.mark(timing.frame_seq, "sound", shown)
        frame_time = timing.frame_time
        stages = trace.take(timing.frame_seq) if trace.ENABLED else None
        log.info("result shown", extra={
            "event": "result_shown", "outcome": result.outcome.value, "shown_as": result.shown_as.value,
            "member_id": result.member_id, "frame_to_commit_ms": timing.frame_to_commit_ms,
            "frame_to_shown_ms": round((shown - frame_time) * 1000, 2) if frame_time else None,
            "frame_seq": timing.frame_seq or None,
            "commit_ms": round(timing.commit_ms, 2), **({"trace": stages} if stages else {})})

    @Slot()
    def after_result(self) -> None:
        """Back to scanning; the checklist first for the first one in or the last out; after a
        host's card, on to the host view (the card unlocks it)."""
        result, self.last_result = self.last_result, None
        covered = self._stage.uncover()
        if covered is not None:
            # A host is at the screen: no checklist over their work, no keypad for a host card.
            self._stage.show(covered)
            return
        lines = self._checklist_lines(result)
        if result is not None and lines:
            kind = checklist_for(result.outcome is Outcome.CHECKED_IN, result.outcome is Outcome.CHECKED_OUT,
                                 result.others_in, result.guest)
            assert kind is not None
            self._after_checklist = result
            self.checklist.start(kind, lines)
            self._stage.show(self.checklist)
            log.info("checklist shown", extra={"event": "checklist", "kind": kind.value,
                                               "member_id": result.member_id})
            return
        self.then(result)

    def _checklist_lines(self, result: ScanResult | None) -> list[str]:
        if result is None:
            return []
        kind = checklist_for(result.outcome is Outcome.CHECKED_IN, result.outcome is Outcome.CHECKED_OUT,
                             result.others_in, result.guest)
        return self._settings().checklist(kind.value) if kind is not None else []

    @Slot()
    def _checklist_done(self) -> None:
        result, self._after_checklist = self._after_checklist, None
        if self._stage.showing(self.checklist):
            self.then(result)

    @Slot(object, object)
    def on_door(self, door: DoorResult, member_id: str | None) -> None:
        self.result.show_door(door, member_id)
        if door.door == LOCK_FAILED:
            self._sounds.play("refused")  # told at once, in more than one sense
            self.lock_failed()

    @Slot(object)
    def on_storage_failed(self, problem: object) -> None:
        """A StorageFailed from the door worker, or a host task's message already worded."""
        self._stage.cover()
        self.result.show_storage_error(describe(problem) if isinstance(problem, BaseException) else str(problem))
        self._stage.show(self.result)
        self._sounds.play("refused")

    @Slot()
    def on_bug(self) -> None:
        """Not something a person can fix (it was logged with its traceback): say so, keep going."""
        self._stage.cover()
        self.last_result = None
        self.result.show_bug()
        self._stage.show(self.result)
        self._sounds.play("refused")

    @Slot(object)
    def on_here(self, here: HereNow) -> None:
        self.here = here
        self._scan.set_here(here)
        if self._stage.showing(self.whos_here):
            self.whos_here.show_here(here)

    @Slot(object)
    def on_welcome_social(self, social: WelcomeSocial) -> None:
        self._welcome_social = social  # the result it belongs to comes next

    @Slot()
    def show_whos_here(self) -> None:
        self.whos_here.start(self.here)
        self._stage.show(self.whos_here)
        self._count()  # fresh from the database; shown when it comes
