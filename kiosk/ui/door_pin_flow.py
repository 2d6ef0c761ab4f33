"""Card + PIN at the door, wired: the door worker says a card needs its holder's PIN (nothing
recorded yet), the PIN pad (ui.screens.door_pin) asks for it, and the PIN goes back to the worker
with the card's code; the door's answer (opened, or refused: pin_locked after too many wrong PINs)
comes as any result does. A wrong PIN with tries left comes back to the pad. Kept out of the
controller: it only hands over the window, the worker, the sounds and a way back to the door."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QStackedWidget

from kiosk.domain.countdown import DoorTimeouts
from kiosk.services.checkin import PinStep, ScanResult
from kiosk.ui.screens.door_pin import DoorPinScreen

log = logging.getLogger(__name__)


class DoorPinFlow(QObject):
    pin_entered = Signal(str, str)  # the card's code, the PIN: to DoorWorker.check_with_pin

    def __init__(self, stack: QStackedWidget, worker: QObject, play: Callable[[str], None],
                 back_to_door: Callable[[DoorPinScreen], None], timeouts: DoorTimeouts | None = None) -> None:
        super().__init__()
        self.screen = DoorPinScreen(timeouts=timeouts)
        self._stack = stack
        stack.addWidget(self.screen)
        self.screen.countdown.warning_started.connect(lambda: play("warning"))
        self.screen.cancelled.connect(lambda: back_to_door(self.screen))
        self.screen.submitted.connect(self.pin_entered)
        self.pin_entered.connect(worker.check_with_pin)  # type: ignore[attr-defined]
        worker.pin_asked.connect(self.on_pin_asked)  # type: ignore[attr-defined]
        worker.result.connect(self.on_answer)  # type: ignore[attr-defined]
        self._play = play

    @Slot(str, object)
    def on_pin_asked(self, code: str, result: ScanResult) -> None:
        if result.pin is PinStep.WRONG and self.screen.waiting:
            self.screen.wrong(result.pin_tries_left)
            self._play("refused")
            return
        self.screen.start(code, result.first_name or "")
        self._stack.setCurrentWidget(self.screen)
        self._play("warning")  # a sound says "one more step", as the screen does
        log.info("door PIN pad shown", extra={"event": "door_pin_pad", "member_id": result.member_id})

    @Slot(object, object)
    def on_answer(self, result: ScanResult, timing: object) -> None:
        """Any answer of the door (this card's, or another scan's) ends the pad's wait."""
        self.screen.finish()
