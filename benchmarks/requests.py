"""Roster requests at once: what exactly-once costs, and that it holds.

    .venv/bin/python -m benchmarks.requests [--requests 400] [--threads 16]

Top-ups of one clip each for one member, pushed by 16 threads at once over HTTP to a server of
two processes (`kiosk server run --workers 2`), every request sent twice (as after a lost
answer). On SQLite and on PostgreSQL. Reports requests per second, latency per call, and whether
the member ended with exactly one clip per request.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

from benchmarks.serve import server_process
from kiosk.protocol import wire
from kiosk.server.runner import build_store
from kiosk.sync.client import ServerApi
from tests.sync.conftest import pg_available, temporary_pg_database


def push_all(url: str, token: str, bodies: list[dict[str, object]], threads: int) -> tuple[list[float], float]:
    latencies: list[float] = []
    lock = threading.Lock()
    sends = bodies + bodies  # every request twice
    random.Random(1).shuffle(sends)
    shares = [sends[i::threads] for i in range(threads)]
    barrier = threading.Barrier(threads + 1)

    def worker(share: list[dict[str, object]]) -> None:
        api = ServerApi(url, token, timeout=30)
        barrier.wait()
        for body in share:
            start = time.perf_counter()
            api.send_requests([body])
            with lock:
                latencies.append((time.perf_counter() - start) * 1000)

    workers = [threading.Thread(target=worker, args=(share,)) for share in shares]
    for t in workers:
        t.start()
    barrier.wait()
    began = time.perf_counter()
    for t in workers:
        t.join()
    return latencies, time.perf_counter() - began


def run(label: str, data_dir: Path, db_url: str | None, requests: int, threads: int) -> str:
    store = build_store(data_dir, db_url)
    (member,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 1}])
    device = str(uuid.uuid4())
    token = store.enroll(wire.EnrollRequest(code=store.add_kiosk("door-1"), device_id=device)).token
    with server_process(data_dir, db_url, workers=2) as url:
        bodies: list[dict[str, object]] = [{"id": str(uuid.uuid4()), "op": "top_up", "member_id": member.member.id,
                                            "clips": 1} for _ in range(requests)]
        latencies, seconds = push_all(url, token, bodies, threads)
    exact = store.member(member.member.id).clips_total == 1 + requests
    store.engine.dispose()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return (f"| {label} | {threads} | {len(latencies)} | {len(latencies) / seconds:.0f} | "
            f"{statistics.median(latencies):.1f} | {q[94]:.1f} | {'yes' if exact else 'NO'} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(run("SQLite", Path(tmp) / "sqlite", None, args.requests, args.threads))
        if pg_available():
            with temporary_pg_database("kiosk_requests") as url:
                rows.append(run("PostgreSQL", Path(tmp) / "pg", url, args.requests, args.threads))
    print("| server database | threads | calls (each request twice) | calls/s | median ms | p95 ms | "
          "each request once |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
