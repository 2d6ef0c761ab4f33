"""The door lock as a use case: which lock, whether a scan opens it (domain.door), opening it
after the check-in committed, and the record of every opening, refusal and lock failure.

The check-in service asks `judge` inside its transaction (a member the door refuses is not
checked in: they are not inside); the door's worker (or `kiosk checkin`) calls `open` after the
commit, so the welcome never waits for the lock, and the lock's answer is recorded in its own
transaction. The lock call runs on the caller's thread (never the GUI thread) with the driver's
deadline under 2 s.
"""

from __future__ import annotations

import enum
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from kiosk.core.errors import InvalidInput, StorageFailed
from kiosk.core.hashing import hash_secret, verify_secret
from kiosk.domain.checkin import Decision, MemberState, Outcome
from kiosk.domain.door import (
    FOB_PREFIX,
    Credential,
    DoorAnswer,
    DoorMoment,
    DoorRefusal,
    Entrant,
    asks_for_pin,
    door_decision,
    fob_uid,
    pin_problem,
)
from kiosk.domain.events import EventKind, door_event
from kiosk.domain.host import MAX_ATTEMPTS
from kiosk.domain.members import Role
from kiosk.domain.visits import SpaceRules
from kiosk.lock.config import LockConfig
from kiosk.lock.port import DoorLock, LockResult, LockStatus

from .audit import AuditTrail
from .live_settings import LiveSettings
from .ports import Clock, DoorGateTx, Ids, Store

log = logging.getLogger(__name__)
LOCK_SETTING = "door_lock"
SYNC_TOKEN, SYNC_LAST_OK = "sync_token", "sync_last_ok"  # the sync engine's state (store.sync_store PREFIX)
CLOCK_SLACK = timedelta(minutes=1)  # as health.check_clock: behind the last event by more is "set back"
HOST_DOOR_PIN_DIGITS = 6
MEMBER_DOOR_PIN_DIGITS = 4

OPENED, NOT_OPENED, LOCK_FAILED = "opened", "not_opened", "lock_failed"


class PinVerdict(enum.StrEnum):
    RIGHT = "right"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinTry:
    verdict: PinVerdict
    tries_left: int = 0  # WRONG: wrong PINs left before the card is refused for a while
    seconds_left: int = 0  # LOCKED: until the card opens again


@dataclass(frozen=True)
class DoorResult:
    """What became of the door after a scan: `kiosk checkin --json`'s "door" and its reason."""

    door: str  # opened | not_opened | lock_failed
    reason: str | None = None  # a DoorRefusal, or the lock's status when it failed, or "no_lock"
    answered_by: str = ""
    seconds: int = 0
    ask_in_or_out: bool = False


class LockHolder:
    """The lock the door uses now; a host setting another swaps it whole (like LiveSettings)."""

    def __init__(self, config: LockConfig, make: Callable[[LockConfig], DoorLock]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._config, self._driver = config, make(config)

    @property
    def config(self) -> LockConfig:
        return self._config

    @property
    def driver(self) -> DoorLock:
        return self._driver

    def replace(self, config: LockConfig) -> None:
        with self._lock:
            self._config, self._driver = config, self._make(config)


class DoorGate:
    def __init__(self, store: Store[DoorGateTx], clock: Clock, settings: LiveSettings, locks: LockHolder,
                 audit: AuditTrail, ids: Ids, kiosk_id: str) -> None:
        self._store, self._clock, self._settings = store, clock, settings
        self._locks, self._audit = locks, audit
        self._ids, self._kiosk_id = ids, kiosk_id
        self._failing: tuple[str, datetime] | None = None  # the lock's last answer, when it was a failure

    @property
    def active(self) -> bool:
        """The door's rules apply only once a lock is set; without one the door only records."""
        return self._locks.config.kind != "none"

    @property
    def config(self) -> LockConfig:
        return self._locks.config

    @property
    def driver(self) -> DoorLock:
        """The lock's driver now (its door sensor reads through it: `kiosk lock sensor`)."""
        return self._locks.driver

    # --- inside the check-in's transaction -----------------------------------------------------
    def judge(self, tx: DoorGateTx, state: MemberState, decision: Decision, credential: Credential,
              now: datetime, rules: SpaceRules) -> DoorAnswer:
        today = rules.local_day(now)
        member = state.member
        right = tx.door_right(member.id)
        guest = member.role is Role.GUEST
        opened_lately = tx.door_openings_since(member.id, now - timedelta(seconds=rules.guard_seconds))
        who = Entrant(
            accepted=decision.outcome is not Outcome.REFUSED,
            visit_open=any(v.day >= today for v in state.open_visits),
            any_hour=right.any_hour, host=member.role is Role.HOST, guest=guest,
            guest_approved=right.guest_approved_on == today,
            openings_in_guard=opened_lately if decision.outcome is Outcome.REPEAT else 0,
            pin_locked=tx.door_pin_lockout(member.id).locked(now))
        policy, moment = self._settings.current().door_policy(), self.moment(tx, now)
        answer = door_decision(who, credential, policy, moment)
        if tx.door_pin_hash(member.id) and asks_for_pin(who, credential, answer, policy, moment):
            return replace(answer, asks_pin=True)
        return answer

    def record_refusal(self, tx: DoorGateTx, member_id: str, answer: DoorAnswer, credential: Credential,
                       now: datetime) -> None:
        """Inside the check-in's transaction, after its event: why the door stayed shut."""
        if answer.opens or answer.refusal in (None, DoorRefusal.CHECKIN_REFUSED):
            return
        assert answer.refusal is not None
        self._audit.write(tx, "door_refused", member_id, f"{answer.refusal.value} {credential.value}")
        tx.record(Decision(Outcome.REPEAT), [door_event(
            EventKind.DOOR_REFUSED, new_id=self._ids.uuid, kiosk_id=self._kiosk_id, now=now,
            member_id=member_id, reason=answer.refusal.value, source=credential.value)])

    def moment(self, tx: DoorGateTx, now: datetime) -> DoorMoment:
        settings = self._settings.current()
        last_event = tx.last_event_at()
        trusted = last_event is None or now >= last_event - CLOCK_SLACK
        enrolled = tx.setting(SYNC_TOKEN) is not None
        last_ok = tx.setting(SYNC_LAST_OK)
        age = None
        if last_ok:
            try:
                age = now - datetime.fromisoformat(last_ok)
            except (ValueError, TypeError):
                age = None
        return DoorMoment(now.astimezone(settings.rules().tz), trusted, enrolled, age)

    def verify_member_pin(self, tx: DoorGateTx, member_id: str, pin: str) -> bool:
        stored = tx.door_pin_hash(member_id)
        return bool(stored) and pin.isdigit() and verify_secret(pin, stored or "")

    def try_member_pin(self, tx: DoorGateTx, member_id: str, pin: str, now: datetime) -> PinTry:
        """The PIN typed after a card, inside the check-in's transaction: right, wrong (with the
        tries left before the card is refused for a while), or locked (now or already). Every
        wrong PIN and every lock is on record (audit log); the PIN itself never is."""
        lockout = tx.door_pin_lockout(member_id)
        if lockout.locked(now):
            return PinTry(PinVerdict.LOCKED, seconds_left=lockout.seconds_left(now))
        right = self.verify_member_pin(tx, member_id, pin)
        after = lockout.after(right, now)
        tx.set_door_pin_lockout(member_id, after)
        if right:
            return PinTry(PinVerdict.RIGHT)
        self._audit.write(tx, "door_pin_wrong", member_id)
        log.warning("wrong door PIN", extra={"event": "door_pin_wrong", "member_id": member_id})
        if after.locked(now):
            self._audit.write(tx, "door_pin_locked", member_id, str(after.seconds_left(now)))
            log.warning("card refused for a while after wrong door PINs", extra={
                "event": "door_pin_locked", "member_id": member_id, "seconds": after.seconds_left(now)})
            return PinTry(PinVerdict.LOCKED, seconds_left=after.seconds_left(now))
        return PinTry(PinVerdict.WRONG, tries_left=MAX_ATTEMPTS - after.failures)

    # --- after the commit ----------------------------------------------------------------------
    def open(self, member_id: str | None, answer: DoorAnswer | None, credential: str = "card") -> DoorResult:
        """Open the lock if the door's answer says so, and record what the lock did."""
        config = self._locks.config
        if answer is None or not self.active:
            return DoorResult(NOT_OPENED, DoorRefusal.NO_LOCK.value)
        if not answer.opens:
            return DoorResult(NOT_OPENED, answer.refusal.value if answer.refusal else None)
        result = self._locks.driver.open(config.seconds)
        return self._record(member_id, result, config.seconds, answer.ask_in_or_out, source=credential)

    def open_by_host(self, host_id: str | None) -> DoorResult:
        """A host opens from the host view (a delivery); the view asked for the host's PIN."""
        if not self.active:
            return DoorResult(NOT_OPENED, DoorRefusal.NO_LOCK.value)
        config = self._locks.config
        return self._record(host_id, self._locks.driver.open(config.seconds), config.seconds, False,
                            source=Credential.HOST_PIN.value)

    def test(self) -> LockResult:
        """`kiosk lock test` and the host view's Test: opens once, says what answered."""
        result = self._locks.driver.open(self._locks.config.seconds)
        self._record(None, result, self._locks.config.seconds, False, action_detail="test", source="test")
        return result

    def rest(self) -> None:
        self._locks.driver.rest()

    def close(self) -> None:
        """The kiosk stops: a line this process holds open goes to rest now (a Shelly or Nuki times itself)."""
        self._locks.driver.finish(0)

    def finish(self) -> None:
        """Before a short-lived command exits: wait for an opening this process timed to end."""
        self._locks.driver.finish(self._locks.config.seconds + 1)

    def lock_problem(self) -> tuple[str, datetime] | None:
        """(status, when) of the lock's last answer if it failed: the host view shows it."""
        return self._failing if self.active else None

    def _record(self, member_id: str | None, result: LockResult, seconds: int, ask: bool,
                action_detail: str = "", source: str = "card") -> DoorResult:
        if result.status is LockStatus.NO_LOCK:
            return DoorResult(NOT_OPENED, DoorRefusal.NO_LOCK.value)
        action = "door_opened" if result.opened else "lock_failed"
        detail = " ".join(p for p in (action_detail, result.status.value, result.detail) if p)
        kind = EventKind.DOOR_OPENED if result.opened else EventKind.LOCK_FAILED
        try:
            with self._store.transaction() as tx:
                self._audit.write(tx, action, member_id, detail)
                tx.record(Decision(Outcome.REPEAT), [door_event(
                    kind, new_id=self._ids.uuid, kiosk_id=self._kiosk_id, now=self._clock.now(),
                    member_id=member_id, reason=result.status.value, source=source)])
        except StorageFailed:  # the door opened (or not) whatever the disk says; logged, never raised
            log.exception("could not record the lock's answer", extra={"event": "door_record_failed"})
        self._failing = None if result.opened else (result.status.value, self._clock.now())
        log.info("door", extra={"event": action, "member_id": member_id, "status": result.status.value,
                                "lock": result.answered_by, "detail": result.detail})
        if result.opened:
            return DoorResult(OPENED, None, result.answered_by, seconds, ask)
        return DoorResult(LOCK_FAILED, result.status.value, result.answered_by, 0, ask)

    # --- after a theft -------------------------------------------------------------------------
    def rotate_secret(self) -> str:
        """`kiosk restore --stolen`: the lock's secret changed on the device itself, so the copy in
        the stolen box opens nothing. A Shelly takes a new password (Shelly.SetAuth, signed with
        the old one): "rotated". A Nuki Bridge's token is changed in Nuki's app only: "by_hand".
        A GPIO relay has no secret (the stolen box is not wired to it): "nothing". Otherwise the
        lock's status (not_answering, wrong_secret, ...): nothing was changed."""
        config = self._locks.config
        if config.kind == "nuki":
            return "by_hand"
        set_password = getattr(self._locks.driver, "set_password", None)
        if config.kind != "shelly" or set_password is None:
            return "nothing"
        new = secrets.token_urlsafe(18)
        result = set_password(new)
        if result.status is not LockStatus.ANSWERED:
            log.warning("lock secret not rotated", extra={"event": "lock_rotate_failed", "status": result.status.value})
            return str(result.status.value)
        self.set_lock(replace(config, password=new))  # also audited (lock_set)
        log.info("lock secret rotated", extra={"event": "lock_rotated", "lock": config.kind})
        return "rotated"

    # --- settings ------------------------------------------------------------------------------
    def set_lock(self, config: LockConfig) -> LockConfig:
        config.validate()
        with self._store.transaction() as tx:
            tx.set_setting(LOCK_SETTING, config.to_json())
            self._audit.write(tx, "lock_set", None, config.kind)
        self._locks.replace(config)
        return config

    def set_member_pin(self, member_id: str, pin: str) -> None:
        with self._store.transaction() as tx:
            member = tx.member(member_id)
            if member is None:
                raise InvalidInput("no such member")
            digits = HOST_DOOR_PIN_DIGITS if member.role is Role.HOST else MEMBER_DOOR_PIN_DIGITS
            problem = pin_problem(pin, digits)
            if problem is not None:
                raise InvalidInput(_PIN_WORDS[problem].format(digits=digits))
            tx.set_door_pin(member_id, hash_secret(pin))
            self._audit.write(tx, "door_pin", member_id)

    def any_hour(self, member_id: str) -> bool:
        """Whether the member may open at any hour (the host view's member form shows it)."""
        with self._store.reading() as tx:
            return tx.door_right(member_id).any_hour

    def set_any_hour(self, member_id: str, any_hour: bool) -> None:
        with self._store.transaction() as tx:
            if tx.member(member_id) is None:
                raise InvalidInput("no such member")
            if tx.setting(SYNC_TOKEN) is not None:
                raise InvalidInput("this kiosk is enrolled: give or take the 24/7 right on the server "
                                   "(kiosk server members any-hour); it arrives with the roster")
            tx.set_any_hour(member_id, any_hour)
            self._audit.write(tx, "any_hour", member_id, "on" if any_hour else "off")

    def enrol_fob(self, member_id: str, typed_uid: str) -> None:
        """A fob's UID (as its reader typed it) opens for this member from now on, like their card;
        a fob enrolled to someone else before is theirs no more."""
        uid = fob_uid(typed_uid)
        if uid is None:
            raise InvalidInput("a fob's UID is 8 to 20 hex digits, as its reader types it")
        with self._store.transaction() as tx:
            if tx.member(member_id) is None:
                raise InvalidInput("no such member")
            tx.set_fob(tx.hash_short_code(FOB_PREFIX + uid), member_id)
            self._audit.write(tx, "fob", member_id, "enrolled")

    def remove_fob(self, typed_uid: str) -> None:
        uid = fob_uid(typed_uid)
        if uid is None:
            raise InvalidInput("a fob's UID is 8 to 20 hex digits, as its reader types it")
        with self._store.transaction() as tx:
            tx.set_fob(tx.hash_short_code(FOB_PREFIX + uid), None)
            self._audit.write(tx, "fob", None, "removed")

    def approved_today(self) -> set[str]:
        """The guests whose day pass opens the door today (the host view shows who still waits)."""
        today = self._settings.local_day(self._clock.now())
        with self._store.reading() as tx:
            return {m for m, right in tx.door_rights().items() if right.guest_approved_on == today}

    def approve_guest(self, member_id: str, by: str | None) -> None:
        by = by or self._audit.actor  # from the host view: the host whose view is open
        now = self._clock.now()
        with self._store.transaction() as tx:
            member = tx.member(member_id)
            if member is None or member.role is not Role.GUEST:
                raise InvalidInput("that is not a guest of this door")
            today = self._settings.local_day(now)
            if tx.door_right(member_id).guest_approved_on == today:
                return  # a second tap, or a second host at the same moment: approved once, audited once
            tx.approve_guest(member_id, today, by)
            self._audit.write(tx, "guest_approved", member_id)


_PIN_WORDS = {
    "pin_digits_only": "a PIN has digits only",
    "pin_too_short": "a PIN for the door has at least {digits} digits",
    "pin_too_easy": "that PIN is too easy to guess (a repeated digit, a run like 1234, or a year); choose another",
}
