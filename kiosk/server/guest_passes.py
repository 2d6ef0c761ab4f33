"""Guests' day passes a door registered, and their approval from the server (issue 20).

A door's guest reaches the server with the door's next push: the guest's first check-in (source
"guest") names the guest's id and, when the guest chose one, the member they visit. The server
keeps that as a pass of the door that pushed it (its device id, not what the event claims) for
the day. A host (any pass of today) or the member the guest visits (their own guests only: on
/me, or with the single-use link of the arrival mail) approves it "let in at the door today";
the approval goes down in that door's pull only, on that day only (wire.GuestApproval), and the
door takes it only for a guest it made, for its own today, once (store.SqlSyncStore).

A kiosk's token cannot approve: no route of the API takes an approval, so a stolen kiosk can at
most make a pass of its own guests, which only a host or the member it names can approve.
Kept two days, then deleted; the guest's name only when they agreed to pass it on."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from kiosk.domain.problems import Code
from kiosk.protocol import wire

from .errors import ServerError
from .models import GuestPassRow, KioskRow, ServerMemberRow

KEEP = timedelta(days=2)
Approver = Literal["host", "member"]


@dataclass(frozen=True)
class GuestPass:
    guest_id: str
    door: str  # the kiosk's name
    host_member_id: str | None
    host_name: str  # the member they visit ("" when none, or erased)
    guest_name: str | None  # None: the guest did not agree to pass it on
    arrived_at: datetime
    approved_by: str | None  # host, member; None: waiting


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class GuestPasses:
    def __init__(self, engine: Engine, tz: ZoneInfo) -> None:
        self.engine, self.tz = engine, tz

    def _today(self, now: datetime) -> date:
        return now.astimezone(self.tz).date()

    def record(self, device_id: str, raw_events: list[object], results: list[wire.EventResult],
               now: datetime | None = None) -> int:
        """The guests' first check-ins among the events a push stored just now (accepted): one
        pass each, of the door that pushed them. How many were new."""
        now = now or datetime.now(UTC)
        found: list[wire.WireEvent] = []
        for raw, result in zip(raw_events, results, strict=True):
            if result.status != "accepted" or not isinstance(raw, dict) or raw.get("source") != "guest":
                continue
            event = wire.WireEvent.model_validate(raw)
            if event.kind == "check_in" and event.member_id is not None:
                found.append(event)
        if not found:
            return 0
        made = 0
        with Session(self.engine) as s, s.begin():
            s.execute(delete(GuestPassRow).where(GuestPassRow.arrived_at < now - KEEP))
            for event in found:
                known = s.get(GuestPassRow, event.member_id) or s.get(ServerMemberRow, event.member_id)
                if known is not None:
                    continue  # known already, or a member of the roster: no guest of a door
                at = event.effective_at if event.effective_at.tzinfo else event.effective_at.replace(tzinfo=UTC)
                s.add(GuestPassRow(guest_id=event.member_id, kiosk_id=device_id, host_member_id=event.host_member_id,
                                   guest_name=event.guest_name, day=self._today(at), arrived_at=at))
                made += 1
        return made

    def today(self, now: datetime | None = None, member_id: str | None = None) -> list[GuestPass]:
        """Today's passes, oldest first (member_id: only the guests visiting that member)."""
        now = now or datetime.now(UTC)
        with Session(self.engine) as s:
            query = select(GuestPassRow).where(GuestPassRow.day == self._today(now))
            if member_id is not None:
                query = query.where(GuestPassRow.host_member_id == member_id)
            rows = list(s.scalars(query.order_by(GuestPassRow.arrived_at)))
            doors = {k.device_id: k.name for k in s.scalars(select(KioskRow)) if k.device_id}
            hosts = {m.id: m.name for m in s.scalars(select(ServerMemberRow).where(
                ServerMemberRow.id.in_({r.host_member_id for r in rows if r.host_member_id})))}
        return [GuestPass(r.guest_id, doors.get(r.kiosk_id, r.kiosk_id), r.host_member_id,
                          hosts.get(r.host_member_id or "", ""), r.guest_name, r.arrived_at, r.approved_by)
                for r in rows]

    def approve(self, guest_id: str, by: Approver, member_id: str | None = None,
                now: datetime | None = None) -> bool:
        """Let the guest in at their door today. A member approves only a guest who visits
        them (any other id is "no such guest", so nothing about other members' guests leaks);
        a pass of an earlier day is over. False when it was approved already (once only)."""
        now = now or datetime.now(UTC)
        with Session(self.engine) as s, s.begin():
            row = s.get(GuestPassRow, guest_id, with_for_update=True)
            if row is None or (by == "member" and (member_id is None or row.host_member_id != member_id)):
                raise ServerError("no such guest today", Code.GUEST_NOT_FOUND)
            return self._approve(row, by, now)

    def _approve(self, row: GuestPassRow, by: Approver, now: datetime) -> bool:
        if row.day != self._today(now):
            raise ServerError("that day pass was for an earlier day", Code.GUEST_DAY_OVER)
        if row.approved_at is not None:
            return False
        row.approval_id, row.approved_at, row.approved_by, row.link_hash = str(uuid.uuid4()), now, by, None
        return True

    def link(self, guest_id: str) -> str | None:
        """A single-use token for the arrival mail's link (its hash is kept; a new one replaces
        it). None when there is no pass to approve."""
        token = secrets.token_urlsafe(24)
        with Session(self.engine) as s, s.begin():
            row = s.get(GuestPassRow, guest_id, with_for_update=True)
            if row is None or row.host_member_id is None or row.approved_at is not None:
                return None
            row.link_hash = _hash(token)
        return token

    def by_link(self, token: str) -> GuestPass | None:
        """The pass a link approves (to show before the member confirms), or None."""
        with Session(self.engine) as s:
            row = s.scalar(select(GuestPassRow).where(GuestPassRow.link_hash == _hash(token)))
            host = s.get(ServerMemberRow, row.host_member_id) if row and row.host_member_id else None
            door = s.scalar(select(KioskRow.name).where(KioskRow.device_id == row.kiosk_id)) if row else None
        if row is None:
            return None
        return GuestPass(row.guest_id, door or row.kiosk_id, row.host_member_id, host.name if host else "",
                         row.guest_name, row.arrived_at, row.approved_by)

    def approve_by_link(self, token: str, now: datetime | None = None) -> bool:
        """The member visited confirms through their mail's link: used once (cleared), on the
        pass's day only."""
        now = now or datetime.now(UTC)
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(GuestPassRow).where(GuestPassRow.link_hash == _hash(token)).with_for_update())
            if row is None or row.host_member_id is None:
                raise ServerError("that link was used already or is not known", Code.GUEST_NOT_FOUND)
            if s.get(ServerMemberRow, row.host_member_id) is None:
                raise ServerError("the member is no longer on the roster", Code.GUEST_NOT_FOUND)
            return self._approve(row, "member", now)

    def for_kiosk(self, device_id: str, now: datetime | None = None) -> list[wire.GuestApproval]:
        """Today's approvals of the guests this door made: what its pull carries down."""
        now = now or datetime.now(UTC)
        today = self._today(now)
        with Session(self.engine) as s:
            rows = s.scalars(select(GuestPassRow).where(
                GuestPassRow.kiosk_id == device_id, GuestPassRow.day == today,
                GuestPassRow.approved_at.is_not(None)).order_by(GuestPassRow.approved_at))
            return [wire.GuestApproval(id=r.approval_id or "", member_id=r.guest_id, day=today,
                                       by="member" if r.approved_by == "member" else "host") for r in rows]



def forget_member_guests(s: Session, member_id: str) -> None:
    """The member is erased: their guests' names and links go; the passes stay for hosts."""
    for row in s.scalars(select(GuestPassRow).where(GuestPassRow.host_member_id == member_id)):
        row.host_member_id, row.guest_name, row.link_hash = None, None, None
