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

log = logging.getLogger(__name__)

#: SQLite's primary result codes that a person can fix, and what to tell them.
FIXABLE: dict[int, str] = {
    sqlite3.SQLITE_FULL: "the disk is full: free some space",
    sqlite3.SQLITE_BUSY: "the database is locked by another program (a backup or a second kiosk?)",
    sqlite3.SQLITE_LOCKED: "the database is locked by another program (a backup or a second kiosk?)",
    sqlite3.SQLITE_PROTOCOL: "the database is locked by another program (a backup or a second kiosk?)",
    sqlite3.SQLITE_READONLY: "the database is read-only (a read-only file or file system)",
    sqlite3.SQLITE_CANTOPEN: "the database file cannot be opened (missing, moved, or not allowed)",
    sqlite3.SQLITE_PERM: "the database file may not be written (its permissions)",
    sqlite3.SQLITE_AUTH: "the database file may not be written (its permissions)",
    sqlite3.SQLITE_IOERR: "the disk could not be read or written (full, failing or unplugged?)",
    sqlite3.SQLITE_CORRUPT: "the database file is damaged: restore a backup (kiosk restore)",
    sqlite3.SQLITE_NOTADB: "the database file is damaged or not a database: restore a backup (kiosk restore)",
    sqlite3.SQLITE_NOMEM: "the machine ran out of memory: restart it",
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind exc (a SQLAlchemy or a sqlite3 error), if it has one."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def fixable_reason(exc: BaseException) -> str | None:
    """The plain reason for an error a person can fix; None for a bug."""
    if isinstance(exc, OSError):  # the files around the database (the log, the data dir)
        return f"the database's files cannot be used: {exc.strerror or exc}"
    code = sqlite_code(exc)
    return FIXABLE.get(code) if code is not None else None


def storage_error(exc: BaseException) -> StorageFailed | UnexpectedError:
    """What a database error becomes: StorageFailed, or (logged with its traceback) UnexpectedError."""
    reason = fixable_reason(exc)
    detail = exc.orig if isinstance(exc, DBAPIError) else exc
    if reason is not None:
        return StorageFailed(f"{reason} ({detail})")
    log.error("a bug in a database call: %s", detail, exc_info=exc, extra={"event": "bug"})
    return UnexpectedError(f"{type(detail).__name__}: {detail}")


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, SQLAlchemyError | sqlite3.Error)
