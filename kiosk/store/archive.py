"""Backups kept over time: the nightly copies and their expiry, sealed copies for the server,
and USB sticks.

Nightly copies live in <data dir>/backups as `nightly-<UTC stamp>.sqlite3`, beside the copies
taken before migrations and restores. None is kept longer than the retention period (they hold
guests' names, which the retention rule deletes), and at most KEEP_NIGHTLY nightly ones.

A sealed copy (for the server) is the database and the two key files the cards need, in a tar,
encrypted with AES-256-GCM under a key that never leaves the kiosk except on paper: the server
stores bytes it cannot read (docs/security.md).
"""

from __future__ import annotations

import base64
import io
import os
import tarfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.core.errors import StorageFailed

from .backup import BackupFailed, copy_database, taken_at

KEEP_NIGHTLY = 7
NIGHTLY = "nightly-"
STAMP = "%Y%m%dT%H%M%S"
MAGIC = b"DKSEAL1\n"  # a sealed backup: MAGIC, 12-byte nonce, AES-GCM ciphertext (MAGIC as associated data)
KEY_BYTES = 32
MAX_SEALED_BYTES = 512 * 1024 * 1024


# --- nightly copies and their expiry ----------------------------------------------------------
def newest_nightly(folder: Path) -> datetime | None:
    stamps = [_stamp_of(p) for p in folder.glob(f"{NIGHTLY}*.sqlite3")] if folder.is_dir() else []
    return max((s for s in stamps if s is not None), default=None)


def make_nightly(db: Path, folder: Path, now: datetime) -> Path:
    return copy_database(db, folder / f"{NIGHTLY}{now.astimezone(UTC).strftime(STAMP)}.sqlite3", now)


def prune(folder: Path, now: datetime, retention_days: int, keep_nightly: int = KEEP_NIGHTLY) -> list[Path]:
    """Delete every copy in `folder` older than the retention period, and the nightly copies
    past the newest keep_nightly. Returns what was deleted."""
    if not folder.is_dir():
        return []
    cutoff = now - timedelta(days=retention_days)
    copies = sorted(folder.glob("*.sqlite3"))
    gone = [p for p in copies if _age_of(p) < cutoff]
    nightly = [p for p in copies if p.name.startswith(NIGHTLY) and p not in gone]
    gone += nightly[:-keep_nightly] if keep_nightly else nightly
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def _stamp_of(path: Path) -> datetime | None:
    text = path.stem.removeprefix(NIGHTLY)
    try:
        return datetime.strptime(text, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _age_of(path: Path) -> datetime:
    """When a copy was taken: written in it, else in its name, else the file's time."""
    when = taken_at(path) or _stamp_of(path)
    if when is None:
        when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def age_of(path: Path) -> datetime:
    return _age_of(path)


# --- USB sticks -------------------------------------------------------------------------------
def removable_mounts(mounts: str | None = None, roots: tuple[Path, ...] = (Path("/media"), Path("/run/media"))
                     ) -> list[Path]:
    """Writable file systems mounted under /media or /run/media (where desktops and udisks put
    USB sticks). mounts: the text of /proc/mounts (read when None)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    found = []
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        point = Path(parts[1].replace("\\040", " "))
        if any(root in point.parents for root in roots) and "ro" not in parts[3].split(",") and point.is_dir():
            found.append(point)
    return found


# --- sealed copies ----------------------------------------------------------------------------
def load_or_create_key(path: Path) -> bytes:
    if path.exists():
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise StorageFailed(f"{path} is not a backup key")
        return key
    key = AESGCM.generate_key(bit_length=256)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def key_text(key: bytes) -> str:
    """The key as a person writes it down: base32 in groups of four."""
    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_key(text: str) -> bytes:
    clean = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        key = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        raise BackupFailed("that is not a backup key (52 letters and digits, as `kiosk backup --show-key` "
                           "prints it)") from None
    if len(key) != KEY_BYTES:
        raise BackupFailed("that is not a backup key (52 letters and digits, as `kiosk backup --show-key` prints it)")
    return key


def seal_bundle(db: Path, key_files: dict[str, Path], key: bytes, work: Path, now: datetime) -> bytes:
    """The database (a verified copy taken now) and the key files, in a tar, encrypted."""
    copy = copy_database(db, work / "kiosk.sqlite3", now)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        tar.add(copy, arcname="kiosk.sqlite3")
        for name, path in key_files.items():
            if path.is_file():
                tar.add(path, arcname=f"keys/{name}")
    copy.unlink()
    nonce = os.urandom(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, buffer.getvalue(), MAGIC)


def open_bundle(blob: bytes, key: bytes, into: Path) -> tuple[Path, dict[str, Path]]:
    """Decrypt and unpack a sealed copy into the folder `into`: (database, {key name: file})."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 12 + 16:
        raise BackupFailed("that is not a sealed kiosk backup")
    nonce = blob[len(MAGIC):len(MAGIC) + 12]
    try:
        plain = AESGCM(key).decrypt(nonce, blob[len(MAGIC) + 12:], MAGIC)
    except InvalidTag:
        raise BackupFailed("the backup cannot be opened with this key (another kiosk's key, or the copy "
                           "was changed)") from None
    into.mkdir(parents=True, exist_ok=True, mode=0o700)
    keys: dict[str, Path] = {}
    db: Path | None = None
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            data = tar.extractfile(member)
            assert data is not None
            if member.name == "kiosk.sqlite3":
                db = into / "kiosk.sqlite3"
            elif member.name.startswith("keys/") and "/" not in member.name[5:] and member.name[5:]:
                db_key = member.name[5:]
                keys[db_key] = into / f"key-{db_key}"
            else:
                continue  # nothing else is written, wherever a name points
            target = db if member.name == "kiosk.sqlite3" else keys[member.name[5:]]
            assert target is not None
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data.read())
    if db is None:
        raise BackupFailed("the sealed backup holds no database")
    return db, keys
