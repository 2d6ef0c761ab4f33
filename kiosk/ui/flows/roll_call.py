"""The evacuation roll call: from the host view, or with a host card alone (never waiting for a PIN)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from kiosk.domain.presence import PresenceEntry
from kiosk.ui.screens.host_pages.roll_call import RollCallScreen
from kiosk.ui.workers import DoorWorker

from .host_view import HostViewSession
from .stage import DoorStage

log = logging.getLogger(__name__)


class RollCall(QObject):
    def __init__(self, stage: DoorStage, host: HostViewSession, worker: DoorWorker, refresh: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stage, self._host, self._refresh = stage, host, refresh
        self.screen = RollCallScreen()
        stage.add(self.screen)
        host.view.roll_call_requested.connect(self.show_roll_call)
        self.screen.done.connect(self.back)
        host.pad.roll_call_requested.connect(self.by_card)
        self._by_card = self._waiting = False
        worker.host_people.connect(self._people)

    @Slot(object)
    def show_roll_call(self, people: list[PresenceEntry]) -> None:
        self._host.view.hold()
        self.screen.show_people(people)
        self._stage.show(self.screen)

    @Slot()
    def by_card(self) -> None:
        """A host card alone opens the evacuation roll call: an emergency never waits for a PIN."""
        self._by_card = self._waiting = True
        log.info("roll call opened with a host card", extra={"event": "roll_call_by_card"})
        self._refresh()

    @Slot(object)
    def _people(self, people: list[PresenceEntry]) -> None:
        if self._waiting:
            self._waiting = False
            self.screen.show_people(people)
            self._stage.show(self.screen)

    @Slot()
    def back(self) -> None:
        if self._by_card:
            self._by_card = False
            self._stage.show_scan()
            return
        self._host.reopen()
