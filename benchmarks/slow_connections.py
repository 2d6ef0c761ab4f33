"""2,000 slow connections against the real `kiosk server run` on loopback (issue 19).

    .venv/bin/python -m benchmarks.slow_connections [--connections 2000] [--files 1024]

The server runs as a subprocess with its open-files limit at `--files` (the default 1024 is what
an unpackaged server gets; the packaged unit sets LimitNOFILE=65536). The benchmark opens the
connections (half send nothing, half half a request line) and keeps them open, then asks
/api/v1/health 40 times, 50 ms apart; the same is asked of the idle server first. Bounded: at
most `--connections` sockets, 10 s per health call, loopback only. The server's log is counted
("Too many open files" lines, bytes).
"""

from __future__ import annotations

import argparse
import http.client
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CALLS = 40


def health_ms(port: int) -> float | None:
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", "/api/v1/health")
        ok = conn.getresponse().status == 200
    except OSError:
        ok = False
    finally:
        conn.close()
    return (time.perf_counter() - start) * 1000 if ok else None


def ask(port: int) -> tuple[list[float], int]:
    times, failed = [], 0
    for _ in range(CALLS):
        ms = health_ms(port)
        if ms is None:
            failed += 1
        else:
            times.append(ms)
        time.sleep(0.05)
    return times, failed


def row(label: str, values: list[float], failed: int) -> str:
    if not values:
        return f"| {label} | 0 | {failed} | - | - | - |"
    values = sorted(values)
    p95 = values[max(0, int(len(values) * 0.95) - 1)]
    return (f"| {label} | {len(values)} | {failed} | {statistics.median(values):.1f} | {p95:.1f} | "
            f"{values[-1]:.1f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=2000)
    parser.add_argument("--files", type=int, default=1024, help="the server's open-files limit")
    parser.add_argument("--show-log", action="store_true", help="print the end of the server's log")
    args = parser.parse_args(argv)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, args.connections + 256)), hard))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (args.files, args.files))

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        log_path = Path(tmp) / "server.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "kiosk", "server", "run", "--host", "127.0.0.1",
                                     "--port", str(port), "--data-dir", str(Path(tmp) / "server")],
                                    cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, preexec_fn=limit)
        held: list[socket.socket] = []
        try:
            deadline = time.monotonic() + 60
            while health_ms(port) is None and time.monotonic() < deadline:
                time.sleep(0.2)
            idle = ask(port)
            start = time.perf_counter()
            for i in range(args.connections):
                s = socket.socket()
                s.settimeout(2)
                try:
                    s.connect(("127.0.0.1", port))
                    if i % 2:
                        s.sendall(b"GET /api/v1/health HTTP/1.1\r\n")
                except OSError:
                    s.close()
                    continue
                held.append(s)
            opened_s = time.perf_counter() - start
            slow = ask(port)
        finally:
            for s in held:
                s.close()
            proc.terminate()
            proc.wait(30)
        text = log_path.read_text(errors="replace")
        if "--show-log" in sys.argv:
            print(text[-3000:])
    print(f"{len(held)} of {args.connections} slow connections opened in {opened_s:.1f} s; server open-files "
          f"limit {args.files}; server log {len(text):,} bytes, "
          f"{text.count('Too many open files')} 'Too many open files'")
    print("| what | answered | failed (10 s) | median ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    print(row("health, idle", *idle))
    print(row(f"health, {len(held)} slow connections open", *slow))


if __name__ == "__main__":
    main()
