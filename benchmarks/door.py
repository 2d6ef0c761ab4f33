"""The real app under Xvfb, its camera a 1280x720 video at 30 fps:

1. idle (an empty doorway): CPU of the whole app (the Qt process and its decoder processes),
   frames grabbed, decoded and previewed per second, decode work per frame;
2. 12 members' cards held up in turn: for each welcome, the time from the first frame in which
   the code was readable to the result screen painted with the event committed, and how long
   the GUI thread was ever blocked (KIOSK_PROBE=1 heartbeat); with a lock set (a Shelly-protocol
   server on loopback, tests/lock/fake_devices.py), beside it the time from that frame to the
   unlock command sent (the door worker calls the lock right after it hands the result over).

    .venv/bin/python -m benchmarks.door
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.card_video import make_card_video
from kiosk import app
from kiosk.scan.synth import empty_frames, write_video
from tests.e2e.harness import KioskProcess, Xvfb
from tests.lock.fake_devices import FakeShelly

FPS = 30
CLK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and all its descendants, the living and the ended."""
    total = 0.0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # its own time, and that of its children that ended and were waited for (espeak-ng, aplay)
        total += sum(int(f) for f in fields[11:15]) / CLK
        stack.extend(children.get(p, []))
    return total


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def idle(tmp: Path, fps: int, seconds: float = 20.0, speech: str = "") -> dict[str, Any]:
    """`speech`: the door's speech setting for the run ("always": read aloud with nobody asking,
    the keypad and jack watchers on); "" leaves the default (on request)."""
    data = tmp / f"idle{fps}{speech}"
    kiosk = app.build(data)
    if speech:
        app.apply_settings(kiosk, replace(kiosk.settings, speech=speech))
    kiosk.close()
    video = tmp / f"empty{fps}.mp4"
    write_video(video, empty_frames(np.random.default_rng(2), fps * 4), fps=fps)
    screen = Xvfb()
    door = KioskProcess(screen.display, data, "--camera", str(video), "--no-demo",
                        extra_env={"KIOSK_PROBE": "0", "KIOSK_STATS_SECONDS": str(seconds)})
    try:
        door.wait_for(event="ready")
        door.wait_for(event="camera", status="ok")
        time.sleep(3)  # warm up
        c0, t0 = cpu_seconds(door.proc.pid), time.monotonic()
        xc0 = cpu_seconds(screen.proc.pid)
        stats = door.wait_for(event="stats", timeout=seconds + 10)
        cpu = (cpu_seconds(door.proc.pid) - c0) / (time.monotonic() - t0) * 100
        xcpu = (cpu_seconds(screen.proc.pid) - xc0) / (time.monotonic() - t0) * 100
    finally:
        door.stop()
        screen.stop()
    cap, n, start = cv2.VideoCapture(str(video)), 0, time.process_time()
    while cap.read()[0]:
        n += 1
    video_ms = (time.process_time() - start) / n * 1000
    return {"fps": fps, "cpu": cpu, "xvfb_cpu": xcpu, "stats": stats, "video_cpu": video_ms * fps / 10}


def scans(tmp: Path, members: int = 12) -> dict[str, Any]:
    shelly = FakeShelly("bench-password").start()
    cards = make_card_video(tmp, members, fps=FPS, gap_frames=FPS // 2, name="cards", lock_url=shelly.url)
    video, ids, first_readable, length = cards.video, cards.member_ids, cards.first_readable, cards.length
    screen = Xvfb()
    door = KioskProcess(screen.display, cards.data, "--camera", str(video), "--no-demo",
                        extra_env={"KIOSK_PROBE": "1"})
    latencies, stats = [], []
    try:
        door.wait_for(event="ready")
        for _ in range(members):
            shown = door.wait_for(event="result_shown", shown_as="checked_in", timeout=60)
            index = (shown["frame_seq"] - 1) % length
            card = ids.index(shown["member_id"])
            late_frames = max(index - first_readable[card], 0)
            latencies.append(shown["frame_to_shown_ms"] + late_frames * 1000 / FPS)
        stats.append(door.wait_for(event="stats", timeout=10))
    finally:
        door.stop()
        screen.stop()
        shelly.stop()
    unlocks, locks, decided = [], [], []
    for line in door.log:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("event") == "door_answer" and record.get("door") == "opened" and record.get("frame_seq"):
            index = (record["frame_seq"] - 1) % length
            card = ids.index(record["member_id"])
            unlocks.append(record["frame_to_unlock_sent_ms"] + max(index - first_readable[card], 0) * 1000 / FPS)
            locks.append(record["lock_ms"])
            decided.append(record["scan_to_unlock_sent_ms"])
    return {"latencies": latencies, "stats": stats, "unlocks": unlocks, "lock_ms": locks, "decided": decided,
            "switched": len([s for s in shelly.switchings if s.on])}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        quiets = [idle(tmp, 30), idle(tmp, 15)]
        busy = scans(tmp)
    lat = busy["latencies"]
    s = busy["stats"][-1]
    print("Idle door (an empty doorway), 1280x720, 20 s each; CPU of the whole app (Qt process and "
          "decoder processes) in % of one core, and the part of it spent decoding the MP4 file that "
          "stands in for the camera\n")
    print("| camera fps | app CPU | of it, MP4 decoding | Xvfb CPU | grabbed fps | decoded fps | "
          "previewed fps | decode ms median | decode ms mean |")
    print("|---|---|---|---|---|---|---|---|---|")
    for quiet in quiets:
        q = quiet["stats"]
        print(f"| {quiet['fps']} | {quiet['cpu']:.1f}% | {quiet['video_cpu']:.1f}% | {quiet['xvfb_cpu']:.1f}% | "
              f"{q['fps_grabbed']} | {q['fps_decoded']} | {q['fps_previewed']} | {q['decode_ms_median']} | "
              f"{q['decode_ms_mean']} |")
    print()
    print(f"{len(lat)} members' cards held up in turn: first readable frame -> result painted and "
          "event committed\n")
    unl = busy["unlocks"]
    print("| from the first readable frame to | median ms | p95 ms | max ms |\n|---|---|---|---|")
    print(f"| result painted, event committed | {statistics.median(lat):.0f} | {pct(lat, 95):.0f} | {max(lat):.0f} |")
    if unl:
        print(f"| unlock command sent (Shelly RPC on loopback; {len(unl)} opened, {busy['switched']} switched) | "
              f"{statistics.median(unl):.0f} | {pct(unl, 95):.0f} | {max(unl):.0f} |")
        dc = busy["decided"]
        print(f"| (of it: code at the door worker -> unlock command sent: verify, decide, commit) | "
              f"{statistics.median(dc):.0f} | {pct(dc, 95):.0f} | {max(dc):.0f} |")
        lk = busy["lock_ms"]
        print(f"| (the lock's own answer, digest exchange of 2 requests) | {statistics.median(lk):.0f} | "
              f"{pct(lk, 95):.0f} | {max(lk):.0f} |")
    print()
    print("Last 5 s stats while scanning (KIOSK_PROBE=1):\n")
    print("| grabbed fps | decoded fps | previewed fps | decode ms median | decode ms mean | "
          "GUI max gap ms | gaps > 16 ms |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {s['fps_grabbed']} | {s['fps_decoded']} | {s['fps_previewed']} | {s['decode_ms_median']} | "
          f"{s['decode_ms_mean']} | {s.get('gui_gap_ms_max')} | {s.get('gui_gaps_over_16ms')} |")


if __name__ == "__main__":
    main()
