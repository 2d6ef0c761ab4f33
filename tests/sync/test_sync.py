"""Sync against a real server on loopback: nothing lost, nothing counted twice."""

from __future__ import annotations

import http.server
import socket
import threading
import time
import uuid
from datetime import UTC, datetime

import pytest

from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.sync.client import ServerApi, ServerUnavailable
from kiosk.sync.engine import EnrollRefused
from tests.sync.conftest import start_server


def server_events(server) -> list[tuple[str, str]]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from kiosk.server.models import ServerEventRow

    with Session(server.store.engine) as s:
        return [(e.id, e.kind) for e in s.scalars(select(ServerEventRow))]


def local_event_ids(kiosk) -> set[str]:
    return {e.id for _, e in kiosk.sync.local.pending(10_000)} | {
        e.id for e in _all_events(kiosk)}


def _all_events(kiosk):
    with kiosk.store.transaction() as tx:
        return tx.events(100_000)


def test_enroll_check_in_sync_and_presence(server, kiosk_at, clock):
    # The server's "in now" is of its today (the one rule: nobody is in now on another day), so
    # the door checks in now, not on the fixed test morning.
    clock.set(datetime.now(UTC).replace(microsecond=0))
    (issued,) = server.store.add_members([{"name": "Mette Jensen", "plan": "clipcard", "clips": 5}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    assert [m.name for m in kiosk.members.roster()] == ["Mette Jensen"]
    result = kiosk.checkin.check_in_code(issued.code)
    assert result.outcome is Outcome.CHECKED_IN and result.clips_left == 4
    report = kiosk.sync.run_once()
    assert (report.error, report.accepted, report.pending, report.roster_matches) == (None, 1, 0, True)
    presence = server.store.presence()
    assert [e["member_id"] for e in presence["in_now"]] == [issued.member.id]
    assert presence["date"] == result.at.astimezone(server.store.tz).date().isoformat()
    assert kiosk.sync.run_once().pushed == 0  # nothing twice


def test_refuses_to_enroll_over_its_own_members(server, kiosk_at):
    kiosk = kiosk_at()
    kiosk.members.add(NewMember(name="Local Person"))
    code = server.store.add_kiosk("door-1")
    with pytest.raises(EnrollRefused):
        kiosk.sync.enroll(server.url, code)
    kiosk.sync.enroll(server.url, code, replace_roster=True)
    kiosk.sync.run_once()
    assert kiosk.members.roster() == []


def test_answer_lost_after_commit_gives_duplicates_not_doubles(server, kiosk_at):
    (issued,) = server.store.add_members([{"name": "Mette"}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    kiosk.checkin.check_in_code(issued.code)
    kiosk.checkin.check_in_code("https://example.com")
    # The server stores the batch, but the kiosk never hears back: push by hand, do not mark.
    api = kiosk.sync.api()
    from kiosk.sync.engine import _to_wire

    api.push([_to_wire(seq, e, None) for seq, e in kiosk.sync.local.pending(10)], 0)
    report = kiosk.sync.run_once()
    assert (report.accepted, report.duplicate, report.pending) == (0, 2, 0)
    assert len(server_events(server)) == 2


def test_one_malformed_event_does_not_sink_the_batch(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    api = kiosk.sync.api()
    good = {"id": str(uuid.uuid4()), "kiosk_id": kiosk.kiosk_id, "seq": 1, "kind": "refused",
            "recorded_at": datetime.now(UTC).isoformat(), "effective_at": datetime.now(UTC).isoformat(),
            "reason": "not_ours", "source": "scan"}
    bad = {**good, "id": str(uuid.uuid4()), "kind": "teleport"}
    foreign = {**good, "id": str(uuid.uuid4()), "kiosk_id": str(uuid.uuid4())}
    response = api.push([good, bad, foreign, {"nonsense": True}], 0)
    assert [r.status for r in response.results] == ["accepted", "rejected", "rejected", "rejected"]
    assert "kind" in response.results[1].reason and response.results[2].reason == "not this kiosk's event"


def test_same_id_other_content_is_set_aside_and_the_queue_moves_on(server, kiosk_at):
    (issued,) = server.store.add_members([{"name": "Mette"}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    kiosk.checkin.check_in_code("not a card")
    kiosk.checkin.check_in_code(issued.code)
    (seq, first), _ = kiosk.sync.local.pending(10)
    from kiosk.sync.engine import _to_wire

    forged = {**_to_wire(seq, first, None), "reason": "forged"}
    kiosk.sync.api().push([forged], 0)
    report = kiosk.sync.run_once()
    assert (report.accepted, report.rejected, report.pending) == (1, 1, 0)
    assert kiosk.sync.local.rejected_count() == 1
    assert "conflict" in report.details[0]


def test_server_down_keeps_the_queue_and_recovers(tmp_path, db_url, kiosk_at):
    server = start_server(tmp_path / "server", db_url)
    (issued,) = server.store.add_members([{"name": "Mette"}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    server.stop()
    kiosk.checkin.check_in_code(issued.code)
    report = kiosk.sync.run_once()
    assert report.error and "cannot reach" in report.error and report.pending == 1
    assert kiosk.sync.local.state()["offline_since"]
    # The server comes back (same database, new port): the kiosk is pointed at it and catches up.
    again = start_server(tmp_path / "server", db_url)
    try:
        kiosk.sync.local.set_state(url=again.url)
        report = kiosk.sync.run_once()
        assert (report.error, report.accepted, report.pending) == (None, 1, 0)
        assert "offline_since" not in kiosk.sync.local.state()
    finally:
        again.stop()
        again.store.engine.dispose()
        server.store.engine.dispose()


def test_revoked_token_keeps_the_queue_and_says_so(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk, "door-9")
    kiosk.checkin.check_in_code("x")
    server.store.revoke_kiosk("door-9")
    report = kiosk.sync.run_once()
    assert report.revoked and report.pending == 1 and kiosk.sync.local.state()["revoked"] == "yes"


def test_roster_changes_and_tombstones_reach_the_kiosk(server, kiosk_at):
    first, second = server.store.add_members([{"name": "A One"}, {"name": "B Two"}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    server.store.update_member(first.member.id, status="suspended")
    server.store.delete_member(second.member.id)
    report = kiosk.sync.run_once()
    assert report.roster_matches
    assert [(m.name, m.status.value) for m in kiosk.members.roster()] == [("A One", "suspended")]
    assert kiosk.checkin.check_in_code(first.code).refusal is Refusal.SUSPENDED
    assert kiosk.checkin.check_in_code(second.code).refusal is Refusal.UNKNOWN_MEMBER


def test_paged_pull_cut_off_midway_resumes(server, kiosk_at, monkeypatch):
    server.store.add_members([{"name": f"Member {i:02d}"} for i in range(30)])
    kiosk = kiosk_at()
    code = server.store.add_kiosk("door-1")
    monkeypatch.setattr(ServerApi, "pull", _small_pages(ServerApi.pull, fail_after=2))
    kiosk.sync.enroll(server.url, code)
    report = kiosk.sync.run_once()
    assert report.error and "cut off" in report.error
    assert 0 < len(kiosk.members.roster()) < 30
    monkeypatch.setattr(ServerApi, "pull", _small_pages(ServerApi.pull.__wrapped__, fail_after=None))
    report = kiosk.sync.run_once()
    assert report.roster_matches and len(kiosk.members.roster()) == 30


def _small_pages(pull, fail_after):
    calls = {"n": 0}

    def paged(self, cursor, limit=500):
        calls["n"] += 1
        if fail_after is not None and calls["n"] > fail_after:
            raise ServerUnavailable("connection cut off mid-page")
        return pull(self, cursor, 7)

    paged.__wrapped__ = pull
    return paged


def test_new_server_database_sends_a_snapshot_that_replaces_the_roster(tmp_path, db_url, kiosk_at):
    old = start_server(tmp_path / "old", None)
    old.store.add_members([{"name": "Only On Old"}])
    kiosk = kiosk_at()
    old.enroll(kiosk)
    assert [m.name for m in kiosk.members.roster()] == ["Only On Old"]
    new = start_server(tmp_path / "new", db_url)
    try:
        new.store.add_members([{"name": "On New"}])
        new.enroll(kiosk)
        report = kiosk.sync.run_once()
        assert report.roster_matches
        assert [m.name for m in kiosk.members.roster()] == ["On New"]
    finally:
        for s in (old, new):
            s.stop()
            s.store.engine.dispose()


class _Unavailable(http.server.BaseHTTPRequestHandler):
    status = 503

    def do_GET(self):
        self.send_response(self.status)
        self.send_header("Retry-After", "7")
        self.end_headers()

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args):
        pass


class _TooMany(_Unavailable):
    status = 429


@pytest.mark.parametrize("handler", [_Unavailable, _TooMany], ids=["503", "429"])
def test_503_or_429_with_retry_after_is_offline_with_the_delay(kiosk_at, handler):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        kiosk = kiosk_at()
        kiosk.sync.local.set_state(url=f"http://127.0.0.1:{httpd.server_address[1]}", token="t")
        kiosk.checkin.check_in_code("x")
        report = kiosk.sync.run_once()
        assert report.retry_after == 7 and report.pending == 1
    finally:
        httpd.shutdown()


def test_a_server_that_never_answers_cannot_hang_the_call():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)  # accepts connections, never answers
    try:
        api = ServerApi(f"http://127.0.0.1:{sock.getsockname()[1]}", "t", timeout=0.5)
        start = time.monotonic()
        with pytest.raises(ServerUnavailable):
            api.pull(None)
        assert time.monotonic() - start < 5
    finally:
        sock.close()


def test_server_restored_from_an_older_backup_resends_everything(tmp_path, kiosk_at):
    import shutil

    server = start_server(tmp_path / "server", None)
    db = tmp_path / "server" / "server.sqlite3"
    try:
        server.store.add_members([{"name": "Before Backup"}])
        kiosk = kiosk_at()
        server.enroll(kiosk)
        import sqlite3

        with sqlite3.connect(db) as src, sqlite3.connect(tmp_path / "backup.sqlite3") as dst:
            src.backup(dst)  # last night's backup
        server.store.add_members([{"name": "After Backup"}])
        kiosk.sync.run_once()
        assert len(kiosk.members.roster()) == 2
    finally:
        server.stop()
        server.store.engine.dispose()
    # The disk died; the server is set up again with its keys and last night's database.
    shutil.copytree(tmp_path / "server" / "keys", tmp_path / "restored" / "keys")
    shutil.copy(tmp_path / "backup.sqlite3", tmp_path / "restored" / "server.sqlite3")
    restored = start_server(tmp_path / "restored", None)
    try:
        kiosk.sync.local.set_state(url=restored.url)
        report = kiosk.sync.run_once()  # its cursor is beyond the restored change log
        assert report.error is None and report.roster_matches
        assert [m.name for m in kiosk.members.roster()] == ["Before Backup"]
    finally:
        restored.stop()
        restored.store.engine.dispose()


def test_a_clock_that_jumps_back_mid_visit_never_gives_a_negative_stay(server, kiosk_at, clock):
    """The kiosk's clock is corrected two hours back between a check-in and the check-out (an NTP
    fix after a power cut): the check-out's own time is earlier than the check-in's. Neither the
    kiosk nor the server may end the visit before it began."""
    from datetime import datetime, timedelta

    (member,) = server.store.add_members([{"name": "Ida"}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    day = kiosk.presence.today()
    assert kiosk.checkin.check_in_code(member.code).outcome is Outcome.CHECKED_IN
    clock.advance(hours=-2)
    assert kiosk.checkin.check_in_code(member.code).outcome is Outcome.CHECKED_OUT
    kiosk.sync.run_once()
    [visit] = server.store.presence(day)["visits"]
    checked_in, checked_out = (datetime.fromisoformat(visit[k]) for k in ("checked_in_at", "checked_out_at"))
    assert checked_out >= checked_in and checked_out - checked_in < timedelta(minutes=1)
    [local] = kiosk.presence.on(day).visits
    assert local.checked_out_at is not None and local.checked_out_at >= local.checked_in_at
