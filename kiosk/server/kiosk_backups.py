"""Kiosks' sealed backups, kept as files in the server's data dir (no table: nothing here is
the server's to read; each is encrypted on its kiosk under a key the server never sees).

A kiosk uploads in pieces no larger than the request body cap: pieces are appended to
<dir>/<device id>/upload-<id>.part in order, then the upload is finished with its length and
SHA-256; the server checks both and moves it to <stamp>.sealed. One copy per day is kept (the
day's newest), for the kiosk's retention period and never longer (docs/data-retention.md): a
burst of uploads from a stolen token replaces at most today's copy and cannot push out older
days, and a kiosk restoring falls back to the newest copy that opens. No more than
MAX_OPEN_UPLOADS unfinished uploads are kept (a new upload drops the oldest).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .errors import ServerError

KEEP_DAYS = 30  # the kiosk's default retention period (retention_days): one copy a day for as long
MAX_BACKUP_BYTES = 512 * 1024 * 1024
STALE_UPLOAD_SECONDS = 6 * 3600
MAX_OPEN_UPLOADS = 2  # unfinished uploads kept per kiosk (one nightly, one by hand)
UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")
DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
COPY_NAME = re.compile(r"^[0-9]{8}T[0-9]{12}\.sealed$")  # <UTC stamp>.sealed


class UploadConflict(ServerError):
    """A piece at the wrong offset (the kiosk resumes from the size the server has)."""

    def __init__(self, have: int, message: str | None = None) -> None:
        super().__init__(message or f"the upload has {have} bytes; send the piece at that offset")
        self.have = have


class BackupTooLarge(ServerError):
    pass


class UploadMismatch(UploadConflict):
    """The finished upload's length or checksum is not what the kiosk sent (it is dropped)."""


class KioskBackups:
    def __init__(self, folder: Path, keep_days: int = KEEP_DAYS, max_bytes: int = MAX_BACKUP_BYTES,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.folder, self.keep_days, self.max_bytes, self.now = folder, keep_days, max_bytes, now

    @staticmethod
    def max_bytes_default() -> int:
        return MAX_BACKUP_BYTES

    def _dir(self, device_id: str) -> Path:
        if not DEVICE_ID.fullmatch(device_id):
            raise ServerError("not a kiosk id")
        return self.folder / device_id

    def _part(self, device_id: str, upload_id: str) -> Path:
        if not UPLOAD_ID.fullmatch(upload_id):
            raise ServerError("an upload id is 32 hex digits")
        return self._dir(device_id) / f"upload-{upload_id}.part"

    def append(self, device_id: str, upload_id: str, offset: int, data: bytes) -> int:
        """Append a piece at `offset` (the size so far); returns the new size."""
        part = self._part(device_id, upload_id)
        part.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if offset == 0:
            self._sweep(part.parent)
            if not part.exists():
                self._make_room(part.parent)
        if offset != 0 and not part.exists():
            raise UploadConflict(0)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # pieces racing for one offset: one is appended
            have = os.fstat(fd).st_size
            if offset != have:
                raise UploadConflict(have)
            if have + len(data) > self.max_bytes:
                part.unlink(missing_ok=True)
                raise BackupTooLarge(f"a backup may be at most {self.max_bytes} bytes on this server")
            os.write(fd, data)
        finally:
            os.close(fd)
        return have + len(data)

    def finish(self, device_id: str, upload_id: str, size: int, sha256: str) -> dict[str, object]:
        part = self._part(device_id, upload_id)
        if not part.exists():
            raise LookupError("no such upload (send its pieces first)")
        digest = hashlib.sha256()
        with part.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        have = part.stat().st_size
        if have != size or digest.hexdigest() != sha256.lower():
            part.unlink(missing_ok=True)
            raise UploadMismatch(0, f"the upload arrived damaged ({have} of {size} bytes, or another checksum): "
                                    "send it again")
        with part.open("rb") as fh:
            os.fsync(fh.fileno())
        name = f"{self.now().astimezone(UTC).strftime('%Y%m%dT%H%M%S%f')}.sealed"
        os.replace(part, part.parent / name)
        self.prune(device_id)
        return {"name": name, "bytes": have, "kept": len(self.list(device_id))}

    def prune(self, device_id: str) -> None:
        """One copy per day (the day's newest), none older than the retention period."""
        oldest = (self.now() - timedelta(days=self.keep_days)).astimezone(UTC).strftime("%Y%m%d")
        newest_of_day: dict[str, Path] = {}
        for copy in self.list(device_id):  # oldest first: a later copy of a day replaces an earlier
            day = copy.name[:8]
            if day < oldest:
                copy.unlink(missing_ok=True)
                continue
            if day in newest_of_day:
                newest_of_day[day].unlink(missing_ok=True)
            newest_of_day[day] = copy

    def list(self, device_id: str) -> list[Path]:
        folder = self._dir(device_id)
        return sorted(folder.glob("*.sealed")) if folder.is_dir() else []

    def copy(self, device_id: str, name: str) -> Path:
        if not COPY_NAME.fullmatch(name):
            raise LookupError("no such copy")
        path = self._dir(device_id) / name
        if not path.is_file():
            raise LookupError("this server holds no such copy of that kiosk")
        return path

    def newest(self, device_id: str) -> Path:
        found = self.list(device_id)
        if not found:
            raise LookupError("this server holds no backup of that kiosk")
        return found[-1]

    def _make_room(self, folder: Path) -> None:
        """A new upload: the oldest unfinished ones go, so that at most MAX_OPEN_UPLOADS stay (a
        kiosk's token cannot fill the disk with uploads it never finishes; a kiosk whose upload
        was dropped is told to start again at offset 0)."""
        def touched(part: Path) -> float:
            try:
                return part.stat().st_mtime
            except OSError:
                return 0.0

        parts = sorted(folder.glob("upload-*.part"), key=touched)
        for part in parts[:max(0, len(parts) - (MAX_OPEN_UPLOADS - 1))]:
            part.unlink(missing_ok=True)

    def _sweep(self, folder: Path) -> None:
        """Uploads abandoned for hours are deleted when the kiosk starts another."""
        for part in folder.glob("upload-*.part"):
            try:
                if time.time() - part.stat().st_mtime > STALE_UPLOAD_SECONDS:
                    part.unlink()
            except OSError:
                continue
