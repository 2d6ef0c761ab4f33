"""Memory of the real kiosk over a long run with members' cards held up all the while.

The real app under Xvfb, its camera a looping 1280x720 MP4 at 15 fps of 12 members' cards held
up in turn (a second of empty doorway between them, the loop about 28 s long), so the door checks
members in, repeats, and checks them out again for as long as it runs. Every `--sample-seconds`
it records PSS (/proc/PID/smaps_rollup: shared libraries count once) and RSS of every kiosk
process (the Qt process, the active decoder process and the warm spare) and how many results
the door has shown. Prints a Markdown table for docs/benchmarks.md.

    .venv/bin/python -m benchmarks.memory [--minutes 60] [--sample-seconds 60]
    .venv/bin/python -m benchmarks.memory --minutes 2 --sample-seconds 20   # a short check
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.pi_budget import cards_setup, load
from benchmarks.start import command, tree


def rollup(pid: int) -> tuple[int, int]:
    """(PSS, RSS) in kB; (0, 0) for a process that has gone."""
    pss = rss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                pss = int(line.split()[1])
            elif line.startswith("Rss:"):
                rss = int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return pss, rss


def kind(pid: int, root: int) -> str:
    return "Qt process" if pid == root else ("decoder" if "kiosk.scan.worker" in command(pid) else command(pid))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--sample-seconds", type=float, default=60.0)
    parser.add_argument("--members", type=int, default=12)
    args = parser.parse_args(argv)
    from tests.e2e.harness import KioskProcess, Xvfb

    print(f"load before: {load()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        data, video, _ids, _readable, length = cards_setup(Path(tmp_name), args.members)
        screen = Xvfb()
        door = KioskProcess(screen.display, data, "--camera", str(video), "--no-demo")
        shown: list[dict[str, object]] = []
        stop = threading.Event()

        def count_results() -> None:  # the door's answers, from its JSON log
            while not stop.is_set():
                try:
                    shown.append(door.wait_for(event="result_shown", timeout=1.0))
                except AssertionError:
                    if door.proc.poll() is not None:
                        return

        rows = []
        try:
            door.wait_for(event="ready", timeout=120)
            counter = threading.Thread(target=count_results, daemon=True)
            counter.start()
            start = time.monotonic()
            while True:
                elapsed = time.monotonic() - start
                pids = tree(door.proc.pid)
                mem = {p: rollup(p) for p in pids}
                rows.append((elapsed, {p: (kind(p, door.proc.pid), *mem[p]) for p in pids}, len(shown)))
                print(f"{elapsed / 60:6.1f} min: PSS {sum(m[0] for m in mem.values()) / 1024:.0f} MB, "
                      f"RSS {sum(m[1] for m in mem.values()) / 1024:.0f} MB, {len(shown)} results, "
                      f"load {load()}", flush=True)
                if elapsed >= args.minutes * 60 or door.proc.poll() is not None:
                    break
                time.sleep(min(args.sample_seconds, max(args.minutes * 60 - elapsed, 0.1)))
        finally:
            stop.set()
            door.stop()
            screen.stop()
    answers: dict[str, int] = {}
    for record in shown:
        answers[str(record.get("shown_as"))] = answers.get(str(record.get("shown_as")), 0) + 1
    print(f"\nThe real kiosk for {args.minutes:g} min, camera a {length}-frame loop of {args.members} "
          f"members' cards at 15 fps; answers shown: {json.dumps(answers)}\n")
    kinds = sorted({k for _, procs, _ in rows for k, _, _ in procs.values()})
    print("| minute | " + " | ".join(f"{k} PSS MB" for k in kinds) + " | all PSS MB | all RSS MB | results |")
    print("|---" * (len(kinds) + 4) + "|")
    for elapsed, procs, results in rows:
        per_kind = {k: sum(p for kk, p, _ in procs.values() if kk == k) for k in kinds}
        cells = " | ".join(f"{per_kind[k] / 1024:.0f}" for k in kinds)
        pss = sum(p for _, p, _ in procs.values()) / 1024
        rss = sum(r for _, _, r in procs.values()) / 1024
        print(f"| {elapsed / 60:.1f} | {cells} | {pss:.0f} | {rss:.0f} | {results} |")


if __name__ == "__main__":
    main()
