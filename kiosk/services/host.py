"""The host's way in at the door: a PIN (hashed with scrypt) guarded against guessing."""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets

from kiosk.domain.host import PinGuard, valid_pin

from .errors import InvalidInput
from .ports import Clock, DoorStore

SETTING = "host_pin_hash"


class Unlock(enum.StrEnum):
    OPEN = "open"
    WRONG = "wrong"
    LOCKED = "locked"  # too many wrong PINs: wait
    NO_PIN = "no_pin"  # no host PIN has been set (kiosk host-pin)


def _hash(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()


class HostAccess:
    def __init__(self, store: DoorStore, clock: Clock) -> None:
        self._store, self._clock = store, clock
        self.guard = PinGuard()

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise InvalidInput("a host PIN is 4 to 8 digits")
        salt = secrets.token_bytes(16)
        with self._store.transaction() as tx:
            tx.set_setting(SETTING, f"{salt.hex()}${_hash(pin, salt)}")

    def unlock(self, pin: str) -> Unlock:
        now = self._clock.now()
        if self.guard.locked(now):
            return Unlock.LOCKED
        with self._store.reading() as tx:
            stored = tx.setting(SETTING)
        if not stored:
            return Unlock.NO_PIN
        salt, digest = stored.split("$")
        correct = hmac.compare_digest(_hash(pin, bytes.fromhex(salt)), digest)
        self.guard.record(correct, now)
        if correct:
            return Unlock.OPEN
        return Unlock.LOCKED if self.guard.locked(now) else Unlock.WRONG
