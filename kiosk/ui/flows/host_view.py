"""The host's keypad and the host view session: who opened it, closing it, fullscreen, quitting."""

from __future__ import annotations

import logging
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from kiosk.domain.countdown import DoorTimeouts
from kiosk.services.host import Unlock, UnlockAnswer
from kiosk.ui.screens.host import HostUnlockScreen
from kiosk.ui.screens.host_pages.desk import HostDesk
from kiosk.ui.screens.host_pages.view import HostScreen
from kiosk.ui.tasks import Tasks
from kiosk.ui.workers import DoorWorker

from .stage import DoorStage

log = logging.getLogger(__name__)


class HostViewSession(QObject):
    pin_entered = Signal(str, str)  # PIN, host id ("" after "Host")
    lock_asked = Signal(str)  # host id ("" for the pad)
    check_out_requested = Signal(str, str)

    def __init__(self, stage: DoorStage, worker: DoorWorker, tasks: Tasks, desk: HostDesk | None, tz: ZoneInfo,
                 timeouts: DoorTimeouts, needs_pin: Callable[[], bool], refresh: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage, self.desk, self._needs_pin, self._refresh = stage, desk, needs_pin, refresh
        self.pad = HostUnlockScreen(timeouts=timeouts)
        self.view = HostScreen(tz, tasks=tasks, desk=desk, timeouts=timeouts)
        stage.add(self.pad, self.view)
        self.pad.cancelled.connect(lambda: stage.back_from(self.pad))
        self.pad.submitted.connect(self.pin_entered)
        self.pin_entered.connect(worker.host_unlock)
        self.lock_asked.connect(worker.host_lock_state)
        worker.host_unlock_answer.connect(self.on_host_unlock)
        worker.host_people.connect(self.view.show_people)
        self.view.check_out_requested.connect(self.check_out_requested)
        self.check_out_requested.connect(worker.host_check_out)
        self.view.closed.connect(self._closed)
        self.view.quit_requested.connect(self.quit_by_host)
        self.view.fullscreen_toggle_requested.connect(self.toggle_fullscreen)

    @Slot()
    def show_pad(self) -> None:
        self.pad.start()
        self._stage.show(self.pad)
        self.lock_asked.emit("")

    def open_by_card(self, host_id: str, first_name: str) -> None:
        """A host's card at the camera: on to the host view (a card can be copied: with its
        holder's PIN too when the settings say so, issue 9)."""
        if self._needs_pin():
            self.pad.start(host_id, first_name)
            self._stage.show(self.pad)
            self.lock_asked.emit(host_id)
        else:
            self.on_host_unlock(UnlockAnswer(Unlock.OPEN, host_id=host_id))

    @Slot(object)
    def on_host_unlock(self, answer: UnlockAnswer | str) -> None:
        if isinstance(answer, str):
            answer = UnlockAnswer(Unlock(answer))
        if answer.result is not Unlock.OPEN:
            self.pad.refused(answer.value, answer.seconds_left)
            return
        self.pad.finish()  # its 30 s timer must not close the host view (issue 11)
        if self.desk is not None:
            self.desk.host.session(answer.host_id)  # what they do now is theirs in the audit log
        if self.view.door_row is not None:
            self.view.door_row.set_host(answer.host_id, answer.door_pin)
        log.info("host view opened", extra={"event": "host_view", "member_id": answer.host_id})
        self._refresh()
        self.reopen()

    def reopen(self) -> None:
        self.view.open_view()
        self._stage.show(self.view)

    def _closed(self) -> None:
        if self.desk is not None:
            self.desk.host.session(None)
        self._stage.forget(self.view)  # closed behind an answer: the answer ends at the door
        if self._stage.showing(self.view):
            self._stage.show_scan()

    @Slot()
    def toggle_fullscreen(self) -> None:
        """Only a host leaves fullscreen (for maintenance) or goes back to it."""
        window = self._stage.window
        if window.isFullScreen():
            log.info("fullscreen left by a host", extra={"event": "host_window"})
            window.leave_fullscreen()
        else:
            window.windowed = False
            window.present()

    @Slot()
    def quit_by_host(self) -> None:
        """Only a host may leave the kiosk: allow the window to close, end the app."""
        log.info("kiosk closed by a host", extra={"event": "host_quit"})
        window = self._stage.window
        window.allow_close = True
        window.close()
        QApplication.quit()
