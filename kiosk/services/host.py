"""The host's way in at the door: each host's own PIN (scrypt), a lockout kept in the database.

Two ways in: "Host" and a PIN (any host's PIN; wrong ones count against the pad as a whole),
or a host card and then that host's PIN (wrong ones count against that host). The shared kiosk
PIN of earlier versions becomes the first host's PIN (adopt_kiosk_pin)."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.hashing import hash_secret, verify_secret
from kiosk.domain.door import pin_problem as door_pin_problem
from kiosk.domain.host import PAD, Lockout, PinProblem, pin_problem, valid_pin
from kiosk.domain.members import MemberStatus
from kiosk.domain.problems import Code

from .audit import AuditTrail
from .ports import Clock, HostTx, Store

log = logging.getLogger(__name__)
HOST_DOOR_PIN_DIGITS = 6  # opening the door from the host view (domain.door.pin_problem)
SETTING = "host_pin_hash"  # the shared kiosk PIN of earlier versions, until a host takes it over


class Unlock(enum.StrEnum):
    OPEN = "open"
    WRONG = "wrong"
    LOCKED = "locked"  # too many wrong PINs: wait
    NO_PIN = "no_pin"  # no host PIN has been set (kiosk host-pin)


@dataclass(frozen=True)
class UnlockAnswer:
    result: Unlock
    host_id: str | None = None  # who unlocked (None: the kiosk PIN of an install without hosts)
    seconds_left: int = 0  # while LOCKED
    door_pin: bool = False  # OPEN with a PIN strong enough to open the door from the host view (6+ digits)

    @property
    def value(self) -> str:
        return self.result.value


class HostAccess:
    def __init__(self, store: Store[HostTx], clock: Clock, audit: AuditTrail | None = None) -> None:
        self._store, self._clock = store, clock
        self.audit = audit

    def session(self, host_id: str | None) -> None:
        """The host view opened for host_id (None: closed, or the kiosk PIN): their actions are
        recorded under their id. No I/O: the GUI thread calls it."""
        if self.audit is not None:
            self.audit.actor = host_id

    def hosts(self) -> list[tuple[str, str, bool]]:
        """(id, name, has a PIN) of every active host."""
        with self._store.transaction() as tx:
            pins = tx.host_pins()
            # Demo members never hold a PIN: it would go with them when the first real member comes.
            return [(m.id, m.name, m.id in pins) for m in tx.hosts()
                    if m.status is MemberStatus.ACTIVE and not m.demo]

    def set_pin(self, pin: str, host_id: str | None = None) -> str | None:
        """Set a host's PIN. Without host_id: the only host's, or (no host yet) the kiosk PIN that
        the first host takes over. Returns the host id set (None: the kiosk PIN)."""
        problem = pin_problem(pin)
        if problem is PinProblem.RULES:
            raise InvalidInput("a host PIN is 4 to 8 digits", Code.HOST_PIN_DIGITS)
        if problem is PinProblem.WEAK:
            raise InvalidInput("that PIN is among the first a stranger would try (one digit repeated, a run like "
                               "1234 or 9876, or a year): choose another", Code.HOST_PIN_WEAK)
        hosts = self.hosts()
        if host_id is None:
            if len(hosts) > 1:
                raise InvalidInput("this kiosk has several hosts: name one (kiosk host-pin --host ID); "
                                   f"hosts: {', '.join(f'{i} {n}' for i, n, _ in hosts)}")
            host_id = hosts[0][0] if hosts else None
        elif host_id not in {i for i, _, _ in hosts}:
            raise NotFound(f"no active host with id {host_id!r} (kiosk members add --host)")
        with self._store.transaction() as tx:
            if host_id is None:
                tx.set_setting(SETTING, hash_secret(pin))
            else:
                tx.set_host_pin(host_id, hash_secret(pin))
                tx.set_lockout(host_id, Lockout())
        return host_id

    def adopt_kiosk_pin(self) -> str | None:
        """The shared kiosk PIN of an earlier version becomes the first host's own (by the time
        they were added), once there is a host without a PIN. Returns that host's id."""
        with self._store.transaction() as tx:
            stored = tx.setting(SETTING)
            if not stored:
                return None
            pins = tx.host_pins()
            hosts = [m for m in tx.hosts() if not m.demo and m.id not in pins]  # oldest first
            if not hosts:
                return None
            first = hosts[0]
            tx.set_host_pin(first.id, stored)
            tx.delete_setting(SETTING)
        log.info("the kiosk PIN is now the PIN of the first host", extra={"event": "host_pin_adopted",
                                                                          "member_id": first.id})
        return first.id

    def lock_state(self, host_id: str | None = None) -> int:
        """Seconds the keypad stays locked (0: open), for the pad or a host."""
        with self._store.transaction() as tx:
            return tx.lockout(host_id or PAD).seconds_left(self._clock.now())

    def unlock(self, pin: str, host_id: str | None = None) -> UnlockAnswer:
        """The PIN typed after "Host" (host_id None: any host's) or after a host's card."""
        subject = host_id or PAD
        with self._store.transaction() as tx:
            lockout = tx.lockout(subject)
            left = lockout.seconds_left(self._clock.now())
            if left:
                return UnlockAnswer(Unlock.LOCKED, seconds_left=left)
            pins = tx.host_pins()
            active = {m.id for m in tx.hosts() if m.status is MemberStatus.ACTIVE and not m.demo}
            candidates: list[tuple[str | None, str]] = [(h, p) for h, p in pins.items() if h in active]
            if host_id is not None:
                candidates = [(h, p) for h, p in candidates if h == host_id]
            elif (kiosk_pin := tx.setting(SETTING)) and not candidates:
                candidates = [(None, kiosk_pin)]
        if not candidates:
            return UnlockAnswer(Unlock.NO_PIN)
        # scrypt outside the transaction: the door's check-ins never wait behind it
        match = next((h for h, stored in candidates if verify_secret(pin, stored)), "") if valid_pin(pin) else ""
        now = self._clock.now()
        with self._store.transaction() as tx:
            after = tx.lockout(subject).after(match != "", now)
            tx.set_lockout(subject, after)
            if match != "" and self.audit is not None:
                self.audit.actor = match
                self.audit.write(tx, "host_view", None, "card and PIN" if host_id else "PIN")
        if match != "":
            strong = door_pin_problem(pin, HOST_DOOR_PIN_DIGITS) is None
            return UnlockAnswer(Unlock.OPEN, host_id=match, door_pin=strong)
        left = after.seconds_left(now)
        if left:
            log.warning("host keypad locked after wrong PINs", extra={"event": "host_pin_locked",
                                                                      "subject": subject, "seconds": left})
            return UnlockAnswer(Unlock.LOCKED, seconds_left=left)
        return UnlockAnswer(Unlock.WRONG)

    def end_lockouts(self) -> int:
        """`kiosk host-pin --unlock`: a person at the machine ends every lockout. Returns how many."""
        with self._store.transaction() as tx:
            return tx.clear_lockouts(self._clock.now())
