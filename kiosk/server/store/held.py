"""Held events and roll-back: what a host decides about a kiosk's events.

Events an honest door rarely sends wait in `held_events` (server/event_rules.py) until a host
applies or discards them (the Kiosks page). A host who revokes a stolen kiosk can undo what it
sent since a moment: its events stay stored but are marked undone, the visits of every member
they touched are rebuilt from the other events, and each visit that changed is noted in
`visit_corrections`, which the pull carries to every door (wire.VisitCorrection).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kiosk.domain.problems import Code
from kiosk.protocol import wire

from .. import event_rules
from ..errors import ServerError
from ..models import (
    HeldEventRow,
    KioskRow,
    ServerEventRow,
    ServerMemberRow,
    ServerVisitRow,
    VisitCorrectionRow,
)
from .events import Events

CORRECTIONS_KEPT = timedelta(days=3)  # how long the pull carries a correction (doors sync in minutes)


@dataclass(frozen=True)
class HeldEvent:
    """An event held for a host, as the Kiosks page lists it."""

    id: str
    kiosk: str  # the kiosk's name
    kind: str
    member: str  # the member's name, or the id of one the server does not know
    effective_at: datetime
    reason: str  # event_rules.Hold's code
    received_at: datetime


@dataclass(frozen=True)
class RollBack:
    undone: int  # events no longer part of any visit
    discarded: int  # held events of the kiosk discarded with them
    corrected: int  # visits that changed (the doors are told with their next pull)


class HeldEvents(Events):
    """Held events (apply, discard) and a revoked kiosk's roll-back."""

    def held_events(self, limit: int = 200) -> list[HeldEvent]:
        with self._session() as s:
            rows = s.scalars(select(HeldEventRow).where(HeldEventRow.status == "held")
                             .order_by(HeldEventRow.received_at, HeldEventRow.id).limit(limit)).all()
            names = dict(s.execute(select(KioskRow.device_id, KioskRow.name)).all())
            events = [wire.WireEvent.model_validate_json(r.body) for r in rows]
            members = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.name).where(
                ServerMemberRow.id.in_({e.member_id for e in events if e.member_id}))).all()) if events else {}
        return [HeldEvent(r.id, names.get(r.kiosk_id, r.kiosk_id), e.kind,
                          members.get(e.member_id or "", e.member_id or ""), e.effective_at, r.reason, r.received_at)
                for r, e in zip(rows, events, strict=True)]

    def apply_held(self, event_id: str, host: str) -> str:
        """Apply a held event once (however many hosts press at once): "applied", or the code of
        what makes it impossible now ("foreign_visit", ...), in which case it is discarded."""
        now = datetime.now(UTC)
        with self._session() as s, s.begin():
            claimed = s.execute(update(HeldEventRow).where(HeldEventRow.id == event_id, HeldEventRow.status == "held")
                                .values(status="applied", decided_by=host[:64], decided_at=now))
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                raise ServerError("that event is no longer held (another host decided it a moment ago)",
                                  Code.EVENT_NOT_HELD)
            row = s.get(HeldEventRow, event_id)
            assert row is not None
            event = wire.WireEvent.model_validate_json(row.body)
            visit = s.get(ServerVisitRow, event.visit_id) if event.visit_id else None
            known = (event_rules.KnownVisit(visit.id, visit.member_id, visit.kiosk_id, visit.checked_in_at)
                     if visit else None)
            refused = event_rules.refusal(event, known, event.kiosk_id, now, self.rules)
            if refused is not None:
                row.status = "discarded"
                return refused.value
            if not self._insert_events(s, [event], row.received_at):
                row.status = "discarded"
                return "conflict"
            self._apply_visits(s, [event])
            return "applied"

    def discard_held(self, event_id: str, host: str) -> None:
        with self._session() as s, s.begin():
            done = s.execute(update(HeldEventRow).where(HeldEventRow.id == event_id, HeldEventRow.status == "held")
                             .values(status="discarded", decided_by=host[:64], decided_at=datetime.now(UTC)))
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise ServerError("that event is no longer held (another host decided it a moment ago)",
                                  Code.EVENT_NOT_HELD)

    def revoke_and_roll_back(self, name: str, since: datetime | None, host: str) -> RollBack:
        """Revoke a kiosk's token and, when `since` is given, undo what it sent from then on."""
        self.revoke_kiosk(name)  # type: ignore[attr-defined]
        if since is None:
            return RollBack(0, 0, 0)
        with self._session() as s:
            device = s.scalar(select(KioskRow.device_id).where(KioskRow.name == name))
        if device is None:  # never enrolled: it sent nothing to undo
            return RollBack(0, 0, 0)
        return self.roll_back(device, since, host)

    def roll_back(self, device_id: str, since: datetime, host: str) -> RollBack:
        """Undo every event the kiosk sent (received) from `since` on, and rebuild the visits of
        every member they touched from the other doors' events, as if they had never come."""
        now = datetime.now(UTC)
        since = since if since.tzinfo else since.replace(tzinfo=UTC)
        with self._session() as s, s.begin():
            s.scalar(select(KioskRow.id).where(KioskRow.device_id == device_id).with_for_update())
            undone = list(s.scalars(select(ServerEventRow).where(
                ServerEventRow.kiosk_id == device_id, ServerEventRow.received_at >= since,
                ServerEventRow.undone_at.is_(None))))
            for e in undone:
                e.undone_at = now
            discarded = s.execute(update(HeldEventRow).where(
                HeldEventRow.kiosk_id == device_id, HeldEventRow.received_at >= since, HeldEventRow.status == "held")
                .values(status="discarded", decided_by=host[:64], decided_at=now)).rowcount  # type: ignore[attr-defined]
            members = {e.member_id for e in undone if e.member_id}
            corrected = self._rebuild_visits(s, members, now) if members else 0
        return RollBack(len(undone), discarded or 0, corrected)

    def _rebuild_visits(self, s: Session, members: set[str], now: datetime) -> int:
        s.flush()
        before = {v.id: v for v in s.scalars(select(ServerVisitRow).where(ServerVisitRow.member_id.in_(members)))}
        was = {k: (v.checked_in_at, v.checked_out_at, v.member_id, v.kiosk_id) for k, v in before.items()}
        clips = {k: v.clip_charged for k, v in before.items()}  # derived when first applied: kept
        s.execute(delete(ServerVisitRow).where(ServerVisitRow.member_id.in_(members)))
        s.flush()
        s.expunge_all()
        kept = s.scalars(select(ServerEventRow).where(
            ServerEventRow.member_id.in_(members), ServerEventRow.undone_at.is_(None),
            ServerEventRow.visit_id.is_not(None),
            ServerEventRow.kind.in_(("check_in", "check_out", "auto_checkout")))
            .order_by(ServerEventRow.received_at, ServerEventRow.kiosk_id, ServerEventRow.seq)).all()
        for row in kept:
            event = _wire(row)
            self._apply_one(s, event, {}, clip=clips.get(row.visit_id or "", False))
        after = {v.id: (v.checked_in_at, v.checked_out_at, v.member_id, v.kiosk_id)
                 for v in s.scalars(select(ServerVisitRow).where(ServerVisitRow.member_id.in_(members)))}
        changed = {k for k in was if after.get(k) != was[k]} | (set(after) - set(was))
        for visit_id in changed:
            s.execute(delete(VisitCorrectionRow).where(VisitCorrectionRow.visit_id == visit_id))
            s.add(VisitCorrectionRow(visit_id=visit_id, corrected_at=now))
        s.execute(delete(VisitCorrectionRow).where(VisitCorrectionRow.corrected_at < now - CORRECTIONS_KEPT))
        return len(changed)

def visit_corrections(s: Session, since: datetime, rename: dict[str, str]) -> list[wire.VisitCorrection]:
    """The corrections of the last days, each with the visit as the server has it now (or
    removed): a door sets its copy to it (wire.VisitCorrection)."""
    rows = s.execute(select(VisitCorrectionRow, ServerVisitRow)
                     .outerjoin(ServerVisitRow, ServerVisitRow.id == VisitCorrectionRow.visit_id)
                     .where(VisitCorrectionRow.corrected_at >= since)
                     .order_by(VisitCorrectionRow.corrected_at)).all()
    return [wire.VisitCorrection(id=c.visit_id, corrected_at=c.corrected_at, removed=v is None,
                                 member_id=v.member_id if v else None,
                                 kiosk_id=rename.get(v.kiosk_id, v.kiosk_id) if v else None,
                                 checked_in_at=v.checked_in_at if v else None,
                                 checked_out_at=v.checked_out_at if v else None)
            for c, v in rows]


def _wire(row: ServerEventRow) -> wire.WireEvent:
    return wire.WireEvent(id=row.id, kiosk_id=row.kiosk_id, seq=row.seq, kind=row.kind,  # type: ignore[arg-type]
                          recorded_at=row.recorded_at, effective_at=row.effective_at, member_id=row.member_id,
                          card_serial=row.card_serial, visit_id=row.visit_id, reason=row.reason, source=row.source,
                          clock_offset_ms=row.clock_offset_ms)
