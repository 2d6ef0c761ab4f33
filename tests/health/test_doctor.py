"""`kiosk doctor` against real database files, a real server on loopback and the real decoders;
only the machine's own readings (free disk, the kernel's clock state, cameras) stand in."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk import health, paths
from kiosk.scan.doctor import CameraReport
from tests.conftest import need
from tests.sync.conftest import start_server

ROOT = Path(__file__).resolve().parents[2]
GB = 1024**3


def machine(**over):  # a healthy machine with one good camera, unless told otherwise
    cam = CameraReport("/dev/v4l/by-id/usb-Cam-video-index0", "/dev/video0", True,
                       modes=[{"width": 1280, "height": 720, "fps": 30.0, "measured_fps": 29.5}])
    values = {"disk_free": lambda _p: 20 * GB, "clock_synchronised": lambda: (True, "test"),
              "cameras": lambda: [cam], "now": lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC)}
    return health.Machine(**{**values, **over})


def by_name(checks):
    return {c.name: c for c in checks}


def test_a_healthy_standalone_kiosk_is_all_ok(kiosk):
    checks = by_name(health.run_checks(kiosk.data_dir, machine()))
    assert {n: c.status for n, c in checks.items()} == {
        "version": "ok", "camera": "ok", "decoders": "ok", "database": "ok", "disk": "ok", "clock": "ok",
        "backups": "ok", "server": "ok", "sync": "ok"}, [c.says for c in checks.values()]
    assert checks["camera"].data["fps"] == 29.5 and "30 frames" in checks["camera"].says
    assert checks["database"].data["integrity"] == ["ok"] and checks["database"].data["bytes"] > 0
    assert checks["server"].says.startswith("standalone")
    assert health.healthy(list(checks.values()))


def test_low_disk_warns_below_500_mb(kiosk):
    seen = []
    checks = by_name(health.run_checks(kiosk.data_dir, machine(disk_free=lambda p: seen.append(p) or 499 * 1024**2)))
    assert checks["disk"].status == "warning" and "499 MB free" in checks["disk"].says
    assert seen == [kiosk.data_dir]
    assert not health.healthy(list(checks.values()))
    fine = by_name(health.run_checks(kiosk.data_dir, machine(disk_free=lambda _p: 501 * 1024**2)))
    assert fine["disk"].status == "ok"


def test_a_full_disk_on_a_real_tiny_filesystem(tmp_path):
    """The real statvfs of a 4 MB tmpfs, in a private mount namespace (needs root)."""
    need(os.geteuid() == 0 and shutil.which("unshare") is not None, "needs root and unshare for a tmpfs")
    mount = tmp_path / "tiny"
    mount.mkdir()
    script = (f"mount -t tmpfs -o size=4m tmpfs {mount} && exec {sys.executable} -m kiosk doctor --json "
              f"--no-camera --data-dir {mount}/data")
    done = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 5, done.stderr
    disk = by_name(health.Check(**c) for c in json.loads(done.stdout)["checks"])["disk"]
    assert disk.status == "warning" and disk.data["path"] == str(mount) and disk.data["free_bytes"] <= 4 * 1024**2


def test_a_damaged_database_is_a_problem_in_plain_words(kiosk, tmp_path):
    db = paths.database_path(kiosk.data_dir)
    with sqlite3.connect(db) as conn:  # enough rows for several pages, then checkpoint into the file
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
        conn.execute("CREATE INDEX filler_x ON filler (x)")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kiosk.close()
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page * 3: page * 3 + 200] = os.urandom(200)  # inside the tables, not the header
    db.write_bytes(bytes(raw))
    checks = by_name(health.run_checks(kiosk.data_dir, machine()))
    assert checks["database"].status == "problem", checks["database"]
    assert "damaged" in checks["database"].says or "cannot be read" in checks["database"].says
    assert checks["server"].status == "unknown"

    db.write_bytes(b"this is not a database at all" * 100)
    broken = by_name(health.run_checks(kiosk.data_dir, machine()))["database"]
    assert broken.status == "problem" and "cannot be read" in broken.says


def test_a_database_from_a_newer_program_is_named_as_such(kiosk):
    db = paths.database_path(kiosk.data_dir)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    checks = by_name(health.run_checks(kiosk.data_dir, machine()))
    assert checks["database"].status == "problem" and "newer door-kiosk" in checks["database"].says


def test_no_database_yet_is_a_warning_and_nothing_is_created(tmp_path):
    data = tmp_path / "fresh"
    checks = by_name(health.run_checks(data, machine()))
    assert checks["database"].status == "warning" and "first start" in checks["database"].says
    assert not data.exists()


def test_camera_missing_slow_or_unplugged(kiosk):
    assert by_name(health.run_checks(kiosk.data_dir, machine(cameras=list)))["camera"].status == "problem"
    slow = CameraReport("/dev/video0", "/dev/video0", True,
                        modes=[{"width": 640, "height": 480, "fps": 30.0, "measured_fps": 4.0}])
    said = by_name(health.run_checks(kiosk.data_dir, machine(cameras=lambda: [slow])))["camera"]
    assert said.status == "warning" and "only 4 frames" in said.says
    with sqlite3.connect(paths.database_path(kiosk.data_dir)) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('camera', '/dev/v4l/by-id/usb-Other-video-index0')")
    gone = by_name(health.run_checks(kiosk.data_dir, machine()))["camera"]
    assert gone.status == "problem" and "usb-Other" in gone.says and "not connected" in gone.says


def test_clock_behind_the_last_event_and_an_unknown_sync_state(kiosk):
    kiosk.members.add(__import__("kiosk.services.members", fromlist=["NewMember"]).NewMember(name="Mette"))
    kiosk.checkin.check_in_code("nonsense", source="cli")  # any recorded event will do
    with sqlite3.connect(paths.database_path(kiosk.data_dir)) as conn:
        last = conn.execute("SELECT max(recorded_at) FROM events").fetchone()[0]
    assert last is not None
    at = datetime.fromisoformat(last).replace(tzinfo=UTC)
    behind = by_name(health.run_checks(kiosk.data_dir, machine(now=lambda: at - timedelta(days=300))))["clock"]
    assert behind.status == "problem" and "behind the last recorded event" in behind.says
    unknown = by_name(health.run_checks(kiosk.data_dir, machine(clock_synchronised=lambda: (None, "none"))))
    assert unknown["clock"].status == "unknown" and "unknown" in unknown["clock"].says
    assert health.healthy(list(unknown.values()))  # unknown is said plainly, not failed
    unsynced = by_name(health.run_checks(kiosk.data_dir, machine(clock_synchronised=lambda: (False, "adjtimex"))))
    assert unsynced["clock"].status == "warning"


def test_the_real_clock_reading_is_a_yes_no_or_unknown():
    synced, source = health.clock_synchronised()
    assert (synced, source) == (None, "none") or (isinstance(synced, bool) and source in ("timedatectl", "adjtimex"))


def test_server_reachable_token_refused_and_server_gone(tmp_path, kiosk):
    server = start_server(tmp_path / "server", None)
    try:
        server.enroll(kiosk, "door-7")
        checks = by_name(health.run_checks(kiosk.data_dir, machine(now=lambda: datetime.now(UTC))))
        assert checks["server"].status == "ok" and "accepts this kiosk's token" in checks["server"].says
        # The kiosk's FakeClock stamped last_ok: 2026-03-02 09:00 local = 08:00 UTC.
        assert checks["sync"].data["last_ok"].startswith("2026-03-02T08:00")
        fresh = by_name(health.run_checks(kiosk.data_dir, machine(now=lambda: datetime(2026, 3, 2, 8, 30, tzinfo=UTC))))
        assert fresh["sync"].status == "ok" and "30 min ago" in fresh["sync"].says
        stale = by_name(health.run_checks(kiosk.data_dir, machine(now=lambda: datetime(2026, 3, 4, 8, 0, tzinfo=UTC))))
        assert stale["sync"].status == "warning" and "2 days ago" in stale["sync"].says

        server.store.revoke_kiosk("door-7")
        revoked = by_name(health.run_checks(kiosk.data_dir, machine()))["server"]
        assert revoked.status == "problem" and "refuses this kiosk's token" in revoked.says
    finally:
        server.stop()
        server.store.engine.dispose()
    gone = by_name(health.run_checks(kiosk.data_dir, machine()))["server"]
    assert gone.status == "warning" and "cannot reach" in gone.says


def test_cli_doctor_json_and_words_and_exit_status(tmp_path, kiosk):
    kiosk.close()
    env = {**os.environ, "KIOSK_DATA_DIR": str(kiosk.data_dir)}
    run = [sys.executable, "-m", "kiosk", "doctor", "--no-camera"]
    as_json = subprocess.run([*run, "--json"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    report = json.loads(as_json.stdout)
    names = [c["name"] for c in report["checks"]]
    assert names == ["version", "decoders", "database", "disk", "clock", "backups", "server", "sync"]
    assert report["ok"] == all(c["status"] in ("ok", "unknown") for c in report["checks"])
    assert as_json.returncode == (0 if report["ok"] else 5)
    words = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert words.returncode == as_json.returncode
    assert "database  ok" in words.stdout and "is intact" in words.stdout


def test_the_nightly_backup_is_checked(kiosk, clock):
    from datetime import timedelta

    kiosk.backups.nightly()
    fresh = by_name(health.run_checks(kiosk.data_dir, machine(now=clock.now), camera=False))["backups"]
    assert fresh.status == "ok" and "0 min ago" in fresh.says
    stale = by_name(health.run_checks(kiosk.data_dir, machine(now=lambda: clock.now() + timedelta(days=3)),
                                      camera=False))["backups"]
    assert stale.status == "warning" and "3 days ago" in stale.says
