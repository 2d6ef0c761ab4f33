"""Verified copies of the kiosk database: before every migration, and by hand.

A copy is made with SQLite's online backup API (consistent even while the door writes), then
checked with `PRAGMA integrity_check` before it counts as a backup. A migration that fails puts
the copy back; a database written by a newer program is refused before anything opens it for
writing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from kiosk.core.db import migrate, open_engine
from kiosk.core.errors import StorageFailed

from . import MIGRATIONS

log = logging.getLogger(__name__)
KEEP = 5  # backups taken before migrations that are kept; older ones are deleted


class BackupFailed(StorageFailed):
    """A copy could not be made or is not a sound kiosk database."""


class DatabaseTooNew(StorageFailed):
    """The database was written by a newer version of the program."""


class MigrationFailed(StorageFailed):
    """Updating the database failed; it was put back as it was."""


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_copy(path: Path) -> str | None:
    """The schema revision of a sound kiosk database file; BackupFailed if it is not one."""
    if not path.is_file():
        raise BackupFailed(f"{path} does not exist")
    try:
        conn = _connect_ro(path)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupFailed(f"{path} is damaged: {'; '.join(map(str, result[:3]))}")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "members" not in tables:
                raise BackupFailed(f"{path} is not a kiosk database")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupFailed(f"{path} is not a readable SQLite database: {exc}") from None
    return row[0] if row else None


TAKEN_AT = "backup_taken_at"  # a setting written into every copy: when it was taken


def copy_database(source: Path, out: Path, taken_at: datetime | None = None) -> Path:
    """A verified copy of `source` at `out` (written beside it first, then renamed into place).
    taken_at is written into the copy's settings: a restore needs to know how old a copy is,
    whatever a USB stick or a download did to the file's time."""
    out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source, timeout=10)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.close(fd)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # A backup is one file: no WAL beside it when it is moved or copied to a stick.
                dst.execute("PRAGMA journal_mode=DELETE")
                if taken_at is not None and dst.execute(
                        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='settings'").fetchone():
                    with dst:
                        dst.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                                    (TAKEN_AT, taken_at.isoformat()))
            finally:
                dst.close()
        finally:
            src.close()
        check_copy(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(f"cannot back up the database to {out}: {exc}") from None
    except BackupFailed:
        tmp.unlink(missing_ok=True)
        raise
    return out


def taken_at(path: Path) -> datetime | None:
    """When a copy was taken, as written into it (None for a copy made before that was done)."""
    try:
        conn = _connect_ro(path)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (TAKEN_AT,)).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    try:
        return datetime.fromisoformat(row[0]) if row else None
    except ValueError:
        return None


def restore_database(backup: Path, target: Path) -> None:
    """Put a verified copy back in place of the database (through SQLite, so its WAL is
    handled). The copy is checked first: a damaged file never replaces a working one."""
    check_copy(backup)
    try:
        src = _connect_ro(backup)
        try:
            dst = sqlite3.connect(target, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupFailed(f"cannot restore {backup} into {target}: {exc}") from None


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: a new, empty database
    head: str
    known: frozenset[str]

    @property
    def too_new(self) -> bool:
        return self.current is not None and self.current not in self.known


def schema_state(db_path: Path, migrations: Path = MIGRATIONS, head: str | None = None) -> SchemaState:
    """The database's revision against the migrations'. `head`: the migrations' newest revision,
    when the caller knows it (kiosk.store.HEAD): a database at it is answered without Alembic."""
    current = _current_revision(db_path)
    if head is not None and current == head:
        return SchemaState(current, head, frozenset({head}))
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations))
    script = ScriptDirectory.from_config(config)
    newest = script.get_current_head()
    assert newest is not None
    known = frozenset(rev.revision for rev in script.walk_revisions())
    return SchemaState(current, newest, known)


def _current_revision(db_path: Path) -> str | None:
    current = None
    if db_path.is_file() and db_path.stat().st_size > 0:
        try:
            conn = _connect_ro(db_path)
            try:
                has = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has else None
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise StorageFailed(f"{db_path} is not a readable SQLite database: {exc}") from None
        current = row[0] if row else None
    return current


def prune_backups(folder: Path, keep: int = KEEP) -> None:
    olds = sorted(folder.glob("before-migration-*.sqlite3"))
    for path in olds[:-keep] if keep else olds:
        path.unlink(missing_ok=True)


def open_migrated(db_path: Path, backups: Path, now: Callable[[], datetime],
                  migrations: Path = MIGRATIONS, short_code_key: bytes | None = None,
                  head: str | None = None) -> Engine:
    """Open the database, migrated to the newest schema, safely.

    Refuses a database newer than this program without opening it for writing; takes a verified
    backup before any migration of an existing database (the last KEEP kept); puts the backup
    back if the migration fails, and says so. A database already at `head` (the caller's known
    newest revision) is opened without loading Alembic."""
    state = schema_state(db_path, migrations, head)
    if head is not None and state.current == head:
        return open_engine(db_path)
    if state.too_new:
        raise DatabaseTooNew(
            f"the database {db_path} was written by a newer version of the kiosk (schema {state.current}; "
            f"this program knows up to {state.head}); it was not touched. Install the newer version, "
            f"or restore an older backup with `kiosk restore FILE`")
    backup = None
    if state.current is not None and state.current != state.head:
        stamp = now().strftime("%Y%m%dT%H%M%S%f")
        backup = copy_database(db_path, backups / f"before-migration-{stamp}-{state.current}.sqlite3")
        prune_backups(backups)
        log.info("backed up the database before migrating it", extra={
            "event": "backup_before_migration", "path": str(backup), "from": state.current, "to": state.head})
    engine = open_engine(db_path)
    try:
        migrate(engine, migrations, short_code_key=short_code_key)
    except Exception as exc:
        engine.dispose()
        if backup is None:
            raise StorageFailed(f"cannot set up the database {db_path}: {exc}") from exc
        restore_database(backup, db_path)
        log.error("migration failed; the database was restored", extra={
            "event": "migration_restored", "path": str(backup), "error": str(exc)})
        raise MigrationFailed(
            f"updating the database failed ({exc}); it was put back as it was, from the backup {backup}. "
            f"Nothing was lost: start the previous version of the program, or ask for help") from exc
    return engine
