"""Card + PIN at the door, wired: the door worker says a card needs its holder's PIN (nothing
recorded yet), the PIN pad (ui.screens.door_pin) asks for it, and the PIN goes back to the worker
with the card's code; the door's answer (opened, or refused: pin_locked after too many wrong PINs)
comes as any result does. A wrong PIN with tries left comes back to the pad."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.domain.countdown import DoorTimeouts
from kiosk.services.checkin import PinStep, ScanResult
from kiosk.ui.screens.door_pin import DoorPinScreen
from kiosk.ui.workers import DoorWorker

from .stage import DoorStage

log = logging.getLogger(__name__)


class DoorPinFlow(QObject):
    pin_entered = Signal(str, str)  # the card's code, the PIN: to DoorWorker.check_with_pin

    def __init__(self, stage: DoorStage, worker: DoorWorker, play: Callable[[str], None],
                 timeouts: DoorTimeouts | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen = DoorPinScreen(timeouts=timeouts)
        self._stage, self._play = stage, play
        stage.add(self.screen)
        self.screen.countdown.warning_started.connect(lambda: play("warning"))
        self.screen.cancelled.connect(lambda: stage.back_from(self.screen))
        self.screen.submitted.connect(self.pin_entered)
        self.pin_entered.connect(worker.check_with_pin)
        worker.pin_asked.connect(self.on_pin_asked)
        worker.result.connect(self.on_answer)

    @Slot(str, object)
    def on_pin_asked(self, code: str, result: ScanResult) -> None:
        if result.pin is PinStep.WRONG and self.screen.waiting:
            self.screen.wrong(result.pin_tries_left)
            self._play("refused")
            return
        self.screen.start(code, result.first_name or "")
        self._stage.show(self.screen)
        self._play("warning")  # a sound says "one more step", as the screen does
        log.info("door PIN pad shown", extra={"event": "door_pin_pad", "member_id": result.member_id})

    @Slot(object, object)
    def on_answer(self, result: ScanResult, timing: object) -> None:
        """Any answer of the door (this card's, or another scan's) ends the pad's wait."""
        self.screen.finish()
