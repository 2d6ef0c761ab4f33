"""Sealed kiosk backups on a real server on loopback: sent in pieces under the body cap, kept as
files (the last few per kiosk), fetched and opened only with the kiosk's key; odd and huge
bodies refused in plain words."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.store.archive import key_text
from tests.conftest import build_kiosk, kiosk_command
from tests.fakes import FakeClock
from tests.sync.conftest import start_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def running(tmp_path):
    server = start_server(tmp_path / "server", None, max_backup_bytes=3 * 1024 * 1024)
    yield server
    server.stop()
    server.store.engine.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return kiosk_command(*args)


def _enrolled(running, data: Path, name: str, clock) -> str:
    running.store.add_members([{"name": f"Member of {name}"}])
    kiosk = build_kiosk(data, clock=clock)
    try:
        code = running.store.add_kiosk(name, "Klitmøller")
        kiosk.sync.enroll(running.url, code, replace_roster=True)
        kiosk.sync.run_once()
        return kiosk.sync.local.state()["token"]
    finally:
        kiosk.close()


def _call(running, method: str, path: str, token: str, body: bytes | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(running.url + path, data=body, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def test_a_sealed_copy_goes_to_the_server_and_comes_back_on_the_command_line(tmp_path, running):
    clock = FakeClock(datetime.now(UTC))
    data = tmp_path / "door"
    _enrolled(running, data, "door-1", clock)
    done = _cli("backup", "--to-server", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "encrypted copy" in done.stdout
    stored = list((running.data_dir / "kiosk-backups").rglob("*.sealed"))
    assert len(stored) == 1
    assert b"Member of door-1" not in stored[0].read_bytes()  # the server cannot read it

    key = _cli("backup", "--show-key", "--data-dir", str(data))
    assert key.returncode == 0 and key_text(paths.backup_key_path(data).read_bytes()) in key.stdout

    # The SD card breaks: the database is gone; the data dir keeps only what the host wrote down.
    db = paths.database_path(data)
    db.write_bytes(b"not a database any more")
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    done = _cli("restore", "--yes", "--from-server", "--data-dir", str(data))
    assert done.returncode == 2, done.stdout  # the token was in the broken database: enroll first

    # A replacement kiosk, enrolled anew, fetches the broken one's copy with the written-down key.
    new = tmp_path / "replacement"
    _enrolled(running, new, "door-1b", clock)
    [device] = [p.name for p in (running.data_dir / "kiosk-backups").iterdir()]
    wrong = _cli("restore", "--yes", "--from-server", "--kiosk", device, "--data-dir", str(new))
    assert wrong.returncode == 2 and "cannot be opened with this key" in wrong.stderr
    done = _cli("restore", "--yes", "--from-server", "--kiosk", device, "--key", key.stdout.splitlines()[-1],
                "--data-dir", str(new))
    assert done.returncode == 0, done.stderr
    restored = build_kiosk(new, clock=clock)
    try:
        assert {m.name for m in restored.members.roster()} == {"Member of door-1"}  # the copy, not door-1b's
    finally:
        restored.close()


def test_the_server_keeps_one_copy_a_day_per_kiosk(tmp_path, running):
    clock = FakeClock(datetime.now(UTC))
    token = _enrolled(running, tmp_path / "door", "door-1", clock)
    kiosk = build_kiosk(tmp_path / "door", clock=clock)
    try:
        api = kiosk.sync.api()
        for i in range(4):  # the same day: the day's newest replaces the one before
            answer = api.upload_backup(f"copy {i} ".encode() * 50_000, piece=64 * 1024)  # 350 kB in 6 pieces
            assert answer["kept"] == 1
        assert api.newest_backup() == b"copy 3 " * 50_000
    finally:
        kiosk.close()
    status, answer = _call(running, "GET", "/api/v1/backups/newest?kiosk=nobody", token)
    assert status == 404 and "no backup" in answer["detail"]


def test_odd_and_huge_bodies_are_refused_in_plain_words(tmp_path, running):
    clock = FakeClock(datetime.now(UTC))
    token = _enrolled(running, tmp_path / "door", "door-1", clock)
    upload = "0123456789abcdef" * 2
    octets = {"Content-Type": "application/octet-stream"}
    # A piece over the body cap is refused before it is read.
    import socket
    import urllib.parse

    parts = urllib.parse.urlsplit(running.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(f"PUT /api/v1/backups/{upload}?offset=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     f"Authorization: Bearer {token}\r\nContent-Length: 1100000\r\n\r\n".encode())
        answer_bytes = b""
        while b"larger" not in answer_bytes:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer_bytes += chunk
    assert answer_bytes.startswith(b"HTTP/1.1 413") and b"larger than this server takes" in answer_bytes
    # Not an upload id; no offset; a piece at the wrong offset (the answer says where to go on).
    assert _call(running, "PUT", "/api/v1/backups/..%2F..%2Fkeys?offset=0", token, b"x", octets)[0] in (404, 422)
    assert _call(running, "PUT", f"/api/v1/backups/{upload}", token, b"x", octets)[0] == 422
    assert _call(running, "PUT", f"/api/v1/backups/{upload}?offset=0", token, b"abc", octets) == (200, {"bytes": 3})
    status, answer = _call(running, "PUT", f"/api/v1/backups/{upload}?offset=0", token, b"abc", octets)
    assert status == 409 and answer["have"] == 3
    # Finished with the wrong checksum: refused and the upload dropped.
    done = json.dumps({"bytes": 3, "sha256": hashlib.sha256(b"abd").hexdigest()}).encode()
    status, answer = _call(running, "POST", f"/api/v1/backups/{upload}/done", token, done,
                           {"Content-Type": "application/json"})
    assert status == 409 and "damaged" in answer["detail"]
    # More than the server keeps for one backup, piece by piece under the body cap.
    big = "f" * 32
    offset = 0
    piece = b"y" * 900_000
    for _ in range(4):
        status, answer = _call(running, "PUT", f"/api/v1/backups/{big}?offset={offset}", token, piece, octets)
        if status != 200:
            break
        offset = answer["bytes"]
    assert status == 413 and "at most" in answer["detail"]
    # Without a device token: nothing.
    assert _call(running, "PUT", f"/api/v1/backups/{upload}?offset=0", "x" * 43, b"x", octets)[0] == 401
    assert not list((running.data_dir / "kiosk-backups").rglob("*.sealed"))
    assert os.listdir(running.data_dir / "kiosk-backups")  # the kiosk's folder, without copies


def test_an_erasure_on_the_server_reaches_the_journal_and_survives_a_restore(tmp_path, running):
    """The server's tombstone erases a member here; a copy taken before that must not bring them back."""
    from kiosk.store.backup import copy_database

    clock = FakeClock(datetime.now(UTC))
    data = tmp_path / "door"
    (erased, _kept) = running.store.add_members([{"name": "Tombstoned Tove"}, {"name": "Staying Søren"}])
    _enrolled(running, data, "door-1", clock)
    copy = copy_database(paths.database_path(data), tmp_path / "copy.sqlite3", clock.now())
    running.store.delete_member(erased.member.id)
    kiosk = build_kiosk(data, clock=clock)
    try:
        kiosk.sync.run_once()
        assert [e.member_id for e in kiosk.journal.entries()] == [erased.member.id]
    finally:
        kiosk.close()
    done = _cli("restore", "--yes", str(copy), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    kiosk = build_kiosk(data, clock=clock)
    try:
        assert {m.name for m in kiosk.members.roster()} == {"Staying Søren", "Member of door-1"}
    finally:
        kiosk.close()
