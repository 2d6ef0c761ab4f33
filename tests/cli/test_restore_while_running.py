"""`kiosk restore` refuses while the door runs on the same data dir (the door holds
running.lock for its life), and the door does not start while a restore is under way. The kernel
drops the lock with its holder, so a killed door never blocks a later restore."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk import app, paths

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, check=False, env=env)


def _holder(data: Path, purpose: str) -> subprocess.Popen[str]:
    """Another process holding the data dir as the named program does (waits for stdin to close)."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from kiosk.core.instance_lock import InstanceLock
        InstanceLock(Path({str(data)!r}), {purpose!r}).acquire()
        print("holding", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_restore_while_the_door_runs_is_refused_and_changes_nothing(tmp_path):
    data = tmp_path / "data"
    app.build(data).close()
    copy = tmp_path / "copy.sqlite3"
    assert _cli("backup", "--out", str(copy), "--data-dir", str(data)).returncode == 0
    db = paths.database_path(data)
    before = _digest(db)
    door = _holder(data, "the door (kiosk run)")
    try:
        refused = _cli("restore", "--yes", str(copy), "--data-dir", str(data))
        assert refused.returncode == 2
        assert "the kiosk is running" in refused.stderr and f"pid {door.pid}" in refused.stderr
        assert "nothing was changed" in refused.stderr
        assert _digest(db) == before
        assert not list(paths.backups_dir(data).glob("before-restore-*"))
    finally:
        door.kill()
        door.wait()
    # Killed, not stopped cleanly: the lock went with it.
    done = _cli("restore", "--yes", str(copy), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr


def test_the_door_does_not_start_while_a_restore_holds_the_data_dir(tmp_path):
    data = tmp_path / "data"
    app.build(data).close()
    restore = _holder(data, "kiosk restore")
    try:
        refused = _cli("run", "--data-dir", str(data), "--camera", str(tmp_path / "none.png"))
        assert refused.returncode == 2
        assert "in use by kiosk restore" in refused.stderr
    finally:
        restore.kill()
        restore.wait()
