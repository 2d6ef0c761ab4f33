"""The host PIN's guard: five wrong PINs lock the keypad for five minutes. Time is passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


@dataclass
class PinGuard:
    failures: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def record(self, correct: bool, now: datetime) -> None:
        if correct:
            self.failures, self.locked_until = 0, None
            return
        self.failures += 1
        if self.failures >= MAX_ATTEMPTS:
            self.failures, self.locked_until = 0, now + LOCKOUT


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 8


HOST_CHECKOUT_REASONS = ("forgot", "left_without_scanning", "other")
HOST_CHECKIN_REASONS = ("no_card", "code_will_not_read", "other")
