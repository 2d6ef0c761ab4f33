"""The erasure journal: who was erased, and when, kept outside the database.

A backup is a copy of the past. Someone erased after it was taken is still in it, so a restore
must erase them again: `kiosk restore` re-applies every entry of this journal. It is a file of
JSON lines (append-only, 0600) beside the database, not a table in it, because a restore
replaces the database and the journal must outlive that. It holds only opaque member ids and
times, never names. Entries older than the retention period are trimmed: no backup that old is
kept or accepted for a restore (kiosk/backup_keeper.py).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.errors import StorageFailed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erasure:
    member_id: str
    at: datetime


class ErasureJournal:
    def __init__(self, path: Path) -> None:
        self.path = path

    def record(self, member_ids: list[str], at: datetime) -> None:
        """Append the erasures, synced to disk before the database forgets the people: a crash in
        between leaves an entry whose erasure is simply done again."""
        if not member_ids:
            return
        lines = "".join(json.dumps({"member_id": m, "at": at.isoformat()}) + "\n" for m in member_ids)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            while True:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                fcntl.flock(fd, fcntl.LOCK_EX)  # a trim (another thread or process) renames the file
                if os.fstat(fd).st_ino == os.stat(self.path).st_ino:
                    break
                os.close(fd)  # trimmed meanwhile: append to the new file
            try:
                os.write(fd, lines.encode())
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise StorageFailed(f"cannot write the erasure journal {self.path}: {exc.strerror}") from None

    def entries(self) -> list[Erasure]:
        """Every entry, oldest first. A torn last line (power cut while appending) is skipped."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StorageFailed(f"cannot read the erasure journal {self.path}: {exc.strerror}") from None
        found = []
        for line in text.splitlines():
            try:
                item = json.loads(line)
                found.append(Erasure(str(item["member_id"]), datetime.fromisoformat(item["at"])))
            except (ValueError, KeyError, TypeError):
                log.warning("skipped an unreadable line of the erasure journal", extra={"event": "journal_line"})
        return found

    def trim(self, before: datetime) -> int:
        """Drop entries older than `before` (written to a new file, then renamed). Returns how many."""
        try:
            lock = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return 0
        except OSError as exc:
            raise StorageFailed(f"cannot read the erasure journal {self.path}: {exc.strerror}") from None
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            return self._trim_locked(before)
        finally:
            os.close(lock)

    def _trim_locked(self, before: datetime) -> int:
        entries = self.entries()
        kept = [e for e in entries if e.at >= before]
        if len(kept) == len(entries):
            return 0
        tmp = self.path.with_name(self.path.name + ".part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, "".join(json.dumps({"member_id": e.member_id, "at": e.at.isoformat()}) + "\n"
                                     for e in kept).encode())
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StorageFailed(f"cannot trim the erasure journal {self.path}: {exc.strerror}") from None
        return len(entries) - len(kept)
