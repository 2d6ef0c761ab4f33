"""Webhooks: the door's moments ("first in today", "last out", "a guest arrived") posted to a
chat or any HTTP endpoint the hosts choose, in generic JSON, Slack, Matrix or Discord format.

Never in the way of the door: a kiosk's push only commits its events; afterwards (a background
task, after the answer is sent) the server compares who is in with what it saw last and queues
messages in the database; a loop in each server process sends them, retrying with backoff.
Messages carry counts, never names.

What a host saves is checked (http or https, a numeric port in range, no control characters,
no user or password in it) and sent through httpx: no redirect is followed, the whole delivery
has one deadline (a receiver trickling a byte every few seconds cannot hold the loop), and
private, loopback and link-local targets are refused, when saved and again when sent (the
name may resolve elsewhere later), unless the server allows them (KIOSK_SERVER_WEBHOOK_ALLOW_PRIVATE=1,
e.g. a chat server on the space's LAN). "First in" is the day's first visit, whatever was pushed
before it; "a guest arrived" is a visit of an id that was never a member (an erased member's
visit today is not a guest's)."""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import socket
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import anyio
import httpx
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from kiosk.domain.problems import Code

from .errors import ServerError
from .models import ChangeRow, MetaRow, ServerMemberRow, WebhookDeliveryRow, WebhookRow
from .social import ensure_meta_row

log = logging.getLogger(__name__)

FORMATS = ("json", "slack", "matrix", "discord")
EVENTS = ("first_in", "last_out", "guest_arrived", "door_alert")  # door_alert: server/door_watch.py
STATE_KEY = "webhook_state"
MAX_ATTEMPTS = 12
LONGEST_WAIT = timedelta(hours=1)
CLAIM = timedelta(minutes=2)  # a claimed message is not sent by another process meanwhile
DEADLINE_SECONDS = 10.0  # one delivery, start to end
KEEP_DAYS = timedelta(days=30)  # sent or given-up messages, then deleted
TEXTS = {"first_in": "The space is open: the first person of the day is in.",
         "last_out": "The last person has left: the space is empty.",
         "guest_arrived": "A guest has arrived."}


def is_public(address: str) -> bool:
    return ipaddress.ip_address(address.split("%")[0]).is_global


def check_url(url: str, allow_private: bool) -> str:
    """The address a host typed, stripped, or ServerError saying what is wrong with it."""
    url = url.strip()
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        raise ServerError("a webhook address has no spaces or control characters", Code.WEBHOOK_CHARACTERS)
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerError("a webhook address starts with https:// (or http://)", Code.WEBHOOK_ADDRESS)
    if parts.username is not None or parts.password is not None:
        raise ServerError("a webhook address carries no user name or password (put a token in the path)",
                          Code.WEBHOOK_CREDENTIALS)
    try:
        parts.port  # noqa: B018 - a port that is not a number from 0 to 65535 raises here
    except ValueError:
        raise ServerError("the webhook address's port is not a number from 1 to 65535", Code.WEBHOOK_PORT) from None
    if parts.port == 0:
        raise ServerError("the webhook address's port is not a number from 1 to 65535", Code.WEBHOOK_PORT)
    if not allow_private:
        host = parts.hostname
        literal = True
        try:
            ipaddress.ip_address(host)
        except ValueError:
            literal = False
        if (literal and not is_public(host)) or host == "localhost" or host.endswith(".localhost"):
            raise ServerError("a webhook address on this server or its private network is refused unless the "
                              "server allows it (KIOSK_SERVER_WEBHOOK_ALLOW_PRIVATE=1)", Code.WEBHOOK_PRIVATE)
    return url


def backoff(attempts: int, base: float) -> timedelta:
    """The wait before attempt number attempts+1: base, 2 base, 4 base, ... at most an hour."""
    return min(timedelta(seconds=base * 2 ** max(0, attempts - 1)), LONGEST_WAIT)


def body_for(fmt: str, event: str, people_now: int, at: datetime, space: str) -> dict[str, object]:
    text = f"{space}: {TEXTS[event]} ({people_now} in now)"
    if fmt == "slack":
        return {"text": text}
    if fmt == "discord":
        return {"content": text}
    if fmt == "matrix":  # a Matrix hookshot / generic webhook bridge
        return {"text": text, "msgtype": "m.notice", "body": text}
    return {"event": event, "text": text, "people_now": people_now, "at": at.isoformat(), "space": space}


def alert_body(fmt: str, event: str, text: str, at: datetime) -> dict[str, object]:
    if fmt == "slack":
        return {"text": text}
    if fmt == "discord":
        return {"content": text}
    if fmt == "matrix":
        return {"text": text, "msgtype": "m.notice", "body": text}
    return {"event": event, "text": text, "at": at.isoformat()}


@dataclass(frozen=True)
class Webhook:
    id: int
    url: str
    format: str
    events: tuple[str, ...]
    pending: int
    delivered: int
    last_error: str | None


class Webhooks:
    def __init__(self, engine: Engine, backoff_base: float = 30.0, allow_private: bool = False,
                 deadline: float = DEADLINE_SECONDS) -> None:
        self.engine, self.backoff_base = engine, backoff_base
        self.allow_private, self.deadline = allow_private, deadline

    @classmethod
    def from_env(cls, engine: Engine) -> Webhooks:
        """KIOSK_SERVER_WEBHOOK_RETRY_SECONDS, _ALLOW_PRIVATE (1: private targets allowed), _DEADLINE_SECONDS."""
        return cls(engine, float(os.environ.get("KIOSK_SERVER_WEBHOOK_RETRY_SECONDS") or 30),
                   os.environ.get("KIOSK_SERVER_WEBHOOK_ALLOW_PRIVATE", "") == "1",
                   float(os.environ.get("KIOSK_SERVER_WEBHOOK_DEADLINE_SECONDS") or DEADLINE_SECONDS))

    # --- hosts' choices -------------------------------------------------------------------------
    def add(self, url: str, fmt: str, events: list[str]) -> int:
        url = check_url(url, self.allow_private)
        if fmt not in FORMATS:
            raise ServerError(f"format {fmt!r} is not one of {', '.join(FORMATS)}", Code.WEBHOOK_FORMAT,
                              formats=", ".join(FORMATS))
        chosen = [e for e in EVENTS if e in events]
        if not chosen:
            raise ServerError("choose at least one moment", Code.WEBHOOK_NO_MOMENT)
        with Session(self.engine) as s, s.begin():
            same = s.scalar(select(WebhookRow).where(WebhookRow.url == url, WebhookRow.format == fmt)
                            .with_for_update())
            if same is not None:  # the form posted twice (or the address again): one webhook, these moments
                same.events = ",".join(chosen)
                return same.id
            row = WebhookRow(url=url, format=fmt, events=",".join(chosen), created_at=datetime.now(UTC))
            s.add(row)
            s.flush()
            return row.id

    def remove(self, webhook_id: int) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(WebhookRow, webhook_id)
            if row is None:
                raise ServerError(f"no webhook {webhook_id}", Code.NOT_FOUND)
            s.delete(row)

    def list(self) -> list[Webhook]:
        with Session(self.engine) as s:
            out = []
            for row in s.scalars(select(WebhookRow).order_by(WebhookRow.id)):
                counts = dict(s.execute(
                    select(WebhookDeliveryRow.delivered_at.is_(None), func.count())
                    .where(WebhookDeliveryRow.webhook_id == row.id)
                    .group_by(WebhookDeliveryRow.delivered_at.is_(None))).all())
                error = s.scalar(select(WebhookDeliveryRow.last_error).where(
                    WebhookDeliveryRow.webhook_id == row.id, WebhookDeliveryRow.delivered_at.is_(None),
                    WebhookDeliveryRow.last_error.is_not(None)).order_by(WebhookDeliveryRow.id.desc()).limit(1))
                out.append(Webhook(row.id, row.url, row.format, tuple(row.events.split(",")),
                                   counts.get(True, 0), counts.get(False, 0), error))
            return out

    # --- noticing the moments -------------------------------------------------------------------
    def observe(self, presence: dict[str, object], space: str, now: datetime | None = None) -> int:
        """Queue messages for what changed since the last look (ServerStore.presence() of today);
        returns how many were queued. The state row is locked, so two pushes at once queue once."""
        now = now or datetime.now(UTC)
        ensure_meta_row(self.engine, STATE_KEY)  # so there is a row to lock, even the first time
        day = date.fromisoformat(str(presence["date"]))
        in_now: list[dict[str, object]] = presence["in_now"]  # type: ignore[assignment]
        visits: list[dict[str, object]] = presence["visits"]  # type: ignore[assignment]
        with Session(self.engine) as s, s.begin():
            hooks = s.scalars(select(WebhookRow)).all()
            row = s.get(MetaRow, STATE_KEY, with_for_update=True)
            state = json.loads(row.value) if row else {}
            ids = {str(v["member_id"]) for v in visits}
            members = set(s.scalars(select(ServerMemberRow.id).where(ServerMemberRow.id.in_(ids))))
            # An erased member leaves a tombstone in the change log: their visit is no guest's.
            erased = set(s.scalars(select(ChangeRow.ref).where(ChangeRow.kind == "member", ChangeRow.ref.in_(ids))))
            guests = sorted(ids - members - erased)
            moments: list[str] = []
            same_day = state.get("day") == day.isoformat()
            opened = same_day and bool(state.get("opened"))  # a push with no visit (a refused scan) opens nothing
            if visits and not opened:
                moments.append("first_in")
            if same_day and state.get("open", 0) > 0 and not in_now:
                moments.append("last_out")
            seen = set(state.get("guests", [])) if same_day else set()
            moments += ["guest_arrived"] * len([g for g in guests if g not in seen])
            value = json.dumps({"day": day.isoformat(), "open": len(in_now), "guests": guests,
                                "opened": opened or bool(visits)})
            if row is None:
                raise ServerError("the webhook state row vanished")
            row.value = value
            queued = 0
            for moment in moments:
                for hook in hooks:
                    if moment in hook.events.split(","):
                        body = body_for(hook.format, moment, len(in_now), now, space)
                        s.add(WebhookDeliveryRow(webhook_id=hook.id, event=moment, body=json.dumps(body),
                                                 attempts=0, next_attempt_at=now, created_at=now))
                        queued += 1
            return queued

    def alert(self, event: str, text: str, now: datetime) -> int:
        """Queue a message of its own words (a door gone silent: server/door_watch.py) for every
        webhook that asked for `event`; returns how many were queued."""
        with Session(self.engine) as s, s.begin():
            hooks = [h for h in s.scalars(select(WebhookRow)) if event in h.events.split(",")]
            for hook in hooks:
                s.add(WebhookDeliveryRow(webhook_id=hook.id, event=event, body=json.dumps(alert_body(hook.format, event,
                                                                                                  text, now)),
                                         attempts=0, next_attempt_at=now, created_at=now))
            return len(hooks)

    # --- sending -------------------------------------------------------------------------------
    def deliver_due(self, now: datetime | None = None, limit: int = 20) -> int:
        """Send what is due; returns how many were delivered. Each message is claimed first (its
        next attempt moved on, where it still is what was read), so two processes send it once."""
        now = now or datetime.now(UTC)
        with Session(self.engine) as s, s.begin():  # the queue forgets what is done after a month
            s.execute(delete(WebhookDeliveryRow).where(WebhookDeliveryRow.created_at < now - KEEP_DAYS,
                                                       (WebhookDeliveryRow.delivered_at.is_not(None))
                                                       | (WebhookDeliveryRow.attempts >= MAX_ATTEMPTS)))
        with Session(self.engine) as s:
            due = s.execute(select(WebhookDeliveryRow.id, WebhookDeliveryRow.next_attempt_at)
                            .where(WebhookDeliveryRow.delivered_at.is_(None),
                                   WebhookDeliveryRow.attempts < MAX_ATTEMPTS,
                                   WebhookDeliveryRow.next_attempt_at <= now)
                            .order_by(WebhookDeliveryRow.id).limit(limit)).all()
        delivered = 0
        for delivery_id, planned in due:
            with Session(self.engine) as s, s.begin():
                claimed = s.scalar(update(WebhookDeliveryRow).where(
                    WebhookDeliveryRow.id == delivery_id, WebhookDeliveryRow.next_attempt_at == planned,
                    WebhookDeliveryRow.delivered_at.is_(None)).values(next_attempt_at=now + CLAIM)
                    .returning(WebhookDeliveryRow.id))
                if claimed is None:
                    continue
                row = s.get(WebhookDeliveryRow, delivery_id)
                hook = s.get(WebhookRow, row.webhook_id) if row else None
                if row is None or hook is None:
                    continue
                url, body, attempts = hook.url, row.body, row.attempts
            error = self._post(url, body)
            with Session(self.engine) as s, s.begin():
                row = s.get(WebhookDeliveryRow, delivery_id)
                if row is None:
                    continue
                row.attempts = attempts + 1
                if error is None:
                    row.delivered_at, row.last_error = datetime.now(UTC), None
                    delivered += 1
                else:
                    row.last_error = error[:200]
                    row.next_attempt_at = datetime.now(UTC) + backoff(row.attempts, self.backoff_base)
        return delivered

    def _post(self, url: str, body: str) -> str | None:
        """None when the receiver took it (2xx), else what went wrong (shown on the Webhooks page)."""
        if not self.allow_private:
            host = urllib.parse.urlsplit(url).hostname or ""
            try:
                addresses = {info[4][0] for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)}
            except (OSError, UnicodeError) as exc:
                return f"cannot resolve {host}: {exc}"[:200]
            if not all(is_public(str(a)) for a in addresses):
                return f"{host} is on this server or its private network (refused)"
        try:
            return anyio.run(self._send, url, body)
        except TimeoutError:
            return f"no complete answer within {self.deadline:g} s"

    async def _send(self, url: str, body: str) -> str | None:
        with anyio.fail_after(self.deadline):  # the whole delivery, however slowly bytes trickle
            async with httpx.AsyncClient(follow_redirects=False, trust_env=False,
                                         timeout=httpx.Timeout(self.deadline)) as client:
                try:
                    answer = await client.post(url, content=body.encode(), headers={
                        "Content-Type": "application/json", "User-Agent": "door-kiosk-webhook/1"})
                except httpx.HTTPError as exc:
                    return f"{type(exc).__name__}: {exc}"[:200]
        if answer.is_redirect:
            return f"HTTP {answer.status_code}: redirects are not followed"
        return None if answer.is_success else f"HTTP {answer.status_code}"
