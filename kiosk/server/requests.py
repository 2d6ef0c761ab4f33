"""Roster requests from kiosks: each applied exactly once, directly or after a host's approval.

A kiosk's token may propose roster changes; which of them the server applies at once is a
per-kiosk permission set (`kiosk server kiosks permissions NAME`). The rest wait as `pending`
until a host approves or rejects them (`kiosk server requests ...`, the host pages).

Exactly once: a request's record (its id is the primary key) is inserted first, ON CONFLICT DO
NOTHING, in the same transaction that applies it. Two pushes of the same request at once: the
second insert waits for the first transaction and then finds the record (`duplicate`); a crash
in between rolls both back. Approving a pending request claims it with
`UPDATE ... WHERE status = 'pending'` in the transaction that applies it: one approval wins.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.problems import Code
from kiosk.domain.social import Source
from kiosk.protocol import wire

from .errors import ServerError
from .models import AppliedRequestRow, KioskRow, ServerMemberRow
from .social import record_choice
from .store import ServerStore

# What a kiosk may have applied directly unless its permissions say otherwise.
DEFAULT_DIRECT = frozenset({"add", "top_up", "suspend"})
DIRECTABLE = ("add", "update", "suspend", "reactivate", "new_card", "top_up")
# Erasing a member, and making someone a host (or no longer one), always wait for a host.
NEVER_DIRECT = ("erase", "role")
# A member's withdrawal at the door of their consent to be named there never waits: it only
# ever hides someone (there is no request that shows anyone), and it must reach every door.
ALWAYS_DIRECT = ("hide",)
DEFAULT_TOP_UP_LIMIT = 50  # clips one top-up may add without a host
REASON_MAX = 200


@dataclass(frozen=True)
class KioskPermissions:
    kiosk: str
    direct: frozenset[str]
    top_up_limit: int

    def why_pending(self, req: wire.RosterRequest) -> str | None:
        """None if this kiosk may have the request applied at once; else what it waits for."""
        if req.op in ALWAYS_DIRECT:
            return None
        if req.op == "erase":
            return "erasing a member waits for a host's approval on the server"
        if req.role is not None and not (req.op == "add" and req.role == "member"):
            return "making someone a host, or no longer one, waits for a host's approval on the server"
        if req.op not in self.direct:
            return f"{req.op} from this kiosk waits for a host's approval on the server"
        if req.op == "top_up" and (req.clips or 0) > self.top_up_limit:
            return f"a top-up of more than {self.top_up_limit} clips waits for a host's approval on the server"
        return None


@dataclass(frozen=True)
class PendingRequest:
    """A request waiting for a host, as the host pages and the CLI list it."""

    id: str
    kiosk: str  # the kiosk's name
    op: str
    member_id: str
    member_name: str  # the member's name on the server now, or the proposed name of a new one
    changes: dict[str, Any]  # the proposed fields (name, email, plan, clips, valid_until, role)
    waiting_because: str
    received_at: datetime


class RosterRequests:
    def __init__(self, store: ServerStore) -> None:
        self.store = store

    # --- from kiosks -------------------------------------------------------------------------
    def apply(self, device_id: str, raw: Sequence[object]) -> list[wire.EventResult]:
        """Apply, hold for a host, or refuse each request, in order; each at most once."""
        permissions = self.permissions_of_device(device_id)
        results = []
        for item in raw:
            request_id = str(item.get("id", ""))[:36] if isinstance(item, dict) else ""
            try:
                req = wire.RosterRequest.model_validate(item)
            except ValidationError as exc:
                where = ".".join(str(p) for p in exc.errors()[0]["loc"])
                results.append(wire.EventResult(id=request_id, status="rejected", reason=f"invalid {where}"))
                continue
            results.append(self._apply_one(device_id, req, permissions))
        return results

    def _apply_one(self, device_id: str, req: wire.RosterRequest, permissions: KioskPermissions) -> wire.EventResult:
        with self.store.session() as s, s.begin():
            claimed = s.scalar(self.store.insert(AppliedRequestRow).values(
                id=req.id, kiosk_id=device_id, status="applying", applied_at=datetime.now(UTC), op=req.op,
                member_id=req.member_id).on_conflict_do_nothing(index_elements=["id"])
                .returning(AppliedRequestRow.id))
            if claimed is None:  # seen before (maybe this very moment, by another server process)
                return _replay(s.get(AppliedRequestRow, req.id), device_id, req.id)
            why = permissions.why_pending(req)
            if why is None and req.op == "top_up":
                why = self._over_the_day(s, req, permissions)
            reason: str | None
            body: str | None
            if why is not None:
                status, reason, body = "pending", why, req.model_dump_json()
            else:
                status, reason = self._try(s, req)
                # A top-up applied at once keeps its body: the day's sum is counted from them.
                body = req.model_dump_json() if req.op == "top_up" and status == "accepted" else None
            s.execute(update(AppliedRequestRow).where(AppliedRequestRow.id == req.id)
                      .values(status=status, reason=reason, body=body))
        return wire.EventResult(id=req.id, status=status, reason=reason)  # type: ignore[arg-type]

    def _over_the_day(self, s: Session, req: wire.RosterRequest, permissions: KioskPermissions) -> str | None:
        """The top-up limit holds per member and per day, from every kiosk together, not per
        request: ten top-ups of 50 in one push wait for a host like one of 500. The member's row
        is locked first, so two pushes at once count each other (SQLite: the write lock)."""
        s.get(ServerMemberRow, req.member_id, with_for_update=True)
        start = datetime.combine(datetime.now(self.store.tz).date(), time.min, tzinfo=self.store.tz)
        bodies = s.scalars(select(AppliedRequestRow.body).where(
            AppliedRequestRow.member_id == req.member_id, AppliedRequestRow.op == "top_up",
            AppliedRequestRow.status == "accepted", AppliedRequestRow.decided_by.is_(None),
            AppliedRequestRow.applied_at >= start.astimezone(UTC)))
        today = sum(int(json.loads(b).get("clips") or 0) for b in bodies if b)
        if today + (req.clips or 0) > permissions.top_up_limit:
            return (f"top-ups of more than {permissions.top_up_limit} clips a day for one member wait for a "
                    "host's approval on the server")
        return None

    def _try(self, s: Session, req: wire.RosterRequest) -> tuple[str, str | None]:
        """Apply inside a savepoint: a refusal undoes the change but keeps the request's record."""
        try:
            with s.begin_nested():
                self._apply_change(s, req)
            return "accepted", None
        except ServerError as exc:
            return "rejected", str(exc)[:REASON_MAX]
        except IntegrityError:  # e.g. the same new member id proposed by two doors at this moment
            return "rejected", "conflicts with a change made at the same moment; ask again"

    def _apply_change(self, s: Session, req: wire.RosterRequest) -> None:
        store = self.store
        if req.op == "add":
            store.add_member_in(s, {"id": req.member_id, "name": req.name or "", "email": req.email or "",
                                    "plan": req.plan or "monthly", "clips": req.clips or 0,
                                    "valid_until": req.valid_until, "role": req.role or "member"})
        elif req.op == "update":
            fields = {"name": req.name, "email": req.email, "plan_kind": req.plan, "clips_total": req.clips,
                      "valid_until": req.valid_until, "role": req.role}
            store.edit_member_in(s, req.member_id, {k: v for k, v in fields.items() if v is not None})
        elif req.op in ("suspend", "reactivate"):
            store.update_member_in(s, req.member_id, status="suspended" if req.op == "suspend" else "active")
        elif req.op == "top_up":
            store.top_up_in(s, req.member_id, req.clips or 0)
        elif req.op == "erase":
            store.delete_member_in(s, req.member_id)  # the tombstone takes it off every kiosk
        elif req.op == "hide":
            self._hide(s, req)
        else:
            store.new_card_in(s, req.member_id)

    @staticmethod
    def _hide(s: Session, req: wire.RosterRequest) -> None:
        """A withdrawal made at a door, recorded as a new consent record (source "door"), so the
        next pull of every door carries it. At the door's time, but never later than now: a door
        whose clock runs ahead must not block the member's next choice on their page."""
        extra = req.model_dump(exclude={"id", "op", "member_id", "decided_at"}, exclude_none=True)
        if extra:
            raise ServerError(f"a withdrawal carries no other change ({', '.join(sorted(extra))})")
        now = datetime.now(UTC)
        at = min(req.decided_at, now) if req.decided_at is not None and req.decided_at.tzinfo else now
        record_choice(s, req.member_id, False, [], Source.DOOR, at)

    # --- for hosts ---------------------------------------------------------------------------
    def pending(self) -> list[PendingRequest]:
        """Requests waiting for a host, oldest first."""
        with self.store.session() as s:
            rows = s.scalars(select(AppliedRequestRow).where(AppliedRequestRow.status == "pending")
                             .order_by(AppliedRequestRow.applied_at)).all()
            kiosks = dict(s.execute(select(KioskRow.device_id, KioskRow.name)).all())
            names = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.name).where(
                ServerMemberRow.id.in_({r.member_id for r in rows if r.member_id}))).all())
        out = []
        for row in rows:
            body = json.loads(row.body or "{}")
            changes = {k: v for k, v in body.items() if k not in ("id", "op", "member_id") and v is not None}
            out.append(PendingRequest(id=row.id, kiosk=kiosks.get(row.kiosk_id, row.kiosk_id), op=row.op or "",
                                      member_id=row.member_id or "",
                                      member_name=names.get(row.member_id or "", str(body.get("name") or "")),
                                      changes=changes, waiting_because=row.reason or "",
                                      received_at=row.applied_at))
        return out

    def approve(self, request_id: str, host: str) -> wire.EventResult:
        """Apply a pending request now (exactly once, however many hosts press at once)."""
        with self.store.session() as s, s.begin():
            row = self._claim(s, request_id)
            req = wire.RosterRequest.model_validate_json(row.body or "{}")
            status, reason = self._try(s, req)
            self._decide(s, request_id, status, reason, host)
        return wire.EventResult(id=request_id, status=status, reason=reason)  # type: ignore[arg-type]

    def reject(self, request_id: str, host: str, reason: str = "") -> wire.EventResult:
        text = f"refused by {host}" + (f": {reason.strip()}" if reason.strip() else "")
        with self.store.session() as s, s.begin():
            self._claim(s, request_id)
            self._decide(s, request_id, "rejected", text[:REASON_MAX], host)
        return wire.EventResult(id=request_id, status="rejected", reason=text[:REASON_MAX])

    @staticmethod
    def _claim(s: Session, request_id: str) -> AppliedRequestRow:
        done = s.execute(update(AppliedRequestRow).where(AppliedRequestRow.id == request_id,
                                                         AppliedRequestRow.status == "pending")
                         .values(status="applying"))
        row = s.get(AppliedRequestRow, request_id)
        if row is None:
            raise ServerError(f"no roster request with id {request_id!r}", Code.REQUEST_NOT_FOUND)
        if done.rowcount == 0:  # type: ignore[attr-defined]
            raise ServerError(f"request {request_id} is not waiting any more (it is {row.status})",
                              Code.REQUEST_NOT_WAITING, status=row.status)
        return row

    @staticmethod
    def _decide(s: Session, request_id: str, status: str, reason: str | None, host: str) -> None:
        s.execute(update(AppliedRequestRow).where(AppliedRequestRow.id == request_id).values(
            status=status, reason=reason, body=None, decided_by=host[:64], decided_at=datetime.now(UTC)))

    # --- permissions -------------------------------------------------------------------------
    def permissions_of_device(self, device_id: str) -> KioskPermissions:
        with self.store.session() as s:
            row = s.scalar(select(KioskRow).where(KioskRow.device_id == device_id))
            return _permissions(row) if row is not None else KioskPermissions("", frozenset(), 0)

    def permissions(self, kiosk: str) -> KioskPermissions:
        with self.store.session() as s:
            return _permissions(_kiosk(s, kiosk))

    def set_permissions(self, kiosk: str, allow: Iterable[str] = (), deny: Iterable[str] = (),
                        top_up_limit: int | None = None, reset: bool = False) -> KioskPermissions:
        """Change which requests of a kiosk are applied without a host; the permissions now."""
        allow, deny = set(allow), set(deny)
        for op in allow | deny:
            if op in NEVER_DIRECT:
                raise ServerError(f"{op} always waits for a host's approval; it cannot be allowed directly")
            if op not in DIRECTABLE:
                raise ServerError(f"unknown request kind {op!r}; kinds are {', '.join(DIRECTABLE)}")
        if top_up_limit is not None and not 0 <= top_up_limit <= 1000:
            raise ServerError("the top-up limit is 0 to 1000 clips")
        with self.store.session() as s, s.begin():
            row = _kiosk(s, kiosk, lock=True)
            current = DEFAULT_DIRECT if reset else _permissions(row).direct
            direct = (set(current) | allow) - deny
            row.permissions = ",".join(op for op in DIRECTABLE if op in direct)
            if reset:
                row.permissions, row.top_up_limit = None, None
            if top_up_limit is not None:
                row.top_up_limit = top_up_limit
            s.flush()
            return _permissions(row)


def _kiosk(s: Session, name: str, lock: bool = False) -> KioskRow:
    stmt = select(KioskRow).where(KioskRow.name == name)
    row = s.scalar(stmt.with_for_update() if lock else stmt)
    if row is None:
        raise ServerError(f"no kiosk named {name!r}")
    return row


def _permissions(row: KioskRow) -> KioskPermissions:
    direct = DEFAULT_DIRECT if row.permissions is None else frozenset(filter(None, row.permissions.split(",")))
    limit = DEFAULT_TOP_UP_LIMIT if row.top_up_limit is None else row.top_up_limit
    return KioskPermissions(row.name, direct, limit)


def _replay(row: AppliedRequestRow | None, device_id: str, request_id: str) -> wire.EventResult:
    """The answer to a request seen before: what became of it (the kiosk may have lost the answer)."""
    if row is None or row.kiosk_id != device_id:
        return wire.EventResult(id=request_id, status="rejected", reason="this request id is another kiosk's")
    if row.status == "accepted":
        return wire.EventResult(id=request_id, status="duplicate")
    return wire.EventResult(id=request_id, status=row.status, reason=row.reason)  # type: ignore[arg-type]


def for_protocol_1(results: list[wire.EventResult]) -> list[wire.EventResult]:
    """Kiosks of protocol version 1 know no `pending`: they are told `rejected` with the reason
    (the request still waits for a host, and is applied if one approves it)."""
    return [r.model_copy(update={"status": "rejected"}) if r.status == "pending" else r for r in results]
