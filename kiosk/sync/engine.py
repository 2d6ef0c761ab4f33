"""One round of sync, and enrollment: push the event queue, pull roster pages, apply them."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from kiosk.core.errors import StorageFailed
from kiosk.domain.events import Event
from kiosk.domain.members import Card
from kiosk.domain.visits import Visit
from kiosk.services.ports import Clock, SyncLocal

from . import wire
from .client import Rejected, ServerApi, ServerUnavailable

log = logging.getLogger(__name__)
BATCH = 500


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
    pending: int = 0
    roster_matches: bool | None = None
    clock_offset_ms: int | None = None
    error: str | None = None
    retry_after: float | None = None
    revoked: bool = False
    details: list[str] = field(default_factory=list)


def _to_wire(seq: int, event: Event, offset_ms: int | None) -> dict[str, object]:
    return {"id": event.id, "kiosk_id": event.kiosk_id, "seq": seq, "kind": event.kind.value,
            "recorded_at": event.recorded_at.isoformat(), "effective_at": event.effective_at.isoformat(),
            "member_id": event.member_id, "card_serial": event.card_serial, "visit_id": event.visit_id,
            "reason": event.reason, "source": event.source, "clock_offset_ms": offset_ms}


class SyncEngine:
    def __init__(self, local: SyncLocal, clock: Clock, device_id: str,
                 day_of: Callable[[datetime], date] = lambda at: at.date()) -> None:
        self.local, self.clock, self.device_id = local, clock, device_id
        self.day_of = day_of  # the space's local day of a moment

    def api(self) -> ServerApi:
        state = self.local.state()
        if "url" not in state or "token" not in state:
            raise NotEnrolled("this kiosk is not enrolled with a server (kiosk enroll --server URL --code CODE)")
        return ServerApi(state["url"], state["token"])

    def enroll(self, url: str, code: str, replace_roster: bool = False) -> wire.EnrollResponse:
        enrolled = "token" in self.local.state()  # then the roster is already the server's
        if not enrolled and self.local.has_real_members() and not replace_roster:
            raise EnrollRefused("this kiosk has members of its own; the server's roster would replace them "
                                "(enroll with --replace-roster if that is what you want)")
        response = ServerApi(url).enroll(code, self.device_id)
        self.local.hand_over_roster()
        self.local.set_state(url=url, token=response.token, server_id=response.server_id,
                             kiosk_name=response.kiosk_name, revoked=None)
        return response

    def run_once(self) -> SyncReport:
        report = SyncReport()
        try:
            api = self.api()
            self._send_requests(api, report)
            self._push(api, report)
            self._pull(api, report)
            self.local.set_state(last_ok=self.clock.now().isoformat(), offline_since=None, last_error=None)
        except ServerUnavailable as exc:
            report.error, report.retry_after = str(exc), exc.retry_after
        except StorageFailed as exc:
            report.error = f"the kiosk's database: {exc}"
        except Rejected as exc:
            report.error = str(exc)
            if exc.status == 401:
                report.revoked = True
                self.local.set_state(revoked="yes")
        if report.error:
            state = self.local.state()
            self.local.set_state(last_error=report.error,
                                 offline_since=state.get("offline_since") or self.clock.now().isoformat())
        report.pending = self.local.pending_count()
        return report

    def _offset(self, before: float, after: float, server_time: datetime) -> int:
        """Server clock minus ours, at the middle of the exchange (ms)."""
        wall_mid = self.clock.now().timestamp() - (after - before) / 2
        offset = round((server_time.timestamp() - wall_mid) * 1000)
        self.local.set_state(clock_offset_ms=str(offset))
        return offset

    def _send_requests(self, api: ServerApi, report: SyncReport) -> None:
        """Roster changes asked for here go first, so the pull that follows brings their result."""
        while True:
            requests = self.local.pending_requests(BATCH)
            if not requests:
                return
            response = api.send_requests(requests)
            results = {r.id: ("rejected" if r.status == "rejected" else "accepted", r.reason)
                       for r in response.results}
            self.local.mark_requests(results)
            report.requests += len(results)
            report.details += [f"request {i}: {reason}" for i, (st, reason) in results.items() if st == "rejected"]
            if len(requests) < BATCH:
                return

    def _push(self, api: ServerApi, report: SyncReport) -> None:
        offset = self.local.state().get("clock_offset_ms")
        while True:
            batch = self.local.pending(BATCH)
            if not batch:
                return
            remaining = max(self.local.pending_count() - len(batch), 0)
            before = time.monotonic()
            response = api.push([_to_wire(seq, e, int(offset) if offset else None) for seq, e in batch], remaining)
            report.clock_offset_ms = self._offset(before, time.monotonic(), response.server_time)
            sent, rejected = [], {}
            for result in response.results:
                if result.status in ("accepted", "duplicate"):
                    sent.append(result.id)
                else:
                    rejected[result.id] = result.reason or "rejected"
                    report.details.append(f"{result.id}: {result.reason}")
            self.local.mark(sent, rejected, datetime.now(UTC))
            report.pushed += len(batch)
            report.accepted += sum(r.status == "accepted" for r in response.results)
            report.duplicate += sum(r.status == "duplicate" for r in response.results)
            report.rejected += len(rejected)
            if len(batch) < BATCH:
                return

    def _pull(self, api: ServerApi, report: SyncReport) -> None:
        while True:
            cursor = self.local.state().get("cursor")
            before = time.monotonic()
            page = api.pull(cursor)
            report.clock_offset_ms = self._offset(before, time.monotonic(), page.server_time)
            members = [c.member.to_member() for c in page.changes if c.op == "upsert" and c.member]
            cards = [Card(member_id=c.card.member_id, serial=c.card.serial, short_code=c.card.short_code,
                          revoked=c.card.revoked) for c in page.changes if c.op == "upsert" and c.card]
            keys = [(c.key.key_id, bytes.fromhex(c.key.public_key), c.key.label)
                    for c in page.changes if c.op == "upsert" and c.key]
            deleted: list[tuple[str, str]] = [(c.kind, c.ref) for c in page.changes if c.op == "delete"]
            self.local.apply_roster(members, cards, keys, deleted, page.cursor, page.reset, not page.more)
            report.pulled += len(page.changes)
            if not page.more and page.visits is not None:
                self.local.apply_visits([
                    Visit(id=v.id, member_id=v.member_id, day=self.day_of(v.checked_in_at),
                          checked_in_at=v.checked_in_at, checked_out_at=v.checked_out_at,
                          origin=None if v.kiosk_id == self.device_id else v.kiosk_id)
                    for v in page.visits if v.checked_in_at is not None])
            if not page.more and page.clip_days is not None:
                self.local.apply_clip_days(page.clip_days)
            if not page.more:
                local_members, local_cards = self.local.roster()
                checksum = wire.roster_checksum(
                    [wire.RosterMember.of(m) for m in local_members],
                    [wire.RosterCard(member_id=c.member_id, serial=c.serial, short_code=c.short_code,
                                     revoked=c.revoked) for c in local_cards])
                report.roster_matches = checksum == page.checksum and len(local_members) == page.count
                return
