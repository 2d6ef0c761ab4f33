"""Time from a decoded code to a committed check-in event, on a real SQLite file (WAL, FULL sync).

    .venv/bin/python -m benchmarks.checkin

This is the part of "scan to welcome" that the database costs: verify the signature, read the
member's state, decide, write the visit and event, fsync. The camera-to-screen path adds the
decode (see benchmarks.decoders) and one queued signal.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from kiosk import app
from kiosk.core.members import NewMember


def main(members: int = 500, scans: int = 400) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = app.build(Path(tmp))
        cards = kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(members)])
        times = []
        for i in range(scans):
            card = cards[i % members]
            start = time.perf_counter()
            kiosk.checkin.check_in_code(card.code)
            times.append((time.perf_counter() - start) * 1000)
        kiosk.close()
    q = statistics.quantiles(times, n=100, method="inclusive")
    print(f"decoded code -> committed event, {scans} scans, {members} members, synchronous=FULL\n")
    print("| median ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|")
    print(f"| {statistics.median(times):.1f} | {q[94]:.1f} | {q[98]:.1f} | {max(times):.1f} |")


if __name__ == "__main__":
    main()
