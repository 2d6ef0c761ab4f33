"""Login throttling for the host pages, per account and per client address.

Ten failed logins in a row under one key (an account, or an address) block that key for 30 s,
and each further failure doubles the block, up to 15 minutes. While a key is blocked no
password is checked at all, so a right password is refused as well: a guesser learns nothing.
A successful login clears its keys; `kiosk server hosts unlock NAME` clears an account.
The counts live in the database: a restart or a second worker process does not reset them.

`attempt` counts a try as a failure *before* the password work, in the same transaction (row
locks; SQLite's BEGIN IMMEDIATE) that checks the block: a hundred tries at once get at most ten
password checks, not a hundred that all read "not blocked" before any was counted (issue 19).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, Engine, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .models import LoginThrottleRow

FREE_FAILURES = 10
FIRST_BLOCK = timedelta(seconds=30)
LONGEST_BLOCK = timedelta(minutes=15)
FORGET_AFTER = timedelta(days=1)


def account_key(username: str) -> str:
    return "host:" + username.casefold()[:150]


def address_key(address: str) -> str:
    return "addr:" + address[:150]


def block_after(failures: int) -> timedelta | None:
    """How long a key is blocked after this many failures in a row (None: not blocked)."""
    if failures < FREE_FAILURES:
        return None
    doublings = min(failures - FREE_FAILURES, 16)
    block: timedelta = min(FIRST_BLOCK * 2**doublings, LONGEST_BLOCK)
    return block


class LoginThrottle:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def retry_after(self, keys: list[str], now: datetime | None = None) -> int:
        """Seconds until all these keys may try again; 0 when none is blocked."""
        now = now or datetime.now(UTC)
        with Session(self.engine) as s:
            blocks = s.scalars(select(LoginThrottleRow.blocked_until).where(LoginThrottleRow.key.in_(keys))).all()
        waits = [(b - now).total_seconds() for b in blocks if b is not None and b > now]
        return math.ceil(max(waits)) if waits else 0

    def attempt(self, keys: list[str], now: datetime | None = None) -> int:
        """Seconds to wait when a key is blocked (nothing counted); otherwise 0, and the try is
        already counted as a failure (a success clears it with `succeeded`)."""
        now = now or datetime.now(UTC)
        self._forget_old(now)
        for tries in range(5):
            try:
                return self._attempt(keys, now)
            except IntegrityError:  # another worker inserted the same key's first row
                if tries == 4:
                    raise
        return 0  # not reached

    def _make_rows(self, keys: list[str], now: datetime) -> None:
        """Each key's row exists before any try locks it (committed on its own, a conflict is
        skipped): tries then only lock rows, one after another in key order, never racing to insert."""
        insert = postgresql_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        with Session(self.engine) as s, s.begin():
            for key in sorted(set(keys)):
                s.execute(insert(LoginThrottleRow).values(key=key, failures=0, last_failure_at=now)
                          .on_conflict_do_nothing(index_elements=["key"]))

    def _attempt(self, keys: list[str], now: datetime) -> int:
        self._make_rows(keys, now)
        with Session(self.engine) as s, s.begin():
            rows = [s.get(LoginThrottleRow, key, with_for_update=True) for key in sorted(set(keys))]
            waits = [(r.blocked_until - now).total_seconds() for r in rows
                     if r is not None and r.blocked_until is not None and r.blocked_until > now]
            if waits:
                return math.ceil(max(waits))
            self._count(s, keys, now)
            return 0

    def failed(self, keys: list[str], now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        self._forget_old(now)
        for attempt in range(3):
            try:
                self._count_failure(keys, now)
                return
            except IntegrityError:  # another worker counted the same key's first failure
                if attempt == 2:
                    raise

    def _count_failure(self, keys: list[str], now: datetime) -> None:
        with Session(self.engine) as s, s.begin():
            self._count(s, keys, now)

    def _forget_old(self, now: datetime) -> None:
        """Rows of keys quiet for a day go, in a transaction of their own that skips rows another
        try holds (PostgreSQL): it never waits inside a try's locks, so no deadlock."""
        with Session(self.engine) as s, s.begin():
            old = (select(LoginThrottleRow.key).where(LoginThrottleRow.last_failure_at < now - FORGET_AFTER)
                   .with_for_update(skip_locked=True))
            s.execute(delete(LoginThrottleRow).where(LoginThrottleRow.key.in_(old)))

    @staticmethod
    def _count(s: Session, keys: list[str], now: datetime) -> None:
        for key in sorted(set(keys)):  # one order for every writer: no deadlock between two key sets
            row = s.get(LoginThrottleRow, key, with_for_update=True)
            if row is None:
                row = LoginThrottleRow(key=key, failures=0, last_failure_at=now)
                s.add(row)
                s.flush()  # the insert now: a second first writer fails here and tries again
            row.failures += 1
            row.last_failure_at = now
            block = block_after(row.failures)
            row.blocked_until = now + block if block else None

    def succeeded(self, keys: list[str]) -> None:
        self.clear(keys)

    def clear(self, keys: list[str]) -> int:
        with Session(self.engine) as s, s.begin():
            result: CursorResult[Any] = s.execute(  # type: ignore[assignment]
                delete(LoginThrottleRow).where(LoginThrottleRow.key.in_(keys)))
            return result.rowcount
