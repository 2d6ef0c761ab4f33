"""Runs the first-run set-up screen: the use case off the GUI thread, the camera's frames and
codes to the screen while it is up, and the door once it is done."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.domain.settings import SpaceSettings
from kiosk.domain.setup_flow import SetupDraft
from kiosk.services.setup import FirstRunSetup, JoinFailed
from kiosk.ui.screens.setup import SetupScreen
from kiosk.ui.tasks import Tasks

log = logging.getLogger(__name__)


class SetupController(QObject):
    finished = Signal(object)  # the SpaceSettings now in force

    def __init__(self, screen: SetupScreen, setup: FirstRunSetup, tasks: Tasks,
                 settings: Callable[[], SpaceSettings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen, self.setup, self.tasks, self._settings = screen, setup, tasks, settings
        screen.finish_requested.connect(self.run)
        screen.done.connect(lambda: self.finished.emit(self._settings()))

    def run(self, draft: SetupDraft) -> None:
        setup = self.setup

        def attempt() -> str | JoinFailed:
            try:
                return setup.finish(draft)
            except JoinFailed as exc:  # the server's answer, not a bug: the screen says it
                return exc

        self.tasks.run(attempt, self._answered, self.screen.failed)

    def _answered(self, value: str | JoinFailed) -> None:
        if isinstance(value, JoinFailed):
            log.warning("first-run join failed: %s", value.detail,
                        extra={"event": "setup_join_failed", "problem": value.problem.value})
            self.screen.join_failed(value.problem, value.detail)
        else:
            self.screen.finished(value)
