"""`kiosk doctor`: what an owner cannot see from the door, checked and said in plain words.

Each check gives ok, warning, problem or unknown (a reading this machine cannot give, said
plainly, never guessed). The readings from the machine itself (free disk, the kernel's clock
state, the cameras) come through `Machine`, so a test can stand in for a full disk or a
missing camera; the database, the decoders and the server are the real ones.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import importlib.metadata
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk import paths

LOW_DISK_BYTES = 500 * 1024 * 1024
SLOW_CAMERA_FPS = 10.0
SYNC_STALE = timedelta(hours=1)
OK, WARNING, PROBLEM, UNKNOWN = "ok", "warning", "problem", "unknown"


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warning | problem | unknown
    says: str  # one plain sentence for the owner, in English (the command line's)
    data: dict[str, Any] = field(default_factory=dict)
    # What a screen or page words instead of `says` (wire.WARNING_CODES), with its arguments.
    code: str = ""
    params: dict[str, str | int] = field(default_factory=dict)


@dataclass
class Machine:
    """The readings taken from the machine itself."""

    disk_free: Callable[[Path], int] = lambda path: shutil.disk_usage(path).free
    clock_synchronised: Callable[[], tuple[bool | None, str]] = lambda: clock_synchronised()
    cameras: Callable[[], list[Any]] = lambda: _probe_cameras()
    now: Callable[[], datetime] = lambda: datetime.now(UTC)


def _probe_cameras() -> list[Any]:
    from kiosk.scan.doctor import list_camera_paths, probe_camera

    return [probe_camera(path, device) for path, device in list_camera_paths()]


# --- the kernel's clock -----------------------------------------------------------------------
TIME_ERROR = 5  # adjtimex(2): the clock is not synchronised (STA_UNSYNC)


def clock_synchronised() -> tuple[bool | None, str]:
    """(synchronised?, how it was read). None when this machine cannot say."""
    timedatectl = shutil.which("timedatectl")
    if timedatectl and os.path.isdir("/run/systemd/system"):
        try:
            done = subprocess.run([timedatectl, "show", "-p", "NTPSynchronized", "--value"],
                                  capture_output=True, text=True, timeout=5, check=False)
            if done.returncode == 0 and done.stdout.strip() in ("yes", "no"):
                return done.stdout.strip() == "yes", "timedatectl"
        except (OSError, subprocess.TimeoutExpired):
            pass
    return kernel_clock_synchronised()


def kernel_clock_synchronised() -> tuple[bool | None, str]:
    """The kernel's own word (adjtimex, what timedatectl reports too), in microseconds: for the
    health a kiosk sends with every sync (kiosk/health_report.py)."""
    if sys.platform == "linux":
        libc_name = _libc_name()
        if libc_name:
            try:
                libc = ctypes.CDLL(libc_name, use_errno=True)
                timex = ctypes.create_string_buffer(512)  # struct timex, modes = 0: read only
                state = libc.adjtimex(timex)
                if state >= 0:
                    return state != TIME_ERROR, "adjtimex"
            except (OSError, AttributeError):
                pass
    return None, "none"


@functools.cache
def _libc_name() -> str | None:
    return ctypes.util.find_library("c")  # runs ldconfig: once per process


# --- the checks -------------------------------------------------------------------------------
def check_version() -> Check:
    versions = {"door-kiosk": _version("door-kiosk"), "python": sys.version.split()[0],
                "PySide6": _version("PySide6-Essentials"), "prefix": sys.prefix}
    return Check("version", OK, f"door-kiosk {versions['door-kiosk']} (Python {versions['python']}, "
                                f"PySide6 {versions['PySide6']})", versions)


def door_kiosk_version() -> str:
    return _version("door-kiosk")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def check_camera(cameras: list[Any], configured: str) -> Check:
    data: dict[str, Any] = {"configured": configured, "cameras": [asdict(c) for c in cameras]}
    usable = [c for c in cameras if c.opens]
    if configured.startswith("/dev/"):
        chosen = [c for c in cameras if configured in (c.path, c.device)]
        if not chosen:
            return Check("camera", PROBLEM, f"the camera in the settings ({configured}) is not connected", data)
        if not chosen[0].opens:
            return Check("camera", PROBLEM, f"the camera {configured} {chosen[0].error}", data)
        usable = chosen
    elif configured:
        return Check("camera", OK, f"the settings name {configured} as the camera (not a /dev device)", data)
    if not usable:
        said = "no camera found" if not cameras else "no camera can be opened"
        return Check("camera", PROBLEM, f"{said}: the kiosk would show the demo feed instead", data)
    best = max((m["measured_fps"] for c in usable for m in c.modes), default=0.0)
    data["fps"] = best
    if best < SLOW_CAMERA_FPS:
        return Check("camera", WARNING, f"{usable[0].path} gives only {best:.0f} frames a second: "
                                        "scans will feel slow (more light, or another camera)", data)
    return Check("camera", OK, f"{usable[0].path} gives {best:.0f} frames a second", data)


def check_decoders() -> Check:
    from kiosk.scan.doctor import check_decoders as probe

    reports = probe()
    data = {"decoders": [asdict(d) for d in reports]}
    working = [d.name for d in reports if d.works]
    broken = [f"{d.name} ({d.detail})" for d in reports if not d.works]
    if not working:
        return Check("decoders", PROBLEM, "no QR decoder works: " + "; ".join(broken), data)
    if broken:
        return Check("decoders", WARNING, f"{', '.join(working)} works; not working: " + "; ".join(broken), data)
    return Check("decoders", OK, f"{', '.join(working)} read a test code", data)


def check_database(db: Path) -> Check:
    if not db.exists():
        return Check("database", WARNING, f"no database yet at {db} (the kiosk makes it on its first start)",
                     {"path": str(db)})
    size = sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())
    data: dict[str, Any] = {"path": str(db), "bytes": size}
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return Check("database", PROBLEM, f"{db} cannot be read: {exc}", data)
    data["integrity"], data["revision"] = result[:10], revision[0] if revision else None
    if result != ["ok"]:
        return Check("database", PROBLEM, f"{db} is damaged ({result[0]}): restore a backup", data)
    from kiosk.core.db import known_revisions
    from kiosk.store import MIGRATIONS

    heads, revisions = known_revisions(MIGRATIONS)
    if data["revision"] not in revisions:
        return Check("database", PROBLEM, f"{db} was made by a newer door-kiosk (schema "
                                          f"{data['revision']}): install that version again", data)
    later = "" if data["revision"] in heads else "; it is brought up to date at the next start"
    return Check("database", OK, f"{db} is intact, {_mb(size)}{later}", data)


def check_disk(data_dir: Path, free_of: Callable[[Path], int]) -> Check:
    place = data_dir
    while not place.exists() and place != place.parent:
        place = place.parent
    free = free_of(place)
    data = {"path": str(place), "free_bytes": free, "warn_below_bytes": LOW_DISK_BYTES}
    if free < LOW_DISK_BYTES:
        return Check("disk", WARNING, f"only {_mb(free)} free where the data is ({place}): "
                                      "check-ins stop when it is full; delete old files or use a bigger card", data,
                     "disk_low", {"free": _mb(free), "place": str(place)})
    return Check("disk", OK, f"{_mb(free)} free", data)


def check_clock(reading: tuple[bool | None, str], now: datetime, last_event: datetime | None) -> Check:
    synced, source = reading
    data: dict[str, Any] = {"synchronised": synced, "source": source, "now": now.isoformat(),
                            "last_event": last_event.isoformat() if last_event else None}
    if last_event is not None and now < last_event - timedelta(minutes=1):
        return Check("clock", PROBLEM, f"the clock ({now:%Y-%m-%d %H:%M} UTC) is behind the last recorded "
                                       f"event ({last_event:%Y-%m-%d %H:%M} UTC): it was probably reset at "
                                       "boot; connect the network so it can set itself", data,
                     "clock_behind", {"now": f"{now:%Y-%m-%d %H:%M}", "last": f"{last_event:%Y-%m-%d %H:%M}"})
    if synced is None:
        return Check("clock", UNKNOWN, "unknown whether the clock is synchronised (this machine cannot say)", data)
    if not synced:
        return Check("clock", WARNING, f"the clock is not synchronised (read with {source}): times of "
                                       "check-ins may be wrong until it is", data, "clock_unsynced", {"source": source})
    return Check("clock", OK, f"the clock is synchronised ({source})", data)


def check_server(state: dict[str, str], timeout: float = 5.0) -> Check:
    if "url" not in state or "token" not in state:
        return Check("server", OK, "standalone: not joined to a server", {"enrolled": False})
    from kiosk.sync.client import Rejected, ServerApi, ServerUnavailable

    data: dict[str, Any] = {"enrolled": True, "url": state["url"], "kiosk_name": state.get("kiosk_name")}
    try:
        with ServerApi(state["url"], state["token"], timeout=timeout) as api:
            api.pull(None, 1)
    except Rejected as exc:
        data["status"] = exc.status
        if exc.status == 401:
            return Check("server", PROBLEM, f"{state['url']} refuses this kiosk's token (revoked?): "
                                            "enroll it again with a new code", data)
        return Check("server", PROBLEM, f"{state['url']} refused the check: {exc}", data)
    except ServerUnavailable as exc:
        return Check("server", WARNING, f"{exc}; the door keeps working and syncs when it is back", data)
    return Check("server", OK, f"{state['url']} is reachable and accepts this kiosk's token", data)


def check_sync(state: dict[str, str], pending: int, now: datetime) -> Check:
    data: dict[str, Any] = {"last_ok": state.get("last_ok"), "pending": pending,
                            "last_error": state.get("last_error")}
    if "token" not in state:
        return Check("sync", OK, "standalone: nothing to sync", data)
    if not state.get("last_ok"):
        return Check("sync", WARNING, f"never synced yet; {pending} events waiting", data)
    last = datetime.fromisoformat(state["last_ok"])
    ago = now - last
    said = f"last successful sync {_ago(ago)} ago ({last:%Y-%m-%d %H:%M} UTC), {pending} events waiting"
    if ago > SYNC_STALE:
        return Check("sync", WARNING, said + (f"; last error: {state['last_error']}" if state.get("last_error")
                                              else ""), data)
    return Check("sync", OK, said, data)


BACKUP_STALE = timedelta(days=2)


def check_backups(data_dir: Path, now: datetime) -> Check:
    """The running kiosk's nightly copy: none yet is fine (a new install, or the kiosk not yet
    run), one older than two days means the kiosk has not been running, or cannot write it."""
    from kiosk.store.archive import newest_nightly

    newest = newest_nightly(paths.backups_dir(data_dir))
    data: dict[str, Any] = {"newest_nightly": newest.isoformat() if newest else None}
    if newest is None:
        return Check("backups", OK, "no nightly backup yet: the running kiosk takes one each night", data)
    said = f"the last nightly backup was taken {_ago(now - newest)} ago ({newest:%Y-%m-%d %H:%M} UTC)"
    if now - newest > BACKUP_STALE:
        return Check("backups", WARNING, said + ": is the kiosk running? is the disk full?", data)
    return Check("backups", OK, said, data)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} kB"


def _ago(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} min"
    return f"{minutes // 60} h" if minutes < 48 * 60 else f"{minutes // 1440} days"


# --- all of them ------------------------------------------------------------------------------
def _door_state(db: Path) -> tuple[str, dict[str, str], int, datetime | None]:
    """The configured camera, the sync state, events waiting, the last event's time: read-only."""
    from kiosk.store.sync_store import PREFIX

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        rows = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        pending = conn.execute("SELECT count(*) FROM events WHERE synced_at IS NULL "
                               "AND rejected_reason IS NULL").fetchone()[0]
        last = conn.execute("SELECT max(recorded_at) FROM events").fetchone()[0]
    state = {k.removeprefix(PREFIX): v for k, v in rows.items() if k.startswith(PREFIX)}
    last_event = datetime.fromisoformat(last).replace(tzinfo=UTC) if last else None
    return rows.get("camera", ""), state, pending, last_event


def run_checks(data_dir: Path, machine: Machine | None = None, camera: bool = True) -> list[Check]:
    machine = machine or Machine()
    db = paths.database_path(data_dir)
    now = machine.now()
    checks = [check_version()]
    database = check_database(db)
    readable = database.status == OK
    configured, state, pending, last_event = _door_state(db) if readable else ("", {}, 0, None)
    if camera:
        checks.append(check_camera(machine.cameras(), configured))
    checks += [check_decoders(), database, check_disk(data_dir, machine.disk_free),
               check_clock(machine.clock_synchronised(), now, last_event), check_backups(data_dir, now)]
    if readable:
        checks += [check_server(state), check_sync(state, pending, now)]
    else:
        why = "unknown until the database is there" if not db.exists() else "unknown: the database cannot be read"
        checks += [Check("server", UNKNOWN, why), Check("sync", UNKNOWN, why)]
    return checks


def healthy(checks: list[Check]) -> bool:
    return all(c.status in (OK, UNKNOWN) for c in checks)


# --- what the host view warns about -----------------------------------------------------------
LOW_DISK, CLOCK_BEHIND, CLOCK_UNSYNCED = "low_disk", "clock_behind", "clock_unsynchronised"


def door_warnings(data_dir: Path, machine: Machine | None = None) -> list[tuple[str, dict[str, Any]]]:
    """The warnings a host sees on the host view's first page: (what, its numbers), from the
    same checks as `kiosk doctor`. A clock this machine cannot read is no warning (a container)."""
    machine = machine or Machine()
    warnings: list[tuple[str, dict[str, Any]]] = []
    disk = check_disk(data_dir, machine.disk_free)
    if disk.status != OK:
        warnings.append((LOW_DISK, disk.data))
    db = paths.database_path(data_dir)
    last_event = None
    if db.exists():
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
                last = conn.execute("SELECT max(recorded_at) FROM events").fetchone()[0]
            last_event = datetime.fromisoformat(last).replace(tzinfo=UTC) if last else None
        except sqlite3.DatabaseError:
            last_event = None
    clock = check_clock(machine.clock_synchronised(), machine.now(), last_event)
    if clock.status == PROBLEM:
        warnings.append((CLOCK_BEHIND, clock.data))
    elif clock.status == WARNING:
        warnings.append((CLOCK_UNSYNCED, clock.data))
    return warnings
