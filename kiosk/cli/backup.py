"""`kiosk backup` and `kiosk restore`: a verified copy to a file, a USB stick or (sealed) the
server; a restore that erases again everyone erased since the copy was taken. The database file
is copied or put back without migrating it (a backup is of what is there)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.core.cliargs import add_yes_argument, asked_once
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
    restore.add_argument("--stolen", action="store_true",
                         help="the kiosk was stolen: new card keys (its cards must be reissued) and a new lock secret")
    add_yes_argument(restore, "replace the database")
    data_dir_arg(restore)
    restore.set_defaults(func=run_backup_command)


def _settings_of(db: Path) -> tuple[int, ZoneInfo]:
    """The retention period and time zone in the database, read without opening it for writing
    (a restore may be replacing a damaged one): the defaults when it cannot be read."""
    from kiosk.domain.settings import SpaceSettings
    from kiosk.store.inspection import stored_settings

    stored = stored_settings(db)
    defaults = SpaceSettings().to_mapping()
    try:
        settings = SpaceSettings.from_stored({k: stored.get(k, v) for k, v in defaults.items()})
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
    if args.file is not None and not args.file.is_file():
        return fail(f"there is no backup {args.file}; nothing was changed")
    try:
        running = InstanceLock(data_dir, "kiosk restore").acquire()
    except DataDirInUse as exc:
        return fail(f"the kiosk is running on {data_dir} ({exc.holder}): stop it first "
                    "(sudo systemctl stop door-kiosk), then restore; nothing was changed")
    try:
        refused = asked_once(_what_restore_does(db, args), args.yes, "restore")
        if refused is not None:
            return refused
        return _restore(args, data_dir, db, keeper)
    finally:
        running.release()


def _what_restore_does(db: Path, args: argparse.Namespace) -> str:
    """The one question before a restore: what is replaced, by what, and what is kept."""
    from kiosk.store import archive

    if db.is_file():
        changed = datetime.fromtimestamp(db.stat().st_mtime, UTC)
        now = f"replace the database {db} (last changed {changed:%Y-%m-%d %H:%M} UTC; kept in backups/ beside it)"
    else:
        now = f"put a database at {db}"
    if args.from_server:
        source = (f"kiosk {args.kiosk}'s newest copy on the server" if args.kiosk
                  else "this kiosk's newest copy on the server")
        return (f"{now} with {source}: check-ins, members and settings since that copy are gone, "
                "and whoever was erased since is erased again")
    try:
        taken = f" taken {archive.age_of(args.file):%Y-%m-%d %H:%M} UTC"
    except Exception:  # an unreadable copy is refused by the restore itself, after the question
        taken = ""
    return (f"{now} with the copy {args.file}{taken}: check-ins, members and settings since that copy are gone, "
            "and whoever was erased since is erased again")


def _restore(args: argparse.Namespace, data_dir: Path, db: Path, keeper: Any) -> int:
    from kiosk import app
    from kiosk.store.archive import parse_key

    if args.from_server:
        key = parse_key(args.key) if args.key else keeper.backup_key()
        restored = _from_server(data_dir, args.kiosk, keeper, key)
        if isinstance(restored, int):
            return restored
        report = restored
    else:
        report = keeper.restore(args.file)
    if report.kept_as is not None:
        print(f"the database as it was is kept in {report.kept_as}")
    kiosk = app.build(data_dir)
    try:
        erased = app.after_restore(kiosk)
        theft = app.after_theft(kiosk) if args.stolen else None
    finally:
        kiosk.close()
    taken = f" taken {report.taken_at:%Y-%m-%d %H:%M} UTC" if report.taken_at else ""
    print(f"restored {db} from {report.restored_from}{taken} (checked: integrity ok); "
          f"{erased} people erased since then were erased again")
    if theft is not None:
        _say_after_theft(*theft)
    return EXIT_OK


def _say_after_theft(new_key: str, revoked: list[str], stopped: int, lock: str, fobs: int) -> None:
    print(f"after the theft: new cards are signed with key {new_key}; "
          f"{', '.join(revoked) or 'no earlier key'} revoked: {stopped} cards stop working and must be "
          "reissued (kiosk card MEMBER_ID, or print them from the host view)")
    print("a new short-code key: the codes members typed stop working; each new card has a new code to type. "
          f"{fobs} fobs must be enrolled again (host view, Members; new fobs are safer: "
          "the stolen copy gives away the old fobs' numbers)")
    print({"rotated": "the lock's password was changed on the Shelly: the stolen box cannot open it",
           "by_hand": "change the Nuki Bridge's token in the Nuki app now, then: kiosk lock set nuki ... --token NEW",
           "nothing": "no lock secret to change (no lock, or a GPIO relay the stolen box is not wired to)"}.get(
        lock, f"the lock's password could NOT be changed ({lock}): change it in the lock's own page now, "
              "then: kiosk lock set ..."))
    print("if this kiosk was enrolled: revoke the stolen one on the server (Kiosks page) so its token stops working")


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


def _from_server(data_dir: Path, other: str | None, keeper: Any, key: bytes) -> Any:
    """Restore the newest of the server's copies that opens: a junk copy a stolen token uploaded
    (or a damaged one) is skipped with a line that says so, and the one before it is tried."""
    from kiosk import app
    from kiosk.protocol import wire
    from kiosk.store.backup import BackupFailed
    from kiosk.sync.client import Rejected, ServerApi, ServerUnavailable

    kiosk = app.build(data_dir)  # only to read where the server is; closed before anything is restored
    try:
        state = kiosk.sync.local.state()
    finally:
        kiosk.close()
    if "url" not in state or "token" not in state:
        return fail("this kiosk is not enrolled with a server; enroll it first, then restore --from-server "
                    "(with --kiosk and --key for another kiosk's copy)")
    with ServerApi(state["url"], state["token"], protocol=wire.PROTOCOL) as api:
        try:
            try:
                names: list[str | None] = list(api.backup_copies(other))
            except Rejected as exc:
                if exc.status != 404:
                    raise
                names = [None]  # a server from before the list: its newest copy only
            if not names:
                return fail("the server has no copy to give")
            for name in names:
                blob = api.backup_copy(name, other) if name else api.newest_backup(other)
                label = f"the server's copy {name}" if name else "the server's newest copy"
                try:
                    return keeper.restore_sealed(blob, key, label)
                except BackupFailed as exc:
                    print(f"kiosk: {label} was not restored: {exc}", file=sys.stderr)
        except ServerUnavailable as exc:
            print(f"kiosk: error: the server could not be reached: {exc}", file=sys.stderr)
            return EXIT_OFFLINE
        except Rejected as exc:
            return fail(f"the server has no copy to give: {exc}")
    return fail(f"none of the server's {len(names)} copies could be restored (see above); nothing was changed")
