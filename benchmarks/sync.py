"""Pushing a kiosk's queue to a real server on loopback, on SQLite and on PostgreSQL.

    .venv/bin/python -m benchmarks.sync

A kiosk with 10,000 queued events (written straight into its database, as a week offline would
leave them) enrolls and runs one sync round: batches of 500, each answered per event, each event
stored at most once. Also a full roster snapshot of 5,000 members pulled by a fresh kiosk.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk import app
from kiosk.domain.checkin import Decision, Outcome
from kiosk.domain.events import Event, EventKind
from kiosk.server.store import Device
from tests.sync.conftest import pg_available, start_server, temporary_pg_database

EVENTS = 10_000
MEMBERS = 5_000


def queue_events(kiosk: app.Kiosk, n: int) -> None:
    start = datetime.now(UTC) - timedelta(days=7)
    events = [Event(id=str(uuid.uuid4()), kiosk_id=kiosk.kiosk_id, kind=EventKind.REFUSED,
                    recorded_at=start + timedelta(seconds=i), effective_at=start + timedelta(seconds=i),
                    reason="not_ours") for i in range(n)]
    with kiosk.store.transaction() as tx:
        tx.record(Decision(Outcome.REFUSED), events)


def joined_a_week_ago(server, device_id: str) -> None:  # type: ignore[no-untyped-def]
    """The kiosk joined before its week offline (so its queue is not held as older than its joining)."""
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from kiosk.server.models import KioskRow

    with Session(server.store.engine) as s, s.begin():
        when = datetime.now(UTC) - timedelta(days=8)
        s.execute(update(KioskRow).where(KioskRow.device_id == device_id).values(first_enrolled_at=when,
                                                                                 last_seen_at=when))


def run(label: str, db_url: str | None, tmp: Path) -> list[str]:
    server = start_server(tmp / f"server-{label}", db_url)
    rows = []
    try:
        kiosk = app.build(tmp / f"kiosk-{label}")
        server.enroll(kiosk)
        joined_a_week_ago(server, kiosk.sync.local.state()["device_id"])
        queue_events(kiosk, EVENTS)
        start = time.perf_counter()
        report = kiosk.sync.run_once()
        push_s = time.perf_counter() - start
        assert report.accepted == EVENTS and report.pending == 0, report
        rows.append(f"| {label} | push {EVENTS:,} queued events | {push_s:.2f} s | {EVENTS / push_s:,.0f} events/s |")
        kiosk.close()

        device = str(uuid.uuid4())
        now = datetime.now(UTC).isoformat()
        batches = [[{"id": str(uuid.uuid4()), "kiosk_id": device, "seq": b * 500 + i + 1, "kind": "refused",
                     "recorded_at": now, "effective_at": now, "reason": "not_ours", "source": "scan"}
                    for i in range(500)] for b in range(20)]
        start = time.perf_counter()
        for batch in batches:
            server.store.ingest(Device(device), batch, 0)
        ingest_s = time.perf_counter() - start
        rows.append(f"| {label} | server ingest alone, 20 batches of 500 | {ingest_s:.2f} s | "
                    f"{EVENTS / ingest_s:,.0f} events/s |")

        # The same, as check-ins and check-outs of 5,000 members: each judged (event_rules) and
        # made into a visit, with its clip derived.
        members = [m.member.id for m in server.store.add_members([{"name": f"Visitor {i}"} for i in range(250)])]
        device = str(uuid.uuid4())
        at = datetime.now(UTC) - timedelta(hours=2)
        batches = []
        for b in range(20):
            batch = []
            for i in range(250):
                visit, t = str(uuid.uuid4()), (at + timedelta(seconds=b * 250 + i)).isoformat()
                for kind, seq in (("check_in", 2 * (b * 250 + i) + 1), ("check_out", 2 * (b * 250 + i) + 2)):
                    batch.append({"id": str(uuid.uuid4()), "kiosk_id": device, "seq": seq, "kind": kind,
                                  "recorded_at": t, "effective_at": t, "member_id": members[i], "visit_id": visit,
                                  "source": "scan"})
            batches.append(batch)
        start = time.perf_counter()
        for batch in batches:
            server.store.ingest(Device(device), batch, 0)
        visits_s = time.perf_counter() - start
        rows.append(f"| {label} | server ingest alone, 20 batches of 250 visits (in and out) | {visits_s:.2f} s | "
                    f"{EVENTS / visits_s:,.0f} events/s |")

        server.store.add_members([{"name": f"Member {i}"} for i in range(MEMBERS)])
        fresh = app.build(tmp / f"fresh-{label}")
        code = server.store.add_kiosk(f"fresh-{label}")
        fresh.sync.enroll(server.url, code)
        start = time.perf_counter()
        report = fresh.sync.run_once()
        pull_s = time.perf_counter() - start
        assert report.roster_matches, report
        rows.append(f"| {label} | full roster snapshot, {MEMBERS:,} members + cards | {pull_s:.2f} s | "
                    f"{report.pulled:,} changes |")
        fresh.close()
    finally:
        server.stop()
        server.store.engine.dispose()
    return rows


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows += run("SQLite", None, tmp)
        if pg_available():
            with temporary_pg_database("kiosk_bench") as url:
                rows += run("PostgreSQL", url, tmp)
    print("| server database | what | time | rate |\n|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
