"""Issue 24: `kiosk server members add --language de` stores the member's language on the server
(the door answers their card in it after its next sync); without it, the door's own."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from kiosk.server.runner import build_store
from tests.conftest import kiosk_command

ROOT = Path(__file__).resolve().parents[2]


def _server(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    return kiosk_command("server", *args, "--data-dir", str(data), env={"KIOSK_SERVER_DB": None})


def test_server_members_add_takes_the_members_language(tmp_path):
    data = tmp_path / "server"
    german = _server("members", "add", "--name", "Katharina Müller", "--language", "de", "--json", data=data)
    assert german.returncode == 0, german.stderr
    plain = _server("members", "add", "--name", "Mette Jensen", "--json", data=data)
    assert plain.returncode == 0, plain.stderr
    wrong = _server("members", "add", "--name", "Jean", "--language", "fr", data=data)
    assert wrong.returncode == 2 and "--language" in wrong.stderr
    store = build_store(data)
    try:
        by_name = {m.name: m.language for m in store.members()}
    finally:
        store.engine.dispose()
    assert by_name == {"Katharina Müller": "de", "Mette Jensen": None}
    assert json.loads(german.stdout.splitlines()[-1]) is not None
