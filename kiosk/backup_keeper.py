"""Backups of a running kiosk: a verified copy every night, none kept past the retention period;
a copy to a USB stick; a sealed copy to the server; and restores that forget the people erased
since the copy was taken (the erasure journal, store/erasure_journal.py).

Qt-free: the running app calls `nightly()` on its host-tasks thread (never the door's), the
command line calls the rest (cli.py: kiosk backup / kiosk restore)."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk import paths
from kiosk.core.errors import InvalidInput
from kiosk.store import archive
from kiosk.store.backup import BackupFailed, check_copy, copy_database, restore_database, schema_state

log = logging.getLogger(__name__)
QUIET_HOURS = range(2, 6)  # local time: the nightly copy is taken then, when nobody is at the door
DUE_ANYWAY = timedelta(hours=26)  # a kiosk switched off at night still gets one a day
KEY_FILES = {"card-signing-key.pem": paths.signing_key_path, "short-code-key": paths.short_code_key_path}


@dataclass(frozen=True)
class RestoreReport:
    restored_from: str
    taken_at: datetime | None
    kept_as: Path | None  # the database as it was before the restore


class BackupKeeper:
    def __init__(self, data_dir: Path, now: Callable[[], datetime], retention_days: Callable[[], int],
                 tz: Callable[[], ZoneInfo]) -> None:
        self.data_dir, self._now, self._retention, self._tz = data_dir, now, retention_days, tz
        self.folder = paths.backups_dir(data_dir)
        self.db = paths.database_path(data_dir)

    # --- every night ----------------------------------------------------------------------------
    def due(self, now: datetime) -> bool:
        newest = archive.newest_nightly(self.folder)
        if newest is None:
            return True
        age = now - newest
        return age >= DUE_ANYWAY or (now.astimezone(self._tz()).hour in QUIET_HOURS and age >= timedelta(hours=20))

    def nightly(self) -> Path | None:
        """Take the night's verified copy when it is due; delete copies past the retention period."""
        now = self._now()
        made = archive.make_nightly(self.db, self.folder, now) if self.due(now) else None
        gone = self.prune()
        if made is not None:
            log.info("nightly backup", extra={"event": "nightly_backup", "path": str(made), "expired": len(gone)})
        return made

    def prune(self) -> list[Path]:
        """Delete the copies in backups/ older than the retention period (and nightly ones past
        the newest few). Returns what was deleted."""
        return archive.prune(self.folder, self._now(), self._retention())

    # --- by hand ----------------------------------------------------------------------------------
    def to_usb(self, mounts: list[Path] | None = None) -> Path:
        sticks = archive.removable_mounts() if mounts is None else mounts
        if not sticks:
            raise InvalidInput("no USB stick found (looked under /media and /run/media): plug one in and wait "
                               "until it shows up, or give a path with --out")
        stamp = self._now().astimezone(self._tz()).strftime("%Y-%m-%d-%H%M%S")
        return copy_database(self.db, sticks[0] / f"door-kiosk-backup-{stamp}.sqlite3", self._now())

    def backup_key(self) -> bytes:
        return archive.load_or_create_key(paths.backup_key_path(self.data_dir))

    def sealed(self) -> bytes:
        with tempfile.TemporaryDirectory(dir=self.data_dir) as work:
            return archive.seal_bundle(self.db, {n: f(self.data_dir) for n, f in KEY_FILES.items()},
                                       self.backup_key(), Path(work), self._now())

    # --- restores -----------------------------------------------------------------------------
    def restore(self, copy: Path, label: str | None = None) -> RestoreReport:
        """Put a copy back in place of the database, after checking it: sound, not from a newer
        program, not older than the retention period (the erasure journal keeps no more than
        that, so an older copy could bring back someone erased). The database as it was is
        kept in backups/. The caller then erases again whoever the journal names
        (app.after_restore)."""
        revision = check_copy(copy)
        state = schema_state(self.db)
        if revision is not None and revision not in state.known:
            raise BackupFailed(f"{label or copy} was written by a newer version of the kiosk (schema {revision}); "
                               f"this program knows up to {state.head}; nothing was changed")
        now = self._now()
        taken = archive.age_of(copy)
        days = self._retention()
        if now - taken > timedelta(days=days):
            raise BackupFailed(f"{label or copy} was taken {taken:%Y-%m-%d}, more than the retention period "
                               f"({days} days) ago: people erased before then could come back, so it is not "
                               "restored; nothing was changed")
        kept = None
        if self.db.is_file():
            stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
            kept = copy_database(self.db, self.folder / f"before-restore-{stamp}.sqlite3", now)
        self.db.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        restore_database(copy, self.db)
        log.warning("database restored", extra={"event": "restored", "from": label or str(copy)})
        return RestoreReport(label or str(copy), taken, kept)

    def restore_sealed(self, blob: bytes, key: bytes, label: str) -> RestoreReport:
        """A sealed copy (from the server): its database, and its key files where they differ
        (the ones here are kept beside them as *.before-restore)."""
        with tempfile.TemporaryDirectory(dir=self.data_dir) as work:
            db, keys = archive.open_bundle(blob, key, Path(work))
            report = self.restore(db, label)
            for name, unpacked in keys.items():
                target = KEY_FILES[name](self.data_dir) if name in KEY_FILES else None
                if target is None:
                    continue
                data = unpacked.read_bytes()
                if target.exists() and target.read_bytes() == data:
                    continue
                if target.exists():
                    target.replace(target.with_name(target.name + ".before-restore"))
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                unpacked.replace(target)
                target.chmod(0o600)
        return report
