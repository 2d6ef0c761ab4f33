"""Soak: 100,000 scans through the real door loop, with a clock that runs fast.

    .venv/bin/python -m benchmarks.soak [--scans 100000] [--members 200]

The door loop as the app runs it: codes go by queued signal to the DoorWorker on its own
QThread (the check-in service, a real SQLite file in WAL with synchronous=FULL), its result and
the "who is in" count come back by signal; at each new day the close-of-day rule runs on the
worker too. The clock moves 29 minutes per scan (50 scans a day, each past the repeat guard),
so 100,000 scans are five and a half years of door traffic. Every 10,000 scans it prints the process's resident memory
and open file descriptors: both must stay flat.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from kiosk import app
from kiosk.services.members import NewMember
from kiosk.ui.workers import DoorWorker, WorkerThread
from tests.fakes import FakeClock

STEP_SECONDS = 1728  # 50 scans a day: a busy day at a small space


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


class Door(QObject):
    """The scan screen's side of the loop: one code at a time, the next after the answer."""

    check = Signal(str, float, int, str)
    close_day = Signal()

    def __init__(self, worker: DoorWorker, clock: FakeClock, codes: list[str], scans: int, seed: int) -> None:
        super().__init__()
        self.clock, self.codes, self.scans = clock, codes, scans
        self.rng = random.Random(seed)
        self.done = self.failed = 0
        self.outcomes: dict[str, int] = {}
        self.samples: list[tuple[int, float, int]] = []
        self.loop = QEventLoop()
        self.check.connect(worker.check)
        self.close_day.connect(worker.close_stale)
        worker.result.connect(self._answer)
        worker.failed.connect(self._failed)
        self._day = clock.now().date()

    def start(self) -> None:
        self.samples.append((0, rss_mib(), open_files()))
        self._next()
        self.loop.exec()

    def _next(self) -> None:
        if self.done >= self.scans:
            self.loop.quit()
            return
        now = self.clock.advance(seconds=STEP_SECONDS)
        if now.date() != self._day:
            self._day = now.date()
            self.close_day.emit()
        self.check.emit(self.rng.choice(self.codes), time.monotonic(), self.done, "scan")

    def _answer(self, result, _timing) -> None:  # type: ignore[no-untyped-def]
        self.outcomes[result.outcome.value] = self.outcomes.get(result.outcome.value, 0) + 1
        self._count()

    def _failed(self, _message: str) -> None:
        self.failed += 1
        self._count()

    def _count(self) -> None:
        self.done += 1
        if self.done % 10_000 == 0:
            self.samples.append((self.done, rss_mib(), open_files()))
            print(f"  {self.done:>7} scans  RSS {self.samples[-1][1]:6.1f} MiB  open files {self.samples[-1][2]}",
                  flush=True)
        self._next()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__.split("\n")[0])
    parser.add_argument("--scans", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None,
                        help="where the database lives (default: /dev/shm, a RAM disk: the soak looks "
                             "for leaks, benchmarks.checkin measures the disk)")
    args = parser.parse_args(argv)
    qt = QCoreApplication.instance() or QCoreApplication([])
    clock = FakeClock(datetime(2026, 3, 2, 6, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-", dir=args.dir) as tmp:
        kiosk = app.build(Path(tmp), clock=clock)
        codes = [c.code for c in kiosk.members.add_many([NewMember(name=f"Medlem {i}")
                                                         for i in range(args.members)])]
        worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host)
        thread = WorkerThread(worker, "door-worker")
        thread.start()
        door = Door(worker, clock, codes, args.scans, args.seed)
        started = time.monotonic()
        try:
            door.start()
        finally:
            thread.stop()
        took = time.monotonic() - started
        with kiosk.store.reading() as tx:
            events = len(tx.events(10**7))
        kiosk.close()
    del qt
    first = next((s for s in door.samples if s[0] >= 10_000), door.samples[0])
    last = door.samples[-1]
    print(f"soak: {door.done} scans in {took:.0f} s ({door.done / took:.0f}/s), {door.failed} failed, "
          f"outcomes {door.outcomes}, {events} events stored")
    print(f"soak: RSS {first[1]:.1f} MiB at {first[0]} scans -> {last[1]:.1f} MiB at {last[0]}; "
          f"open files {first[2]} -> {last[2]}")


if __name__ == "__main__":
    main()
