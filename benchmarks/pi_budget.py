"""The door on a Raspberry Pi 4's budget: the real app on one core of this machine, throttled by a
cgroup CPU quota to about what one Pi 4 core can do, side by side with the same app unthrottled.

For each of "here" (one core of this machine) and "pi" (the same core, throttled to 1/FACTOR):

1. zxing-cpp alone on the same frames (the baseline every figure is also given against, measured
   in the same confinement in the same run);
2. the idle door: an empty doorway, 1280x720 at 15 fps: CPU of the whole app (the Qt process and
   its decoder processes), decode ms per decoded frame, decode work per camera frame, frames the
   capture could not keep up with;
3. 12 members' cards held up in turn: first readable frame -> welcome committed and shown (p95),
   frames dropped, GUI stalls (KIOSK_PROBE=1 heartbeat).

Needs root for the cgroup (cgroup v1 `cpu` controller, or cgroup v2's cpu.max); without it, only
the "here" column is measured. It stops by itself and removes its cgroup.

    sudo .venv/bin/python -m benchmarks.pi_budget [--factor 3.5] [--idle-seconds 20] [--door-on] [--trace]

With --trace (off by default: it costs a little) the card run logs each welcome's stages (the
frame grabbed, picked by the decode thread, decoded, at the GUI, at the door worker, committed,
who-is-in read, the result at the GUI, laid out, painted) and what the GUI thread was doing in
every stall over 16 ms (a sampler of its Python stack); both are reported after the table.

With --door-on the door is as an unstaffed space runs it: a lock (a Shelly-protocol server on
loopback, tests/lock/fake_devices.py) that every welcome opens, and speech always on (espeak-ng
speaks every answer; its processes' CPU is counted with the app's).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.card_video import make_card_video
from benchmarks.door import cpu_seconds, pct

FPS = 15
PERIOD_US = 10_000  # a short period: throttling itself then never stalls the app for long
FACTOR = 3.5  # one Pi 4 core (Cortex-A72, 1.5-1.8 GHz) against one core of this machine
V1_ROOT = Path("/sys/fs/cgroup/cpu")
V2_ROOT = Path("/sys/fs/cgroup")

Confine = Callable[[int], None]


class Throttle:
    """A cgroup with a CPU quota of 1/factor of one core; pids written into it stay there with
    their children. Removed on close (its processes moved back to the root group first)."""

    def __init__(self, factor: float) -> None:
        self.factor = factor
        quota = round(PERIOD_US / factor)
        name = f"kiosk-pi-budget-{os.getpid()}"
        if (V1_ROOT / "cpu.cfs_quota_us").exists():
            self.path, self.parent = V1_ROOT / name, V1_ROOT
            self.path.mkdir()
            (self.path / "cpu.cfs_period_us").write_text(str(PERIOD_US))
            (self.path / "cpu.cfs_quota_us").write_text(str(quota))
        elif "cpu" in (V2_ROOT / "cgroup.controllers").read_text().split():
            self.path, self.parent = V2_ROOT / name, V2_ROOT
            self.path.mkdir()
            (self.path / "cpu.max").write_text(f"{quota} {PERIOD_US}")
        else:
            raise OSError("no cgroup CPU controller found")
        self.description = f"cgroup {self.path}, quota {quota} us per {PERIOD_US} us"

    def add(self, pid: int) -> None:
        (self.path / "cgroup.procs").write_text(str(pid))

    def throttled_ms(self) -> float:
        stat = dict(line.split() for line in (self.path / "cpu.stat").read_text().splitlines())
        if "throttled_time" in stat:  # v1, ns
            return int(stat["throttled_time"]) / 1e6
        return int(stat.get("throttled_usec", 0)) / 1e3

    def close(self) -> None:
        for _ in range(50):
            pids = (self.path / "cgroup.procs").read_text().split()
            for pid in pids:
                with contextlib.suppress(OSError):  # gone meanwhile
                    (self.parent / "cgroup.procs").write_text(pid)
            try:
                self.path.rmdir()
                return
            except OSError:
                time.sleep(0.1)


@contextmanager
def throttle(factor: float) -> Iterator[Throttle | None]:
    if not factor:
        yield None
        return
    try:
        group = Throttle(factor)
    except OSError as exc:
        print(f"(no throttled run: cannot make a cgroup: {exc}; run as root)")
        yield None
        return
    try:
        yield group
    finally:
        group.close()


def confine_to(cpu: int, group: Throttle | None) -> Confine:
    """Pin a process (and what it starts later) to one CPU, and into the group if any."""
    def confine(pid: int) -> None:
        os.sched_setaffinity(pid, {cpu})
        if group is not None:
            group.add(pid)
    return confine


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- the frames ---------------------------------------------------------------------------------
def idle_video(tmp: Path) -> Path:
    from kiosk.scan.synth import empty_frames, write_video

    video = tmp / "empty15.mp4"
    write_video(video, empty_frames(np.random.default_rng(2), FPS * 4), fps=FPS)
    return video


def cards_setup(tmp: Path, members: int, lock_url: str = "") -> tuple[Path, Path, list[str], list[int], int]:
    """A data dir with the members, the video of their cards (a second of empty doorway between
    members), ids in order, each card's first frame readable by zxing-cpp alone, the length."""
    cards = make_card_video(tmp, members, fps=FPS, gap_frames=FPS, name="cards15", lock_url=lock_url)
    return cards.data, cards.video, cards.member_ids, cards.first_readable, cards.length


def grey_frames(video: Path, limit: int = 60, stride: int = 1) -> np.ndarray:
    """The video's frames as they reach the decoder (after MP4 compression), grey."""
    cap, i = cv2.VideoCapture(str(video)), 0
    out: list[np.ndarray] = []
    while len(out) < limit:
        ok, frame = cap.read()
        if not ok:
            break
        if i % stride == 0:
            out.append(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))
        i += 1
    return np.stack(out)


# --- the baseline: zxing-cpp alone, in a process of its own in the same confinement -------------
def baseline_worker(frames_file: str) -> None:
    from kiosk.scan.decoders import ZxingDecoder

    frames = np.load(frames_file)
    decoder = ZxingDecoder()
    for frame in frames[:5]:
        decoder.decode(frame)  # warm up
    wall, cpu = [], []
    start = time.perf_counter()
    for _ in range(3):
        for frame in frames:
            w0, c0 = time.perf_counter(), time.process_time()
            decoder.decode(frame)
            wall.append((time.perf_counter() - w0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    # Throughput (the loop's wall time per frame) includes the time the quota held the process back;
    # a single decode's wall time often fits in one period's quota and would hide it.
    print(json.dumps({"wall_ms_median": statistics.median(wall),
                      "wall_ms_mean": (time.perf_counter() - start) * 1000 / len(wall),
                      "cpu_ms_mean": statistics.mean(cpu)}))


def baseline(frames_file: Path, confine: Confine) -> dict[str, float]:
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.pi_budget", "--baseline-worker", str(frames_file)],
                            stdout=subprocess.PIPE, text=True)
    confine(proc.pid)
    out, _ = proc.communicate(timeout=600)
    result: dict[str, float] = json.loads(out)
    return result


# --- the real app --------------------------------------------------------------------------------
def start_kiosk(display: str, data: Path, video: Path, confine: Confine, env: dict[str, str]) -> Any:
    from tests.e2e.harness import KioskProcess

    door = KioskProcess(display, data, "--camera", str(video), "--no-demo", extra_env=env)
    confine(door.proc.pid)  # before it has imported anything: its threads and decoders inherit it
    return door


def wait_for_both(door: Any, *wanted: dict[str, Any], timeout: float = 120) -> None:
    """Log records matching each of `wanted`, in whatever order they come (the camera may be
    open before the app says it is ready, or after)."""
    left = list(wanted)
    end = time.monotonic() + timeout
    while left:
        record = door.wait_for(timeout=max(end - time.monotonic(), 0.1))
        left = [w for w in left if not all(record.get(k) == v for k, v in w.items())]


def idle(display: str, data: Path, video: Path, confine: Confine, seconds: float) -> dict[str, Any]:
    door = start_kiosk(display, data, video, confine, {"KIOSK_PROBE": "0", "KIOSK_STATS_SECONDS": str(seconds)})
    try:
        wait_for_both(door, {"event": "ready"}, {"event": "camera", "status": "ok"})
        time.sleep(3)  # warm up: the spare decoder starting, the first paints
        c0, t0 = cpu_seconds(door.proc.pid), time.monotonic()
        stats = door.wait_for(event="stats", timeout=seconds + 30)
        cpu = (cpu_seconds(door.proc.pid) - c0) / (time.monotonic() - t0) * 100
    finally:
        door.stop()
    return {"cpu": cpu, "stats": stats}


def cards(display: str, setup: tuple[Path, Path, list[str], list[int], int], confine: Confine,
          tmp: Path, run: str, traced: bool = False) -> dict[str, Any]:
    data_src, video, ids, first_readable, length = setup
    data = tmp / f"cards-{run}"
    shutil.copytree(data_src, data)  # every run starts with nobody checked in
    env = {"KIOSK_PROBE": "1", "KIOSK_STATS_SECONDS": "5"}
    if traced:
        env["KIOSK_TRACE"] = "1"
    door = start_kiosk(display, data, video, confine, env)
    latencies: list[float] = []
    traces: list[dict[str, float]] = []
    stats: list[dict[str, Any]] = []
    try:
        door.wait_for(event="ready", timeout=120)
        c0, t0 = cpu_seconds(door.proc.pid), time.monotonic()
        seen: set[str] = set()
        while len(seen) < len(ids):
            record = door.wait_for(timeout=120)
            if record.get("event") == "stats":
                stats.append(record)
            elif record.get("event") == "result_shown" and record.get("shown_as") == "checked_in":
                seen.add(record["member_id"])
                index = (record["frame_seq"] - 1) % length
                late = max(index - first_readable[ids.index(record["member_id"])], 0)
                latencies.append(record["frame_to_shown_ms"] + late * 1000 / FPS)
                if record.get("trace"):
                    traces.append({"first_readable": -late * 1000 / FPS, **record["trace"]})
        cpu = (cpu_seconds(door.proc.pid) - c0) / (time.monotonic() - t0) * 100
        stats.append(door.wait_for(event="stats", timeout=30))
    finally:
        door.stop()
    return {"latencies": latencies, "stats": stats, "cpu": cpu, "traces": traces}


@dataclass
class Run:
    name: str
    base_idle: dict[str, float] = field(default_factory=dict)
    base_cards: dict[str, float] = field(default_factory=dict)
    idle: dict[str, Any] = field(default_factory=dict)
    cards: dict[str, Any] = field(default_factory=dict)
    throttled_ms: float = 0.0
    load: str = ""


def measure(name: str, confine: Confine, display: str, tmp: Path, idle_data: Path, video: Path,
            setup: tuple[Path, Path, list[str], list[int], int], seconds: float, traced: bool = False) -> Run:
    run = Run(name, load=load())
    run.base_idle = baseline(tmp / "idle.npy", confine)
    run.base_cards = baseline(tmp / "cards.npy", confine)
    data = tmp / f"idle-{name}"
    shutil.copytree(idle_data, data)
    run.idle = idle(display, data, video, confine, seconds)
    run.cards = cards(display, setup, confine, tmp, name, traced)
    return run


def report(runs: list[Run], factor: float, cpu: int) -> None:
    def row(label: str, values: list[str]) -> None:
        print(f"| {label} | " + " | ".join(values) + " |")

    names = {"here": "one core here", "pi": f"Pi budget (1/{factor:g} core)"}
    print(f"All on CPU {cpu} (taskset); camera a 1280x720 MP4 at {FPS} fps; load before each run: "
          + "; ".join(f"{names[r.name]} {r.load}" for r in runs) + "\n")
    print("| | " + " | ".join(names[r.name] for r in runs) + " |")
    print("|---|" + "---|" * len(runs))
    row("zxing-cpp alone, ms per idle frame: median decode (baseline) / throughput",
        [f"{r.base_idle['wall_ms_median']:.2f} / {r.base_idle['wall_ms_mean']:.2f}" for r in runs])
    row("zxing-cpp alone, CPU ms per idle frame", [f"{r.base_idle['cpu_ms_mean']:.2f}" for r in runs])
    row("zxing-cpp alone, ms per frame with cards: median (baseline) / throughput",
        [f"{r.base_cards['wall_ms_median']:.2f} / {r.base_cards['wall_ms_mean']:.2f}" for r in runs])
    row("idle: app CPU, % of one core here", [f"{r.idle['cpu']:.1f}%" for r in runs])
    row("idle: app CPU, % of the core it has", [f"{r.idle['cpu'] * (factor if r.name == 'pi' else 1):.1f}%"
                                                for r in runs])
    row("idle: app CPU / zxing-cpp alone on every frame",
        [f"{r.idle['cpu'] / (r.base_idle['cpu_ms_mean'] * FPS / 10):.2f}x" for r in runs])
    for r in runs:
        s = r.idle["stats"]
        r.idle["work_per_frame"] = ((s["decode_ms_mean"] or 0) * s["fps_decoded"] / max(s["fps_grabbed"], 0.1))
    row("idle: grabbed / decoded / previewed fps",
        [f"{r.idle['stats']['fps_grabbed']} / {r.idle['stats']['fps_decoded']} / {r.idle['stats']['fps_previewed']}"
         for r in runs])
    row("idle: decode ms per decoded frame, median (x zxing-cpp alone) / mean",
        [f"{(m := r.idle['stats']['decode_ms_median'] or 0)} ({m / r.base_idle['wall_ms_median']:.2f}x)"
         f" / {r.idle['stats']['decode_ms_mean']}" for r in runs])
    row("idle: decoder process's own work per decoded frame, median ms (x zxing-cpp alone)",
        [f"{(w := r.idle['stats'].get('decode_work_ms_median') or 0)} ({w / r.base_idle['wall_ms_median']:.2f}x)"
         for r in runs])
    row("idle: decode work per camera frame, ms (x zxing-cpp alone)",
        [f"{r.idle['work_per_frame']:.2f} ({r.idle['work_per_frame'] / r.base_idle['wall_ms_median']:.2f}x)"
         for r in runs])
    row("idle: frames dropped by capture per s", [f"{max(FPS - r.idle['stats']['fps_grabbed'], 0):.1f}"
                                                  for r in runs])
    for r in runs:
        lat = r.cards["latencies"]
        st = r.cards["stats"]
        r.cards["p95"], r.cards["median"] = pct(lat, 95), statistics.median(lat)
        r.cards["gap"] = max(s.get("gui_gap_ms_max") or 0 for s in st)
        r.cards["gaps16"] = sum(s.get("gui_gaps_over_16ms") or 0 for s in st)
        r.cards["grabbed"] = statistics.mean(s["fps_grabbed"] for s in st)
        r.cards["decode"] = statistics.mean(s["decode_ms_mean"] or 0 for s in st)
        r.cards["work"] = statistics.mean(s.get("decode_work_ms_mean") or 0 for s in st)
    row("cards: welcomes", [str(len(r.cards["latencies"])) for r in runs])
    row("cards: first readable frame -> welcome, median / p95 ms",
        [f"{r.cards['median']:.0f} / {r.cards['p95']:.0f}" for r in runs])
    row("cards: p95 / zxing-cpp alone per frame",
        [f"{r.cards['p95'] / r.base_cards['wall_ms_median']:.0f}x" for r in runs])
    row("cards: app CPU, % of one core here", [f"{r.cards['cpu']:.1f}%" for r in runs])
    row("cards: decode ms per decoded frame (mean; x zxing-cpp alone)",
        [f"{r.cards['decode']:.2f} ({r.cards['decode'] / r.base_cards['wall_ms_median']:.1f}x)" for r in runs])
    row("cards: decoder process's own work per decoded frame, mean ms (x zxing-cpp alone)",
        [f"{r.cards['work']:.2f} ({r.cards['work'] / r.base_cards['wall_ms_median']:.1f}x)" for r in runs])
    row("cards: frames dropped by capture per s", [f"{max(FPS - r.cards['grabbed'], 0):.1f}" for r in runs])
    row("cards: GUI longest stall ms / stalls over 16 ms", [f"{r.cards['gap']} / {r.cards['gaps16']}" for r in runs])
    for r in runs:
        if r.throttled_ms:
            print(f"\n{names[r.name]}: the cgroup held the app back {r.throttled_ms / 1000:.1f} s in all")


def report_trace(runs: list[Run], factor: float) -> None:
    """Each stage of the welcome, in ms since the grab of the decoded frame (the first readable
    frame comes that much earlier when the decoder was busy), and the GUI stalls' causes."""
    names = {"here": "one core here", "pi": f"Pi budget (1/{factor:g} core)"}
    for r in runs:
        traces = r.cards.get("traces") or []
        if not traces:
            continue
        print(f"\nStages of a welcome, {names[r.name]} ({len(traces)} welcomes): ms since the grab, "
              "median / p95; and the step from the stage before, median / p95\n")
        print("| stage | since the grab | step |\n|---|---|---|")
        stages = list(dict.fromkeys(k for t in traces for k in t))
        previous: str | None = None
        for stage in stages:
            at = [t[stage] for t in traces if stage in t]
            steps = [t[stage] - t[previous] for t in traces if stage in t and previous in t] if previous else []
            step = f"{statistics.median(steps):.1f} / {pct(steps, 95):.1f}" if steps else ""
            print(f"| {stage} | {statistics.median(at):.1f} / {pct(at, 95):.1f} | {step} |")
            previous = stage
        stalls = [s for st in r.cards["stats"] for s in st.get("gui_stalls") or []]
        if stalls:
            by_cause: dict[str, list[float]] = {}
            for s in stalls:
                cause = s["where"][0][0] if s["where"] else "(no sample: the whole process held back)"
                if s.get("busy"):
                    cause += f"; busy beside it: {s['busy'][0][0]}"
                by_cause.setdefault(cause, []).append(s["ms"])
            print(f"\nGUI stalls over 16 ms, {names[r.name]}: {len(stalls)}, by where the GUI thread was "
                  "most often sampled in each\n")
            print("| GUI thread (kiosk code < innermost frame); the other thread most often busy | stalls | "
                  "ms in all | longest ms |\n|---|---|---|---|")
            for cause, ms in sorted(by_cause.items(), key=lambda kv: -sum(kv[1]))[:12]:
                print(f"| {cause} | {len(ms)} | {sum(ms):.0f} | {max(ms):.0f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=float, default=FACTOR, help="a Pi 4 core is this many times slower")
    parser.add_argument("--idle-seconds", type=float, default=20.0)
    parser.add_argument("--members", type=int, default=12)
    parser.add_argument("--cpu", type=int, default=max(os.sched_getaffinity(0)))
    parser.add_argument("--json", help="also write every figure to this file")
    parser.add_argument("--door-on", action="store_true",
                        help="with a lock that every welcome opens and speech always on")
    parser.add_argument("--trace", action="store_true",
                        help="log each welcome's stages and the GUI stalls' causes (KIOSK_TRACE=1)")
    parser.add_argument("--here-only", action="store_true", help="no throttled run")
    parser.add_argument("--baseline-worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline_worker:
        baseline_worker(args.baseline_worker)
        return
    from kiosk import app
    from tests.e2e.harness import Xvfb

    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        video = idle_video(tmp)
        idle_data = tmp / "idle-data"
        app.build(idle_data).close()
        shelly = None
        if args.door_on:
            from tests.lock.fake_devices import FakeShelly
            shelly = FakeShelly("bench-password").start()
        setup = cards_setup(tmp, args.members, shelly.url if shelly else "")
        if args.door_on:
            for data in (idle_data, setup[0]):
                subprocess.run([sys.executable, "-m", "kiosk", "settings", "set", "speech", "always",
                                "--data-dir", str(data)], check=True, stdout=subprocess.DEVNULL)
            print("(door on: a Shelly lock on loopback, speech always)")
        np.save(tmp / "idle.npy", grey_frames(video))
        np.save(tmp / "cards.npy", grey_frames(setup[1], limit=100, stride=4))
        screen = Xvfb()  # the display server stays outside the budget: on a Pi it has cores of its own
        try:
            runs.append(measure("here", confine_to(args.cpu, None), screen.display, tmp, idle_data, video,
                                setup, args.idle_seconds, args.trace))
            with throttle(args.factor if not args.here_only else 0) as group:
                if group is not None:
                    print(f"(throttled: {group.description})")
                    run = measure("pi", confine_to(args.cpu, group), screen.display, tmp, idle_data, video,
                                  setup, args.idle_seconds, args.trace)
                    run.throttled_ms = group.throttled_ms()
                    runs.append(run)
        finally:
            screen.stop()
            if shelly is not None:
                shelly.stop()
    report(runs, args.factor, args.cpu)
    report_trace(runs, args.factor)
    if shelly is not None:
        print(f"\nThe lock was switched on {len([s for s in shelly.switchings if s.on])} times.")
    if args.json:
        Path(args.json).write_text(json.dumps([r.__dict__ for r in runs], indent=1, default=str))


if __name__ == "__main__":
    main()
