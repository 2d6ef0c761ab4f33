"""Start-up and memory of the real kiosk under Xvfb (warm cache, an existing data folder):

1. start to ready: from starting `kiosk run` to its `ready` log event (the scan screen shown,
   the camera opened), beside a baseline measured in the same run: a bare interpreter that only
   imports what the door cannot do without (PySide6's widgets, OpenCV, numpy, SQLAlchemy);
2. memory of every kiosk process (the Qt process, the active decoder process and the warm
   spare) as PSS from /proc/PID/smaps_rollup, so shared libraries count once, a few seconds
   after ready and again after `--minutes` (default: none);
3. whether the server's stack (FastAPI, uvicorn, Starlette, psycopg, Jinja2) was imported by
   any kiosk process.

    .venv/bin/python -m benchmarks.start [--starts 5] [--minutes 0]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.pi_budget import idle_video, load

SERVER_STACK = ("fastapi", "uvicorn", "starlette", "psycopg", "jinja2")
BASELINE = "import PySide6.QtWidgets, cv2, numpy, sqlalchemy"


def pss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def tree(pid: int) -> list[int]:
    out = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        out += tree(int(child))
    return out


def command(pid: int) -> str:
    args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    return " ".join(a.decode() for a in args[1:4])


def imported(log: list[str]) -> dict[str, float]:
    """Top-level packages and their cumulative import ms, from -X importtime lines in a log."""
    found: dict[str, float] = {}
    for line in log:
        if line.startswith("import time:") and "imported package" not in line:
            _, cumulative, name = line[len("import time:"):].split("|")
            if not name.startswith("  "):  # imported at the top level, not by another module
                top = name.strip().split(".")[0]
                found[top] = found.get(top, 0.0) + int(cumulative) / 1000
    return found


def timed(args: list[str]) -> float:
    start = time.monotonic()
    subprocess.run(args, check=True, capture_output=True)
    return time.monotonic() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--minutes", type=float, default=0.0, help="also measure memory after this long")
    args = parser.parse_args(argv)
    from kiosk import app
    from tests.e2e.harness import KioskProcess, Xvfb

    print(f"load before: {load()}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        video = idle_video(tmp)
        data = tmp / "data"
        app.build(data).close()
        screen = Xvfb()
        starts, baselines, memory = [], [], []
        try:
            for i in range(args.starts + 1):  # the first start warms the cache
                baselines.append(timed([sys.executable, "-c", BASELINE]))
                t0 = time.monotonic()
                door = KioskProcess(screen.display, data, "--camera", str(video), "--no-demo")
                try:
                    door.wait_for(event="ready", timeout=120)
                    starts.append(time.monotonic() - t0)
                    if i == args.starts:  # the last start: memory of every process
                        time.sleep(5)  # the spare decoder started, a few frames drawn
                        memory.append({p: pss_kb(p) for p in tree(door.proc.pid)})
                        names = {p: command(p) for p in memory[0]}
                        if args.minutes:
                            time.sleep(args.minutes * 60)
                            memory.append({p: pss_kb(p) for p in tree(door.proc.pid)})
                finally:
                    door.stop()
            # One more start with -X importtime (all its processes): what the door imports.
            door = KioskProcess(screen.display, data, "--camera", str(video), "--no-demo",
                                extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
            try:
                door.wait_for(event="ready", timeout=120)
                time.sleep(3)
            finally:
                door.stop()
            imports = imported(door.log)
        finally:
            screen.stop()
    starts, baselines = starts[1:], baselines[1:]
    print(f"\nStart to ready, {len(starts)} warm starts under Xvfb (s):\n")
    print("| what | median | min | max |\n|---|---|---|---|")
    print(f"| kiosk run -> ready | {statistics.median(starts):.2f} | {min(starts):.2f} | {max(starts):.2f} |")
    print(f"| baseline: `python -c \"{BASELINE}\"` | {statistics.median(baselines):.2f} | "
          f"{min(baselines):.2f} | {max(baselines):.2f} |")
    print(f"| ratio | {statistics.median(starts) / statistics.median(baselines):.2f}x | | |")
    print("\nMemory (PSS, MB) of every kiosk process, 5 s after ready"
          + (f" and after {args.minutes:g} min" if args.minutes else "") + ":\n")
    print("| process | after start |" + (" later |" if len(memory) > 1 else ""))
    print("|---|---|" + ("---|" if len(memory) > 1 else ""))
    for pid, kb in memory[0].items():
        later = f" {memory[1].get(pid, 0) / 1024:.0f} |" if len(memory) > 1 else ""
        print(f"| {names[pid]} | {kb / 1024:.0f} |{later}")
    total_later = f" {sum(memory[1].values()) / 1024:.0f} |" if len(memory) > 1 else ""
    print(f"| **all** | **{sum(memory[0].values()) / 1024:.0f}** |{total_later}")
    heavy = sorted(imports.items(), key=lambda kv: -kv[1])[:12]
    print("\nImported by the kiosk's processes up to ready (-X importtime, cumulative ms of top-level "
          "packages, all processes together; slower than a plain start):\n")
    print(", ".join(f"{name} {ms:.0f}" for name, ms in heavy))
    server = [name for name in SERVER_STACK if name in imports]
    print(f"\nThe server's stack ({', '.join(SERVER_STACK)}) imported: {', '.join(server) or 'none'}")


if __name__ == "__main__":
    main()
