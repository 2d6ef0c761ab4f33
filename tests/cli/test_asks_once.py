"""Issue 24: a destructive command asks once and says what will happen (`kiosk restore`,
`kiosk keys revoke`): at a terminal it waits for "yes", anything else changes nothing; in a
script it refuses, naming what it would do, until --yes."""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kiosk import app, paths
from tests.conftest import kiosk_command

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return kiosk_command(*args, "--data-dir", str(data))  # stdin no terminal: nobody to ask


def _server_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KIOSK_SERVER_DB", None)  # the server's own SQLite in the data dir
    return env


def _server(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return kiosk_command("server", *args, "--data-dir", str(data), env={"KIOSK_SERVER_DB": None})


def _at_a_terminal(args: list[str], answer: str) -> tuple[int, str]:
    """Run the command with a terminal as stdin/stdout, answer its question, return (code, output)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", *args], stdin=follower, stdout=follower,
                            stderr=follower, cwd=ROOT, close_fds=True, env=_server_env())
    os.close(follower)
    said = b""
    answered = False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the command ended and closed its terminal
                break
            if not chunk:
                break
            said += chunk
            if not answered and b"Type yes to" in said:
                os.write(leader, answer.encode() + b"\n")
                answered = True
        elif proc.poll() is not None:
            break
    code = proc.wait(timeout=120)
    os.close(leader)
    return code, said.decode("utf-8", "replace")


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM members"))
    finally:
        conn.close()


def test_restore_asks_once_naming_what_it_replaces(tmp_path):
    data = tmp_path / "data"
    app.build(data).close()
    assert _cli("members", "add", "--name", "Mette Jensen", data=data).returncode == 0
    copy = tmp_path / "kiosk.sqlite3"
    assert _cli("backup", "--out", str(copy), data=data).returncode == 0
    db = paths.database_path(data)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE members SET name = 'Changed since the copy'")
    conn.commit()
    conn.close()

    scripted = _cli("restore", str(copy), data=data)  # nobody to ask: refused, saying what it would do
    assert scripted.returncode == 2
    assert f"replace the database {db}" in scripted.stderr and str(copy) in scripted.stderr
    assert "add --yes" in scripted.stderr
    assert set(_names(db)) == {"Changed since the copy"}

    code, said = _at_a_terminal(["restore", str(copy), "--data-dir", str(data)], "no")
    assert code == 2 and "Replace the database" in said and "nothing was changed" in said
    assert set(_names(db)) == {"Changed since the copy"}

    code, said = _at_a_terminal(["restore", str(copy), "--data-dir", str(data)], "yes")
    assert code == 0, said
    assert "restored" in said and _names(db) == ["Mette Jensen"]


def test_revoking_a_key_asks_once_naming_its_cards(tmp_path):
    from kiosk.core.keys import load_private_key
    from kiosk.domain.codes import key_id_of

    data = tmp_path / "data"
    app.build(data).close()
    first = key_id_of(load_private_key(paths.signing_key_path(data)).public_key())
    assert _cli("keys", "rotate", data=data).returncode == 0
    code, said = _at_a_terminal(["keys", "revoke", first, "--data-dir", str(data)], "")
    assert code == 2 and f"Revoke key {first}" in said and "live cards" in said and "nothing was changed" in said
    assert "REVOKED" not in _cli("keys", "list", data=data).stdout
    code, said = _at_a_terminal(["keys", "revoke", first, "--data-dir", str(data)], "yes")
    assert code == 0 and "is revoked" in said
    assert "REVOKED" in _cli("keys", "list", data=data).stdout


def _revoked_at(db: Path, kiosk: str) -> str | None:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT revoked_at FROM kiosks WHERE name = ?", (kiosk,)).fetchone()[0]
    finally:
        conn.close()


def test_server_restore_asks_once_naming_the_database_it_replaces(tmp_path):
    data = tmp_path / "server"
    assert _server("members", "add", "--name", "Mette Jensen", data=data).returncode == 0
    copy = tmp_path / "server.tar"
    assert _server("backup", "--out", str(copy), data=data).returncode == 0
    assert _server("members", "add", "--name", "Lars, after the backup", data=data).returncode == 0
    db = data / "server.sqlite3"

    scripted = _server("restore", str(copy), data=data)  # nobody to ask: refused, saying what it would do
    assert scripted.returncode == 2, scripted.stderr
    assert f"replace the database {db}" in scripted.stderr and str(copy) in scripted.stderr
    assert "add --yes" in scripted.stderr
    assert len(_names(db)) == 2 and not list(data.glob("*.before-restore-*"))

    code, said = _at_a_terminal(["server", "restore", str(copy), "--data-dir", str(data)], "no")
    assert code == 2 and "Replace the database" in said and "nothing was changed" in said
    assert len(_names(db)) == 2

    code, said = _at_a_terminal(["server", "restore", str(copy), "--data-dir", str(data)], "yes")
    assert code == 0, said
    assert "restored" in said and _names(db) == ["Mette Jensen"]


def test_server_revoking_a_kiosk_asks_once_naming_what_stops(tmp_path):
    data = tmp_path / "server"
    assert _server("kiosks", "add", "front-door", data=data).returncode == 0

    scripted = _server("kiosks", "revoke", "front-door", data=data)
    assert scripted.returncode == 2 and "revoke kiosk front-door" in scripted.stderr
    assert "can no longer sync" in scripted.stderr and "add --yes" in scripted.stderr
    code, said = _at_a_terminal(["server", "kiosks", "revoke", "front-door", "--undo-since", "2026-12-07T08:00",
                                 "--data-dir", str(data)], "")
    assert code == 2 and "Revoke kiosk front-door" in said and "since 2026-12-07T08:00" in said
    assert "nothing was changed" in said
    assert _revoked_at(data / "server.sqlite3", "front-door") is None

    code, said = _at_a_terminal(["server", "kiosks", "revoke", "front-door", "--data-dir", str(data)], "yes")
    assert code == 0 and "revoked the device token of front-door" in said, said
    assert _revoked_at(data / "server.sqlite3", "front-door") is not None
    unknown = _server("kiosks", "revoke", "back-door", data=data)  # nothing to ask about: says what is wrong
    assert unknown.returncode != 0 and "add --yes" not in unknown.stderr
