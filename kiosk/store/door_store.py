"""The services' view of the kiosk database: one short session per transaction, plain objects out."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, Select, bindparam, delete, func, select, union, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from kiosk.core.db import reader
from kiosk.core.errors import StorageFailed
from kiosk.domain.audit import AuditEntry
from kiosk.domain.checkin import Decision, LastAnswer, MemberState, Outcome
from kiosk.domain.codes import short_code_hash
from kiosk.domain.events import Event, EventKind
from kiosk.domain.guests import GuestDetails, Payment
from kiosk.domain.host import Lockout
from kiosk.domain.members import Card, Member, MemberStatus, Plan, PlanKind, Role
from kiosk.domain.policies import Policy, PolicyKind
from kiosk.domain.stats import VisitSpan
from kiosk.domain.trust import KeyTrust
from kiosk.domain.visits import CheckoutKind, Visit

from .door_lock_store import DoorLockTx
from .failures import is_database_error, storage_error
from .models import (
    AnonymousVisitRow,
    AuditRow,
    CardRow,
    ConsentRow,
    EventRow,
    GuestDetailRow,
    HostLockoutRow,
    HostPinRow,
    MemberRow,
    PaymentRow,
    PolicyTextRow,
    RemoteClipDayRow,
    SettingRow,
    TrustedKeyRow,
    VisitRow,
)
from .social_store import SocialTx

log = logging.getLogger(__name__)

WITHDRAWN_KEYS_SETTING = "sync_revoked_keys"  # written by the sync engine (sync_store PREFIX + revoked_keys)


class GuardedSession(Session):
    """A session whose database errors surface as one of two kinds (store/failures.py): a disk
    full, a read-only medium, a lock held too long, a missing or damaged file are StorageFailed,
    which a person can fix and the door says so in plain words; anything else from the database
    is a bug, logged with its traceback and raised as UnexpectedError."""

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        super().__exit__(kind, exc, tb)
        if exc is not None and is_database_error(exc):
            raise storage_error(exc) from exc


def forget_people(s: Session, member_ids: list[str]) -> int:
    """Delete people for real: their member row, cards, details, consents, visits, visibility
    choice, phone keys and passes seen go (cascades); a guest's name on an arrival event too; each
    visit leaves only its times in anonymous_visits; payments stay for the books without them;
    events already synced lose the (opaque) id. Returns how many people were deleted."""
    rows = s.scalars(select(MemberRow).where(MemberRow.id.in_(member_ids))).all()
    if not rows:
        return 0
    ids = [r.id for r in rows]
    guest = {r.id: r.role == Role.GUEST.value for r in rows}
    visits = s.scalars(select(VisitRow).where(VisitRow.member_id.in_(ids))).all()
    s.add_all([AnonymousVisitRow(day=v.day, checked_in_at=v.checked_in_at, checked_out_at=v.checked_out_at,
                                 guest=guest[v.member_id]) for v in visits if v.origin is None])
    s.execute(update(PaymentRow).where(PaymentRow.member_id.in_(ids)).values(member_id=None))
    s.execute(update(EventRow).where(EventRow.member_id.in_(ids), EventRow.synced_at.is_not(None))
              .values(member_id=None))
    # A guest's name passed on to their host, and whom they visited, go with either of them.
    s.execute(update(EventRow).where(EventRow.member_id.in_(ids) | EventRow.host_member_id.in_(ids))
              .values(guest_name=None, host_member_id=None))
    s.execute(delete(RemoteClipDayRow).where(RemoteClipDayRow.member_id.in_(ids)))
    s.execute(delete(MemberRow).where(MemberRow.id.in_(ids)))  # cascades: cards, visits, details, consents
    return len(ids)


class SqlDoorStore:
    def __init__(self, engine: Engine, short_code_key: bytes) -> None:
        self.engine = engine
        self._reader = reader(engine)
        self._short_code_key = short_code_key  # cards keep short codes as HMACs under it

    def flush_log(self, give_up_after: float = 120.0) -> None:
        """Copy the write-ahead log into the database file and empty it: after a deletion, the
        old pages (with the deleted data) leave the log too.

        A reader that began before the deletion (another thread of the app) still reads the old
        pages, so SQLite cannot drop them until it ends: the checkpoint then answers "busy"
        after its busy timeout. So check the answer and the log's size, and try again until the
        log is empty; a reader held open for minutes is a fault, reported as StorageFailed."""
        wal = Path(f"{self.engine.url.database}-wal")
        deadline = time.monotonic() + give_up_after
        pause = 0.05
        conn = self.engine.raw_connection()  # outside any transaction: a checkpoint cannot run in one
        try:
            while True:
                busy, frames, _copied = conn.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy == 0 and frames == 0 and (not wal.exists() or wal.stat().st_size == 0):
                    return
                if time.monotonic() > deadline:
                    raise StorageFailed("deleted data is still in the database's write-ahead log: a reader "
                                        "kept it open; it is removed at the next deletion or restart")
                log.info("checkpoint busy (a reader is open); trying again", extra={"event": "checkpoint_busy"})
                time.sleep(pause)
                pause = min(pause * 2, 1.0)
        except (sqlite3.Error, SQLAlchemyError, OSError) as exc:
            raise storage_error(exc) from exc
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[SqlDoorTx]:
        """A transaction that may write: it holds the write lock from BEGIN to COMMIT."""
        with GuardedSession(self.engine, expire_on_commit=False) as session, session.begin():
            yield SqlDoorTx(session, self._short_code_key)

    @contextmanager
    def reading(self) -> Iterator[SqlDoorTx]:
        """A transaction that only reads: one consistent snapshot, no write lock taken."""
        with GuardedSession(self._reader, expire_on_commit=False) as session, session.begin():
            yield SqlDoorTx(session, self._short_code_key)


def _member(row: MemberRow) -> Member:
    return Member(
        id=row.id, name=row.name, email=row.email, status=MemberStatus(row.status),
        role=Role(row.role), demo=row.demo, language=row.language,
        plan=Plan(kind=PlanKind(row.plan_kind), valid_from=row.valid_from,
                  valid_until=row.valid_until, clips_total=row.clips_total))


def _visit(row: VisitRow) -> Visit:
    return Visit(id=row.id, member_id=row.member_id, day=row.day, checked_in_at=row.checked_in_at,
                 checked_out_at=row.checked_out_at,
                 checkout_kind=CheckoutKind(row.checkout_kind) if row.checkout_kind else None,
                 clip_charged=row.clip_charged, origin=row.origin)


def _card(row: CardRow) -> Card:
    return Card(member_id=row.member_id, serial=row.serial, short_code_hash=row.short_code_hash,
                revoked=row.revoked, issuer=row.issuer)


class SqlDoorTx(SocialTx, DoorLockTx):
    def __init__(self, session: Session, short_code_key: bytes) -> None:
        self.s = session
        self._short_code_key = short_code_key

    # --- keys and settings -----------------------------------------------------------------
    def trusted_keys(self) -> dict[str, Ed25519PublicKey]:
        rows = self.s.scalars(select(TrustedKeyRow)).all()
        return {r.key_id: Ed25519PublicKey.from_public_bytes(r.public_key) for r in rows}

    def key_trust(self) -> dict[str, KeyTrust]:
        return {r.key_id: KeyTrust(r.key_id, demo=r.demo, own=r.own, revoked=r.revoked)
                for r in self.s.scalars(select(TrustedKeyRow)).all()}

    def withdrawn_keys(self) -> set[str]:
        """Key ids the server revoked: they left this kiosk's trust with their tombstones, and
        the last pull noted them (sync state `revoked_keys`) so a refusal can say why."""
        row = self.s.get(SettingRow, WITHDRAWN_KEYS_SETTING)
        try:
            noted = json.loads(row.value) if row is not None else {}
        except ValueError:
            return set()
        return set(noted) if isinstance(noted, dict | list) else set()

    def key_rows(self) -> list[tuple[KeyTrust, str, int]]:
        """Every trusted key, its label and the number of live cards it issued (`kiosk keys list`)."""
        keys = self.s.scalars(select(TrustedKeyRow).order_by(TrustedKeyRow.label, TrustedKeyRow.key_id)).all()
        counts: dict[str | None, int] = {issuer: n for issuer, n in self.s.execute(
            select(CardRow.issuer, func.count()).where(CardRow.revoked.is_(False)).group_by(CardRow.issuer))}
        return [(KeyTrust(k.key_id, demo=k.demo, own=k.own, revoked=k.revoked), k.label, counts.get(k.key_id, 0))
                for k in keys]

    def claim_unissued_cards(self, key_id: str) -> None:
        self.s.execute(update(CardRow).where(CardRow.issuer.is_(None)).values(issuer=key_id))

    def revoke_key(self, key_id: str) -> bool:
        row = self.s.get(TrustedKeyRow, key_id)
        if row is None:
            return False
        row.revoked = True
        return True

    def add_trusted_key(self, key_id: str, public_key: bytes, label: str, demo: bool, own: bool = False) -> None:
        self.s.merge(TrustedKeyRow(key_id=key_id, public_key=public_key, label=label, demo=demo, own=own))

    def remove_demo_keys(self) -> None:
        for row in self.s.scalars(select(TrustedKeyRow).where(TrustedKeyRow.demo)).all():
            self.s.delete(row)

    # --- the audit log of host actions ---------------------------------------------------------
    def add_audit(self, entry: AuditEntry) -> None:
        self.s.add(AuditRow(at=entry.at, actor=entry.actor, action=entry.action, subject=entry.subject,
                            detail=entry.detail))

    def audit_entries(self, limit: int) -> list[AuditEntry]:
        rows = self.s.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
        return [AuditEntry(r.at, r.actor, r.action, r.subject, r.detail) for r in rows]

    def prune_audit(self, before: datetime) -> int:
        old = self.s.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.at < before)) or 0
        self.s.execute(delete(AuditRow).where(AuditRow.at < before))
        return old

    # --- hosts' PINs and lockouts -----------------------------------------------------------
    def host_pins(self) -> dict[str, str]:
        return {r.member_id: r.pin_hash for r in self.s.scalars(select(HostPinRow))}

    def set_host_pin(self, member_id: str, pin_hash: str) -> None:
        self.s.merge(HostPinRow(member_id=member_id, pin_hash=pin_hash))

    def lockout(self, subject: str) -> Lockout:
        row = self.s.get(HostLockoutRow, subject)
        return Lockout(row.failures, row.locks, row.locked_until) if row else Lockout()

    def set_lockout(self, subject: str, lockout: Lockout) -> None:
        self.s.merge(HostLockoutRow(subject=subject, failures=lockout.failures, locks=lockout.locks,
                                    locked_until=lockout.locked_until))

    def clear_lockouts(self, now: datetime) -> int:
        rows = self.s.scalars(select(HostLockoutRow)).all()
        locked = sum(1 for r in rows if r.locked_until is not None and r.locked_until > now)
        self.s.execute(delete(HostLockoutRow))
        return locked

    def delete_setting(self, key: str) -> None:
        self.s.execute(delete(SettingRow).where(SettingRow.key == key))

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

    def hosts(self) -> list[Member]:
        """Members with the host role, oldest first (a query, not the whole roster)."""
        rows = self.s.scalars(select(MemberRow).where(MemberRow.role == Role.HOST.value)
                              .order_by(MemberRow.created_at, MemberRow.id))
        return [_member(r) for r in rows]

    def member_names(self) -> list[tuple[str, str, Role, MemberStatus]]:
        """Id, name, role and status of everyone: what a search needs, without loading whole rows."""
        rows = self.s.execute(select(MemberRow.id, MemberRow.name, MemberRow.role, MemberRow.status)
                              .order_by(MemberRow.name)).all()
        return [(r[0], r[1], Role(r[2]), MemberStatus(r[3])) for r in rows]

    def add_member(self, member: Member, created_at: datetime | None = None) -> None:
        self.s.add(MemberRow(
            id=member.id, name=member.name, email=member.email, plan_kind=member.plan.kind.value,
            valid_from=member.plan.valid_from, valid_until=member.plan.valid_until,
            clips_total=member.plan.clips_total, status=member.status.value,
            role=member.role.value, demo=member.demo, language=member.language,
            created_at=created_at or datetime.now(UTC)))
        self.s.flush()

    def delete_demo_members(self) -> int:
        rows = self.s.scalars(select(MemberRow).where(MemberRow.demo)).all()
        for row in rows:
            self.s.delete(row)
        return len(rows)

    def add_card(self, card: Card, issued_at: datetime | None = None) -> None:
        self.s.add(CardRow(member_id=card.member_id, serial=card.serial, short_code_hash=card.short_code_hash,
                           revoked=card.revoked, issued_at=issued_at or datetime.now(UTC), issuer=card.issuer))
        self.s.flush()

    def cards_of(self, member_id: str) -> list[Card]:
        rows = self.s.scalars(select(CardRow).where(CardRow.member_id == member_id).order_by(CardRow.serial))
        return [_card(r) for r in rows]

    def card(self, member_id: str, serial: int) -> Card | None:
        row = self.s.get(CardRow, (member_id, serial))
        return _card(row) if row else None

    def hash_short_code(self, short_code: str) -> str:
        """How a card's short code is kept here: HMAC under this kiosk's key, never in clear."""
        return short_code_hash(self._short_code_key, short_code)

    def card_by_short_code(self, short_code: str) -> Card | None:
        """The card with this (canonical) short code: hashed, then looked up."""
        row = self.s.scalar(select(CardRow).where(CardRow.short_code_hash == self.hash_short_code(short_code)))
        return _card(row) if row else None

    # --- the door --------------------------------------------------------------------------
    def member_state(self, member_id: str, today: date) -> MemberState | None:
        row = self.s.get(MemberRow, member_id)
        if row is None:
            return None
        visits_stmt, clips_stmt, last_stmt = _member_state_statements()
        params = {"member_id": member_id, "today": today}
        visits = self.s.scalars(visits_stmt, params).all()
        clips_used = self.s.scalar(clips_stmt, params) or 0
        last = self.s.scalars(last_stmt, params).first()
        last_answer = None
        if last is not None:
            outcome = Outcome.CHECKED_IN if last.kind == EventKind.CHECK_IN.value else Outcome.CHECKED_OUT
            last_answer = LastAnswer(at=last.recorded_at, outcome=outcome)
        return MemberState(
            member=_member(row), cards=self.cards_of(member_id),
            open_visits=[_visit(v) for v in visits if v.checked_out_at is None],
            visits_today=[_visit(v) for v in visits if v.day == today],
            clips_used=clips_used, last_answer=last_answer)

    def clips_used(self, member_ids: list[str] | None = None) -> dict[str, int]:
        """Clips spent per member (all members when None): one clip per day of presence, the days
        charged here and the days the server knows of at any door (sync), counted once each.
        Members who spent none are left out."""
        own = select(VisitRow.member_id, VisitRow.day).where(VisitRow.clip_charged)
        remote = select(RemoteClipDayRow.member_id, RemoteClipDayRow.day)
        if member_ids is not None:
            own = own.where(VisitRow.member_id.in_(member_ids))
            remote = remote.where(RemoteClipDayRow.member_id.in_(member_ids))
        days = union(own, remote).subquery()
        rows = self.s.execute(select(days.c.member_id, func.count()).group_by(days.c.member_id))
        return {member_id: count for member_id, count in rows}

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
                visit_id=e.visit_id, reason=e.reason, source=e.source, host_member_id=e.host_member_id,
                guest_name=e.guest_name))
        self.s.flush()

    def member_visit_days(self, member_id: str, since: date) -> set[date]:
        """The days a member was present here (any door this kiosk knows of), from `since` on."""
        return set(self.s.scalars(select(VisitRow.day).distinct().where(
            VisitRow.member_id == member_id, VisitRow.day >= since)))

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

    def member_visits_on(self, member_id: str, day: date) -> list[Visit]:
        """One member's visits of a day (the welcome's time today), not the whole day's."""
        rows = self.s.scalars(select(VisitRow).where(VisitRow.member_id == member_id, VisitRow.day == day)
                              .order_by(VisitRow.checked_in_at))
        return [_visit(r) for r in rows]

    def events(self, limit: int = 1000) -> list[Event]:
        rows = self.s.scalars(select(EventRow).order_by(EventRow.seq).limit(limit))
        return [Event(id=r.id, kiosk_id=r.kiosk_id, kind=EventKind(r.kind), recorded_at=r.recorded_at,
                      effective_at=r.effective_at, member_id=r.member_id, card_serial=r.card_serial,
                      visit_id=r.visit_id, reason=r.reason, source=r.source, host_member_id=r.host_member_id,
                      guest_name=r.guest_name) for r in rows]

    # --- members: edits at a kiosk that owns its roster ---------------------------------------
    def update_member(self, member: Member) -> None:
        row = self.s.get(MemberRow, member.id)
        if row is None:
            raise KeyError(member.id)
        row.name, row.email, row.plan_kind = member.name, member.email, member.plan.kind.value
        row.valid_from, row.valid_until = member.plan.valid_from, member.plan.valid_until
        row.clips_total, row.status, row.role = member.plan.clips_total, member.status.value, member.role.value
        if member.language is not None:  # unknown (a server that does not send it) keeps what is known
            row.language = member.language
        self.s.flush()

    def revoke_cards(self, member_id: str) -> None:
        self.s.execute(update(CardRow).where(CardRow.member_id == member_id).values(revoked=True))

    # --- guests, consents, policies, payments ---------------------------------------------
    def add_guest_details(self, details: GuestDetails) -> None:
        self.s.add(GuestDetailRow(
            member_id=details.member_id, company=details.company, visitor_type=details.visitor_type,
            host_member_id=details.host_member_id, payment_method=details.payment_method,
            price_ore=details.price_ore, language=details.language, registered_at=details.registered_at))
        self.s.flush()

    def guest_details(self, member_ids: list[str]) -> dict[str, GuestDetails]:
        rows = self.s.scalars(select(GuestDetailRow).where(GuestDetailRow.member_id.in_(member_ids)))
        return {r.member_id: GuestDetails(
            member_id=r.member_id, company=r.company, visitor_type=r.visitor_type,
            host_member_id=r.host_member_id, payment_method=r.payment_method, price_ore=r.price_ore,
            language=r.language, registered_at=r.registered_at) for r in rows}

    def add_consent(self, member_id: str, kind: str, version: int, at: datetime) -> None:
        self.s.add(ConsentRow(member_id=member_id, kind=kind, version=version, accepted_at=at))

    def consents_of(self, member_id: str) -> list[tuple[str, int, datetime]]:
        rows = self.s.scalars(select(ConsentRow).where(ConsentRow.member_id == member_id).order_by(ConsentRow.id))
        return [(r.kind, r.version, r.accepted_at) for r in rows]

    def policy(self, kind: PolicyKind) -> Policy | None:
        version = self.s.scalar(select(func.max(PolicyTextRow.version)).where(PolicyTextRow.kind == kind.value))
        if version is None:
            return None
        rows = self.s.scalars(select(PolicyTextRow).where(PolicyTextRow.kind == kind.value,
                                                          PolicyTextRow.version == version))
        return Policy(kind=kind, version=version, texts={r.language: r.text for r in rows})

    def add_policy_version(self, kind: PolicyKind, texts: dict[str, str], at: datetime) -> int:
        current = self.s.scalar(select(func.max(PolicyTextRow.version)).where(PolicyTextRow.kind == kind.value))
        version = (current or 0) + 1
        self.s.add_all([PolicyTextRow(kind=kind.value, version=version, language=lang, text=text, created_at=at)
                        for lang, text in texts.items()])
        self.s.flush()
        return version

    def add_payment(self, payment: Payment) -> None:
        self.s.add(PaymentRow(id=payment.id, member_id=payment.member_id, kind=payment.kind,
                              amount_ore=payment.amount_ore, method=payment.method, clips=payment.clips,
                              at=payment.at))

    def payments(self, member_id: str | None = None) -> list[Payment]:
        query = select(PaymentRow).order_by(PaymentRow.at)
        if member_id is not None:
            query = query.where(PaymentRow.member_id == member_id)
        return [Payment(id=r.id, member_id=r.member_id, kind=r.kind, amount_ore=r.amount_ore, method=r.method,
                        clips=r.clips, at=r.at) for r in self.s.scalars(query)]

    # --- retention and statistics ---------------------------------------------------------
    def guests_registered_before(self, day: date) -> list[str]:
        """Guests whose pass was for a day before `day` (their last possible visit)."""
        return list(self.s.scalars(select(MemberRow.id).where(
            MemberRow.role == Role.GUEST.value,
            func.coalesce(MemberRow.valid_until, MemberRow.valid_from) < day)))

    def forget(self, member_ids: list[str]) -> int:
        return forget_people(self.s, member_ids)

    def visit_spans(self, start: date, end: date) -> list[VisitSpan]:
        # Plain rows through the connection (no ORM identity map): thousands of visits per query.
        conn = self.s.connection()
        rows = conn.execute(select(VisitRow.day, VisitRow.checked_in_at, VisitRow.checked_out_at,
                                   MemberRow.role == Role.GUEST.value)
                            .join(MemberRow, MemberRow.id == VisitRow.member_id)
                            .where(VisitRow.day >= start, VisitRow.day <= end)).all()
        anon = conn.execute(select(AnonymousVisitRow.day, AnonymousVisitRow.checked_in_at,
                                   AnonymousVisitRow.checked_out_at, AnonymousVisitRow.guest)
                            .where(AnonymousVisitRow.day >= start, AnonymousVisitRow.day <= end)).all()
        return [VisitSpan(r[0], r[1], r[2], bool(r[3])) for r in (*rows, *anon)]

    def people_per_day(self, start: date, end: date) -> dict[date, int]:
        """How many different people came on each day (a second visit on a day is the same
        person; a visit kept without its person, after erasure, counts as one)."""
        conn = self.s.connection()
        counts: dict[date, int] = {}
        for day, people in conn.execute(
                select(VisitRow.day, func.count(VisitRow.member_id.distinct()))
                .where(VisitRow.day >= start, VisitRow.day <= end).group_by(VisitRow.day)):
            counts[day] = counts.get(day, 0) + people
        for day, visits in conn.execute(
                select(AnonymousVisitRow.day, func.count())
                .where(AnonymousVisitRow.day >= start, AnonymousVisitRow.day <= end).group_by(AnonymousVisitRow.day)):
            counts[day] = counts.get(day, 0) + visits
        return counts


@cache
def _member_state_statements() -> tuple[Select[Any], Select[Any], Select[Any]]:
    """The door's reads of one member, built once with bound parameters (a scan's hot path:
    building a union's subquery anew each time cost more than running it): their visits open or
    of today, the clips they spent (as clips_used), their last check-in or check-out."""
    member_id: BindParameter[str] = bindparam("member_id")
    today: BindParameter[date] = bindparam("today")
    visits = select(VisitRow).where(VisitRow.member_id == member_id,
                                    (VisitRow.checked_out_at.is_(None)) | (VisitRow.day == today))
    days = union(select(VisitRow.day).where(VisitRow.clip_charged, VisitRow.member_id == member_id),
                 select(RemoteClipDayRow.day).where(RemoteClipDayRow.member_id == member_id)).subquery()
    clips = select(func.count()).select_from(days)
    last = select(EventRow).where(
        EventRow.member_id == member_id,
        EventRow.kind.in_([EventKind.CHECK_IN.value, EventKind.CHECK_OUT.value]),
    ).order_by(EventRow.seq.desc()).limit(1)
    return visits, clips, last
