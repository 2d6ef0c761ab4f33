"""100 simulated kiosks syncing every 5 seconds against one server (uvicorn, one process).

    .venv/bin/python -m benchmarks.fleet [--kiosks 100] [--seconds 30]

Each simulated kiosk, on its own thread, starts at a random moment and then every 5 s pushes
1-3 new events and pulls the roster from its cursor, like a busy door. The server runs in a
separate process (as in production), on SQLite and on PostgreSQL. Latency is per HTTP call.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.serve import server_process
from kiosk.protocol import wire
from kiosk.server.runner import build_store
from kiosk.sync.client import ServerApi
from tests.sync.conftest import pg_available, temporary_pg_database


def fleet(url: str, tokens: list[tuple[str, str]], seconds: float) -> list[float]:
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def kiosk(device: str, token: str, seed: int) -> None:
        rng = random.Random(seed)
        api = ServerApi(url, token, timeout=10)
        cursor, seq = None, 0
        time.sleep(rng.uniform(0, 5))
        while time.monotonic() < stop:
            began = time.monotonic()
            now = datetime.now(UTC).isoformat()
            events = []
            for _ in range(rng.randint(1, 3)):
                seq += 1
                events.append({"id": str(uuid.uuid4()), "kiosk_id": device, "seq": seq, "kind": "refused",
                               "recorded_at": now, "effective_at": now, "reason": "not_ours", "source": "scan"})
            start = time.perf_counter()
            api.push(events, 0)
            pushed = time.perf_counter()
            cursor = api.pull(cursor).cursor
            pulled = time.perf_counter()
            with lock:
                latencies.extend([(pushed - start) * 1000, (pulled - pushed) * 1000])
            time.sleep(max(0.0, 5 - (time.monotonic() - began)))

    threads = [threading.Thread(target=kiosk, args=(d, t, i)) for i, (d, t) in enumerate(tokens)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def run(label: str, data_dir: Path, db_url: str | None, kiosks: int, seconds: float, workers: int = 1) -> str:
    store = build_store(data_dir, db_url)
    store.add_members([{"name": f"Member {i}"} for i in range(200)])
    tokens = []
    for i in range(kiosks):
        device = str(uuid.uuid4())
        code = store.add_kiosk(f"door-{i}")
        tokens.append((device, store.enroll(wire.EnrollRequest(code=code, device_id=device)).token))
    store.engine.dispose()
    with server_process(data_dir, db_url, workers) as url:
        lat = fleet(url, tokens, seconds)
    q = statistics.quantiles(lat, n=100, method="inclusive")
    return (f"| {label} | {workers} | {kiosks} | {len(lat)} | {statistics.median(lat):.1f} | {q[94]:.1f} | "
            f"{q[98]:.1f} | "
            f"{max(lat):.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(run("SQLite", Path(tmp) / "sqlite", None, args.kiosks, args.seconds))
        if pg_available():
            for workers in (1, 2):
                with temporary_pg_database("kiosk_fleet") as url:
                    rows.append(run("PostgreSQL", Path(tmp) / f"pg{workers}", url, args.kiosks, args.seconds,
                                    workers))
    print("| server database | server processes | kiosks | calls | median ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
