"""The Door log: every opening, refusal and lock failure the doors sent (events door_opened,
door_refused, lock_failed), filtered by member, door and day, and as CSV. Kept as long as the
events are (docs/data-retention.md)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from .models import KioskRow, ServerEventRow, ServerMemberRow
from .reports import GUEST, spreadsheet_safe

DOOR_KINDS = ("door_opened", "door_refused", "lock_failed",
              # the door's sensor (kiosk domain.door_sensor): held or forced open, closed again, the sensor itself
              "door_held_open", "door_forced_open", "door_closed", "sensor_failed", "sensor_back")
CSV_COLUMNS = ("date", "time", "what", "reason", "credential", "member_id", "name", "door")
MAX_ROWS = 500


@dataclass(frozen=True)
class DoorEntry:
    at: datetime  # local
    kind: str
    reason: str
    credential: str
    member_id: str
    name: str
    door: str


class DoorLog:
    def __init__(self, engine: Engine, tz: ZoneInfo) -> None:
        self.engine, self.tz = engine, tz

    def doors(self) -> list[tuple[str, str]]:
        """(device id, name) of every kiosk, for the filter."""
        with Session(self.engine) as s:
            return [(k.device_id or "", k.name) for k in s.scalars(select(KioskRow).order_by(KioskRow.name))
                    if k.device_id]

    def entries(self, member: str = "", door: str = "", day: date | None = None,
                limit: int = MAX_ROWS) -> list[DoorEntry]:
        query = select(ServerEventRow).where(ServerEventRow.kind.in_(DOOR_KINDS))
        if member:
            query = query.where(ServerEventRow.member_id == member)
        if door:
            query = query.where(ServerEventRow.kiosk_id == door)
        if day is not None:
            start = datetime.combine(day, time(0), tzinfo=self.tz).astimezone(UTC)
            query = query.where(ServerEventRow.effective_at >= start,
                                ServerEventRow.effective_at < start + timedelta(days=1))
        with Session(self.engine) as s:
            rows = s.scalars(query.order_by(ServerEventRow.effective_at.desc()).limit(limit)).all()
            names = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.name)).all())
            doors = dict(s.execute(select(KioskRow.device_id, KioskRow.name)).all())
        return [DoorEntry(r.effective_at.astimezone(self.tz), r.kind, r.reason or "", r.source, r.member_id or "",
                          names.get(r.member_id or "", GUEST if r.member_id else ""),
                          doors.get(r.kiosk_id, r.kiosk_id)) for r in rows]

    def csv(self, member: str = "", door: str = "", day: date | None = None) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for e in self.entries(member, door, day, limit=100_000):
            writer.writerow([spreadsheet_safe(cell) for cell in (
                e.at.date().isoformat(), e.at.strftime("%H:%M:%S"), e.kind, e.reason, e.credential, e.member_id,
                e.name, e.door)])
        return out.getvalue()
