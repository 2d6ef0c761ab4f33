"""`kiosk backup` and `kiosk restore`: a verified copy to a file, a USB stick or (sealed) the
server; a restore that erases again everyone erased since the copy was taken. The database file
is copied or put back without migrating it (a backup is of what is there)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.core.instance_lock import DataDirInUse, InstanceLock
from kiosk.exitcodes import EXIT_OFFLINE, EXIT_OK

from .common import Commands, data_dir_arg, fail


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="a verified copy of the database: to a file, a USB stick or the server")
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help="write the copy to FILE (on a stick: /media/...)")
    where.add_argument("--usb", action="store_true", help="write the copy to the USB stick plugged in")
    where.add_argument("--to-server", action="store_true",
                       help="send a copy, encrypted with this kiosk's backup key, to the server it is enrolled with")
    where.add_argument("--show-key", action="store_true",
                       help="print the backup key (write it down: without it no server copy can be opened)")
    data_dir_arg(backup)
    backup.set_defaults(func=run_backup_command)
    restore = commands.add_parser("restore", help="replace the database with a backup (checked first; stop the kiosk)")
    restore.add_argument("file", type=Path, nargs="?", help="a copy made by kiosk backup --out or --usb")
    restore.add_argument("--from-server", action="store_true",
                         help="the newest encrypted copy on the server (this kiosk's, or --kiosk's)")
    restore.add_argument("--kiosk", metavar="KIOSK_ID", help="with --from-server: another kiosk's copy (a replacement)")
    restore.add_argument("--key", help="with --from-server: the backup key as written down (default: this kiosk's)")
    data_dir_arg(restore)
    restore.set_defaults(func=run_backup_command)


def _settings_of(db: Path) -> tuple[int, ZoneInfo]:
    """The retention period and time zone in the database, read without opening it for writing
    (a restore may be replacing a damaged one): the defaults when it cannot be read."""
    from kiosk.domain.settings import SpaceSettings

    stored: dict[str, str] = {}
    if db.is_file():
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
                stored = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        except sqlite3.DatabaseError:
            stored = {}
    defaults = SpaceSettings().to_mapping()
    try:
        settings = SpaceSettings.from_mapping({k: stored.get(k, v) for k, v in defaults.items()})
    except ValueError:
        settings = SpaceSettings()
    return settings.retention_days, settings.rules().tz


def run_backup_command(args: argparse.Namespace) -> int:
    """Copy or put back the database file without migrating it: a backup is of what is there."""
    from kiosk import paths
    from kiosk.backup_keeper import BackupKeeper
    from kiosk.store.archive import key_text
    from kiosk.store.backup import copy_database

    data_dir = args.data_dir or paths.default_data_dir()
    db = paths.database_path(data_dir)
    retention, tz = _settings_of(db)
    keeper = BackupKeeper(data_dir, lambda: datetime.now(UTC), lambda: retention, lambda: tz)
    if args.command == "backup":
        if not db.is_file():
            return fail(f"there is no database in {data_dir}")
        if args.show_key:
            print("backup key of this kiosk (write it down; keep it apart from the kiosk):\n"
                  + key_text(keeper.backup_key()))
            return EXIT_OK
        if args.to_server:
            return _to_server(data_dir, keeper)
        out = keeper.to_usb() if args.usb else copy_database(db, args.out, datetime.now(UTC))
        print(f"backed up {db} to {out} (checked: integrity ok)")
        return EXIT_OK
    if args.from_server == (args.file is not None):
        return fail("name a backup FILE, or --from-server")
    try:
        running = InstanceLock(data_dir, "kiosk restore").acquire()
    except DataDirInUse as exc:
        return fail(f"the kiosk is running on {data_dir} ({exc.holder}): stop it first "
                    "(sudo systemctl stop door-kiosk), then restore; nothing was changed")
    try:
        return _restore(args, data_dir, db, keeper)
    finally:
        running.release()


def _restore(args: argparse.Namespace, data_dir: Path, db: Path, keeper: Any) -> int:
    from kiosk import app
    from kiosk.store.archive import parse_key

    if args.from_server:
        blob = _fetch(data_dir, args.kiosk)
        if isinstance(blob, int):
            return blob
        key = parse_key(args.key) if args.key else keeper.backup_key()
        report = keeper.restore_sealed(blob, key, "the server's newest copy")
    else:
        report = keeper.restore(args.file)
    if report.kept_as is not None:
        print(f"the database as it was is kept in {report.kept_as}")
    kiosk = app.build(data_dir)
    try:
        erased = app.after_restore(kiosk)
    finally:
        kiosk.close()
    taken = f" taken {report.taken_at:%Y-%m-%d %H:%M} UTC" if report.taken_at else ""
    print(f"restored {db} from {report.restored_from}{taken} (checked: integrity ok); "
          f"{erased} people erased since then were erased again")
    return EXIT_OK


def _to_server(data_dir: Path, keeper: Any) -> int:
    from kiosk import app
    from kiosk.sync.client import Rejected, ServerUnavailable, TooLarge
    from kiosk.sync.engine import NotEnrolled

    kiosk = app.build(data_dir)  # its sync client lives until kiosk.close()
    try:
        try:
            api = kiosk.sync.api()
        except NotEnrolled as exc:
            return fail(str(exc))
        blob = keeper.sealed()
        try:
            answer = api.upload_backup(blob)
        except ServerUnavailable as exc:
            print(f"kiosk: error: the server could not be reached: {exc}", file=sys.stderr)
            return EXIT_OFFLINE
        except (Rejected, TooLarge) as exc:
            return fail(f"the server refused the backup: {exc}")
    finally:
        kiosk.close()
    print(f"sent an encrypted copy ({len(blob)} bytes) to {api.base_url}; it keeps the last "
          f"{answer.get('kept', '?')} of this kiosk. Only this kiosk's backup key opens it: "
          "kiosk backup --show-key, and write it down")
    return EXIT_OK


def _fetch(data_dir: Path, other: str | None) -> bytes | int:
    from kiosk import app
    from kiosk.sync.client import Rejected, ServerUnavailable
    from kiosk.sync.engine import NotEnrolled

    kiosk = app.build(data_dir)  # its sync client lives until kiosk.close()
    try:
        try:
            api = kiosk.sync.api()
        except NotEnrolled as exc:
            return fail(f"{exc}; enroll it first, then restore --from-server (with --kiosk and --key for "
                         "another kiosk's copy)")
        try:
            return api.newest_backup(other)
        except ServerUnavailable as exc:
            print(f"kiosk: error: the server could not be reached: {exc}", file=sys.stderr)
            return EXIT_OFFLINE
        except Rejected as exc:
            return fail(f"the server has no copy to give: {exc}")
    finally:
        kiosk.close()
