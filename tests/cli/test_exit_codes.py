"""Exit statuses the README promises: 2 is for what a person typed wrong, 4 for a server away."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kiosk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "KIOSK_DATA_DIR": str(data)})


def test_sync_with_the_server_gone_exits_4_not_2(tmp_path):
    from tests.sync.conftest import start_server

    server = start_server(tmp_path / "server", None)
    data = tmp_path / "door"
    try:
        code = server.store.add_kiosk("door-1")
        assert kiosk(data, "enroll", "--server", server.url, "--code", code).returncode == 0
        added = json.loads(kiosk(data, "members", "add", "--name", "Mette", "--json").stdout)
    finally:
        server.stop()
        server.store.engine.dispose()
    # Nothing listens on the server's port any more.
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", int(server.url.rsplit(":", 1)[1]))) != 0
    proc = kiosk(data, "sync", "--once", "--json")
    assert proc.returncode == 4, proc.stderr
    assert json.loads(proc.stdout)["error"]
    assert kiosk(data, "sync", "--once", "--bogus").returncode == 2
    assert added["status"] == "requested"


def test_sync_refused_by_the_server_exits_2_not_4(tmp_path):
    """A revoked kiosk reached its server and was refused: waiting will not help (4 says it
    would), a person must enroll it again."""
    from tests.sync.conftest import start_server

    server = start_server(tmp_path / "server", None)
    data = tmp_path / "door"
    try:
        code = server.store.add_kiosk("door-1")
        assert kiosk(data, "enroll", "--server", server.url, "--code", code).returncode == 0
        server.store.revoke_kiosk("door-1")
        proc = kiosk(data, "sync", "--once")
        assert proc.returncode == 2, (proc.stdout, proc.stderr)
        assert "revoked" in proc.stdout and "enroll this kiosk again" in proc.stdout
    finally:
        server.stop()
        server.store.engine.dispose()


def test_a_bug_exits_70_not_2(tmp_path):
    """A bug (here a query the database cannot run: a column renamed under the program) is not
    something the person at the keyboard can fix: exit 70, not 2, and the traceback is logged."""
    import sqlite3

    data = tmp_path / "door"
    added = json.loads(kiosk(data, "members", "add", "--name", "Mette", "--json").stdout)
    assert kiosk(data, "checkin", added["short_code"]).returncode == 0
    with sqlite3.connect(data / "kiosk.sqlite3") as db:
        db.execute("ALTER TABLE events RENAME COLUMN reason TO reason_renamed")
    proc = kiosk(data, "checkin", added["short_code"])
    assert proc.returncode == 70, proc.stderr
    assert "something went wrong inside the program" in proc.stderr and "Traceback" in proc.stderr
    with sqlite3.connect(data / "kiosk.sqlite3") as db:
        db.execute("ALTER TABLE events RENAME COLUMN reason_renamed TO reason")
    listed = json.loads(kiosk(data, "presence", "--json").stdout)
    # The check-in before is still there; the check-out that failed left nothing behind.
    assert [e["name"] for e in listed["in_now"]] == [e["name"] for e in listed["visits"]] == ["Mette"]
