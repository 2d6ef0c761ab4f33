"""The kiosk as an appliance: package sizes, the time to install the package, the cold start of
the installed kiosk to scanning (READY=1 on a real $NOTIFY_SOCKET, under Xvfb), and its memory
during a soak on the demo feed. Installs dist/door-kiosk_*.deb into this machine (root) and
purges it afterwards; build it first with packaging/build-deb.

    .venv/bin/python -m benchmarks.appliance [--soak-minutes 15]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.harness import Xvfb

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300"]


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (the decoder processes)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
        stack.extend(children.get(p, []))
    return total


def start_app(data_dir: Path, display: str, notify: Path) -> tuple[subprocess.Popen[bytes], socket.socket, float]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.unlink(missing_ok=True)
    sock.bind(str(notify))
    sock.settimeout(120)
    env = {**os.environ, "DISPLAY": display, "NOTIFY_SOCKET": str(notify), "WATCHDOG_USEC": "30000000",
           "KIOSK_SOUND": "0"}
    for key in ("QT_QPA_PLATFORM", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(key, None)
    start = time.monotonic()
    proc = subprocess.Popen(["/opt/door-kiosk/bin/kiosk", "run", "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not sock.recv(4096).startswith(b"READY=1"):
        pass
    return proc, sock, time.monotonic() - start


def stop_app(proc: subprocess.Popen[bytes], sock: socket.socket) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    sock.close()


def main(soak_minutes: float = 15.0) -> None:
    debs = sorted((ROOT / "dist").glob("door-kiosk_*.deb")) + sorted((ROOT / "dist").glob("door-kiosk-server_*.deb"))
    if not debs:
        sys.exit("build the packages first: packaging/build-deb")
    print("| package | .deb size | installed size |\n|---|---|---|")
    for deb in debs:
        size = int(subprocess.run(["dpkg-deb", "--field", str(deb), "Installed-Size"], capture_output=True,
                                  text=True, check=True).stdout)
        print(f"| {deb.name} | {deb.stat().st_size / 2**20:.0f} MB | {size / 1024:.0f} MB |")

    kiosk_deb = next(d for d in debs if d.name.startswith("door-kiosk_"))
    had_user = subprocess.run(["id", "kiosk"], capture_output=True).returncode == 0
    start = time.monotonic()
    subprocess.run([*APT, "install", "--no-install-recommends", str(kiosk_deb)], env=ENV, check=True,
                   capture_output=True)
    print(f"\napt-get install ./{kiosk_deb.name} (dependencies already present): "
          f"{time.monotonic() - start:.1f} s")
    screen = Xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data, notify = Path(tmp) / "data", Path(tmp) / "notify"
            starts = []
            for _ in range(4):  # the first start also makes the database and the demo members
                proc, sock, took = start_app(data, screen.display, notify)
                starts.append(took)
                stop_app(proc, sock)
            print(f"start to READY=1 (scan screen up, camera on): first {starts[0]:.2f} s (new database), "
                  f"then median {statistics.median(starts[1:]):.2f} s of {len(starts) - 1}")
            proc, sock, _ = start_app(data, screen.display, notify)
            samples = []
            t0 = time.monotonic()
            while time.monotonic() - t0 < soak_minutes * 60:
                samples.append((time.monotonic() - t0, tree_rss_kb(proc.pid)))
                time.sleep(min(60.0, soak_minutes * 60 / 10))
                sock.settimeout(0.01)
                try:
                    while sock.recv(100):
                        pass
                except TimeoutError:
                    pass
            samples.append((time.monotonic() - t0, tree_rss_kb(proc.pid)))
            stop_app(proc, sock)
            first = next(kb for at, kb in samples if at >= 60) if soak_minutes > 1 else samples[0][1]
            print(f"memory (app and decoder processes, RSS) during a {soak_minutes:g}-minute soak on the demo "
                  f"feed: {first / 1024:.0f} MB after 1 min, {samples[-1][1] / 1024:.0f} MB at the end, "
                  f"max {max(kb for _, kb in samples) / 1024:.0f} MB")
            print("  minute: MB  " + "  ".join(f"{at / 60:.0f}: {kb / 1024:.0f}" for at, kb in samples))
    finally:
        screen.stop()
        subprocess.run([*APT, "purge", "door-kiosk"], env=ENV, capture_output=True)
        subprocess.run(["rm", "-rf", "/var/lib/door-kiosk"], check=False)
        if not had_user:  # the package made it; leave the machine as it was
            subprocess.run(["deluser", "--quiet", "--system", "kiosk"], capture_output=True)
            subprocess.run(["delgroup", "--quiet", "--system", "kiosk"], capture_output=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--soak-minutes", type=float, default=15.0)
    main(parser.parse_args().soak_minutes)
