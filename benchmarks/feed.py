"""The roster feed under concurrent imports: 6 imports of 400 members (each one transaction, as the
CSV import does) and single adds run in threads while a kiosk pulls over HTTP in a loop.
Prints how long the imports took, how many pull rounds ran, and how many members the kiosk
lacks after one more pull (0 is the only right answer).

    .venv/bin/python -m benchmarks.feed
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from kiosk import app
from tests.sync.conftest import pg_available, start_server, temporary_pg_database

IMPORTS, IMPORT_SIZE = 6, 400


def run(label: str, db_url: str | None, tmp: Path) -> str:
    server = start_server(tmp / f"server-{label}", db_url)
    kiosk = app.build(tmp / f"kiosk-{label}")
    try:
        server.enroll(kiosk)
        done = threading.Event()
        singles = [0]

        def importer(n: int) -> None:
            server.store.add_members([{"name": f"Imported {n}-{i:03d}"} for i in range(IMPORT_SIZE)])

        def single_adds() -> None:
            while not done.is_set():
                server.store.add_members([{"name": f"Single {singles[0]:04d}"}])
                singles[0] += 1

        threads = [threading.Thread(target=importer, args=(n,)) for n in range(IMPORTS)]
        adder = threading.Thread(target=single_adds)
        start = time.perf_counter()
        for t in [*threads, adder]:
            t.start()
        rounds = resyncs = 0
        while any(t.is_alive() for t in threads):
            report = kiosk.sync.run_once()
            rounds += 1
            resyncs += bool(getattr(report, "resynced", False))
        imports_s = time.perf_counter() - start
        done.set()
        adder.join()
        kiosk.sync.run_once()
        server_ids = {m.id for m in server.store.members()}
        missing = len(server_ids - {m.id for m in kiosk.members.roster()})
        return (f"| {label} | {imports_s:.2f} s | {singles[0]} | {rounds} | {resyncs} | "
                f"{missing:,} of {len(server_ids):,} |")
    finally:
        kiosk.close()
        server.stop()
        server.store.engine.dispose()


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows.append(run("SQLite", None, tmp))
        if pg_available():
            with temporary_pg_database("kiosk_bench") as url:
                rows.append(run("PostgreSQL", url, tmp))
    print(f"| server database | {IMPORTS} x {IMPORT_SIZE} imports took | single adds | pull rounds meanwhile | "
          "snapshots needed | members missing after |\n|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
