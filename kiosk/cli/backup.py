"""`kiosk backup` and `kiosk restore`: the database file, copied or put back without migrating
it (a backup is of what is there)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.exitcodes import EXIT_OK

from .common import Commands, data_dir_arg, fail


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="write a verified copy of the database to a file")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    data_dir_arg(backup)
    backup.set_defaults(func=_backup)
    restore = commands.add_parser("restore", help="replace the database with a backup (checked first; stop the kiosk)")
    restore.add_argument("file", type=Path)
    data_dir_arg(restore)
    restore.set_defaults(func=_restore)


def _backup(args: argparse.Namespace) -> int:
    from kiosk import paths
    from kiosk.store.backup import copy_database

    data_dir = args.data_dir or paths.default_data_dir()
    db = paths.database_path(data_dir)
    if not db.is_file():
        return fail(f"there is no database in {data_dir}")
    out = copy_database(db, args.out)
    print(f"backed up {db} to {out} (checked: integrity ok)")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from kiosk import paths
    from kiosk.store.backup import check_copy, copy_database, restore_database, schema_state

    data_dir = args.data_dir or paths.default_data_dir()
    db = paths.database_path(data_dir)
    revision = check_copy(args.file)
    state = schema_state(db)
    if revision is not None and revision not in state.known:
        return fail(f"{args.file} was written by a newer version of the kiosk (schema {revision}); "
                    f"this program knows up to {state.head}; nothing was changed")
    if db.is_file():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        safety = copy_database(db, paths.backups_dir(data_dir) / f"before-restore-{stamp}.sqlite3")
        print(f"the database as it was is kept in {safety}")
    db.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    restore_database(args.file, db)
    print(f"restored {db} from {args.file} (checked: integrity ok); it is migrated at the next start")
    return EXIT_OK
