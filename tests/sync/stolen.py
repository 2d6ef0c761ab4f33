"""Helpers for the stolen-kiosk tests: real kiosks enrolled with the real server on loopback, and
a hostile client that holds one kiosk's token (as a thief who took the mini-PC would) and sends
whatever it likes over real HTTP."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.protocol import wire
from kiosk.server.models import KioskRow
from tests.conftest import build_kiosk


@dataclass
class Thief:
    """A kiosk's token in the wrong hands."""

    url: str
    token: str
    device_id: str
    seq: int = 1000
    sent: list[dict[str, object]] = field(default_factory=list)

    def event(self, kind: str, member_id: str | None, at: datetime, visit_id: str | None = None, *,
              reason: str | None = None, offset_ms: int | None = 0, recorded_at: datetime | None = None,
              event_id: str | None = None) -> dict[str, object]:
        self.seq += 1
        return {"id": event_id or str(uuid.uuid4()), "kiosk_id": self.device_id, "seq": self.seq, "kind": kind,
                "recorded_at": (recorded_at or at).isoformat(), "effective_at": at.isoformat(),
                "member_id": member_id, "visit_id": visit_id or str(uuid.uuid4()), "reason": reason,
                "source": "scan", "clock_offset_ms": offset_ms}

    def push(self, events: list[dict[str, object]], protocol: str = "2") -> list[dict[str, object]]:
        self.sent += events
        results: list[dict[str, object]] = []
        for start in range(0, len(events), wire.MAX_BATCH):
            answer = httpx.post(f"{self.url}/api/v1/events", timeout=60,
                                json={"events": events[start:start + wire.MAX_BATCH], "pending": 0},
                                headers={"Authorization": f"Bearer {self.token}", wire.PROTOCOL_HEADER: protocol})
            assert answer.status_code == 200, answer.text
            results += answer.json()["results"]
        return results


def door(server, data: Path, name: str, clock=None) -> app.Kiosk:  # type: ignore[no-untyped-def]
    """An honest door (the real clock unless told), enrolled and synced once."""
    kiosk = build_kiosk(data / name, clock=clock) if clock is not None else build_kiosk(data / name)
    server.enroll(kiosk, name)
    return kiosk


def steal(server, data: Path, name: str = "stolen", history: bool = True) -> Thief:  # type: ignore[no-untyped-def]
    """A door that worked honestly (one check-in of its own, synced, when history) and was then
    carried off: the thief has its token."""
    kiosk = build_kiosk(data / name)
    try:
        server.enroll(kiosk, name)
        if history:
            (someone,) = server.store.add_members([{"name": f"Regular at {name}"}])
            kiosk.sync.run_once()
            kiosk.checkin.check_in_code(someone.code)
            report = kiosk.sync.run_once()
            assert report.error is None and report.accepted == 1, report
        state = kiosk.sync.local.state()
        return Thief(server.url, state["token"], state["device_id"])
    finally:
        kiosk.close()


def joined_long_ago(server, device_id: str, days: int) -> None:  # type: ignore[no-untyped-def]
    """The kiosk was first enrolled `days` ago (test setup: the record as an old kiosk has it)."""
    with Session(server.store.engine) as s, s.begin():
        when = datetime.now(UTC) - timedelta(days=days)
        s.execute(update(KioskRow).where(KioskRow.device_id == device_id)
                  .values(first_enrolled_at=when, enrolled_at=when, last_seen_at=when))


def server_visit(server, visit_id: str):  # type: ignore[no-untyped-def]
    from kiosk.server.models import ServerVisitRow

    with Session(server.store.engine) as s:
        return s.scalar(select(ServerVisitRow).where(ServerVisitRow.id == visit_id))
