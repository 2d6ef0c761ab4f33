"""The interfaces the services need; store/, scan/ and the app provide them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.domain.checkin import Decision, MemberState
from kiosk.domain.events import Event
from kiosk.domain.members import Card, Member, Plan
from kiosk.domain.visits import Visit


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class Ids(Protocol):
    def uuid(self) -> str: ...


class RandomIds:
    def uuid(self) -> str:
        return str(uuid.uuid4())


class DoorTx(Protocol):
    """One short transaction against the kiosk's database."""

    def trusted_keys(self) -> dict[str, Ed25519PublicKey]: ...
    def member_state(self, member_id: str, today: date) -> MemberState | None: ...
    def record(self, decision: Decision, events: list[Event]) -> None: ...
    def stale_open_visits(self, today: date) -> list[Visit]: ...
    def present_member_ids(self, today: date) -> list[str]: ...
    def visits_on(self, day: date) -> list[Visit]: ...
    def member(self, member_id: str) -> Member | None: ...
    def members(self) -> list[Member]: ...
    def add_member(self, member: Member, created_at: datetime | None = None) -> None: ...
    def add_card(self, card: Card, issued_at: datetime | None = None) -> None: ...
    def cards_of(self, member_id: str) -> list[Card]: ...
    def card_by_short_code(self, short_code: str) -> Card | None: ...
    def update_plan(self, member_id: str, plan: Plan) -> None: ...


class DoorStore(Protocol):
    def transaction(self) -> AbstractContextManager[DoorTx]: ...


def iter_ids(ids: Ids, n: int) -> Iterator[str]:
    for _ in range(n):
        yield ids.uuid()
