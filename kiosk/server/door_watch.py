"""The server watches the doors that open a lock: a door (kiosk) not heard from for a while, or
one whose lock stopped answering, is told to the hosts through the webhooks that asked for
"door_alert", once per episode, and once more when it is back.

A door "has a lock" when it pushed a door event (opened, refused, lock failed) in the last 30
days: the server learns it from the Door log, with no change to the sync protocol. A door is
silent when its last contact (a pull or a push, `kiosks.last_seen_at`) is older than
`silent_after`; its lock is failing when its last health report carries `lock_failing`
(health_report: the kiosk says so with its next push). Each look runs in one transaction that
locks the watch's state row, so two server processes alert once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from .door_log import DOOR_KINDS
from .models import KioskRow, MetaRow, ServerEventRow
from .social import ensure_meta_row
from .webhooks import Webhooks

STATE_KEY = "door_watch_state"
SILENT_AFTER = timedelta(minutes=10)  # a door syncs every minute or so while it is online
LOCK_DOORS_SEEN = timedelta(days=30)  # a door that opened a lock in this time is watched
SILENT, LOCK_FAILING = "silent", "lock_failing"


@dataclass(frozen=True)
class DoorAlarm:
    kiosk: str  # its name
    what: str  # silent | lock_failing | back
    since: datetime | None


class DoorWatch:
    def __init__(self, engine: Engine, webhooks: Webhooks, silent_after: timedelta = SILENT_AFTER) -> None:
        self.engine, self.webhooks, self.silent_after = engine, webhooks, silent_after

    def doors(self, now: datetime) -> dict[str, tuple[str, set[str], datetime | None]]:
        """Each watched door: device id -> (name, what is wrong now, last seen)."""
        with Session(self.engine) as s:
            with_lock = set(s.scalars(select(ServerEventRow.kiosk_id).where(
                ServerEventRow.kind.in_(DOOR_KINDS), ServerEventRow.recorded_at >= now - LOCK_DOORS_SEEN)
                .group_by(ServerEventRow.kiosk_id).having(func.count() > 0)))
            rows = s.scalars(select(KioskRow).where(KioskRow.device_id.in_(with_lock),
                                                    KioskRow.token_hash.is_not(None),
                                                    KioskRow.revoked_at.is_(None))).all()
            out: dict[str, tuple[str, set[str], datetime | None]] = {}
            for k in rows:
                if k.device_id is None:
                    continue
                wrong = set()
                if k.last_seen_at is None or now - k.last_seen_at > self.silent_after:
                    wrong.add(SILENT)
                if any(w.get("code") == LOCK_FAILING for w in _warnings(k.warnings)):
                    wrong.add(LOCK_FAILING)
                out[k.device_id] = (k.name, wrong, k.last_seen_at)
            return out

    def look(self, now: datetime | None = None) -> list[DoorAlarm]:
        """Queue an alert for each door that went wrong (or came back) since the last look."""
        now = now or datetime.now(UTC)
        doors = self.doors(now)
        ensure_meta_row(self.engine, STATE_KEY)
        alarms: list[DoorAlarm] = []
        with Session(self.engine) as s, s.begin():
            row = s.get(MetaRow, STATE_KEY, with_for_update=True)
            assert row is not None
            before: dict[str, list[str]] = json.loads(row.value or "{}")
            for device, (name, wrong, seen) in doors.items():
                was = set(before.get(device, []))
                alarms += [DoorAlarm(name, what, seen) for what in sorted(wrong - was)]
                if was and not wrong:
                    alarms.append(DoorAlarm(name, "back", seen))
            row.value = json.dumps({d: sorted(w) for d, (_n, w, _s) in doors.items() if w})
        for alarm in alarms:
            self.webhooks.alert("door_alert", alarm_text(alarm), now)
        return alarms


def alarm_text(alarm: DoorAlarm) -> str:
    """The message (English, like the other webhook messages: a chat of the space reads it)."""
    seen = f" (last heard from {alarm.since:%Y-%m-%d %H:%M} UTC)" if alarm.since else ""
    return {SILENT: f"The door {alarm.kiosk} has gone silent{seen}: its lock may not open for members.",
            LOCK_FAILING: f"The lock of the door {alarm.kiosk} does not answer: members may be kept out.",
            "back": f"The door {alarm.kiosk} and its lock answer again."}[alarm.what]


def _warnings(stored: str | None) -> list[dict[str, object]]:
    try:
        items = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [w for w in items if isinstance(w, dict)] if isinstance(items, list) else []
