"""One program at a time on a data dir that would break under another: the running door holds
`running.lock` for its whole life, and `kiosk restore` takes it before it replaces the database.

An advisory flock(2) on an open file: the kernel drops it when the holder exits, however it
exits (a kill, a crash, a power cut), so a stale lock can never keep a door from starting.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = "running.lock"


class DataDirInUse(Exception):
    """Another process holds the data dir (its pid and what it does, as it wrote them)."""

    def __init__(self, data_dir: Path, holder: str) -> None:
        super().__init__(f"{data_dir} is in use by {holder or 'another process'}")
        self.data_dir, self.holder = data_dir, holder


class InstanceLock:
    def __init__(self, data_dir: Path, purpose: str) -> None:
        self.path = data_dir / LOCK_NAME
        self.data_dir, self.purpose = data_dir, purpose
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        """Take the lock now or raise DataDirInUse; never waits."""
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            raise DataDirInUse(self.data_dir, holder) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{self.purpose} (pid {os.getpid()})\n".encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
