"""A read-only look at a kiosk database file, for `kiosk doctor`, the host view's warnings and
`kiosk restore`: it never migrates or writes (a database from a newer program, or one about to be
replaced, is read as it is), and it reads through the same models and rules as the door's own
store (`WAITING`: the one "event waiting to be synced" rule, shared with SqlSyncStore)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import DBAPIError

from .models import EventRow, SettingRow
from .sync_store import PREFIX, WAITING


class Unreadable(Exception):
    """The file is not a database this program can read (damaged, locked for long, not SQLite)."""


@dataclass(frozen=True)
class FileState:
    integrity: list[str]  # PRAGMA integrity_check's first lines: ["ok"] when sound
    revision: str | None  # the schema revision it was last migrated to


@dataclass(frozen=True)
class DoorState:
    camera: str = ""
    sync: dict[str, str] = field(default_factory=dict)  # the sync_* settings, prefix removed
    pending: int = 0  # events waiting to be synced
    last_event: datetime | None = None
    settings: dict[str, str] = field(default_factory=dict)


def _engine(db: Path) -> Engine:
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10))


def file_state(db: Path) -> FileState:
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError as exc:
        raise Unreadable(str(exc.orig)) from None
    finally:
        engine.dispose()
    return FileState(result[:10], revision)


def stored_settings(db: Path) -> dict[str, str]:
    """The settings table as stored ({} when the file cannot be read: the caller's defaults)."""
    if not db.is_file():
        return {}
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            return {key: value for key, value in conn.execute(select(SettingRow.key, SettingRow.value))}
    except DBAPIError:
        return {}
    finally:
        engine.dispose()


def last_event_at(db: Path) -> datetime | None:
    if not db.is_file():
        return None
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.max(EventRow.recorded_at)))
    except DBAPIError:
        return None
    finally:
        engine.dispose()


def door_state(db: Path) -> DoorState:
    """The configured camera, the sync state, events waiting and the last event's time."""
    engine = _engine(db)
    try:
        with engine.connect() as conn:
            settings = {key: value for key, value in conn.execute(select(SettingRow.key, SettingRow.value))}
            pending = conn.scalar(select(func.count()).select_from(EventRow).where(WAITING)) or 0
            last = conn.scalar(select(func.max(EventRow.recorded_at)))
    except DBAPIError as exc:
        raise Unreadable(str(exc.orig)) from None
    finally:
        engine.dispose()
    sync = {k.removeprefix(PREFIX): v for k, v in settings.items() if k.startswith(PREFIX)}
    return DoorState(settings.get("camera", ""), sync, pending, last, settings)
