"""A sync round made of many small calls: what the sync client's connection handling costs.

    .venv/bin/python -m benchmarks.sync_client

The server runs as `kiosk server run` in its own process (SQLite), once on plain HTTP on
loopback and once behind Caddy with packaging/Caddyfile (https with Caddy's own CA, as a LAN
server is set up), if Caddy is installed. Against each:

- 200 pushes of one event each through one client (a door syncing every scan);
- one sync round of 2,000 queued events in batches of 20 (100 pushes, then the pull), as a kiosk
  behind a server with a small body cap sends them;
- a roster of 2,000 members pulled in pages of 50 (40 pages).

Also what the health a kiosk sends with its pushes costs to read (kiosk/health_report.py).

Run it on a checkout of another version (PYTHONPATH=that/checkout) to compare clients.
"""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import statistics
import subprocess
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk import app
from kiosk.domain.checkin import Decision, Outcome
from kiosk.domain.events import Event, EventKind
from kiosk.server.runner import build_store
from kiosk.sync import engine

from .serve import server_process

ROOT = Path(__file__).resolve().parents[1]
SINGLE_PUSHES = 200
ROUND_EVENTS, ROUND_BATCH = 2_000, 20
MEMBERS, PAGE = 2_000, 50


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def caddy_in_front(upstream: str, tmp: Path) -> Iterator[tuple[str, Path]]:
    """packaging/Caddyfile in front of the server: (https URL, Caddy's root certificate)."""
    port, http_port, storage = _free_port(), _free_port(), tmp / "caddy"
    config = tmp / "Caddyfile"
    config.write_text(f"{{\n\tadmin off\n\tskip_install_trust\n\tlocal_certs\n\thttp_port {http_port}\n"
                      f"\thttps_port {port}\n\tstorage file_system {storage}\n}}\n"
                      f"import {ROOT / 'packaging' / 'Caddyfile'}\n")
    env = {**os.environ, "HOME": str(tmp), "XDG_DATA_HOME": str(tmp / "xdg"), "XDG_CONFIG_HOME": str(tmp / "xdg"),
           "KIOSK_SITE": f"https://localhost:{port}", "KIOSK_UPSTREAM": upstream.removeprefix("http://")}
    caddy = subprocess.Popen(["caddy", "run", "--config", str(config), "--adapter", "caddyfile"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = storage / "pki" / "authorities" / "local" / "root.crt"
    url = f"https://localhost:{port}"
    try:
        for _ in range(300):
            try:
                context = ssl.create_default_context(cafile=str(root))
                urllib.request.urlopen(url + "/api/v1/health", timeout=1, context=context)
                break
            except (OSError, ssl.SSLError):
                time.sleep(0.1)
        yield url, root
    finally:
        caddy.terminate()
        caddy.wait(20)


def queue_events(kiosk: app.Kiosk, n: int) -> None:
    start = datetime.now(UTC) - timedelta(days=1)
    events = [Event(id=str(uuid.uuid4()), kiosk_id=kiosk.kiosk_id, kind=EventKind.REFUSED,
                    recorded_at=start + timedelta(seconds=i), effective_at=start + timedelta(seconds=i),
                    reason="not_ours") for i in range(n)]
    with kiosk.store.transaction() as tx:
        tx.record(Decision(Outcome.REFUSED), events)


def measure(label: str, url: str, server_dir: Path, tmp: Path) -> list[str]:
    store = build_store(server_dir, None)
    kiosk = app.build(tmp / f"kiosk-{label}")
    rows = []
    try:
        kiosk.sync.enroll(url, store.add_kiosk(f"door-{label}"))
        kiosk.sync.run_once()
        # 1. one event per push, through one client
        queue_events(kiosk, SINGLE_PUSHES)
        batch = [engine._to_wire(seq, e, None, kiosk.sync.local.state().get("device_id"))
                 for seq, e in kiosk.sync.local.pending(SINGLE_PUSHES)]
        api = kiosk.sync.api()
        times = []
        for event in batch:
            start = time.perf_counter()
            api.push([event], 0)
            times.append(time.perf_counter() - start)
        kiosk.sync.run_once()  # marks them sent (duplicates)
        ms = sorted(t * 1000 for t in times)
        rows.append(f"| {label} | {SINGLE_PUSHES} pushes of one event | {sum(times):.2f} s | "
                    f"{statistics.median(ms):.2f} ms | {ms[int(len(ms) * 0.95)]:.2f} ms |")
        # 2. one round of many small pushes
        queue_events(kiosk, ROUND_EVENTS)
        engine.BATCH = ROUND_BATCH
        try:
            start = time.perf_counter()
            report = kiosk.sync.run_once()
            took = time.perf_counter() - start
        finally:
            engine.BATCH = 500
        assert report.accepted == ROUND_EVENTS and report.pending == 0, report
        calls = ROUND_EVENTS // ROUND_BATCH
        rows.append(f"| {label} | one round: {ROUND_EVENTS:,} events in {calls} pushes of {ROUND_BATCH}, "
                    f"then the pull | {took:.2f} s | {took / calls * 1000:.2f} ms a push | |")
        # 3. a roster in small pages
        store.add_members([{"name": f"Member {i}"} for i in range(MEMBERS)])
        api = kiosk.sync.api()
        cursor, pages, times = None, 0, []
        while True:
            start = time.perf_counter()
            page = api.pull(cursor, PAGE)
            times.append(time.perf_counter() - start)
            cursor, pages = page.cursor, pages + 1
            if not page.more:
                break
        ms = sorted(t * 1000 for t in times)
        rows.append(f"| {label} | roster of {MEMBERS:,} members in {pages} pages of {PAGE} | {sum(times):.2f} s | "
                    f"{statistics.median(ms):.2f} ms | {ms[int(len(ms) * 0.95)]:.2f} ms |")
    finally:
        kiosk.close()
        store.engine.dispose()
    return rows


def health_cost(tmp: Path) -> str:
    """A fresh reading (the sync thread takes one at most every 5 minutes) and a cached one."""
    kiosk = app.build(tmp / "kiosk-health")
    try:
        reporter = getattr(kiosk, "health", None)
        if reporter is None:
            return "(this version sends no health)"
        fresh = []
        for _ in range(200):
            reporter._cached = None
            start = time.perf_counter()
            reporter.report()
            fresh.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        for _ in range(10_000):
            reporter.report()
        cached_us = (time.perf_counter() - start) / 10_000 * 1e6
        fresh.sort()
        return (f"health report: fresh reading median {statistics.median(fresh):.2f} ms, "
                f"p95 {fresh[189]:.2f} ms; cached {cached_us:.1f} µs")
    finally:
        kiosk.close()


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with server_process(tmp / "server-http", None) as url:
            rows += measure("http, loopback", url, tmp / "server-http", tmp)
        if shutil.which("caddy"):
            with server_process(tmp / "server-https", None) as url, caddy_in_front(url, tmp) as (https, root):
                os.environ["SSL_CERT_FILE"] = str(root)  # the kiosk trusts Caddy's own CA, as a LAN kiosk would
                try:
                    rows += measure("https, Caddy", https, tmp / "server-https", tmp)
                finally:
                    del os.environ["SSL_CERT_FILE"]
        else:
            print("(Caddy is not installed: the https rows are left out)")
        health = health_cost(tmp)
    print("| transport | what | total | median call | p95 call |\n|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print(health)


if __name__ == "__main__":
    main()
