"""Sixteen password guessers against a real server on loopback, while a kiosk syncs.

    .venv/bin/python -m benchmarks.login_storm

Each guesser sends logins from its own loopback address (127.0.0.20-35), each with a wrong
password for a name of its own, nine each (under the throttle's ten, so every guess costs a
real scrypt run). Meanwhile the health endpoint is asked every 50 ms and a kiosk runs sync
rounds; their latencies are compared with the same calls on an idle server.
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from pathlib import Path

from kiosk import app
from kiosk.server.hosts import Hosts
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

GUESSERS = 16
GUESSES = 9


def timed(call) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def measure(url: str, kiosk: app.Kiosk, stop: threading.Event) -> tuple[list[float], list[float]]:
    health, rounds = [], []
    client = WebClient(url)
    while not stop.is_set():
        health.append(timed(lambda: client.get("/api/v1/health")))
        if len(health) % 5 == 0:
            rounds.append(timed(kiosk.sync.run_once))
        time.sleep(0.05)
    return health, rounds


def row(label: str, values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if len(values) >= 20 else values[-1]
    return f"| {label} | {len(values)} | {statistics.median(values):.1f} | {p95:.1f} | {values[-1]:.1f} |"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp) / "server", None)
        Hosts(server.store.engine).add("anna", "correct horse battery")
        kiosk = app.build(Path(tmp) / "kiosk")
        server.enroll(kiosk)
        try:
            idle_stop = threading.Event()
            timer = threading.Timer(3.0, idle_stop.set)
            timer.start()
            idle = measure(server.url, kiosk, idle_stop)

            clients = [WebClient(server.url, source=f"127.0.0.{20 + i}") for i in range(GUESSERS)]

            def guess(i: int) -> None:
                for n in range(GUESSES):
                    clients[i].log_in(f"guesser-{i}", f"wrong password {n}")

            threads = [threading.Thread(target=guess, args=(i,)) for i in range(GUESSERS)]
            storm_stop = threading.Event()
            start = time.perf_counter()
            for t in threads:
                t.start()
            watcher = threading.Thread(target=lambda: ([t.join() for t in threads], storm_stop.set()))
            watcher.start()
            storm = measure(server.url, kiosk, storm_stop)
            storm_s = time.perf_counter() - start
        finally:
            kiosk.close()
            server.stop()
            server.store.engine.dispose()
    print(f"{GUESSERS} guessers x {GUESSES} wrong logins took {storm_s:.1f} s "
          f"({GUESSERS * GUESSES / storm_s:.1f} guesses/s)")
    print("| what | calls | median ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    print(row("health, idle", idle[0]))
    print(row("health, during the storm", storm[0]))
    print(row("kiosk sync round, idle", idle[1]))
    print(row("kiosk sync round, during the storm", storm[1]))


if __name__ == "__main__":
    main()
