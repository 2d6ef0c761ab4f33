"""The services' view of the kiosk database: one short session per transaction, plain objects out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.domain.checkin import Decision, LastAnswer, MemberState, Outcome
from kiosk.domain.events import Event, EventKind
from kiosk.domain.members import Card, Member, MemberStatus, Plan, PlanKind, Role
from kiosk.domain.visits import CheckoutKind, Visit
from kiosk.services.errors import StorageFailed

from .models import CardRow, EventRow, MemberRow, SettingRow, TrustedKeyRow, VisitRow


class GuardedSession(Session):
    """A session whose database errors surface as StorageFailed: disk full, read-only medium,
    locked for too long are things a person can fix, and the door says so in plain words."""

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        super().__exit__(kind, exc, tb)
        if isinstance(exc, SQLAlchemyError):
            cause = getattr(exc, "orig", None)
            raise StorageFailed(str(cause if cause is not None else exc)) from exc


class SqlDoorStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[SqlDoorTx]:
        with GuardedSession(self.engine, expire_on_commit=False) as session, session.begin():
            yield SqlDoorTx(session)


def _member(row: MemberRow) -> Member:
    return Member(
        id=row.id, name=row.name, email=row.email, status=MemberStatus(row.status),
        role=Role(row.role), demo=row.demo,
        plan=Plan(kind=PlanKind(row.plan_kind), valid_from=row.valid_from,
                  valid_until=row.valid_until, clips_total=row.clips_total))


def _visit(row: VisitRow) -> Visit:
    return Visit(id=row.id, member_id=row.member_id, day=row.day, checked_in_at=row.checked_in_at,
                 checked_out_at=row.checked_out_at,
                 checkout_kind=CheckoutKind(row.checkout_kind) if row.checkout_kind else None,
                 clip_charged=row.clip_charged, origin=row.origin)


def _card(row: CardRow) -> Card:
    return Card(member_id=row.member_id, serial=row.serial, short_code=row.short_code,
                revoked=row.revoked)


class SqlDoorTx:
    def __init__(self, session: Session) -> None:
        self.s = session

    # --- keys and settings -----------------------------------------------------------------
    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        rows = self.s.scalars(select(TrustedKeyRow)).all()
        return {r.key_id: Ed25519PublicKey.from_public_bytes(r.public_key) for r in rows}

    def add_trusted_key(self, key_id: str, public_key: bytes, label: str, demo: bool) -> None:
        self.s.merge(TrustedKeyRow(key_id=key_id, public_key=public_key, label=label, demo=demo))

    def remove_demo_keys(self) -> None:
        for row in self.s.scalars(select(TrustedKeyRow).where(TrustedKeyRow.demo)).all():
            self.s.delete(row)

    def setting(self, key: str) -> str | None:
        row = self.s.get(SettingRow, key)
        return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        self.s.merge(SettingRow(key=key, value=value))

    # --- members and cards -----------------------------------------------------------------
    def member(self, member_id: str) -> Member | None:
        row = self.s.get(MemberRow, member_id)
        return _member(row) if row else None

    def members(self) -> list[Member]:
        return [_member(r) for r in self.s.scalars(select(MemberRow).order_by(MemberRow.name))]

    def add_member(self, member: Member, created_at: datetime | None = None) -> None:
        self.s.add(MemberRow(
            id=member.id, name=member.name, email=member.email, plan_kind=member.plan.kind.value,
            valid_from=member.plan.valid_from, valid_until=member.plan.valid_until,
            clips_total=member.plan.clips_total, status=member.status.value,
            role=member.role.value, demo=member.demo, created_at=created_at or datetime.now(UTC)))
        self.s.flush()

    def delete_demo_members(self) -> int:
        rows = self.s.scalars(select(MemberRow).where(MemberRow.demo)).all()
        for row in rows:
            self.s.delete(row)
        return len(rows)

    def add_card(self, card: Card, issued_at: datetime | None = None) -> None:
        self.s.add(CardRow(member_id=card.member_id, serial=card.serial, short_code=card.short_code,
                           revoked=card.revoked, issued_at=issued_at or datetime.now(UTC)))
        self.s.flush()

    def cards_of(self, member_id: str) -> list[Card]:
        rows = self.s.scalars(select(CardRow).where(CardRow.member_id == member_id).order_by(CardRow.serial))
        return [_card(r) for r in rows]

    def card_by_short_code(self, short_code: str) -> Card | None:
        row = self.s.scalar(select(CardRow).where(CardRow.short_code == short_code))
        return _card(row) if row else None

    # --- the door --------------------------------------------------------------------------
    def member_state(self, member_id: str, today: date) -> MemberState | None:
        row = self.s.get(MemberRow, member_id)
        if row is None:
            return None
        visits = self.s.scalars(select(VisitRow).where(
            VisitRow.member_id == member_id,
            (VisitRow.checked_out_at.is_(None)) | (VisitRow.day == today))).all()
        clips_used = self.s.scalar(select(func.count()).select_from(VisitRow).where(
            VisitRow.member_id == member_id, VisitRow.clip_charged)) or 0
        last = self.s.scalars(select(EventRow).where(
            EventRow.member_id == member_id,
            EventRow.kind.in_([EventKind.CHECK_IN.value, EventKind.CHECK_OUT.value]),
        ).order_by(EventRow.seq.desc()).limit(1)).first()
        last_answer = None
        if last is not None:
            outcome = Outcome.CHECKED_IN if last.kind == EventKind.CHECK_IN.value else Outcome.CHECKED_OUT
            last_answer = LastAnswer(at=last.recorded_at, outcome=outcome)
        return MemberState(
            member=_member(row), cards=self.cards_of(member_id),
            open_visits=[_visit(v) for v in visits if v.checked_out_at is None],
            visits_today=[_visit(v) for v in visits if v.day == today],
            clips_used=clips_used, last_answer=last_answer)

    def record(self, decision: Decision, events: list[Event]) -> None:
        for visit in [*([decision.opened] if decision.opened else []), *decision.closed]:
            self.s.merge(VisitRow(
                id=visit.id, member_id=visit.member_id, day=visit.day,
                checked_in_at=visit.checked_in_at, checked_out_at=visit.checked_out_at,
                checkout_kind=visit.checkout_kind.value if visit.checkout_kind else None,
                clip_charged=visit.clip_charged, origin=visit.origin))
        for e in events:
            self.s.add(EventRow(
                id=e.id, kiosk_id=e.kiosk_id, kind=e.kind.value, recorded_at=e.recorded_at,
                effective_at=e.effective_at, member_id=e.member_id, card_serial=e.card_serial,
                visit_id=e.visit_id, reason=e.reason, source=e.source))
        self.s.flush()

    def stale_open_visits(self, today: date) -> list[Visit]:
        # Only our own: another door closes its forgotten visits itself.
        rows = self.s.scalars(select(VisitRow).where(VisitRow.checked_out_at.is_(None), VisitRow.day < today,
                                                     VisitRow.origin.is_(None)))
        return [_visit(r) for r in rows]

    def present_member_ids(self, today: date) -> list[str]:
        return list(self.s.scalars(select(VisitRow.member_id).where(
            VisitRow.checked_out_at.is_(None), VisitRow.day == today).distinct()))

    def visits_on(self, day: date) -> list[Visit]:
        rows = self.s.scalars(select(VisitRow).where(VisitRow.day == day).order_by(VisitRow.checked_in_at))
        return [_visit(r) for r in rows]

    def events(self, limit: int = 1000) -> list[Event]:
        rows = self.s.scalars(select(EventRow).order_by(EventRow.seq).limit(limit))
        return [Event(id=r.id, kiosk_id=r.kiosk_id, kind=EventKind(r.kind), recorded_at=r.recorded_at,
                      effective_at=r.effective_at, member_id=r.member_id, card_serial=r.card_serial,
                      visit_id=r.visit_id, reason=r.reason, source=r.source) for r in rows]
