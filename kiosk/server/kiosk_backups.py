"""Kiosks' sealed backups, kept as files in the server's data dir (no table: nothing here is
the server's to read; each is encrypted on its kiosk under a key the server never sees).

A kiosk uploads in pieces no larger than the request body cap: pieces are appended to
<dir>/<device id>/upload-<id>.part in order, then the upload is finished with its length and
SHA-256; the server checks both and moves it to <stamp>.sealed. The last KEEP per kiosk are kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path

from .errors import ServerError

KEEP = 5
MAX_BACKUP_BYTES = 512 * 1024 * 1024
STALE_UPLOAD_SECONDS = 6 * 3600
UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")
DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


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
    def __init__(self, folder: Path, keep: int = KEEP, max_bytes: int = MAX_BACKUP_BYTES) -> None:
        self.folder, self.keep, self.max_bytes = folder, keep, max_bytes

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
        have = part.stat().st_size if part.exists() else 0
        if offset != have:
            raise UploadConflict(have)
        if have + len(data) > self.max_bytes:
            part.unlink(missing_ok=True)
            raise BackupTooLarge(f"a backup may be at most {self.max_bytes} bytes on this server")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
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
        name = f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}.sealed"
        os.replace(part, part.parent / name)
        for old in self.list(device_id)[:-self.keep]:
            old.unlink(missing_ok=True)
        return {"name": name, "bytes": have, "kept": len(self.list(device_id))}

    def list(self, device_id: str) -> list[Path]:
        folder = self._dir(device_id)
        return sorted(folder.glob("*.sealed")) if folder.is_dir() else []

    def newest(self, device_id: str) -> Path:
        found = self.list(device_id)
        if not found:
            raise LookupError("this server holds no backup of that kiosk")
        return found[-1]

    def _sweep(self, folder: Path) -> None:
        """Uploads abandoned for hours are deleted when the kiosk starts another."""
        for part in folder.glob("upload-*.part"):
            try:
                if time.time() - part.stat().st_mtime > STALE_UPLOAD_SECONDS:
                    part.unlink()
            except OSError:
                continue
