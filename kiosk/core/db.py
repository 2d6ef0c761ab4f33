"""Opening a SQLite database tuned for durability (the kiosk's, or the server's by default), and
migrating a database to the newest schema of a migrations folder."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

log = logging.getLogger(__name__)


def open_engine(db_path: Path) -> Engine:
    """An engine whose every connection is in WAL mode with synchronous=FULL.

    A check-in is durable once its transaction commits: that is what the door waits for before
    it says "welcome". Writes take the lock at BEGIN (BEGIN IMMEDIATE) so two processes (the
    app and a `kiosk checkin` from a shell) never interleave a read and a write. Reads (through
    `reader(engine)`) begin deferred: in WAL mode they read a snapshot and never hold the write
    lock, so a host page reading a year of visits does not keep a check-in waiting.
    """
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Deleted rows are overwritten with zeros, so erased personal data does not linger in
        # free pages of the file (docs/data-retention.md).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")

    return engine


READ_ONLY = "kiosk_read_only"


def reader(engine: Engine) -> Engine:
    """The same database for transactions that only read: BEGIN DEFERRED, a WAL snapshot, no
    write lock. A write inside one fails (SQLite will not upgrade a stale snapshot): writers use
    the engine itself."""
    return engine.execution_options(**{READ_ONLY: True})


def migrate(engine: Engine, migrations: Path, short_code_key: bytes | None = None) -> None:
    """Apply every migration of `migrations` not yet applied. Safe to call at every start.

    The kiosk (kiosk.store.MIGRATIONS) and the server (its own folder) both use this.
    short_code_key: the kiosk's, for the migration that turns stored short codes into keyed
    hashes (kiosk 0007)."""
    from alembic import command  # not at import: a database at the head opens without Alembic
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations))
    config.attributes["short_code_key"] = short_code_key
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def known_revisions(migrations: Path) -> tuple[set[str], set[str]]:
    """(heads, every revision) of a migrations folder: a database at a revision outside the
    second set was made by a newer program."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations))
    script = ScriptDirectory.from_config(config)
    return set(script.get_heads()), {s.revision for s in script.walk_revisions()}
