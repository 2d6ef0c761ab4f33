"""A guest's registration at the door: the offer, the host search, the form, the day pass."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from kiosk.domain.countdown import DoorTimeouts
from kiosk.domain.settings import SpaceSettings
from kiosk.services.guests import DayPass, GuestService
from kiosk.ui.screens.guest import GuestFlow, GuestOffer
from kiosk.ui.sound import Sounds
from kiosk.ui.tasks import Tasks

from .language import DoorLanguage
from .stage import DoorStage

log = logging.getLogger(__name__)


class GuestRegistration(QObject):
    def __init__(self, guests: GuestService | None, stage: DoorStage, language: DoorLanguage, tasks: Tasks,
                 sounds: Sounds, settings: Callable[[], SpaceSettings], timeouts: DoorTimeouts,
                 registered: Callable[[], None], failed: Callable[[object], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guests, self._stage, self._language, self._tasks = guests, stage, language, tasks
        self._sounds, self._settings, self._registered, self._failed = sounds, settings, registered, failed
        self.screen = GuestFlow(timeouts=timeouts)
        stage.add(self.screen)
        self.screen.language_chosen.connect(language.set_language)
        self.screen.host_search.connect(self.find_hosts)
        self.screen.submitted.connect(self.register)
        self.screen.cancelled.connect(self.back_to_door)
        self.screen.finished.connect(self.back_to_door)

    @Slot()
    def show(self) -> None:
        guests, settings = self.guests, self._settings()
        if guests is None:
            return

        def offer() -> GuestOffer:
            return GuestOffer(types=guests.visitor_types(), policies=guests.policies(),
                              languages=settings.offered_languages(), retention_days=settings.retention_days,
                              mobilepay_number=settings.mobilepay_number,
                              closing_time=guests.closing_today())

        def opened(o: GuestOffer) -> None:
            self.screen.start(o, self._language.languages.current)
            self._stage.show(self.screen)

        self._tasks.run(offer, opened, self._failed)

    @Slot(str)
    def find_hosts(self, typed: str) -> None:
        if self.guests is not None:
            guests = self.guests
            self._tasks.run(lambda: guests.find_hosts(typed), self.screen.set_hosts)

    @Slot(object)
    def register(self, form: object) -> None:
        assert self.guests is not None
        guests = self.guests
        self._tasks.run(lambda: guests.register(form), self.registered,  # type: ignore[arg-type]
                        self.screen.show_error)

    def registered(self, day_pass: DayPass) -> None:
        log.info("guest checked in", extra={"event": "guest_checked_in", "member_id": day_pass.member_id})
        self.screen.show_pass(day_pass)
        self._sounds.play("welcome")
        self._registered()

    @Slot()
    def back_to_door(self) -> None:
        """After a guest: the door speaks its own language again. Only from the guest flow itself
        (its idle timer may end it behind a member's welcome: that welcome ends at the door)."""
        self._stage.forget(self.screen)
        self._language.back_to_own()
        if self._stage.showing(self.screen):
            self._stage.show_scan()
