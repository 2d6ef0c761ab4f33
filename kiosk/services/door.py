"""The door lock as a use case: which lock, whether a scan opens it (domain.door), opening it
after the check-in committed, and the record of every opening, refusal and lock failure.

The check-in service asks `judge` inside its transaction (a member the door refuses is not
checked in: they are not inside); the door's worker (or `kiosk checkin`) calls `open` after the
commit, so the welcome never waits for the lock, and the lock's answer is recorded in its own
transaction. The lock call runs on the caller's thread (never the GUI thread) with the driver's
deadline under 2 s.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.errors import InvalidInput, StorageFailed
from kiosk.core.hashing import hash_secret, verify_secret
from kiosk.domain.checkin import Decision, MemberState, Outcome
from kiosk.domain.door import (
    Credential,
    DoorAnswer,
    DoorMoment,
    DoorRefusal,
    Entrant,
    door_decision,
    pin_problem,
)
from kiosk.domain.events import EventKind, door_event
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
            openings_in_guard=opened_lately if decision.outcome is Outcome.REPEAT else 0)
        return door_decision(who, credential, self._settings.current().door_policy(), self.moment(tx, now))

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

    def set_any_hour(self, member_id: str, any_hour: bool) -> None:
        with self._store.transaction() as tx:
            if tx.member(member_id) is None:
                raise InvalidInput("no such member")
            if tx.setting(SYNC_TOKEN) is not None:
                raise InvalidInput("this kiosk is enrolled: give or take the 24/7 right on the server "
                                   "(kiosk server members any-hour); it arrives with the roster")
            tx.set_any_hour(member_id, any_hour)
            self._audit.write(tx, "any_hour", member_id, "on" if any_hour else "off")

    def approve_guest(self, member_id: str, by: str | None) -> None:
        now = self._clock.now()
        with self._store.transaction() as tx:
            member = tx.member(member_id)
            if member is None or member.role is not Role.GUEST:
                raise InvalidInput("that is not a guest of this door")
            tx.approve_guest(member_id, self._settings.local_day(now), by)
            self._audit.write(tx, "guest_approved", member_id)


_PIN_WORDS = {
    "pin_digits_only": "a PIN has digits only",
    "pin_too_short": "a PIN for the door has at least {digits} digits",
    "pin_too_easy": "that PIN is too easy to guess (a repeated digit, a run like 1234, or a year); choose another",
}
