"""Who is in now and who came on a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.domain.visits import SpaceRules

from .ports import Clock, DoorStore


@dataclass(frozen=True)
class PresenceEntry:
    member_id: str
    name: str
    demo: bool
    checked_in_at: datetime
    checked_out_at: datetime | None
    checkout_kind: str | None


@dataclass(frozen=True)
class Presence:
    day: date
    in_now: list[PresenceEntry]
    visits: list[PresenceEntry]


class PresenceService:
    def __init__(self, store: DoorStore, clock: Clock, rules: SpaceRules) -> None:
        self._store, self._clock, self._rules = store, clock, rules

    def today(self) -> date:
        return self._rules.local_day(self._clock.now())

    def count_in_now(self) -> int:
        with self._store.transaction() as tx:
            return len(tx.present_member_ids(self.today()))

    def on(self, day: date | None = None) -> Presence:
        today = self.today()
        day = day or today
        with self._store.transaction() as tx:
            names = {m.id: m for m in tx.members()}
            visits = tx.visits_on(day)
        entries = [
            PresenceEntry(member_id=v.member_id, name=names[v.member_id].name,
                          demo=names[v.member_id].demo, checked_in_at=v.checked_in_at,
                          checked_out_at=v.checked_out_at,
                          checkout_kind=v.checkout_kind.value if v.checkout_kind else None)
            for v in visits if v.member_id in names
        ]
        # Only today's open visits are "in now"; an open visit of an earlier day is a forgotten
        # check-out that the close-of-day rule will close.
        in_now = [e for e in entries if e.checked_out_at is None] if day == today else []
        return Presence(day=day, in_now=in_now, visits=entries)
