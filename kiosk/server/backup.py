"""`kiosk server backup` and `restore` for a server on SQLite: one tar file with a verified copy
of the database (SQLite's online backup, then `PRAGMA integrity_check` on the copy) and every
card signing key (the first one and each rotation's, keyring.py): the cards the older keys
signed still verify after a restore. PostgreSQL is backed up with pg_dump/pg_restore
(packaging/README.md)."""

from __future__ import annotations

import io
import os
import re
import shutil
import sqlite3
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

DB_NAME = "server.sqlite3"
KEY_NAME = "keys/card-signing-key.pem"  # the first key; rotations add keys/card-signing-<id>.pem
KEY_MEMBER = re.compile(r"keys/card-signing-[A-Za-z0-9_-]+\.pem")  # nothing else is taken from a backup


class BackupFailed(Exception):
    """Said to the person running the command, in plain words."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    db_bytes: int
    revision: str | None
    keys: int  # card signing key files in the backup


def sqlite_file(db_url: str | None, data_dir: Path) -> Path:
    if not db_url:
        return data_dir / DB_NAME
    if db_url.startswith("sqlite:///"):
        return Path(db_url.removeprefix("sqlite:///"))
    raise BackupFailed("this server uses PostgreSQL: back it up with pg_dump -Fc and restore with pg_restore "
                       "(packaging/README.md, 'Backups of the server'); copy the data dir's keys/ folder too")


def _verified_copy(src: Path, dst: Path) -> str | None:
    """Copy with SQLite's backup API (consistent while the server writes), then check the copy."""
    try:
        with sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30) as source, sqlite3.connect(dst) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        return _check(dst)
    except sqlite3.DatabaseError as exc:
        raise BackupFailed(f"{src} cannot be read: {exc}") from None


def _check(db: Path) -> str | None:
    """The schema revision of a database that passes integrity_check."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupFailed(f"the copy failed its integrity check: {result[0]}")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupFailed(f"not a server database: {exc}") from None
    return row[0] if row else None


def backup(db: Path, data_dir: Path, out: Path) -> BackupInfo:
    if not db.exists():
        raise BackupFailed(f"there is no database at {db}")
    keys = sorted((data_dir / "keys").glob("card-signing-*.pem"))
    keys = [k for k in keys if KEY_MEMBER.fullmatch(f"keys/{k.name}")]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / DB_NAME
        revision = _verified_copy(db, copy)
        partial = out.with_name(out.name + ".partial")
        try:
            with tarfile.open(partial, "w") as tar:
                tar.add(copy, DB_NAME)
                for key in keys:
                    tar.add(key, f"keys/{key.name}")
            partial.replace(out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BackupFailed(f"cannot write {out}: {exc.strerror}") from None
        return BackupInfo(out, copy.stat().st_size, revision, len(keys))


def restore(archive: Path, db: Path, data_dir: Path, known_revisions: set[str]) -> BackupInfo:
    """Put a backup in place: the database and every signing key in it. The database and any
    key there now that differs are kept beside them (*.before-restore-STAMP) first; keys the
    backup does not have stay. Stop the server while restoring."""
    try:
        with tarfile.open(archive) as tar, tempfile.TemporaryDirectory() as tmp:
            names = set(tar.getnames())
            if DB_NAME not in names:
                raise BackupFailed(f"{archive} is not a server backup (no {DB_NAME} inside)")
            copy = Path(tmp) / DB_NAME
            copy.write_bytes(_member(tar, DB_NAME))
            revision = _check(copy)
            if revision not in known_revisions:
                raise BackupFailed(f"{archive} comes from a newer door-kiosk-server (schema {revision}): "
                                   "install that version to restore it")
            keys = {name: _member(tar, name) for name in sorted(names) if KEY_MEMBER.fullmatch(name)}
            stamp = time.strftime("%Y%m%d-%H%M%S")
            db.parent.mkdir(parents=True, exist_ok=True)
            if db.exists():
                _verified_copy(db, db.with_name(f"{db.name}.before-restore-{stamp}"))
            with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as source, sqlite3.connect(db) as target:
                source.backup(target)  # in place, under SQLite's own lock
            for name, key in keys.items():
                key_path = data_dir / name
                key_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                if key_path.exists() and key_path.read_bytes() != key:
                    shutil.copy2(key_path, key_path.with_name(f"{key_path.name}.before-restore-{stamp}"))
                _write_private(key_path, key)
            return BackupInfo(db, copy.stat().st_size, revision, len(keys))
    except tarfile.TarError as exc:
        raise BackupFailed(f"{archive} is not a backup file: {exc}") from None
    except OSError as exc:
        raise BackupFailed(f"cannot restore {archive}: {exc.strerror or exc}") from None


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    f = tar.extractfile(name)
    if f is None:
        raise BackupFailed(f"{name} in the backup is not a file")
    with f:
        return io.BytesIO(f.read()).getvalue()


def _write_private(path: Path, data: bytes) -> None:
    """A key file, mode 0600 from its first byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    path.chmod(0o600)
