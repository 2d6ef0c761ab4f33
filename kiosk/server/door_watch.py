"""The server watches the doors that open a lock: a door (kiosk) not heard from for a while, one
whose lock stopped answering, one its sensor says is held or forced open, or whose sensor went
quiet, is told to the hosts through the webhooks that asked for "door_alert" and by e-mail to the
`door_alert_mail` addresses, once per episode, and once more when it is back.

A door "has a lock" when it pushed a door event (opened, refused, lock failed, a sensor's) in the
last 30 days: the server learns it from the Door log, with no change to the sync protocol. A door is
silent when its last contact (a pull or a push, `kiosks.last_seen_at`) is older than
`silent_after`; its lock is failing when its last health report carries `lock_failing`
(health_report: the kiosk says so with its next push); it is held or forced open while its newest
door_held_open / door_forced_open event has no door_closed after it, and its sensor is failing
while its newest sensor_failed has no sensor_back after it.

Each look runs in one transaction that locks the watch's state row, so two server processes
alert once: the webhook messages and the e-mails are queued in that transaction. The e-mails are
then sent from the queue (`send_mail_due`): each is claimed for a while before it is sent (two
processes never send one twice), tried again like the guest-arrival mails, and given up after
MAX_TRIES."""

from __future__ import annotations

import json
import logging
import smtplib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from .door_log import DOOR_KINDS
from .models import KioskRow, MetaRow, ServerEventRow
from .social import ensure_meta_row
from .webhooks import Webhooks

log = logging.getLogger(__name__)
STATE_KEY = "door_watch_state"
MAIL_KEY = "door_alert_mail"  # the e-mails not sent yet (a JSON list), beside the state
SILENT_AFTER = timedelta(minutes=10)  # a door syncs every minute or so while it is online
LOCK_DOORS_SEEN = timedelta(days=30)  # a door that opened a lock in this time is watched
SILENT, LOCK_FAILING, BACK = "silent", "lock_failing", "back"
HELD_OPEN, FORCED_OPEN, SENSOR_FAILED = "held_open", "forced_open", "sensor_failed"
# The sensor's events that start (value) or end (None) an alarm, newest first decides.
DOOR_STATE_KINDS = {"door_held_open": HELD_OPEN, "door_forced_open": FORCED_OPEN, "door_closed": None}
SENSOR_STATE_KINDS = {"sensor_failed": SENSOR_FAILED, "sensor_back": None}
MAX_TRIES = 5  # as the guest-arrival mails
CLAIM = timedelta(minutes=2)  # a claimed mail is another process's for this long (SMTP's timeout is 10 s)
KEEP_MAILS = timedelta(days=2)


@dataclass(frozen=True)
class DoorAlarm:
    kiosk: str  # its name
    what: str  # silent | lock_failing | held_open | forced_open | sensor_failed | back
    since: datetime | None


# send(address, alarm); raises OSError or smtplib.SMTPException on failure
DoorMail = Callable[[str, DoorAlarm], None]


class DoorWatch:
    def __init__(self, engine: Engine, webhooks: Webhooks, silent_after: timedelta = SILENT_AFTER,
                 mail_to: tuple[str, ...] = (), mailer: DoorMail | None = None) -> None:
        self.engine, self.webhooks, self.silent_after = engine, webhooks, silent_after
        self.mail_to, self.mailer = mail_to, mailer

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
                for kinds in (DOOR_STATE_KINDS, SENSOR_STATE_KINDS):
                    newest = _newest_kind(s, k.device_id, tuple(kinds), now)
                    if newest is not None and kinds[newest] is not None:
                        wrong.add(str(kinds[newest]))
                out[k.device_id] = (k.name, wrong, k.last_seen_at)
            return out

    def look(self, now: datetime | None = None) -> list[DoorAlarm]:
        """Queue an alert for each door that went wrong (or came back) since the last look, and
        e-mail what is queued."""
        now = now or datetime.now(UTC)
        doors = self.doors(now)
        ensure_meta_row(self.engine, STATE_KEY)
        ensure_meta_row(self.engine, MAIL_KEY)
        alarms: list[DoorAlarm] = []
        with Session(self.engine) as s, s.begin():
            row = s.get(MetaRow, STATE_KEY, with_for_update=True)
            assert row is not None
            before: dict[str, list[str]] = json.loads(row.value or "{}")
            for device, (name, wrong, seen) in doors.items():
                was = set(before.get(device, []))
                alarms += [DoorAlarm(name, what, seen) for what in sorted(wrong - was)]
                if was and not wrong:
                    alarms.append(DoorAlarm(name, BACK, seen))
            row.value = json.dumps({d: sorted(w) for d, (_n, w, _s) in doors.items() if w})
            if alarms and self.mail_to:
                self._queue_mail(s, alarms, now)
        for alarm in alarms:
            self.webhooks.alert("door_alert", alarm_text(alarm), now)
        self.send_mail_due(now)
        return alarms

    # --- e-mail --------------------------------------------------------------------------------
    def _queue_mail(self, s: Session, alarms: list[DoorAlarm], now: datetime) -> None:
        mail = s.get(MetaRow, MAIL_KEY, with_for_update=True)
        assert mail is not None
        queued = [e for e in _entries(mail.value) if now - _at(e, "at", now) < KEEP_MAILS]
        for alarm in alarms:
            for address in self.mail_to:
                queued.append({"id": str(uuid.uuid4()), "to": address, "kiosk": alarm.kiosk, "what": alarm.what,
                               "since": alarm.since.isoformat() if alarm.since else None, "at": now.isoformat(),
                               "mailed": False, "tries": 0, "claimed_until": None})
        mail.value = json.dumps(queued)

    def send_mail_due(self, now: datetime | None = None) -> int:
        """Send the queued e-mails that are due: each claimed first (in a transaction that locks
        the queue), so two server processes never send one twice; a failure is tried again at
        the next look, up to MAX_TRIES. Returns how many were sent."""
        now = now or datetime.now(UTC)
        if self.mailer is None:
            return 0
        ensure_meta_row(self.engine, MAIL_KEY)
        with Session(self.engine) as s, s.begin():
            row = s.get(MetaRow, MAIL_KEY, with_for_update=True)
            assert row is not None
            entries = [e for e in _entries(row.value) if now - _at(e, "at", now) < KEEP_MAILS]
            due = [e for e in entries if not e.get("mailed") and int(str(e.get("tries", 0))) < MAX_TRIES
                   and (e.get("claimed_until") is None or _at(e, "claimed_until", now) <= now)]
            for e in due:
                e["tries"] = int(str(e.get("tries", 0))) + 1
                e["claimed_until"] = (now + CLAIM).isoformat()
            row.value = json.dumps(entries)
        sent = 0
        for e in due:
            since = e.get("since")
            alarm = DoorAlarm(str(e["kiosk"]), str(e["what"]), datetime.fromisoformat(str(since)) if since else None)
            try:
                self.mailer(str(e["to"]), alarm)
            except (OSError, smtplib.SMTPException) as exc:
                log.warning("the door alert e-mail to %s could not be sent: %s", e["to"], exc)
                continue
            sent += 1
            self._mark_mailed(str(e["id"]))
        return sent

    def _mark_mailed(self, entry_id: str) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(MetaRow, MAIL_KEY, with_for_update=True)
            if row is None:
                return
            entries = _entries(row.value)
            for e in entries:
                if e.get("id") == entry_id:
                    e["mailed"] = True
            row.value = json.dumps(entries)


def _newest_kind(s: Session, device_id: str, kinds: tuple[str, ...], now: datetime) -> str | None:
    """The newest of these event kinds from this door in the watched time (kiosk order: seq)."""
    return s.scalar(select(ServerEventRow.kind).where(
        ServerEventRow.kiosk_id == device_id, ServerEventRow.kind.in_(kinds),
        ServerEventRow.recorded_at >= now - LOCK_DOORS_SEEN).order_by(ServerEventRow.seq.desc()).limit(1))


def alarm_text(alarm: DoorAlarm) -> str:
    """The message (English, like the other webhook messages: a chat of the space reads it)."""
    seen = f" (last heard from {alarm.since:%Y-%m-%d %H:%M} UTC)" if alarm.since else ""
    return {SILENT: f"The door {alarm.kiosk} has gone silent{seen}: its lock may not open for members.",
            LOCK_FAILING: f"The lock of the door {alarm.kiosk} does not answer: members may be kept out.",
            HELD_OPEN: f"The door {alarm.kiosk} is held open: it has not closed since it opened.",
            FORCED_OPEN: f"The door {alarm.kiosk} was opened without the kiosk opening it (forced open?).",
            SENSOR_FAILED: f"The door sensor of {alarm.kiosk} does not answer: held or forced openings go unseen.",
            BACK: f"All is well again at the door {alarm.kiosk}: it and its lock answer again."}[alarm.what]


def _entries(value: str | None) -> list[dict[str, object]]:
    try:
        items = json.loads(value) if value else []
    except ValueError:
        return []
    return [e for e in items if isinstance(e, dict)] if isinstance(items, list) else []


def _at(entry: dict[str, object], key: str, default: datetime) -> datetime:
    try:
        return datetime.fromisoformat(str(entry[key]))
    except (KeyError, ValueError):
        return default


def _warnings(stored: str | None) -> list[dict[str, object]]:
    try:
        items = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [w for w in items if isinstance(w, dict)] if isinstance(items, list) else []
