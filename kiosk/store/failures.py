"""Which database errors a person can fix, and which are bugs.

A full disk, a read-only file or file system, a lock held too long by another program, a
missing or forbidden file and a damaged database are things a host can do something about:
they become StorageFailed with a plain reason. Anything else from the database (a wrong query,
a broken constraint, a misused session) is a bug: it is logged with its traceback and becomes
UnexpectedError, which the door shows as "something went wrong"."""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.core.errors import StorageFailed, UnexpectedError
from kiosk.domain.problems import Code

log = logging.getLogger(__name__)
_LOCKED = "the database is locked by another program (a backup or a second kiosk?)"

#: SQLite's primary result codes that a person can fix: the code each interface words, and
#: the English reason for logs and the command line.
FIXABLE: dict[int, tuple[Code, str]] = {
    sqlite3.SQLITE_FULL: (Code.DISK_FULL, "the disk is full: free some space"),
    sqlite3.SQLITE_BUSY: (Code.DATABASE_LOCKED, _LOCKED),
    sqlite3.SQLITE_LOCKED: (Code.DATABASE_LOCKED, _LOCKED),
    sqlite3.SQLITE_PROTOCOL: (Code.DATABASE_LOCKED, _LOCKED),
    sqlite3.SQLITE_READONLY: (Code.DATABASE_READ_ONLY, "the database is read-only (a read-only file or file system)"),
    sqlite3.SQLITE_CANTOPEN: (Code.DATABASE_CANNOT_OPEN,
                              "the database file cannot be opened (missing, moved, or not allowed)"),
    sqlite3.SQLITE_PERM: (Code.DATABASE_NOT_ALLOWED, "the database file may not be written (its permissions)"),
    sqlite3.SQLITE_AUTH: (Code.DATABASE_NOT_ALLOWED, "the database file may not be written (its permissions)"),
    sqlite3.SQLITE_IOERR: (Code.DISK_FAILED, "the disk could not be read or written (full, failing or unplugged?)"),
    sqlite3.SQLITE_CORRUPT: (Code.DATABASE_DAMAGED, "the database file is damaged: restore a backup (kiosk restore)"),
    sqlite3.SQLITE_NOTADB: (Code.DATABASE_DAMAGED,
                            "the database file is damaged or not a database: restore a backup (kiosk restore)"),
    sqlite3.SQLITE_NOMEM: (Code.OUT_OF_MEMORY, "the machine ran out of memory: restart it"),
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind exc (a SQLAlchemy or a sqlite3 error), if it has one."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def fixable_reason(exc: BaseException) -> tuple[Code, str] | None:
    """The code and plain reason for an error a person can fix; None for a bug."""
    if isinstance(exc, OSError):  # the files around the database (the log, the data dir)
        return Code.DISK_FAILED, f"the database's files cannot be used: {exc.strerror or exc}"
    code = sqlite_code(exc)
    return FIXABLE.get(code) if code is not None else None


def storage_error(exc: BaseException) -> StorageFailed | UnexpectedError:
    """What a database error becomes: StorageFailed, or (logged with its traceback) UnexpectedError."""
    reason = fixable_reason(exc)
    detail = exc.orig if isinstance(exc, DBAPIError) else exc
    if reason is not None:
        return StorageFailed(f"{reason[1]} ({detail})", reason[0])
    log.error("a bug in a database call: %s", detail, exc_info=exc, extra={"event": "bug"})
    return UnexpectedError(f"{type(detail).__name__}: {detail}")


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, SQLAlchemyError | sqlite3.Error)
