"""`kiosk server backup|restore`: the SQLite database and the signing keys as one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.core.cliargs import add_yes_argument, asked_once

from .common import Commands, common, default_data_dir, fail


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup",
                                 help="a verified copy of the SQLite database and the signing keys, as one file")
    backup.add_argument("--out", type=Path, required=True, help="FILE.tar")
    common(backup)
    backup.set_defaults(func=_backup)
    restore = commands.add_parser("restore", help="put a backup in place (stop the server first)")
    restore.add_argument("file", type=Path)
    add_yes_argument(restore, "replace the database")
    common(restore)
    restore.set_defaults(func=_restore)


def _backup(args: argparse.Namespace) -> int:
    from ..backup import BackupFailed, backup, sqlite_file

    data_dir = args.data_dir or default_data_dir()
    try:
        info = backup(sqlite_file(args.db, data_dir), data_dir, args.out)
    except BackupFailed as exc:
        return fail(str(exc))
    print(f"wrote {info.path}: the database ({info.db_bytes} bytes, schema {info.revision}, integrity ok)"
          + (f" and the card signing key{'s' if info.keys > 1 else ''} ({info.keys})" if info.keys else ""))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from kiosk.core.db import known_revisions

    from ..backup import BackupFailed, restore, sqlite_file
    from ..store import MIGRATIONS

    data_dir = args.data_dir or default_data_dir()
    try:
        db = sqlite_file(args.db, data_dir)
        refused = asked_once(f"replace the database {db} and the signing keys with the backup {args.file} "
                             "(the current database is kept beside it)", args.yes, "restore it")
        if refused is not None:
            return refused
        info = restore(args.file, db, data_dir, known_revisions(MIGRATIONS)[1])
    except BackupFailed as exc:
        return fail(str(exc))
    print(f"restored {db} from {args.file} (schema {info.revision}); the previous database is kept "
          f"beside it as {db.name}.before-restore-*; start the server again")
    return 0
