"""The host PIN's lockout: five wrong PINs lock the keypad, longer each time, at most 15 minutes.
Kept in the database (a restart does not clear it). Time is passed in."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise

MAX_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)  # the first lock; each further lock in a row adds as much
MAX_LOCKOUT = timedelta(minutes=15)
PAD = "pad"  # the lockout of PINs typed after "Host" (any host's PIN may be guessed there)


@dataclass(frozen=True)
class Lockout:
    failures: int = 0  # wrong PINs since the last lock or success
    locks: int = 0  # locks in a row: each waits longer
    locked_until: datetime | None = None

    def seconds_left(self, now: datetime) -> int:
        """Seconds until the keypad opens again; 0 when it is open. Never more than the cap, so a
        clock that jumped back does not lock a host out for hours."""
        if self.locked_until is None or now >= self.locked_until:
            return 0
        return min(math.ceil((self.locked_until - now).total_seconds()), int(MAX_LOCKOUT.total_seconds()))

    def locked(self, now: datetime) -> bool:
        return self.seconds_left(now) > 0

    def after(self, correct: bool, now: datetime) -> Lockout:
        if correct:
            return Lockout()
        failures = self.failures + 1
        if failures < MAX_ATTEMPTS:
            return replace(self, failures=failures)
        wait = min(LOCKOUT * (self.locks + 1), MAX_LOCKOUT)
        return Lockout(failures=0, locks=self.locks + 1, locked_until=now + wait)


def valid_pin(pin: str) -> bool:
    """The PIN's form (4 to 8 digits): what a keypad may send. A PIN set before the weak-PIN rule
    still opens; only a new PIN must also be hard to guess (pin_problem)."""
    return pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8


class PinProblem(StrEnum):
    RULES = "pin_rules"  # not 4 to 8 digits
    WEAK = "pin_weak"  # the first ones a stranger tries: 1111, 1234, 9876, a year


def weak_pin(pin: str) -> bool:
    """PINs anyone would try first: one digit repeated, a run up or down, a year, a date-like
    pair repeated (1212), and the well-known ones."""
    if not pin.isdigit():
        return False
    if len(set(pin)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    if steps in ({1}, {9}):
        return True
    if len(pin) == 4 and 1900 <= int(pin) <= 2099:
        return True
    half = len(pin) // 2
    if len(pin) % 2 == 0 and pin[:half] == pin[half:] and half <= 3:
        return True
    return pin in {"1122", "112233", "121212", "123123", "654321", "123321", "159753", "147258", "696969"}


def pin_problem(pin: str) -> PinProblem | None:
    """The one rule for a new host PIN, wherever it is typed (the set-up, the host view's
    settings, `kiosk host-pin`): 4 to 8 digits, and none of the PINs a stranger tries first
    (weak_pin). Opening the door from the host view asks more (domain.door.pin_problem)."""
    if not valid_pin(pin):
        return PinProblem.RULES
    if weak_pin(pin):
        return PinProblem.WEAK
    return None


HOST_CHECKOUT_REASONS = ("forgot", "left_without_scanning", "other")
HOST_CHECKIN_REASONS = ("no_card", "code_will_not_read", "other")
