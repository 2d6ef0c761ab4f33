"""The door lock's part of a door transaction: members' door rights and PINs, recent openings.

A mixin of store.door_store.SqlDoorTx (one session, plain domain objects out)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.door import DoorRight
from kiosk.domain.host import Lockout

from .models import AuditRow, DoorPinRow, DoorRightRow, EventRow, FobRow


def write_any_hour(s: Session, member_id: str, any_hour: bool) -> None:
    row = s.get(DoorRightRow, member_id)
    if row is None:
        if not any_hour:
            return
        row = DoorRightRow(member_id=member_id, any_hour=False)
        s.add(row)
    row.any_hour = any_hour


class DoorLockTx:
    s: Session

    def door_right(self, member_id: str) -> DoorRight:
        row = self.s.get(DoorRightRow, member_id)
        return DoorRight(row.any_hour, row.guest_approved_on) if row else DoorRight()

    def door_rights(self) -> dict[str, DoorRight]:
        return {r.member_id: DoorRight(r.any_hour, r.guest_approved_on) for r in self.s.scalars(select(DoorRightRow))}

    def set_any_hour(self, member_id: str, any_hour: bool) -> None:
        write_any_hour(self.s, member_id, any_hour)

    def approve_guest(self, member_id: str, day: date, by: str | None) -> None:
        row = self.s.get(DoorRightRow, member_id)
        if row is None:
            row = DoorRightRow(member_id=member_id, any_hour=False)
            self.s.add(row)
        row.guest_approved_on, row.approved_by = day, by

    def door_pin_hash(self, member_id: str) -> str | None:
        row = self.s.get(DoorPinRow, member_id)
        return row.pin_hash if row else None

    def set_door_pin(self, member_id: str, pin_hash: str) -> None:
        """A new PIN starts with no wrong tries and no lock."""
        self.s.merge(DoorPinRow(member_id=member_id, pin_hash=pin_hash, failures=0, locks=0, locked_until=None))

    def door_pin_lockout(self, member_id: str) -> Lockout:
        row = self.s.get(DoorPinRow, member_id)
        return Lockout(row.failures or 0, row.locks or 0, row.locked_until) if row else Lockout()

    def set_door_pin_lockout(self, member_id: str, lockout: Lockout) -> None:
        row = self.s.get(DoorPinRow, member_id)
        if row is not None:  # no PIN, nothing to guess
            row.failures, row.locks, row.locked_until = lockout.failures, lockout.locks, lockout.locked_until

    def fob_member(self, uid_hash: str) -> str | None:
        row = self.s.get(FobRow, uid_hash)
        return row.member_id if row else None

    def forget_fobs(self) -> int:
        """Every fob's enrolment ends (a new short-code key: their HMACs match nothing now)."""
        rows = list(self.s.scalars(select(FobRow)))
        for row in rows:
            self.s.delete(row)
        return len(rows)

    def set_fob(self, uid_hash: str, member_id: str | None) -> None:
        """Enrol a fob to a member (another member's enrolment of it ends), or remove it (None)."""
        row = self.s.get(FobRow, uid_hash)
        if row is not None:
            self.s.delete(row)
            self.s.flush()
        if member_id is not None:
            self.s.add(FobRow(uid_hash=uid_hash, member_id=member_id))

    def last_event_at(self) -> datetime | None:
        """The newest event's clock reading: a clock behind it was set back (domain.door)."""
        last = self.s.scalar(select(func.max(EventRow.recorded_at)))
        return last.replace(tzinfo=UTC) if last is not None and last.tzinfo is None else last

    def last_door_opened_at(self) -> datetime | None:
        """When the door last opened for anyone (its sensor tells a granted opening from a forced one)."""
        last = self.s.scalar(select(func.max(AuditRow.at)).where(AuditRow.action == "door_opened"))
        return last.replace(tzinfo=UTC) if last is not None and last.tzinfo is None else last

    def door_openings_since(self, member_id: str, since: datetime) -> int:
        return self.s.scalar(select(func.count()).select_from(AuditRow).where(
            AuditRow.action == "door_opened", AuditRow.subject == member_id, AuditRow.at >= since)) or 0
