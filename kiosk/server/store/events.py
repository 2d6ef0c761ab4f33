"""Events up: ingesting what kiosks send, the visits they make, and who is in now."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.members import Plan, PlanKind, presence_costs_clip
from kiosk.domain.presence import in_now
from kiosk.protocol import wire

from .. import event_rules
from ..models import (
    HeldEventRow,
    KioskRow,
    LocationRow,
    ServerEventRow,
    ServerMemberRow,
    ServerVisitRow,
)
from .common import Device, StoreBase, invalid_reason, item_id


class Events(StoreBase):
    """Events up: ingesting what kiosks send, the visits they make, and who is in now."""

    rules = event_rules.Limits()

    def ingest(self, who: Device, raw_events: list[object], pending: int,
               health: wire.KioskHealth | None = None) -> list[wire.EventResult]:
        """health: the kiosk's report (protocol 2), already cut to its bounds (wire.read_health).
        Each event is refused, held for a host or applied (server/event_rules.py); a held one is
        answered `accepted` (protocol 2 knows no "held"), so the door does not send it forever."""
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
            valid.append((i, _aware(event).model_copy(update={"kiosk_id": device_id})))
        now = datetime.now(UTC)
        with self._session() as s, s.begin():
            # One push of a kiosk at a time: what it sent before is what the next one is judged by.
            kiosk = s.scalar(select(KioskRow).where(KioskRow.device_id == device_id).with_for_update())
            ids = [e.id for _, e in valid]
            stored = dict(s.execute(select(ServerEventRow.id, ServerEventRow.content_hash)
                                    .where(ServerEventRow.id.in_(ids))).all()) if ids else {}
            held = dict(s.execute(select(HeldEventRow.id, HeldEventRow.content_hash)
                                  .where(HeldEventRow.id.in_(ids))).all()) if ids else {}
            fresh: list[tuple[int, wire.WireEvent]] = []
            seen: set[str] = set()
            for i, event in valid:
                known = stored.get(event.id, held.get(event.id))
                if event.id in held and event.id not in seen and known == event.content_hash():
                    results[i] = wire.EventResult(id=event.id, status="accepted", reason="held")  # sent again
                elif event.id in seen or known == event.content_hash():
                    results[i] = wire.EventResult(id=event.id, status="duplicate")
                elif known is not None:
                    results[i] = _conflict(event.id)
                else:
                    fresh.append((i, event))
                seen.add(event.id)
            door = event_rules.DoorFacts(
                device_id, kiosk.first_enrolled_at if kiosk else None, kiosk.newest_recorded_at if kiosk else None,
                kiosk.last_seen_at if kiosk else None)
            verdicts = self._judge(s, door, sorted((e for _, e in fresh), key=lambda e: e.seq), now)
            apply = [e for _, e in fresh if e.id not in verdicts]
            accepted = self._insert_events(s, apply, now)
            to_hold = [(e, verdicts[e.id][1]) for _, e in fresh
                       if e.id in verdicts and verdicts[e.id][0] == "held"]
            held_now = self._hold(s, to_hold, now)
            for i, event in fresh:
                if event.id in verdicts:
                    verdict, code = verdicts[event.id]
                    if verdict == "rejected":
                        results[i] = wire.EventResult(id=event.id, status="rejected", reason=_refused(code))
                    elif event.id in held_now:
                        results[i] = wire.EventResult(id=event.id, status="accepted", reason="held")
                    else:
                        results[i] = _conflict(event.id)
                elif event.id in accepted:
                    results[i] = wire.EventResult(id=event.id, status="accepted")
                else:  # stored meanwhile by another kiosk's push under the same id
                    results[i] = _conflict(event.id)
            applied = [e for e in apply if e.id in accepted]
            self._apply_visits(s, applied)
            if kiosk is not None:
                kiosk.last_seen_at, kiosk.pending = now, pending
                newest = max((e.recorded_at for e in applied), default=None)
                if newest is not None and (kiosk.newest_recorded_at is None or newest > kiosk.newest_recorded_at):
                    kiosk.newest_recorded_at = newest
                if health is not None:
                    kiosk.reported_version, kiosk.health_reported_at = health.version or None, now
                    kiosk.warnings = json.dumps([w.model_dump() for w in health.warnings], ensure_ascii=False)
        return [results[i] for i in range(len(raw_events))]

    def _judge(self, s: Session, door: event_rules.DoorFacts, events: list[wire.WireEvent],
               now: datetime) -> dict[str, tuple[str, str]]:
        """event id -> ("rejected" | "held", code) for the events (in the door's order) that may
        not simply be applied; the rest are applied."""
        rules = self.rules
        out: dict[str, tuple[str, str]] = {}
        visit_ids = {e.visit_id for e in events if e.visit_id}
        found: list[ServerVisitRow] = list(s.scalars(select(ServerVisitRow).where(
            ServerVisitRow.id.in_(visit_ids)))) if visit_ids else []
        visits = {v.id: event_rules.KnownVisit(v.id, v.member_id, v.kiosk_id, v.checked_in_at) for v in found}
        stored_visits = set(visits)
        # A visit whose check-in waits for a host: what follows it waits too.
        held_visits = dict(s.execute(select(HeldEventRow.visit_id, HeldEventRow.reason).where(
            HeldEventRow.visit_id.in_(visit_ids), HeldEventRow.status == "held")).all()) if visit_ids else {}
        for e in events:
            visit = visits.get(e.visit_id) if e.visit_id else None
            refused = event_rules.refusal(e, visit, door.device_id, now, rules)
            if refused is not None:
                out[e.id] = ("rejected", refused.value)
                continue
            hold = event_rules.time_hold(e, door, now, rules)
            if hold is None and visit is None and e.visit_id in held_visits:
                hold = event_rules.Hold(held_visits[e.visit_id])
            if hold is not None:
                out[e.id] = ("held", hold.value)
                if e.visit_id and e.kind == "check_in":
                    held_visits[e.visit_id] = hold.value
                continue
            if e.kind == "check_in" and e.visit_id and visit is None:  # later events of this batch see it
                visits[e.visit_id] = event_rules.KnownVisit(e.visit_id, e.member_id or "", door.device_id,
                                                            e.effective_at)
        rest = [e for e in events if e.id not in out]
        members = {e.member_id for e in rest if e.member_id}
        open_elsewhere = set(s.scalars(select(ServerVisitRow.member_id).where(
            ServerVisitRow.member_id.in_(members), ServerVisitRow.checked_out_at.is_(None),
            ServerVisitRow.kiosk_id != door.device_id))) if members else set()

        def elsewhere(e: wire.WireEvent) -> bool:
            visit = visits.get(e.visit_id) if e.visit_id else None
            return (visit is not None and visit.kiosk_id != door.device_id) or e.member_id in open_elsewhere

        for event_id in event_rules.mass_checkouts(rest, elsewhere, rules):
            out[event_id] = ("held", event_rules.Hold.MASS_CHECKOUT.value)
        check_ins = [e for e in events if e.id not in out and e.kind == "check_in" and e.member_id
                     and e.visit_id not in stored_visits]
        if check_ins:
            ins = {e.member_id for e in check_ins}
            rows = s.execute(select(ServerVisitRow.member_id, ServerVisitRow.day, func.count())
                             .where(ServerVisitRow.member_id.in_(ins), ServerVisitRow.checked_in_at.is_not(None))
                             .group_by(ServerVisitRow.member_id, ServerVisitRow.day)).all()
            visits_on = {(m, d): n for m, d, n in rows}
            known_days: dict[str, set[date]] = {}
            for m, d, _ in rows:
                known_days.setdefault(m, set()).add(d)
            new_days = event_rules.allowed_new_days(door, now)
            for event_id, hold in event_rules.too_many(check_ins, self._day_of, visits_on, known_days,
                                                       new_days, rules).items():
                out[event_id] = ("held", hold.value)
        held_in = {e.visit_id: out[e.id][1] for e in events
                   if e.kind == "check_in" and e.visit_id and out.get(e.id, ("",))[0] == "held"}
        for e in events:
            if e.id not in out and e.visit_id in held_in and e.visit_id not in stored_visits:
                out[e.id] = ("held", held_in[e.visit_id])
        return out

    def _day_of(self, at: datetime) -> date:
        return at.astimezone(self.tz).date()

    def _hold(self, s: Session, held: list[tuple[wire.WireEvent, str]], now: datetime) -> set[str]:
        if not held:
            return set()
        rows = [{"id": e.id, "kiosk_id": e.kiosk_id, "body": e.model_dump_json(), "content_hash": e.content_hash(),
                 "visit_id": e.visit_id, "reason": code, "received_at": now, "status": "held"} for e, code in held]
        stmt = self.insert(HeldEventRow).on_conflict_do_nothing(index_elements=["id"]).returning(HeldEventRow.id)
        return set(s.scalars(stmt, rows).all())

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
        """The visits the events make. A visit's clip is the server's to derive (one clip per day
        of presence on a clip card, domain.members.presence_costs_clip), never the event's claim."""
        members = {e.member_id for e in events if e.member_id and e.kind == "check_in"}
        plans = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.plan_kind)
                               .where(ServerMemberRow.id.in_(members))).all()) if members else {}
        for e in sorted(events, key=lambda e: (e.kiosk_id, e.seq)):
            if e.visit_id is None or e.kind not in ("check_in", "check_out", "auto_checkout"):
                continue
            self._apply_one(s, e, plans)

    def _apply_one(self, s: Session, e: wire.WireEvent, plans: dict[str, str],
                   clip: bool | None = None) -> None:
        """clip: the visit's clip as derived when it was first applied (a roll-back replays)."""
        assert e.visit_id is not None
        visit = s.get(ServerVisitRow, e.visit_id)
        if visit is None:
            visit = ServerVisitRow(id=e.visit_id, member_id=e.member_id or "", kiosk_id=e.kiosk_id,
                                   day=e.effective_at.astimezone(self.tz).date())
            s.add(visit)
        if e.kind == "check_in":
            visit.checked_in_at = e.effective_at
            visit.day = e.effective_at.astimezone(self.tz).date()
            kind = plans.get(e.member_id or "")
            visit.clip_charged = clip if clip is not None else kind is not None and presence_costs_clip(
                Plan(kind=PlanKind(kind)))
            # A door that was offline may report a check-in older than a check-out another
            # door already reported for the same member: that check-out ended this visit too.
            later_out = s.scalar(select(func.min(ServerEventRow.effective_at)).where(
                ServerEventRow.member_id == e.member_id, ServerEventRow.kind == "check_out",
                ServerEventRow.undone_at.is_(None),
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


def _aware(e: wire.WireEvent) -> wire.WireEvent:
    """Times without a zone are UTC (the kiosk sends UTC)."""
    fix = {name: at.replace(tzinfo=UTC) for name in ("recorded_at", "effective_at")
           if (at := getattr(e, name)).tzinfo is None}
    return e.model_copy(update=fix) if fix else e


def _conflict(event_id: str) -> wire.EventResult:
    return wire.EventResult(id=event_id, status="rejected", reason="conflict: this id was stored with other content")


def _refused(code: str) -> str:
    """A refusal's reason: its code first (the kiosk shows it to a host), then what it means."""
    return f"{code}: {event_rules.REFUSAL_TEXT[event_rules.Refusal(code)]}"
