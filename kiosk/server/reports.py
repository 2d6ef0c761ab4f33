"""What a host away from the door reads: kiosks' health, visits as CSV, how busy over all doors."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kiosk.domain.problems import Code
from kiosk.domain.stats import Busyness, VisitSpan, busyness
from kiosk.domain.visits import SpaceRules
from kiosk.protocol import wire

from .errors import ServerError
from .models import KioskRow, LocationRow, ServerMemberRow, ServerVisitRow

LATE = timedelta(hours=1)  # a kiosk not heard from for longer is marked on the page
MAX_EXPORT_DAYS = 3660
CSV_COLUMNS = ("date", "member_id", "name", "checked_in", "checked_out", "minutes", "kiosk", "location")
GUEST = "(guest)"  # guests' names stay at their kiosk


@dataclass(frozen=True)
class KioskHealth:
    name: str
    location: str
    enrolled: bool
    last_seen_at: datetime | None
    minutes_ago: int | None
    pending: int
    version: str | None
    late: bool
    warnings: tuple[KioskWarning, ...] = ()  # from its doctor, as it last reported them
    health_minutes_ago: int | None = None  # when it last reported them


@dataclass(frozen=True)
class KioskWarning:
    check: str  # camera, disk, clock, decoders (or "other")
    problem: bool  # a problem (the door cannot do its job), else a warning
    says: str  # the kiosk's own sentence (English): shown when the page has no wording for its code
    code: str = ""  # wire.WARNING_CODES; worded by web/error_text.warning_text
    params: tuple[tuple[str, str | int], ...] = ()


def _warnings(stored: str | None) -> tuple[KioskWarning, ...]:
    """The stored JSON, read as leniently as it was written (wire.read_health's bounds)."""
    try:
        items = json.loads(stored) if stored else []
    except ValueError:
        return ()
    health = wire.read_health({"version": "", "warnings": items if isinstance(items, list) else []})
    return tuple(KioskWarning(w.check, w.status == "problem", w.says, w.code, tuple(w.params.items()))
                 for w in health.warnings) if health else ()


def spreadsheet_safe(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading = + - @ (or tab, CR) would make
    it a formula, so such a cell starts with an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class Reports:
    def __init__(self, engine: Engine, tz: ZoneInfo) -> None:
        self.engine, self.tz = engine, tz

    def kiosks(self, now: datetime | None = None) -> list[KioskHealth]:
        now = now or datetime.now(UTC)
        with Session(self.engine) as s:
            rows = s.execute(select(KioskRow, LocationRow.name).outerjoin(
                LocationRow, KioskRow.location_id == LocationRow.id).order_by(KioskRow.name)).all()
        out = []
        for k, location in rows:
            seen = k.last_seen_at
            ago = max(0, int((now - seen).total_seconds() // 60)) if seen else None
            enrolled = k.token_hash is not None
            reported = k.health_reported_at
            # Version and warnings come with a kiosk's pushes (protocol 2, optional): a kiosk of an
            # older version reports none, and the page says "not reported".
            out.append(KioskHealth(k.name, location or "", enrolled, seen, ago, k.pending or 0, k.reported_version,
                                   enrolled and (seen is None or now - seen > LATE), _warnings(k.warnings),
                                   max(0, int((now - reported).total_seconds() // 60)) if reported else None))
        return out

    def visits_csv(self, first: date, last: date) -> str:
        if last < first:
            raise ServerError("the period ends before it starts", Code.PERIOD_BACKWARDS)
        if (last - first).days > MAX_EXPORT_DAYS:
            raise ServerError("a period of at most ten years", Code.PERIOD_TOO_LONG, days=MAX_EXPORT_DAYS)
        with Session(self.engine) as s:
            names = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.name)).all())
            kiosks = {k.device_id: (k.name, loc or "") for k, loc in s.execute(select(KioskRow, LocationRow.name)
                      .outerjoin(LocationRow, KioskRow.location_id == LocationRow.id)).all()}
            visits = s.scalars(select(ServerVisitRow).where(ServerVisitRow.day >= first, ServerVisitRow.day <= last)
                               .order_by(ServerVisitRow.day, ServerVisitRow.checked_in_at)).all()
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for v in visits:
            start, end = v.checked_in_at, v.checked_out_at
            kiosk, location = kiosks.get(v.kiosk_id, (v.kiosk_id, ""))
            writer.writerow([spreadsheet_safe(cell) for cell in (
                v.day.isoformat(), v.member_id, names.get(v.member_id, GUEST),
                start.astimezone(self.tz).strftime("%H:%M") if start else "",
                end.astimezone(self.tz).strftime("%H:%M") if end else "",
                int((end - start).total_seconds() // 60) if start and end else "", kiosk, location)])
        return out.getvalue()

    def busyness(self, days: int = 28, now: datetime | None = None) -> Busyness:
        now = now or datetime.now(UTC)
        end = now.astimezone(self.tz).date()
        start = end - timedelta(days=days - 1)
        with Session(self.engine) as s:
            members = set(s.scalars(select(ServerMemberRow.id)))
            visits = s.scalars(select(ServerVisitRow).where(ServerVisitRow.day >= start, ServerVisitRow.day <= end,
                                                            ServerVisitRow.checked_in_at.is_not(None))).all()
        spans = [VisitSpan(v.day, v.checked_in_at, v.checked_out_at, v.member_id not in members)
                 for v in visits if v.checked_in_at is not None]
        return busyness(spans, start, end, SpaceRules(tz=self.tz), now)
