"""Issue 19, minor: a server run from source made its data dir 0755 and its database 0644, so any
user of the machine could read the member list and the hosts' password hashes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

from kiosk.server.runner import build_store
from tests.sync.test_tls_proxy import ROOT


def modes(data_dir) -> dict[str, int]:
    found = {".": stat.S_IMODE(data_dir.stat().st_mode)}
    for path in data_dir.rglob("*"):
        found[str(path.relative_to(data_dir))] = stat.S_IMODE(path.stat().st_mode)
    return found


def test_build_store_keeps_the_data_dir_private_even_under_a_loose_umask(tmp_path):
    old = os.umask(0o022)
    try:
        data = tmp_path / "server"
        store = build_store(data)
        store.add_members([{"name": "Mette Jensen"}])  # the database and its journal are written
        found = modes(data)
    finally:
        os.umask(old)
        store.engine.dispose()
    assert "server.sqlite3" in found
    for name, mode in found.items():
        is_dir = (data / name).is_dir()
        assert mode == (0o700 if is_dir else 0o600), (name, oct(mode))


def test_an_older_data_dir_is_tightened_and_any_command_does_it(tmp_path):
    data = tmp_path / "server"
    build_store(data).engine.dispose()
    os.chmod(data, 0o755)
    os.chmod(data / "server.sqlite3", 0o644)
    proc = subprocess.run([sys.executable, "-m", "kiosk", "server", "hosts", "add", "anna", "--data-dir", str(data)],
                          input="correct horse battery\n", capture_output=True, text=True, cwd=ROOT, timeout=120,
                          preexec_fn=lambda: os.umask(0o022))
    assert proc.returncode == 0, proc.stderr
    found = modes(data)
    assert found["."] == 0o700 and found["server.sqlite3"] == 0o600, found
