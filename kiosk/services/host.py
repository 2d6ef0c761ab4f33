"""The host's way in at the door: a PIN (hashed with scrypt) guarded against guessing."""

from __future__ import annotations

import enum

from kiosk.core.errors import InvalidInput
from kiosk.core.hashing import hash_secret, verify_secret
from kiosk.domain.host import PinGuard, valid_pin

from .ports import Clock, DoorStore

SETTING = "host_pin_hash"


class Unlock(enum.StrEnum):
    OPEN = "open"
    WRONG = "wrong"
    LOCKED = "locked"  # too many wrong PINs: wait
    NO_PIN = "no_pin"  # no host PIN has been set (kiosk host-pin)


class HostAccess:
    def __init__(self, store: DoorStore, clock: Clock) -> None:
        self._store, self._clock = store, clock
        self.guard = PinGuard()

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise InvalidInput("a host PIN is 4 to 8 digits")
        with self._store.transaction() as tx:
            tx.set_setting(SETTING, hash_secret(pin))

    def unlock(self, pin: str) -> Unlock:
        now = self._clock.now()
        if self.guard.locked(now):
            return Unlock.LOCKED
        with self._store.reading() as tx:
            stored = tx.setting(SETTING)
        if not stored:
            return Unlock.NO_PIN
        correct = verify_secret(pin, stored)
        self.guard.record(correct, now)
        if correct:
            return Unlock.OPEN
        return Unlock.LOCKED if self.guard.locked(now) else Unlock.WRONG
