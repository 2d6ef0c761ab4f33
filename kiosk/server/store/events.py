"""Events up: ingesting what kiosks send, the visits they make, and who is in now."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.events import spent_clip
from kiosk.domain.presence import in_now
from kiosk.protocol import wire

from ..models import (
    KioskRow,
    LocationRow,
    ServerEventRow,
    ServerMemberRow,
    ServerVisitRow,
)
from .common import Device, StoreBase, invalid_reason, item_id


class Events(StoreBase):
    """Events up: ingesting what kiosks send, the visits they make, and who is in now."""

    def ingest(self, who: Device, raw_events: list[object], pending: int,
               health: wire.KioskHealth | None = None) -> list[wire.EventResult]:
        """health: the kiosk's report (protocol 2), already cut to its bounds (wire.read_health)."""
        device_id = who.device_id
        results: dict[int, wire.EventResult] = {}
        valid: list[tuple[int, wire.WireEvent]] = []
        for i, raw in enumerate(raw_events):
            try:
                event = wire.WireEvent.model_validate(raw)
            except ValidationError as exc:
                results[i] = wire.EventResult(id=item_id(raw), status="rejected", reason=invalid_reason(exc))
                continue
            if event.kiosk_id not in who.ids():
                results[i] = wire.EventResult(id=event.id, status="rejected", reason="not this kiosk's event")
                continue
            # Stored under the server's id for the kiosk, whichever of its ids the kiosk sent.
            valid.append((i, event.model_copy(update={"kiosk_id": device_id})))
        now = datetime.now(UTC)
        with self._session() as s, s.begin():
            accepted = self._insert_events(s, [e for _, e in valid], now)
            hashes = {}
            rest = [e.id for _, e in valid if e.id not in accepted]
            if rest:
                hashes = dict(s.execute(select(ServerEventRow.id, ServerEventRow.content_hash)
                                        .where(ServerEventRow.id.in_(rest))).all())
            seen_in_batch: set[str] = set()
            for i, event in valid:
                if event.id in accepted and event.id not in seen_in_batch:
                    seen_in_batch.add(event.id)
                    results[i] = wire.EventResult(id=event.id, status="accepted")
                elif hashes.get(event.id) == event.content_hash() or event.id in seen_in_batch:
                    results[i] = wire.EventResult(id=event.id, status="duplicate")
                else:
                    results[i] = wire.EventResult(id=event.id, status="rejected",
                                                  reason="conflict: this id was stored with other content")
            self._apply_visits(s, [e for _, e in valid if e.id in accepted])
            kiosk = s.scalar(select(KioskRow).where(KioskRow.device_id == device_id))
            if kiosk is not None:
                kiosk.last_seen_at, kiosk.pending = now, pending
                if health is not None:
                    kiosk.reported_version, kiosk.health_reported_at = health.version or None, now
                    kiosk.warnings = json.dumps([w.model_dump() for w in health.warnings], ensure_ascii=False)
        return [results[i] for i in range(len(raw_events))]

    def _insert_events(self, s: Session, events: list[wire.WireEvent], now: datetime) -> set[str]:
        if not events:
            return set()
        rows = [{**e.model_dump(exclude=wire.WireEvent.MESSAGE_ONLY), "content_hash": e.content_hash(),
                 "received_at": now} for e in events]
        # Parameters as a list, not .values(rows): the statement is compiled once and cached, and
        # SQLAlchemy batches it ("insertmanyvalues"), RETURNING the ids that were new.
        stmt = self.insert(ServerEventRow).on_conflict_do_nothing(index_elements=["id"]).returning(ServerEventRow.id)
        return set(s.scalars(stmt, rows).all())

    def _apply_visits(self, s: Session, events: list[wire.WireEvent]) -> None:
        for e in sorted(events, key=lambda e: (e.kiosk_id, e.seq)):
            if e.visit_id is None or e.kind not in ("check_in", "check_out", "auto_checkout"):
                continue
            visit = s.get(ServerVisitRow, e.visit_id)
            if visit is None:
                visit = ServerVisitRow(id=e.visit_id, member_id=e.member_id or "", kiosk_id=e.kiosk_id,
                                       day=e.effective_at.astimezone(self.tz).date())
                s.add(visit)
            if e.kind == "check_in":
                visit.checked_in_at = e.effective_at
                visit.day = e.effective_at.astimezone(self.tz).date()
                visit.clip_charged = spent_clip(e.reason)
                # A door that was offline may report a check-in older than a check-out another
                # door already reported for the same member: that check-out ended this visit too.
                later_out = s.scalar(select(func.min(ServerEventRow.effective_at)).where(
                    ServerEventRow.member_id == e.member_id, ServerEventRow.kind == "check_out",
                    ServerEventRow.effective_at > e.effective_at,
                    ServerEventRow.effective_at < self._day_end(visit.day)))
                if later_out is not None and visit.checked_out_at is None:
                    visit.checked_out_at, visit.checkout_kind = later_out, "scan"
            else:
                out = e.effective_at
                if visit.checked_in_at is not None and out < visit.checked_in_at:
                    out = visit.checked_in_at  # the kiosk's clock jumped back: never a negative stay
                visit.checked_out_at = out
                visit.checkout_kind = "auto" if e.kind == "auto_checkout" else "scan"
                if e.kind == "check_out":  # out at one door is out at every door
                    for other in s.scalars(select(ServerVisitRow).where(
                            ServerVisitRow.member_id == e.member_id, ServerVisitRow.day == visit.day,
                            ServerVisitRow.checked_out_at.is_(None), ServerVisitRow.checked_in_at <= e.effective_at)):
                        other.checked_out_at, other.checkout_kind = e.effective_at, "scan"
            s.flush()

    def _day_end(self, day: date) -> datetime:
        return datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=self.tz).astimezone(UTC)

    def presence(self, day: date | None = None) -> dict[str, object]:
        day = day or datetime.now(self.tz).date()
        with self._session() as s:
            names = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.name)).all())
            visits = s.scalars(select(ServerVisitRow).where(ServerVisitRow.day == day)
                               .order_by(ServerVisitRow.checked_in_at)).all()
            devices = dict(s.execute(select(KioskRow.device_id, KioskRow.name)).all())
            locations = dict(s.execute(select(KioskRow.device_id, LocationRow.name)
                                       .join(LocationRow, KioskRow.location_id == LocationRow.id)).all())

        def entry(v: ServerVisitRow) -> dict[str, object]:
            return {"member_id": v.member_id, "name": names.get(v.member_id, "(a guest; the name stays at the kiosk)"),
                    "kiosk": devices.get(v.kiosk_id, v.kiosk_id), "location": locations.get(v.kiosk_id, ""),
                    "checked_in_at": v.checked_in_at.astimezone(self.tz).isoformat() if v.checked_in_at else None,
                    "checked_out_at": v.checked_out_at.astimezone(self.tz).isoformat() if v.checked_out_at else None}

        here = in_now(visits, day, datetime.now(self.tz).date())  # the kiosk's rule (domain.presence)
        return {"date": day.isoformat(), "in_now": [entry(v) for v in here], "visits": [entry(v) for v in visits]}
