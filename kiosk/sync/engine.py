"""One round of sync, and enrollment: push the event queue, pull roster pages, apply them."""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from kiosk.core.errors import StorageFailed, UnexpectedError
from kiosk.domain.codes import short_code_hash
from kiosk.domain.events import Event
from kiosk.domain.members import Card
from kiosk.domain.phone_pass import Algorithm, DeviceKey
from kiosk.domain.social import SocialEntry, Visibility
from kiosk.domain.visits import Visit
from kiosk.protocol.lazy import lazy_wire
from kiosk.protocol.version import PROTOCOL
from kiosk.services.ports import Clock, SyncLocal

from .client import Incompatible, Rejected, ServerApi, ServerUnavailable, TooLarge

if TYPE_CHECKING:
    from kiosk.protocol import wire
else:
    wire = lazy_wire()  # pydantic on the first sync round, not at start

log = logging.getLogger(__name__)
BATCH = 500
BODY_MARGIN = 2_000  # room for the batch's envelope under the server's body cap
# The kiosk's health goes up with the first push of a round; a round with nothing to push sends
# it alone (an empty push) only when it changed, or when the server's copy is this old.
HEALTH_EVERY = 15 * 60.0


def _fit(items: list[dict[str, object]], budget: int) -> list[dict[str, object]]:
    """The longest prefix of items whose JSON stays under budget bytes (at least one item)."""
    size = 0
    for n, item in enumerate(items):
        size += len(json.dumps(item, default=str).encode()) + 1
        if size > budget and n > 0:
            return items[:n]
    return items

MAX_WAITING = 5000  # requests held for a host that are asked about again each round
# The server's answer to a roster request -> the request's state here.
REQUEST_STATE = {"accepted": "accepted", "duplicate": "accepted", "rejected": "rejected", "pending": "pending"}


class NotEnrolled(Exception):
    pass


class EnrollRefused(Exception):
    pass


@dataclass
class SyncReport:
    pushed: int = 0
    accepted: int = 0
    duplicate: int = 0
    rejected: int = 0
    pulled: int = 0
    requests: int = 0  # roster changes asked for here and answered by the server
    requests_waiting: int = 0  # of those, held on the server for a host's approval
    pending: int = 0
    roster_matches: bool | None = None
    resynced: bool = False  # the copy here disagreed with the server's: a snapshot replaced it
    clock_offset_ms: int | None = None
    error: str | None = None
    retry_after: float | None = None
    revoked: bool = False
    incompatible: str | None = None  # the server and this kiosk cannot speak: which to update, and why
    details: list[str] = field(default_factory=list)


def _to_wire(seq: int, event: Event, offset_ms: int | None, device_id: str | None = None) -> dict[str, object]:
    """device_id: the id the server assigned this kiosk (its events go up under it)."""
    wired: dict[str, object] = {
        "id": event.id, "kiosk_id": device_id or event.kiosk_id, "seq": seq, "kind": event.kind.value,
        "recorded_at": event.recorded_at.isoformat(), "effective_at": event.effective_at.isoformat(),
        "member_id": event.member_id, "card_serial": event.card_serial, "visit_id": event.visit_id,
        "reason": event.reason, "source": event.source, "clock_offset_ms": offset_ms}
    if event.host_member_id is not None:  # a guest's arrival (protocol 2; an older server ignores it)
        wired["host_member_id"] = event.host_member_id
        if event.guest_name is not None:
            wired["guest_name"] = event.guest_name
    return wired


def _social(member_id: str, social: wire.MemberSocial) -> SocialEntry:
    """The roster's social extra as the door keeps it: the consent record and the phones' keys."""
    v = social.visibility
    choice = None
    if v is not None:
        at = v.decided_at if v.decided_at.tzinfo else v.decided_at.replace(tzinfo=UTC)
        choice = Visibility(member_id, v.visible, tuple(v.tags), v.version, at, v.source)
    return SocialEntry(choice, tuple(DeviceKey(d.key_id, member_id, Algorithm(d.algorithm),
                                               base64.b64decode(d.spki), d.revoked) for d in social.devices),
                       any_hour=social.any_hour)


class SyncEngine:
    def __init__(self, local: SyncLocal, clock: Clock, device_id: str,
                 day_of: Callable[[datetime], date] = lambda at: at.date(),
                 health: Callable[[], wire.KioskHealth | None] | None = None) -> None:
        """health: this kiosk's version and doctor's warnings, cached by its maker (it is asked
        once a round and must answer at once)."""
        self.local, self.clock, self.device_id = local, clock, device_id
        self.day_of = day_of  # the space's local day of a moment
        self.protocol = PROTOCOL  # the sync protocol version this kiosk speaks
        self.health = health
        self._health_sent: tuple[str, float] | None = None  # the report last accepted, when (monotonic)
        self._api: ServerApi | None = None  # kept across rounds: its connections are reused
        self._api_lock = threading.Lock()

    def api(self) -> ServerApi:
        """The client for the server this kiosk is enrolled with (the same one round after round,
        until the address, the token or the protocol changes)."""
        state = self.local.state()
        if "url" not in state or "token" not in state:
            raise NotEnrolled("this kiosk is not enrolled with a server (kiosk enroll --server URL --code CODE)")
        with self._api_lock:
            api = self._api
            if api is None or api.closed or (api.base_url, api.token, api.protocol) != (
                    state["url"].rstrip("/"), state["token"], self.protocol):
                if api is not None:
                    api.close()
                api = self._api = ServerApi(state["url"], state["token"], protocol=self.protocol)
            return api

    def close(self) -> None:
        """Close the client's connections (the engine opens new ones if used again)."""
        with self._api_lock:
            if self._api is not None:
                self._api.close()
                self._api = None

    def enroll(self, url: str, code: str, replace_roster: bool = False) -> wire.EnrollResponse:
        enrolled = "token" in self.local.state()  # then the roster is already the server's
        if not enrolled and self.local.has_real_members() and not replace_roster:
            raise EnrollRefused("this kiosk has members of its own; the server's roster would replace them "
                                "(enroll with --replace-roster if that is what you want)")
        with ServerApi(url, protocol=self.protocol) as api:
            before = time.monotonic()
            server_time = api.health().get("server_time")
            after = time.monotonic()
            response = api.enroll(code, self.device_id)
        if isinstance(server_time, str):
            # The clock's offset from the first moment on: the server judges the events of a
            # door that never sent any by it (dated before it joined?), so the first push has one.
            with contextlib.suppress(ValueError):
                self._offset(before, after, datetime.fromisoformat(server_time))
        self._health_sent = None
        self.local.hand_over_roster()
        self.local.set_state(url=url, token=response.token, server_id=response.server_id,
                             kiosk_name=response.kiosk_name, revoked=None, short_code_key_sent=None,
                             device_id=response.device_id,
                             max_body_bytes=str(response.max_body_bytes or wire.MAX_BODY_BYTES), incompatible=None)
        return response

    def run_once(self) -> SyncReport:
        report = SyncReport()
        try:
            api = self.api()
            self._give_short_code_key(api)
            self._send_requests(api, report)
            self._push(api, report)
            self._pull(api, report)
            self.local.set_state(last_ok=self.clock.now().isoformat(), offline_since=None, last_error=None,
                                 incompatible=None)
        except Incompatible as exc:
            report.error = report.incompatible = str(exc)
            log.warning("sync: %s", exc, extra={"event": "sync_incompatible", "update": exc.update})
            self.local.set_state(incompatible=exc.update)  # the screen says which side to update
        except ServerUnavailable as exc:
            report.error, report.retry_after = str(exc), exc.retry_after
        except StorageFailed as exc:
            report.error = f"the kiosk's database: {exc}"
        except UnexpectedError as exc:  # logged with its traceback where it happened
            report.error = f"something went wrong in the kiosk (a bug): {exc}"
        except Rejected as exc:
            report.error = str(exc)
            if exc.status == 401:
                report.revoked = True
                self.local.set_state(revoked="yes")
        try:
            if report.error:
                state = self.local.state()
                self.local.set_state(last_error=report.error,
                                     offline_since=state.get("offline_since") or self.clock.now().isoformat())
            report.pending = self.local.pending_count()
        except StorageFailed as exc:  # the round's own error stays the one reported
            report.error = report.error or f"the kiosk's database: {exc}"
        return report

    def _offset(self, before: float, after: float, server_time: datetime) -> int:
        """Server clock minus ours, at the middle of the exchange (ms)."""
        wall_mid = self.clock.now().timestamp() - (after - before) / 2
        offset = round((server_time.timestamp() - wall_mid) * 1000)
        self.local.set_state(clock_offset_ms=str(offset))
        return offset

    def _give_short_code_key(self, api: ServerApi) -> None:
        """Once per enrollment, before the first pull: the server then sends this kiosk's cards
        with HMAC(key, short code) instead of the short codes (protocol 2)."""
        if self.local.state().get("short_code_key_sent") == "yes":
            return
        try:
            api.send_short_code_key(self.local.short_code_key())
        except Rejected as exc:
            if exc.status == 404:  # a protocol 1 server: its short codes come in clear, hashed here
                return
            if exc.status == 409:
                raise Rejected(409, f"the server holds another short-code key for this kiosk: {exc}") from None
            raise
        self.local.set_state(short_code_key_sent="yes")

    def _send_requests(self, api: ServerApi, report: SyncReport) -> None:
        """Roster changes asked for here go first, so the pull that follows brings their result.
        Those the server holds for a host are asked about again once a round: the answer to a
        request seen before is what became of it."""
        waiting = self.local.pending_requests(MAX_WAITING, waiting=True)
        for start in range(0, len(waiting), BATCH):
            self._send_batch(api, waiting[start:start + BATCH], report)
        while True:
            requests = self.local.pending_requests(BATCH)
            if not requests:
                break
            self._send_batch(api, requests, report)
            if len(requests) < BATCH:
                break
        report.requests_waiting = self.local.request_counts().get("pending", 0)

    def _send_batch(self, api: ServerApi, requests: list[dict[str, object]], report: SyncReport) -> None:
        response = api.send_requests(requests)
        results = {r.id: (REQUEST_STATE[r.status], r.reason) for r in response.results}
        self.local.mark_requests(results)
        report.requests += sum(st != "pending" for st, _ in results.values())
        report.details += [f"request {i}: {reason}" for i, (st, reason) in results.items() if st == "rejected"]

    def _health_report(self) -> tuple[wire.KioskHealth, str] | None:
        """This kiosk's health to send, and its JSON (None: no reporter, or it failed: a report is
        never the reason a round fails)."""
        if self.health is None or self.protocol < 2:
            return None
        try:
            health = self.health()
        except Exception as exc:
            log.warning("sync: the health report failed: %s", exc, extra={"event": "health_report_failed"})
            return None
        return (health, health.model_dump_json()) if health is not None else None

    def _push(self, api: ServerApi, report: SyncReport) -> None:
        state = self.local.state()
        offset, device_id = state.get("clock_offset_ms"), state.get("device_id")
        budget = int(state.get("max_body_bytes") or wire.MAX_BODY_BYTES) - BODY_MARGIN
        limit = BATCH
        health = self._health_report()
        if health is not None:
            budget -= len(health[1].encode())
            last = self._health_sent
            due = last is None or last[0] != health[1] or time.monotonic() - last[1] > HEALTH_EVERY
            if not due and not self.local.pending_count():
                health = None  # the server has it, and nothing else needs sending
        while True:
            batch = self.local.pending(limit)
            if not batch and health is None:
                return
            wired = _fit([_to_wire(seq, e, int(offset) if offset else None, device_id) for seq, e in batch],
                         budget) if batch else []
            remaining = max(self.local.pending_count() - len(wired), 0)
            before = time.monotonic()
            try:
                response = api.push(wired, remaining, health[0] if health else None)
            except TooLarge:
                if len(wired) > 1:  # the server takes less than it said: halve and go on
                    limit = len(wired) // 2
                    continue
                if health is not None:  # then without the health report
                    health = None
                    if not batch:
                        return
                    continue
                # One event alone is too large for this server: set aside, never retried forever.
                reason = "too large for the server"
                self.local.mark([], {str(wired[0]["id"]): reason}, datetime.now(UTC))
                report.rejected += 1
                report.details.append(f"{wired[0]['id']}: {reason}")
                continue
            report.clock_offset_ms = self._offset(before, time.monotonic(), response.server_time)
            if health is not None:  # once a round is enough
                self._health_sent, health = (health[1], time.monotonic()), None
                if not batch:
                    return
            sent, rejected = [], {}
            for result in response.results:
                if result.status in ("accepted", "duplicate"):
                    sent.append(result.id)
                else:
                    rejected[result.id] = result.reason or "rejected"
                    report.details.append(f"{result.id}: {result.reason}")
            self.local.mark(sent, rejected, datetime.now(UTC))
            report.pushed += len(wired)
            report.accepted += sum(r.status == "accepted" for r in response.results)
            report.duplicate += sum(r.status == "duplicate" for r in response.results)
            report.rejected += len(rejected)
            if len(batch) < limit and len(wired) == len(batch):
                return

    def _card(self, card: wire.RosterCard) -> Card | None:
        """A card as kept here: its short code only as HMAC under this kiosk's key (a protocol 1
        server sends it in clear; it is hashed at once and never stored)."""
        if card.short_code_hash is not None:
            hashed = card.short_code_hash
        elif card.short_code is not None:
            hashed = short_code_hash(self.local.short_code_key(), card.short_code)
        else:
            log.warning("a card without a short code from the server: %s/%s", card.member_id, card.serial)
            return None
        return Card(member_id=card.member_id, serial=card.serial, short_code_hash=hashed, revoked=card.revoked,
                    issuer=card.key_id)  # the server key that signed it, when the server says

    def _pull(self, api: ServerApi, report: SyncReport) -> None:
        report.roster_matches = self._pull_pages(api, report, self.local.state().get("cursor"))
        if report.roster_matches is False:
            # The copy here disagrees with the server's count or checksum: whatever the cause
            # (a damaged file, a bug), a snapshot in this same round replaces the whole copy.
            log.warning("sync: the roster here differs from the server's; pulling a full snapshot",
                        extra={"event": "roster_resync"})
            report.resynced = True
            report.details.append("the roster here differed from the server's: pulled a full snapshot")
            report.roster_matches = self._pull_pages(api, report, None)

    def _pull_pages(self, api: ServerApi, report: SyncReport, cursor: str | None) -> bool | None:
        """Pull pages from the cursor (None: a snapshot) to the last; whether the copy matches."""
        while True:
            before = time.monotonic()
            page = api.pull(cursor)
            cursor = page.cursor
            report.clock_offset_ms = self._offset(before, time.monotonic(), page.server_time)
            members = [c.member.to_member() for c in page.changes if c.op == "upsert" and c.member]
            cards = [card for c in page.changes if c.op == "upsert" and c.card
                     and (card := self._card(c.card)) is not None]
            keys = [(c.key.key_id, bytes.fromhex(c.key.public_key), c.key.label)
                    for c in page.changes if c.op == "upsert" and c.key]
            deleted: list[tuple[str, str]] = [(c.kind, c.ref) for c in page.changes if c.op == "delete"]
            social = {c.member.id: _social(c.member.id, c.social)
                      for c in page.changes if c.op == "upsert" and c.member and c.social is not None}
            languages_sent = {c.member.id for c in page.changes
                              if c.op == "upsert" and c.member and "language" in c.member.model_fields_set}
            self.local.apply_roster(members, cards, keys, deleted, page.cursor, page.reset, not page.more,
                                    social=social, languages_sent=languages_sent)
            report.pulled += len(page.changes)
            if page.device_id and page.device_id != self.local.state().get("device_id"):
                self.local.set_state(device_id=page.device_id)  # enrolled by an older version of this kiosk
            if not page.more and page.visits is not None:
                own = {self.device_id, self.local.state().get("device_id")}
                self.local.apply_visits([
                    Visit(id=v.id, member_id=v.member_id, day=self.day_of(v.checked_in_at),
                          checked_in_at=v.checked_in_at, checked_out_at=v.checked_out_at,
                          origin=None if v.kiosk_id in own else v.kiosk_id)
                    for v in page.visits if v.checked_in_at is not None])
            if not page.more and page.visit_corrections:  # a host's roll-back on the server
                own = {self.device_id, self.local.state().get("device_id")}
                self.local.correct_visits([
                    (c.id, None if c.removed or c.checked_in_at is None or c.member_id is None else Visit(
                        id=c.id, member_id=c.member_id, day=self.day_of(c.checked_in_at),
                        checked_in_at=c.checked_in_at, checked_out_at=c.checked_out_at,
                        origin=None if c.kiosk_id in own else c.kiosk_id))
                    for c in page.visit_corrections])
            if not page.more and page.clip_days is not None:
                self.local.apply_clip_days(page.clip_days)
            if not page.more and page.guest_approvals:  # a host or the member visited, on the server
                now = self.clock.now()
                self.local.apply_guest_approvals([(a.member_id, a.day, a.by) for a in page.guest_approvals],
                                                 self.day_of(now), now)
            if not page.more and page.partners is not None:  # partner spaces' members (issue 22), whole
                partners = json.dumps([p.model_dump(mode="json") for p in page.partners], sort_keys=True)
                if self.local.state().get("partners") != partners:
                    self.local.set_state(partners=partners)
            if not page.more and page.revoked_keys is not None:
                # The keys themselves already left this kiosk's trust (their tombstones, above);
                # kept so a refusal can say why (key id -> reason).
                self.local.set_state(revoked_keys=json.dumps({k.key_id: k.reason for k in page.revoked_keys}))
            if not page.more:
                local_members, local_cards = self.local.roster()
                checksum = wire.roster_checksum(
                    [wire.RosterMember.of(m) for m in local_members],
                    [wire.RosterCard(member_id=c.member_id, serial=c.serial, short_code_hash=c.short_code_hash,
                                     revoked=c.revoked) for c in local_cards])
                return checksum == page.checksum and len(local_members) == page.count
