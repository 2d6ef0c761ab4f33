"""The kiosk database as the sync engine sees it: the event queue, the roster copy, sync state."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, Select, and_, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.core.db import reader
from kiosk.domain.events import Event, EventKind
from kiosk.domain.members import Card, Member, Role
from kiosk.domain.social import SocialEntry
from kiosk.domain.trust import SERVER
from kiosk.domain.visits import Visit

from .door_lock_store import write_any_hour
from .door_store import GuardedSession, _card, _member, forget_people
from .erasure_journal import ErasureJournal
from .models import (
    AuditRow,
    CardRow,
    DoorRightRow,
    EventRow,
    GuestDetailRow,
    MemberRow,
    RemoteClipDayRow,
    RosterRequestRow,
    SettingRow,
    TrustedKeyRow,
    VisitRow,
)
from .social_store import replace_devices, write_visibility

PREFIX = "sync_"
# An event waits to be synced until the server took it or set it aside: the one rule for "waiting".
WAITING = and_(EventRow.synced_at.is_(None), EventRow.rejected_reason.is_(None))
LEFT = "left_server"  # the set-up chose standalone after a cut-short join: see leave_server
log = logging.getLogger(__name__)


class SqlSyncStore:
    def __init__(self, engine: Engine, short_code_key: bytes, journal: ErasureJournal | None = None) -> None:
        self.engine = engine
        self._reader = reader(engine)
        self._short_code_key = short_code_key
        self._journal = journal  # tombstones applied here are erasures a restore must repeat

    def short_code_key(self) -> bytes:
        """The kiosk's key for short codes (given to the server once, see docs/sync-protocol.md)."""
        return self._short_code_key

    def _session(self) -> Session:
        """A session that writes: BEGIN IMMEDIATE."""
        return GuardedSession(self.engine, expire_on_commit=False)

    def _reading(self) -> Session:
        """A session that only reads: deferred, a snapshot, never the write lock."""
        return GuardedSession(self._reader, expire_on_commit=False)

    # --- state -------------------------------------------------------------------------------
    def state(self) -> dict[str, str]:
        with self._reading() as s:
            rows = s.scalars(select(SettingRow).where(SettingRow.key.startswith(PREFIX)))
            return {r.key.removeprefix(PREFIX): r.value for r in rows}

    def set_state(self, **values: str | None) -> None:
        with self._session() as s, s.begin():
            for key, value in values.items():
                row = s.get(SettingRow, PREFIX + key)
                if value is None:
                    if row is not None:
                        s.delete(row)
                else:
                    s.merge(SettingRow(key=PREFIX + key, value=value))

    # --- the queue ---------------------------------------------------------------------------
    def pending(self, limit: int) -> list[tuple[int, Event]]:
        with self._reading() as s:
            rows = s.scalars(select(EventRow).where(WAITING)
                             .order_by(EventRow.seq).limit(limit))
            return [(r.seq, Event(id=r.id, kiosk_id=r.kiosk_id, kind=EventKind(r.kind), recorded_at=r.recorded_at,
                                  effective_at=r.effective_at, member_id=r.member_id, card_serial=r.card_serial,
                                  visit_id=r.visit_id, reason=r.reason, source=r.source,
                                  host_member_id=r.host_member_id, guest_name=r.guest_name)) for r in rows]

    def pending_count(self) -> int:
        with self._reading() as s:
            return s.scalar(select(func.count()).select_from(EventRow).where(WAITING)) or 0

    def rejected_count(self) -> int:
        with self._reading() as s:
            return s.scalar(select(func.count()).select_from(EventRow).where(
                EventRow.rejected_reason.is_not(None))) or 0

    def mark(self, sent: list[str], rejected: dict[str, str], now: datetime) -> None:
        with self._session() as s, s.begin():
            if sent:
                s.execute(update(EventRow).where(EventRow.id.in_(sent)).values(synced_at=now))
            for event_id, reason in rejected.items():
                s.execute(update(EventRow).where(EventRow.id == event_id).values(rejected_reason=reason[:120]))

    # --- the roster --------------------------------------------------------------------------
    def apply_roster(self, members: list[Member], cards: list[Card], keys: list[tuple[str, bytes, str]],
                     deleted: list[tuple[str, str]], cursor: str, reset: bool, final: bool,
                     social: dict[str, SocialEntry] | None = None,
                     languages_sent: set[str] | None = None) -> None:
        """One page and its cursor, in one transaction (docs/sync-protocol.md). social (protocol
        2): members' visibility choices (the newer decision is kept, so a withdrawal made here
        holds against an older choice) and their phones' keys (the server's list replaces ours).
        languages_sent: the members whose record carried a language (even none: the door's); a
        server older than that field leaves the language kept here as it is."""
        social = social or {}
        with self._session() as s, s.begin():
            if _left(s):
                return
            gen_row = s.get(SettingRow, PREFIX + "roster_gen")
            gen = int(gen_row.value) if gen_row else 0
            if reset:
                gen += 1
                s.merge(SettingRow(key=PREFIX + "roster_gen", value=str(gen)))
                s.merge(SettingRow(key=PREFIX + "snapshot", value="running"))
            now = datetime.now(UTC)
            # The server's roster never writes over a guest registered here (an id the server
            # should have refused): the guest keeps their day pass, nothing more.
            guests = set(s.scalars(_guest_ids().where(MemberRow.id.in_(
                {m.id for m in members} | {c.member_id for c in cards}
                | {ref.partition("/")[0] for kind, ref in deleted if kind in ("member", "card")}))))
            if guests:
                log.warning("the server's roster names %d guests of this door; they stay guests", len(guests),
                            extra={"event": "roster_guest_clash"})
                members = [m for m in members if m.id not in guests]
                social = {m: v for m, v in social.items() if m not in guests}
                cards = [c for c in cards if c.member_id not in guests]
                deleted = [(kind, ref) for kind, ref in deleted if ref.partition("/")[0] not in guests]
            sent = languages_sent or set()
            for group in ([m for m in members if m.id in sent], [m for m in members if m.id not in sent]):
                _upsert(s, MemberRow, ["id"], [dict(
                    id=m.id, name=m.name, email=m.email, plan_kind=m.plan.kind.value, valid_from=m.plan.valid_from,
                    valid_until=m.plan.valid_until, clips_total=m.plan.clips_total, status=m.status.value,
                    role=m.role.value, demo=False, created_at=now, roster_gen=gen,
                    **({"language": m.language} if m.id in sent else {})) for m in group])
            upserted = {m.id for m in members}
            for member_id, extra in social.items():
                if member_id not in upserted:
                    continue
                if extra.visibility is not None:
                    write_visibility(s, extra.visibility)
                replace_devices(s, member_id, extra.devices)
                write_any_hour(s, member_id, extra.any_hour)
            # A short code that moved to another card (a card deleted and reissued) must not clash.
            wanted = {c.short_code_hash: (c.member_id, c.serial) for c in cards}
            for row in s.scalars(select(CardRow).where(CardRow.short_code_hash.in_(wanted))).all():
                if (row.member_id, row.serial) != wanted[row.short_code_hash]:
                    s.delete(row)
            s.flush()
            _upsert(s, CardRow, ["member_id", "serial"], [dict(
                member_id=c.member_id, serial=c.serial, short_code_hash=c.short_code_hash, revoked=c.revoked,
                issued_at=now, roster_gen=gen, issuer=c.issuer or SERVER) for c in cards])  # its key only
            _upsert(s, TrustedKeyRow, ["key_id"], [dict(
                key_id=key_id, public_key=raw, label=label, demo=False, roster_gen=gen) for key_id, raw, label in keys])
            gone = [ref for kind, ref in deleted if kind == "member"]
            if gone and self._journal is not None:  # before the commit: a crash leaves a harmless entry
                present = list(s.scalars(select(MemberRow.id).where(MemberRow.id.in_(gone))))
                self._journal.record(present, now)
            for kind, ref in deleted:
                if kind == "member":  # deleted or erased on the server: only anonymous counts stay
                    forget_people(s, [ref])
                elif kind == "card":
                    member_id, _, serial = ref.partition("/")
                    s.execute(delete(CardRow).where(CardRow.member_id == member_id, CardRow.serial == int(serial)))
                else:
                    s.execute(delete(TrustedKeyRow).where(TrustedKeyRow.key_id == ref))
            snapshot = s.get(SettingRow, PREFIX + "snapshot")
            if final and snapshot is not None:
                # The snapshot is complete: whatever it did not mention is gone on the server.
                # Guests and this kiosk's own key (it signs their day passes) are not the server's.
                s.execute(delete(CardRow).where(CardRow.roster_gen < gen, CardRow.member_id.not_in(_guest_ids())))
                if self._journal is not None:
                    self._journal.record(list(s.scalars(select(MemberRow.id).where(
                        MemberRow.roster_gen < gen, MemberRow.role != Role.GUEST.value))), now)
                s.execute(delete(MemberRow).where(MemberRow.roster_gen < gen, MemberRow.role != Role.GUEST.value))
                s.execute(delete(TrustedKeyRow).where(TrustedKeyRow.roster_gen < gen, TrustedKeyRow.own.is_(False)))
                s.delete(snapshot)
            s.merge(SettingRow(key=PREFIX + "cursor", value=cursor))

    def apply_visits(self, visits: list[Visit]) -> None:
        """Today's visits at every door, as the server knows them. Another door's visit is added
        (so this door can check that member out); a visit closed elsewhere is closed here. Nothing
        is ever reopened: a close made here that the server has not heard of yet stands."""
        with self._session() as s, s.begin():
            if _left(s):
                return
            known_members = set(s.scalars(select(MemberRow.id).where(
                MemberRow.id.in_({v.member_id for v in visits}))))
            for v in visits:
                row = s.get(VisitRow, v.id)
                if row is not None:
                    if row.checked_out_at is None and v.checked_out_at is not None:
                        row.checked_out_at, row.checkout_kind = v.checked_out_at, "scan"
                elif v.origin is not None and v.member_id in known_members:
                    s.add(VisitRow(id=v.id, member_id=v.member_id, day=v.day, checked_in_at=v.checked_in_at,
                                   checked_out_at=v.checked_out_at,
                                   checkout_kind="scan" if v.checked_out_at else None,
                                   clip_charged=False, origin=v.origin))

    def correct_visits(self, corrections: list[tuple[str, Visit | None]]) -> None:
        """A host's roll-back on the server (wire.VisitCorrection): each visit becomes the
        server's copy (None: removed), so a check-out forged at another door is undone here and
        a visit a stolen door made leaves. A visit this kiosk still has an unsent event for
        keeps this kiosk's word (it reaches the server next); its own visits are never removed."""
        ids = [visit_id for visit_id, _ in corrections]
        if not ids:
            return
        with self._session() as s, s.begin():
            if _left(s):
                return
            unsent = set(s.scalars(select(EventRow.visit_id).where(
                EventRow.visit_id.in_(ids), EventRow.synced_at.is_(None), EventRow.rejected_reason.is_(None))))
            known_members = set(s.scalars(select(MemberRow.id).where(
                MemberRow.id.in_({v.member_id for _, v in corrections if v is not None}))))
            for visit_id, v in corrections:
                row = s.get(VisitRow, visit_id)
                if visit_id in unsent:
                    continue
                if v is None:
                    if row is not None and row.origin is not None:
                        s.delete(row)
                elif row is None:
                    if v.origin is not None and v.member_id in known_members:
                        s.add(VisitRow(id=v.id, member_id=v.member_id, day=v.day, checked_in_at=v.checked_in_at,
                                       checked_out_at=v.checked_out_at,
                                       checkout_kind="scan" if v.checked_out_at else None,
                                       clip_charged=False, origin=v.origin))
                elif row.checked_out_at != v.checked_out_at:
                    row.checked_out_at = v.checked_out_at
                    row.checkout_kind = (row.checkout_kind or "scan") if v.checked_out_at else None

    def apply_guest_approvals(self, approvals: list[tuple[str, date, str]], today: date, now: datetime) -> int:
        """Approvals from the server's pull (guest id, day, "host" or "member"): each opens the
        door today for a guest this kiosk registered (its guest details are here), on this
        kiosk's today only, recorded and audited once (a second copy, or the host view's own
        approval before it, changes nothing). Anything else is ignored. How many took effect."""
        taken = 0
        with self._session() as s, s.begin():
            for member_id, day, by in approvals:
                if day != today or s.get(GuestDetailRow, member_id) is None:
                    continue  # another day, or not a guest this door made (another door's, a member)
                member = s.get(MemberRow, member_id)
                if member is None or member.role != Role.GUEST.value:
                    continue
                row = s.get(DoorRightRow, member_id)
                if row is not None and row.guest_approved_on == today:
                    continue
                if row is None:
                    row = DoorRightRow(member_id=member_id, any_hour=False)
                    s.add(row)
                row.guest_approved_on, row.approved_by = today, f"server:{by}"
                s.add(AuditRow(at=now, actor=None, action="guest_approved", subject=member_id,
                               detail=f"server:{by}"))
                taken += 1
        if taken:
            log.info("guests approved on the server", extra={"event": "guest_approved", "count": taken})
        return taken

    def apply_clip_days(self, days: dict[str, list[date]]) -> None:
        """The server's whole list, replacing the last one (it is small: clip-card members only)."""
        wanted = {(member_id[:16], day) for member_id, member_days in days.items() for day in member_days}
        with self._reading() as s:
            have = {(row[0], row[1]) for row in s.execute(select(RemoteClipDayRow.member_id, RemoteClipDayRow.day))}
            if have == wanted:
                return  # the usual case: nothing new, so no write (and no fsync) every sync round
        with self._session() as s, s.begin():
            if _left(s):
                return
            s.execute(delete(RemoteClipDayRow))
            rows = [{"member_id": member_id, "day": day} for member_id, day in sorted(wanted)]
            for start in range(0, len(rows), 500):
                s.execute(sqlite_insert(RemoteClipDayRow).values(rows[start:start + 500]).on_conflict_do_nothing())

    # --- roster requests (the outbox of an enrolled kiosk) --------------------------------------
    def enrolled(self) -> bool:
        return "token" in self.state()

    def queue_request(self, request_id: str, body: dict[str, object]) -> None:
        with self._session() as s, s.begin():
            s.add(RosterRequestRow(id=request_id, body=json.dumps(body, default=str), created_at=datetime.now(UTC)))

    def pending_requests(self, limit: int, waiting: bool = False) -> list[dict[str, object]]:
        """Requests not sent yet, oldest first; waiting=True: those the server holds for a host
        (sent again each round to learn what became of them)."""
        status = RosterRequestRow.status == "pending" if waiting else RosterRequestRow.status.is_(None)
        with self._reading() as s:
            rows = s.scalars(select(RosterRequestRow).where(status).order_by(RosterRequestRow.seq).limit(limit))
            return [json.loads(r.body) for r in rows]

    def request_counts(self) -> dict[str, int]:
        """How many requests are unsent (None), pending, rejected, accepted."""
        with self._reading() as s:
            rows = s.execute(select(RosterRequestRow.status, func.count()).group_by(RosterRequestRow.status))
            return {status or "unsent": count for status, count in rows}

    def requests(self, limit: int = 100) -> list[tuple[dict[str, object], str, str]]:
        """The newest requests with their state (unsent, pending, accepted, rejected) and the
        server's reason: what the host view lists, so a pending change does not look done."""
        with self._reading() as s:
            rows = s.scalars(select(RosterRequestRow).order_by(RosterRequestRow.seq.desc()).limit(limit))
            return [(json.loads(r.body), r.status or "unsent", r.reason or "") for r in rows]

    def mark_requests(self, results: dict[str, tuple[str, str | None]]) -> None:
        with self._session() as s, s.begin():
            for request_id, (status, reason) in results.items():
                s.execute(update(RosterRequestRow).where(RosterRequestRow.id == request_id)
                          .values(status=status, reason=reason))

    def rejected_requests(self) -> list[tuple[dict[str, object], str]]:
        with self._reading() as s:
            rows = s.scalars(select(RosterRequestRow).where(RosterRequestRow.status == "rejected"))
            return [(json.loads(r.body), r.reason or "") for r in rows]

    def roster(self) -> tuple[list[Member], list[Card]]:
        with self._reading() as s:
            return ([_member(r) for r in s.scalars(select(MemberRow).where(MemberRow.role != Role.GUEST.value))],
                    [_card(r) for r in s.scalars(select(CardRow).where(CardRow.member_id.not_in(_guest_ids())))])

    def has_real_members(self) -> bool:
        with self._reading() as s:
            return (s.scalar(select(func.count()).select_from(MemberRow).where(
                MemberRow.demo.is_(False), MemberRow.role != Role.GUEST.value)) or 0) > 0

    def hand_over_roster(self) -> None:
        """Enrollment: the server's roster replaces ours, so ours goes, keys and all."""
        with self._session() as s, s.begin():
            s.execute(delete(CardRow).where(CardRow.member_id.not_in(_guest_ids())))
            s.execute(delete(MemberRow).where(MemberRow.role != Role.GUEST.value))
            s.execute(delete(TrustedKeyRow).where(TrustedKeyRow.own.is_(False)))
            s.execute(delete(SettingRow).where(SettingRow.key.in_([PREFIX + "cursor", PREFIX + "snapshot"])))

    def leave_server(self) -> None:
        """Forget the enrollment here, all at once: the first-run set-up chose "this kiosk alone"
        after a join cut short by a power cut. The server's roster, its keys, its clip days, the
        requests not sent and the sync state go; guests and this door's own events stay (the
        server still lists the kiosk until someone removes it on its page Kiosks). A sync round
        still running then writes nothing of the server's (the LEFT mark, until enrolled again)."""
        with self._session() as s, s.begin():
            s.merge(SettingRow(key=LEFT, value=datetime.now(UTC).isoformat()))
            forget_people(s, list(s.scalars(select(MemberRow.id).where(MemberRow.role != Role.GUEST.value))))
            s.execute(delete(TrustedKeyRow).where(TrustedKeyRow.own.is_(False)))
            s.execute(delete(RemoteClipDayRow))
            s.execute(delete(RosterRequestRow))
            s.execute(delete(SettingRow).where(SettingRow.key.startswith(PREFIX)))


def _left(s: Session) -> bool:
    """Left the server (leave_server) and not enrolled again since: its data is not wanted."""
    return s.get(SettingRow, LEFT) is not None and s.get(SettingRow, PREFIX + "token") is None


def _guest_ids() -> Select[Any]:
    return select(MemberRow.id).where(MemberRow.role == Role.GUEST.value)


def _upsert(s: Session, model: Any, keys: list[str], rows: list[dict[str, Any]]) -> None:
    """Insert or update many rows in one statement per chunk (SQLite's ON CONFLICT DO UPDATE)."""
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        stmt = sqlite_insert(model).values(chunk)
        updates = {col: stmt.excluded[col] for col in chunk[0] if col not in keys and col != "created_at"}
        s.execute(stmt.on_conflict_do_update(index_elements=keys, set_=updates))
