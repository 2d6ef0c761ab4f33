"""What a decoder that misses its deadline costs the door, on a loaded CPU.

1. A decoder process's start (python -m kiosk.scan.worker to ready): wall and CPU time, alone
   and beside the load; a restart costs this.
2. The live decoder fed a 1280x720 frame with a code at the camera's 15 fps for `--seconds`, all
   on one CPU beside `--hogs` busy processes (a load of hogs + 1 on that CPU), while the decoder
   process in use is stopped (SIGSTOP) for `--stop-for` s every `--stop-every` s: the stretches a
   loaded machine gives a process no CPU. Reported: frames read per second (the door's answers),
   the longest stretch without a read, deadlines missed, decoder processes started.

    .venv/bin/python -m benchmarks.decoder_restart [--hogs 6] [--seconds 30]

Run it with PYTHONPATH on a copy of another commit for "before"; it uses only what both have
(IsolatedDecoder's decode, hangs and its processes' pids).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import cv2
import numpy as np

from benchmarks.frames import member_code, qr_picture
from kiosk.scan.isolated import IsolatedDecoder, _Child
from kiosk.scan.passes import PRIMARY
from kiosk.scan.synth import Pose, background, place
from kiosk.scan.worker import DEFAULT_DECODERS

FPS = 15
CLK = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def start_cost() -> tuple[float, float]:
    """ms from spawning a decoder process to its ready message, and the CPU ms it used for it."""
    start = time.monotonic()
    child = _Child(DEFAULT_DECODERS)
    child.wait_ready(120)
    wall = (time.monotonic() - start) * 1000
    cpu = cpu_s(child.proc.pid) * 1000
    child.kill()
    return wall, cpu


def hog() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def frame_with_code() -> np.ndarray:
    rng = np.random.default_rng(3)
    scene = place(qr_picture(member_code(7)), background(rng), Pose(width=260), rng)
    return cv2.cvtColor(scene, cv2.COLOR_BGR2GRAY)


def pids(dec: IsolatedDecoder) -> tuple[int, int | None]:
    spare = dec._spare  # private: the benchmark also runs against older code without processes()
    return dec._active.proc.pid, spare.proc.pid if spare is not None else None


def live(seconds: float, stop_every: float, stop_for: float) -> dict[str, float]:
    dec = IsolatedDecoder(timeout=0.25)
    deadline = time.monotonic() + 120
    while pids(dec)[1] is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the warm spare is up
    gray = frame_with_code()
    seen: set[int] = set(p for p in pids(dec) if p)
    reads: list[float] = []
    done = threading.Event()

    def stopper() -> None:
        while not done.wait(stop_every):
            pid = pids(dec)[0]
            try:
                os.kill(pid, signal.SIGSTOP)
                done.wait(stop_for)
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass

    thread = threading.Thread(target=stopper, daemon=True)
    start = time.monotonic()
    thread.start()
    frame_at = start
    trips: list[float] = []
    while (now := time.monotonic()) < start + seconds:
        if dec.decode(gray, [PRIMARY]):
            reads.append(time.monotonic())
            trips.append((reads[-1] - now) * 1000)
        seen.update(p for p in pids(dec) if p)
        frame_at = max(frame_at + 1 / FPS, now)  # the camera's next frame; a late decode skips frames
        time.sleep(max(frame_at - time.monotonic(), 0))
    done.set()
    thread.join()
    hangs = dec.hangs
    dec.close()
    gaps = np.diff([start, *reads, start + seconds])
    windows = [sum(start + w <= r < start + w + 2 for r in reads) / 2 for w in range(0, int(seconds) - 1, 2)]
    return {"reads_per_s": len(reads) / seconds, "worst_2s_reads_per_s": min(windows),
            "longest_gap_ms": float(max(gaps)) * 1000, "hangs": hangs, "started": len(seen) - 2,
            "trip_median": statistics.median(trips), "trip_max": max(trips),
            "trip_p99": statistics.quantiles(trips, n=100)[98]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hogs", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--stop-every", type=float, default=3.0)
    parser.add_argument("--stop-for", type=float, default=0.6)
    parser.add_argument("--cpu", type=int, default=max(os.sched_getaffinity(0)))
    args = parser.parse_args()
    os.sched_setaffinity(0, {args.cpu})  # inherited by the decoder processes and the hogs
    quiet = [start_cost() for _ in range(3)]
    rows = [("no load", live(args.seconds, args.stop_every, args.stop_for))]
    hogs = [hog() for _ in range(args.hogs)]
    try:
        loaded = [start_cost() for _ in range(3)]
        rows.append((f"{args.hogs} busy processes on its CPU",
                     live(args.seconds, args.stop_every, args.stop_for)))
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    q_wall, q_cpu = statistics.median(w for w, _ in quiet), statistics.median(c for _, c in quiet)
    print(f"All on CPU {args.cpu}; a decoder process start, median of 3: alone {q_wall:.0f} ms wall / "
          f"{q_cpu:.0f} ms CPU; "
          f"beside {args.hogs} busy processes {statistics.median(w for w, _ in loaded):.0f} ms wall / "
          f"{statistics.median(c for _, c in loaded):.0f} ms CPU\n")
    print(f"A 720p frame with a code at {FPS} fps for {args.seconds:g} s; the decoder in use stopped "
          f"{args.stop_for:g} s every {args.stop_every:g} s\n")
    print("| load | reads per s | worst 2 s, reads per s | longest gap without a read, ms | deadlines missed | "
          "decoder processes started | round trip of a read, median / p99 / max ms |\n|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['reads_per_s']:.1f} | {r['worst_2s_reads_per_s']:.1f} | {r['longest_gap_ms']:.0f} | "
              f"{r['hangs']} | {r['started']} | {r['trip_median']:.1f} / {r['trip_p99']:.1f} / {r['trip_max']:.0f} |")


if __name__ == "__main__":
    main()
