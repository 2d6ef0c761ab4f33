"""Who is in now and who came on a day."""

from __future__ import annotations

from datetime import date

from kiosk.domain.members import Role
from kiosk.domain.presence import Presence, PresenceEntry, in_now

from .live_settings import LiveSettings
from .ports import Clock, PresenceTx, Store


class PresenceService:
    def __init__(self, store: Store[PresenceTx], clock: Clock, settings: LiveSettings) -> None:
        self._store, self._clock, self._settings = store, clock, settings

    def today(self) -> date:
        return self._settings.local_day(self._clock.now())

    def count_in_now(self) -> int:
        with self._store.reading() as tx:
            return len(tx.present_member_ids(self.today()))

    def on(self, day: date | None = None) -> Presence:
        today = self.today()
        day = day or today
        with self._store.reading() as tx:
            names = {m.id: m for m in tx.members()}
            visits = tx.visits_on(day)
            guests = tx.guest_details([v.member_id for v in visits
                                       if v.member_id in names and names[v.member_id].role is Role.GUEST])
        entries: list[PresenceEntry] = []
        by_visit: dict[str, PresenceEntry] = {}
        for v in visits:
            person = names.get(v.member_id)
            if person is None:
                continue
            details = guests.get(v.member_id)
            host = names.get(details.host_member_id) if details and details.host_member_id else None
            entries.append(by_visit.setdefault(v.id, PresenceEntry(
                member_id=v.member_id, name=person.name, demo=person.demo, checked_in_at=v.checked_in_at,
                checked_out_at=v.checked_out_at,
                checkout_kind=v.checkout_kind.value if v.checkout_kind else None,
                guest=person.role is Role.GUEST, company=details.company if details else "",
                host_name=host.name if host else "", visitor_type=details.visitor_type if details else "")))
        # The one rule of who is in now (domain.presence.in_now), the server's too.
        here = [by_visit[v.id] for v in in_now(visits, day, today) if v.id in by_visit]
        return Presence(day=day, in_now=here, visits=entries)
