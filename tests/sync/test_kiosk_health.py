"""Each kiosk's health on the server: a real kiosk reports its version and its doctor's warnings
with its pushes (protocol 2, optional), the server keeps them within bounds, and kiosks and
servers of either age keep working with each other (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.health import Machine, door_kiosk_version
from kiosk.protocol import wire
from kiosk.server.models import KioskRow
from kiosk.server.reports import Reports
from kiosk.sync.client import ServerApi

MB = 1024 * 1024


def _row(server, name: str = "door-1") -> KioskRow:
    with Session(server.store.engine) as s:
        row = s.scalar(select(KioskRow).where(KioskRow.name == name))
        assert row is not None
        return row


def _low_disk(kiosk, free: int = 120 * MB) -> None:
    """The disk reading is the machine's (the hardware boundary); the rest is the real kiosk."""
    kiosk.health.machine = Machine(disk_free=lambda _path: free, clock_synchronised=lambda: (True, "test"))


def _event(kiosk_id: str) -> dict[str, object]:
    now = datetime.now(UTC).isoformat()
    return {"id": str(uuid.uuid4()), "kiosk_id": kiosk_id, "seq": 1, "kind": "refused", "recorded_at": now,
            "effective_at": now, "reason": "not_ours", "source": "scan"}


def test_a_kiosk_reports_its_version_and_warnings_with_its_sync(server, kiosk_at):
    kiosk = kiosk_at()
    _low_disk(kiosk)
    server.enroll(kiosk)  # enrolls, then a round: nothing to push, but the report is news
    row = _row(server)
    assert row.reported_version == door_kiosk_version() and row.health_reported_at is not None
    # The clock's offset is measured at enrollment: this kiosk's (fake, months old) clock warns too.
    warnings = json.loads(row.warnings or "[]")
    (warning,) = [w for w in warnings if w["check"] == "disk"]
    assert warning["status"] == "warning" and "only 120 MB free" in warning["says"]
    (health,) = Reports(server.store.engine, server.store.tz).kiosks()
    assert health.version == door_kiosk_version() and sorted(w.check for w in health.warnings) == ["clock", "disk"]
    assert health.pending == 0 and health.minutes_ago == 0

    # Unchanged and nothing to send: no push at all (the server's copy stands).
    reported_at = row.health_reported_at
    assert kiosk.sync.run_once().error is None
    assert _row(server).health_reported_at == reported_at

    # The disk is cleared: the next reading (the cache is a few minutes) reaches the server.
    kiosk.health.machine = Machine(disk_free=lambda _path: 20_000 * MB, clock_synchronised=lambda: (True, "test"))
    clock = [kiosk.health.monotonic() + 3600]
    kiosk.health.monotonic = lambda: clock[0]
    assert kiosk.sync.run_once().error is None
    # The disk warning is gone; the clock's stays (this kiosk's fake clock is months old).
    (warning,) = json.loads(_row(server).warnings or "")
    assert warning["check"] == "clock" and "behind the server's" in warning["says"]
    kiosk.checkin.check_in_code("not a card")  # and it rides along with events
    assert kiosk.sync.run_once().accepted == 1


def test_a_failing_health_reading_never_fails_the_round(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)

    def broken() -> wire.KioskHealth:
        raise OSError("statvfs failed")

    kiosk.sync.health = broken
    kiosk.checkin.check_in_code("not a card")
    report = kiosk.sync.run_once()
    assert report.error is None and report.accepted == 1


def test_an_older_kiosk_sends_no_health_and_the_page_says_not_reported(server, kiosk_at):
    kiosk = kiosk_at()
    kiosk.sync.health = None  # as a kiosk from before the field: its pushes carry none
    server.enroll(kiosk)
    kiosk.checkin.check_in_code("not a card")
    assert kiosk.sync.run_once().accepted == 1
    row = _row(server)
    assert row.reported_version is None and row.warnings is None and row.last_seen_at is not None
    (health,) = Reports(server.store.engine, server.store.tz).kiosks()
    assert health.version is None and health.health_minutes_ago is None
    # A protocol-1 kiosk's body is served as before; a health field in it is not read.
    state = kiosk.sync.local.state()
    with ServerApi(server.url, state["token"], protocol=1) as api:
        answer = api.push([_event(state["device_id"])], 0, wire.KioskHealth(version="9.9.9"))
    assert answer.results[0].status == "accepted"
    assert _row(server).reported_version is None


def test_a_server_reads_a_body_with_fields_it_does_not_know(server, kiosk_at):
    """How a newer kiosk's push reaches an older server: unknown fields are ignored (the push
    model forbids none), as `health` is by servers from before it."""
    kiosk = kiosk_at()
    server.enroll(kiosk)
    state = kiosk.sync.local.state()
    body = {"events": [_event(state["device_id"])], "pending": 0, "from_a_newer_kiosk": {"x": [1, 2]}}
    answer = httpx.post(server.url + "/api/v1/events", json=body, timeout=10,
                        headers={"Authorization": f"Bearer {state['token']}", wire.PROTOCOL_HEADER: "2"})
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"
    assert "extra" not in wire.PushRequest.model_config  # ignore, never forbid


def test_a_hostile_kiosks_health_is_cut_to_its_bounds(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    state = kiosk.sync.local.state()
    headers = {"Authorization": f"Bearer {state['token']}", wire.PROTOCOL_HEADER: "2"}
    flood = {"version": "1.0<script>alert(1)</script>" + "9" * 5000,
             "warnings": [{"check": "disk" if i % 2 else "<b>x</b>", "status": "problem",
                           "says": "\u202eevil\x00" + "ø" * 1000, "code": "<b>disk_low</b>",
                           "params": {"p" + "abcd"[j]: "ø" * 100 for j in range(4)}} for i in range(300)]}
    body = {"events": [_event(state["device_id"])], "pending": 3, "health": flood}
    assert len(json.dumps(body, ensure_ascii=False).encode()) < wire.MAX_BODY_BYTES
    answer = httpx.post(server.url + "/api/v1/events", json=body, headers=headers, timeout=30)
    assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"  # events still count
    row = _row(server)
    stored = json.loads(row.warnings or "")
    assert len(stored) == wire.MAX_WARNINGS
    assert all(len(w["says"]) <= wire.MAX_SAYS and "\u202e" not in w["says"] and "\x00" not in w["says"]
               for w in stored)
    assert {w["check"] for w in stored} == {"disk", "other"} and {w["code"] for w in stored} == {""}
    assert all(len(w["params"]) <= wire.MAX_PARAMS and all(len(v) <= wire.MAX_PARAM for v in w["params"].values())
               for w in stored)
    assert len(row.reported_version or "") <= wire.MAX_VERSION and "<" not in (row.reported_version or "")
    assert len(row.warnings or "") < 12 * 1200
    assert row.pending == 3
    # Not a report at all: the events count, nothing is stored over the last report.
    for junk in ("x" * 100_000, [1, 2, 3], 7):
        body = {"events": [_event(state["device_id"])], "pending": 0, "health": junk}
        answer = httpx.post(server.url + "/api/v1/events", json=body, headers=headers, timeout=30)
        assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"
    assert json.loads(_row(server).warnings or "") == stored
    # Over the body cap: refused whole, as any body is (413), before anything is read.
    big = {"events": [], "pending": 0, "health": {"version": "1", "warnings": ["x" * 2 * MB]}}
    assert httpx.post(server.url + "/api/v1/events", json=big, headers=headers, timeout=30).status_code == 413


def test_a_pull_marks_the_kiosk_heard_from(server, kiosk_at):
    kiosk = kiosk_at()
    kiosk.sync.health = None
    server.enroll(kiosk)
    with Session(server.store.engine) as s, s.begin():
        s.execute(KioskRow.__table__.update().values(last_seen_at=None))
    assert kiosk.sync.run_once().error is None  # nothing to push: only the pull
    assert _row(server).last_seen_at is not None
