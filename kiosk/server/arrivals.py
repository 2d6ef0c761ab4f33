"""A member's message when their guest arrives: the guest's first check-in event names the member
they visit (and the guest's name, only when the guest agreed at the door). After a push is
answered, the server keeps the message for the member's page and e-mails it when an SMTP server
is configured; a failed e-mail is tried again a few times. Never in the door's way: nothing here
runs inside the push.

Kept in server_meta, one row per member (`arrivals:<member id>`, a JSON list), for two days,
then deleted; erasing the member deletes the row."""

from __future__ import annotations

import json
import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from kiosk.protocol import wire

from .models import MetaRow, ServerMemberRow
from .social import ensure_meta_row

log = logging.getLogger(__name__)
PREFIX = "arrivals:"
KEEP = timedelta(days=2)
MAX_TRIES = 5
MAX_PER_MEMBER = 50


def arrivals_key(member_id: str) -> str:
    return PREFIX + member_id


@dataclass(frozen=True)
class Arrival:
    event_id: str
    at: datetime
    guest_name: str | None  # None: the guest did not agree to pass their name on
    guest_id: str | None = None  # for the mail's link that lets them in (guest_passes.py)


# send(member's e-mail address, the arrival); raises OSError or smtplib.SMTPException on failure
Send = Callable[[str, Arrival], None]


def arrivals_in(raw_events: list[object], results: list[wire.EventResult]) -> list[tuple[str, Arrival]]:
    """The guests' arrivals among the events a push stored just now (accepted, not duplicates):
    (the member they visit, the arrival)."""
    found = []
    for raw, result in zip(raw_events, results, strict=True):
        if result.status != "accepted" or not isinstance(raw, dict) or not raw.get("host_member_id"):
            continue
        event = wire.WireEvent.model_validate(raw)
        if event.kind == "check_in" and event.host_member_id is not None:
            at = event.effective_at if event.effective_at.tzinfo else event.effective_at.replace(tzinfo=UTC)
            found.append((event.host_member_id, Arrival(event.id, at, event.guest_name, event.member_id)))
    return found


def _load(row: MetaRow | None) -> list[dict[str, object]]:
    try:
        value = json.loads(row.value) if row is not None else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _arrival(entry: dict[str, object]) -> Arrival:
    name, guest = entry.get("name"), entry.get("guest")
    return Arrival(str(entry["id"]), datetime.fromisoformat(str(entry["at"])), str(name) if name else None,
                   str(guest) if guest else None)


class GuestArrivals:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(self, arrivals: list[tuple[str, Arrival]], now: datetime | None = None) -> int:
        """Keep each arrival for the member it names (once per event; members only); how many."""
        now = now or datetime.now(UTC)
        kept = 0
        for member_id, arrival in arrivals:
            with Session(self.engine) as s:
                if s.get(ServerMemberRow, member_id) is None:
                    continue  # not a member (any more): nobody to tell
            ensure_meta_row(self.engine, arrivals_key(member_id))
            with Session(self.engine) as s, s.begin():
                row = s.get(MetaRow, arrivals_key(member_id), with_for_update=True)
                if row is None:
                    continue  # erased meanwhile
                entries = [e for e in _load(row) if _fresh(e, now)]
                if any(e.get("id") == arrival.event_id for e in entries):
                    continue
                entries.append({"id": arrival.event_id, "at": arrival.at.isoformat(), "name": arrival.guest_name,
                                "guest": arrival.guest_id, "mailed": False, "tries": 0})
                row.value = json.dumps(entries[-MAX_PER_MEMBER:])
                kept += 1
        return kept

    def of_member(self, member_id: str, since: datetime) -> list[Arrival]:
        """The member's guests who arrived since a moment (their page shows today's), oldest first."""
        with Session(self.engine) as s:
            entries = _load(s.get(MetaRow, arrivals_key(member_id)))
        return [a for a in map(_arrival, entries) if a.at >= since]

    def send_due(self, send: Send | None, now: datetime | None = None) -> int:
        """E-mail the messages not sent yet (each claimed first: tries + 1), and forget old ones.
        Returns how many were sent."""
        now = now or datetime.now(UTC)
        with Session(self.engine) as s:
            keys = list(s.scalars(select(MetaRow.key).where(MetaRow.key.startswith(PREFIX))))
        sent = 0
        for key in keys:
            member_id = key.removeprefix(PREFIX)
            with Session(self.engine) as s, s.begin():
                row = s.get(MetaRow, key, with_for_update=True)
                if row is None:
                    continue
                entries = [e for e in _load(row) if _fresh(e, now)]
                if not entries:
                    s.delete(row)
                    continue
                member = s.get(ServerMemberRow, member_id)
                address = member.email if member is not None else ""
                due = [e for e in entries if not e.get("mailed") and int(str(e.get("tries", 0))) < MAX_TRIES]
                if send is None or not address:
                    due = []
                for e in due:
                    e["tries"] = int(str(e.get("tries", 0))) + 1
                row.value = json.dumps(entries)
            for e in due:
                try:
                    assert send is not None
                    send(address, _arrival(e))
                except (OSError, smtplib.SMTPException) as exc:
                    log.warning("the guest-arrival e-mail for member %s could not be sent: %s", member_id, exc)
                    continue
                sent += 1
                self._mark_mailed(key, str(e["id"]))
        return sent

    def _mark_mailed(self, key: str, event_id: str) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(MetaRow, key, with_for_update=True)
            if row is None:
                return
            entries = _load(row)
            for e in entries:
                if e.get("id") == event_id:
                    e["mailed"] = True
            row.value = json.dumps(entries)


def forget_member_arrivals(s: Session, member_id: str) -> None:
    """The member is erased: the names of their guests go too."""
    s.execute(delete(MetaRow).where(MetaRow.key == arrivals_key(member_id)))


def _fresh(entry: dict[str, object], now: datetime) -> bool:
    try:
        return now - datetime.fromisoformat(str(entry["at"])) < KEEP
    except (KeyError, ValueError):
        return False
