"""CSV for the host: visits in a period (one row each), and the members with their clips left."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta, tzinfo

from kiosk.core.errors import InvalidInput
from kiosk.domain.members import Member, Role
from kiosk.domain.problems import Code
from kiosk.domain.spreadsheet import safe_cell

from .ports import ExportTx, Store

COLUMNS = ("date", "member_id", "name", "checked_in", "checked_out", "checkout", "minutes", "door", "person")
MAX_DAYS = 3660
MEMBER_COLUMNS = ("member_id", "name", "email", "plan", "clips", "clips_left", "valid_until", "status")


def visits_csv(store: Store[ExportTx], first: date, last: date, tz: tzinfo) -> str:
    if last < first:
        raise InvalidInput("--to is before --from", Code.PERIOD_BACKWARDS)
    if (last - first).days > MAX_DAYS:
        raise InvalidInput("a period of at most ten years", Code.PERIOD_TOO_LONG, days=MAX_DAYS)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    with store.reading() as tx:
        people = {m.id: m for m in tx.members()}
        day = first
        while day <= last:
            for v in tx.visits_on(day):
                end = v.checked_out_at
                writer.writerow([safe_cell(cell) for cell in (
                    day.isoformat(), v.member_id, people[v.member_id].name if v.member_id in people else "",
                    v.checked_in_at.astimezone(tz).strftime("%H:%M"),
                    end.astimezone(tz).strftime("%H:%M") if end else "",
                    v.checkout_kind.value if v.checkout_kind else "",
                    int((end - v.checked_in_at).total_seconds() // 60) if end else "",
                    "other door" if v.origin else "this door",
                    people[v.member_id].role.value if v.member_id in people else "")])
            day += timedelta(days=1)
    return out.getvalue()


def members_csv(members: list[Member], clips_left: dict[str, int]) -> str:
    """The roster as CSV: clips is every clip granted, clips_left the door's own balance
    (MemberAdmin.clips_left), empty for plans without clips."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(MEMBER_COLUMNS)
    for m in members:
        if m.role is Role.GUEST:
            continue
        clip = m.id in clips_left
        writer.writerow([safe_cell(cell) for cell in (
            m.id, m.name, m.email, m.plan.kind.value, m.plan.clips_total if clip else "",
            clips_left[m.id] if clip else "",
            m.plan.valid_until.isoformat() if m.plan.valid_until else "", m.status.value)])
    return out.getvalue()
