"""Start-up and memory of the real kiosk under Xvfb (warm cache, an existing data folder):

1. start to ready: from starting `kiosk run` to its `ready` log event (the scan screen shown,
   the camera opened), beside a baseline measured in the same run: a bare interpreter that only
   imports what the door cannot do without (PySide6's widgets, OpenCV, numpy, SQLAlchemy);
2. memory of every kiosk process (the Qt process, the active decoder process and the warm
   spare) as PSS from /proc/PID/smaps_rollup, so shared libraries count once, a few seconds
   after ready and again after `--minutes` (default: none);
3. whether the server's stack (FastAPI, uvicorn, Starlette, psycopg, Jinja2) was imported by
   any kiosk process.

    .venv/bin/python -m benchmarks.start [--starts 5] [--minutes 0] [--before DIR] [--uncompiled]

Wall time on this shared machine is mostly waiting for a core (load 10-16: a bare import then takes
4x its CPU time); the CPU seconds each process used up to ready are the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.pi_budget import idle_video, load

SERVER_STACK = ("fastapi", "uvicorn", "starlette", "psycopg", "jinja2")
BASELINE = "import PySide6.QtWidgets, cv2, numpy, sqlalchemy"
# Qt's own floor: its widgets imported, the application made, one full-screen label painted.
QT_FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv[:1])
label = Label("Vis dit kort")
label.showFullScreen()
app.exec()
"""


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


CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system, all threads) the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of a command."""
    start = time.monotonic()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise RuntimeError(f"{args} failed")
    return time.monotonic() - start, usage.ru_utime + usage.ru_stime


@dataclass
class Variant:
    """A checkout whose kiosk is started (this one, or --before DIR), and what its starts measured."""

    name: str
    root: Path
    env: dict[str, str | None]
    starts: list[float] = field(default_factory=list)  # s, start to ready
    cpu: list[float] = field(default_factory=list)  # s, the Qt process's CPU up to ready
    decoder_cpu: list[float] = field(default_factory=list)  # s, its decoder processes' CPU up to ready
    baselines: list[tuple[float, float]] = field(default_factory=list)  # (wall, CPU) s
    floors: list[tuple[float, float]] = field(default_factory=list)  # (wall, CPU) s of QT_FLOOR
    memory: list[dict[int, int]] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    imports: dict[str, float] = field(default_factory=dict)

    def environ(self) -> dict[str, str]:
        env = dict(os.environ)
        for name, value in self.env.items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return env


def bytecode_env(tmp: Path, name: str, compiled: bool) -> dict[str, str | None]:
    """As installed (the package compiles every module): bytecode written at the first start to a
    cache of this run's own and read after. The environment here may say PYTHONDONTWRITEBYTECODE,
    which makes every start compile the kiosk's 300 modules from source (about 0.2 s of CPU)."""
    if not compiled:
        return {}
    return {"PYTHONDONTWRITEBYTECODE": None, "PYTHONPYCACHEPREFIX": str(tmp / f"pycache-{name}")}


def one_start(variant: Variant, display: str, data: Path, video: Path, args: argparse.Namespace,
              last: bool) -> None:
    from tests.e2e.harness import KioskProcess

    variant.baselines.append(timed([sys.executable, "-c", BASELINE], variant.environ()))
    variant.floors.append(timed([sys.executable, "-c", QT_FLOOR], {**variant.environ(), "DISPLAY": display}))
    t0 = time.monotonic()
    door = KioskProcess(display, data, "--camera", str(video), "--no-demo", extra_env=variant.env,
                        cwd=variant.root)
    try:
        door.wait_for(event="ready", timeout=120)
        variant.starts.append(time.monotonic() - t0)
        pids = tree(door.proc.pid)
        variant.cpu.append(cpu_s(pids[0]))
        variant.decoder_cpu.append(sum(cpu_s(p) for p in pids[1:]))
        if last:  # the last start: memory of every process
            time.sleep(5)  # the spare decoder started, a few frames drawn
            variant.memory.append({p: pss_kb(p) for p in tree(door.proc.pid)})
            variant.names = {p: command(p) for p in variant.memory[0]}
            if args.minutes:
                time.sleep(args.minutes * 60)
                variant.memory.append({p: pss_kb(p) for p in tree(door.proc.pid)})
    finally:
        door.stop()


def profile_imports(variant: Variant, display: str, data: Path, video: Path) -> None:
    """One more start with -X importtime (all its processes): what the door imports."""
    from tests.e2e.harness import KioskProcess

    door = KioskProcess(display, data, "--camera", str(video), "--no-demo",
                        extra_env={**variant.env, "PYTHONPROFILEIMPORTTIME": "1"}, cwd=variant.root)
    try:
        door.wait_for(event="ready", timeout=120)
        time.sleep(3)
    finally:
        door.stop()
    variant.imports = imported(door.log)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--minutes", type=float, default=0.0, help="also measure memory after this long")
    parser.add_argument("--before", type=Path, metavar="DIR",
                        help="a checkout of another commit (git archive main | tar -x -C DIR): its starts "
                             "alternate with this one's in the same run")
    parser.add_argument("--uncompiled", action="store_true",
                        help="keep this environment's PYTHONDONTWRITEBYTECODE (modules compiled at each start)")
    args = parser.parse_args(argv)
    from kiosk import app
    from tests.e2e.harness import ROOT, Xvfb

    print(f"load before: {load()}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        variants = [Variant("after", ROOT, bytecode_env(tmp, "after", not args.uncompiled))]
        if args.before:
            variants.insert(0, Variant("before", args.before.resolve(),
                                       bytecode_env(tmp, "before", not args.uncompiled)))
        video = idle_video(tmp)
        data = tmp / "data"
        app.build(data).close()
        screen = Xvfb()
        try:
            for i in range(args.starts + 1):  # the first start warms the cache (and writes the bytecode)
                for variant in variants:
                    one_start(variant, screen.display, data, video, args, last=i == args.starts)
            for variant in variants:
                profile_imports(variant, screen.display, data, video)
        finally:
            screen.stop()
    print(f"load after: {load()}")
    report(variants, args)


def report(variants: list[Variant], args: argparse.Namespace) -> None:
    med = statistics.median
    for v in variants:
        v.starts, v.cpu, v.decoder_cpu = v.starts[1:], v.cpu[1:], v.decoder_cpu[1:]
        v.baselines, v.floors = v.baselines[1:], v.floors[1:]
    names = " | ".join(v.name for v in variants)
    print(f"\nStart to ready, {args.starts} warm starts under Xvfb each, medians (s; min-max); "
          f"bytecode {'compiled at each start' if args.uncompiled else 'compiled once, as installed'}:\n")
    print(f"| what | {names} |\n|---|" + "---|" * len(variants))
    rows: list[tuple[str, Callable[[Variant], list[float]]]] = [
        ("kiosk run -> ready, wall", lambda v: v.starts),
        ("baseline, wall", lambda v: [b[0] for b in v.baselines]),
        ("Qt process CPU up to ready", lambda v: v.cpu),
        ("decoder processes' CPU up to ready", lambda v: v.decoder_cpu),
        ("baseline, CPU", lambda v: [b[1] for b in v.baselines]),
        ("Qt floor (one label painted), wall", lambda v: [f[0] for f in v.floors]),
        ("Qt floor, CPU", lambda v: [f[1] for f in v.floors]),
    ]
    for label, values in rows:
        print(f"| {label} | " + " | ".join(
            f"{med(values(v)):.2f} ({min(values(v)):.2f}-{max(values(v)):.2f})" for v in variants) + " |")
    print("| ratio to the baseline, wall | " + " | ".join(
        f"{med(v.starts) / med([b[0] for b in v.baselines]):.2f}x" for v in variants) + " |")
    print("| ratio to the baseline, Qt process CPU | " + " | ".join(
        f"{med(v.cpu) / med([b[1] for b in v.baselines]):.2f}x" for v in variants) + " |")
    print(f"\n(baseline: `python -c \"{BASELINE}\"`; Qt floor: import QtWidgets, QApplication, one "
          "full-screen QLabel until its first paint)")
    for v in variants:
        print(f"\n{v.name}: memory (PSS, MB) of every kiosk process, 5 s after ready"
              + (f" and after {args.minutes:g} min" if args.minutes else "") + ":\n")
        print("| process | after start |" + (" later |" if len(v.memory) > 1 else ""))
        print("|---|---|" + ("---|" if len(v.memory) > 1 else ""))
        for pid, kb in v.memory[0].items():
            later = f" {v.memory[1].get(pid, 0) / 1024:.0f} |" if len(v.memory) > 1 else ""
            print(f"| {v.names[pid]} | {kb / 1024:.0f} |{later}")
        total_later = f" {sum(v.memory[1].values()) / 1024:.0f} |" if len(v.memory) > 1 else ""
        print(f"| **all** | **{sum(v.memory[0].values()) / 1024:.0f}** |{total_later}")
        heavy = sorted(v.imports.items(), key=lambda kv: -kv[1])[:12]
        print(f"\n{v.name}: imported by the kiosk's processes up to ready (-X importtime, cumulative ms of "
              "top-level packages, all processes together; slower than a plain start):\n")
        print(", ".join(f"{name} {ms:.0f}" for name, ms in heavy))
        server = [name for name in SERVER_STACK if name in v.imports]
        print(f"\nThe server's stack ({', '.join(SERVER_STACK)}) imported: {', '.join(server) or 'none'}")


if __name__ == "__main__":
    main()
