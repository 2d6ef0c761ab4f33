"""Decoder comparison: read rate on real photos and on generated scenes, and cost per 720p frame.

    .venv/bin/python -m benchmarks.decoders [--per-setting N]

Every decoder is measured in the same run. Generated scenes are bursts of 8 frames (a code held
up for half a second at 15 fps): a decoder alone gets its one pass on every frame; the kiosk's
live pipeline gets its schedule (the primary pass on every frame, one secondary pass per frame in
turn), exactly as at the door. Prints Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable

import cv2
import numpy as np

from benchmarks.frames import Case, cases, empty_frame
from benchmarks.samples import load_samples, matches
from kiosk.scan.decoders import Decoder, PyzbarDecoder, ZxingDecoder
from kiosk.scan.isolated import IsolatedDecoder
from kiosk.scan.passes import STILL_PASSES, PassSchedule
from kiosk.scan.pipeline import decode_in_process, load_gray
from kiosk.scan.worker import run_passes

DECODERS: dict[str, Decoder] = {}


def decoders() -> dict[str, Decoder]:
    if not DECODERS:
        DECODERS.update({"zxing-cpp": ZxingDecoder(), "pyzbar": PyzbarDecoder()})
    return DECODERS


def single(name: str) -> Callable[[np.ndarray], list[str]]:
    decoder = decoders()[name]
    return lambda gray: [c.text for c in decoder.decode(gray)]


class LivePipeline:
    """The live schedule, in this process (the isolated one adds about 0.3 ms of IPC per frame)."""

    def __init__(self) -> None:
        self.schedule = PassSchedule()

    def __call__(self, gray: np.ndarray) -> list[str]:
        passes = [[p.preparation, p.decoder] for p in self.schedule.next()]
        return [c.text for c in run_passes(gray, passes, decoders(), run_all=False)[0]]


def grey(frame: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def photos() -> str:
    samples = load_samples()
    grays = [load_gray(s.image) for s in samples]
    contenders: dict[str, Callable[[np.ndarray], list[str]]] = {
        "zxing-cpp": single("zxing-cpp"), "pyzbar": single("pyzbar"),
        "kiosk scan (all passes)": lambda g: [c.text for c in decode_in_process(g, decoders(), STILL_PASSES)],
    }
    lines = [f"Real photos: {len(samples)} images from tests/data/qr-samples\n",
             "| decoder | read | rate | median ms | p95 ms |", "|---|---|---|---|---|"]
    for name, fn in contenders.items():
        hits, times = 0, []
        for sample, gray in zip(samples, grays, strict=True):
            start = time.perf_counter()
            texts = fn(gray)
            times.append((time.perf_counter() - start) * 1000)
            hits += matches(sample.expected, texts)
        p95 = statistics.quantiles(times, n=20, method="inclusive")[-1]
        lines.append(f"| {name} | {hits}/{len(samples)} | {hits / len(samples):.0%} | "
                     f"{statistics.median(times):.1f} | {p95:.1f} |")
    return "\n".join(lines)


def held_up(fn: Callable[[np.ndarray], list[str]], case: Case) -> int:
    """How many of the scene's codes were read in any frame of the burst."""
    found: set[str] = set()
    for frame in case.burst:
        found.update(fn(grey(frame)))
        if found >= set(case.expected):
            break
    return len(found & set(case.expected))


def generated(per_setting: int) -> str:
    names = ["zxing-cpp", "pyzbar", "kiosk live pipeline"]
    hits: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    totals: dict[tuple[str, str], int] = defaultdict(int)
    count = 0
    for case in cases(per_setting=per_setting):
        count += 1
        key = (case.kind, case.strength)
        totals[key] += len(case.expected)
        contenders = {"zxing-cpp": single("zxing-cpp"), "pyzbar": single("pyzbar"),
                      "kiosk live pipeline": LivePipeline()}
        for name, fn in contenders.items():
            hits[key][name] += held_up(fn, case)
    lines = [f"Generated scenes: {count} bursts of 8 frames at 1280x720 (seeded), codes read\n",
             "| difficulty | strength | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for key in totals:
        cells = " | ".join(f"{hits[key][n]}/{totals[key]}" for n in names)
        lines.append(f"| {key[0]} | {key[1]} | {cells} |")
    total = sum(totals.values())
    sums = " | ".join(f"**{sum(hits[k][n] for k in totals)}/{total}**" for n in names)
    lines.append(f"| **all** | | {sums} |")
    return "\n".join(lines)


def frame_cost(repeats: int = 48) -> str:
    idle = grey(empty_frame())
    with_code = grey(next(c for c in cases(per_setting=1) if c.kind == "easy").frame)
    lines = [f"ms of decode work per 1280x720 frame ({repeats} frames; the pipeline cycles its passes)\n",
             "| decoder | idle median | idle mean | idle max | code in view, median |",
             "|---|---|---|---|---|"]

    def stats(fn: Callable[[np.ndarray], object], gray: np.ndarray) -> list[float]:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            fn(gray)
            times.append((time.perf_counter() - start) * 1000)
        return times

    isolated = IsolatedDecoder()
    schedule = PassSchedule()
    contenders: dict[str, Callable[[np.ndarray], object]] = {
        "zxing-cpp": single("zxing-cpp"), "pyzbar": single("pyzbar"),
        "kiosk live pipeline": LivePipeline(),
        "kiosk live pipeline, isolated process": lambda g: isolated.decode(g, schedule.next()),
    }
    try:
        for name, fn in contenders.items():
            t_idle, t_code = stats(fn, idle), stats(fn, with_code)
            lines.append(f"| {name} | {statistics.median(t_idle):.1f} | {statistics.mean(t_idle):.1f} | "
                         f"{max(t_idle):.1f} | {statistics.median(t_code):.1f} |")
    finally:
        isolated.close()
    return "\n".join(lines)


def main(per_setting: int = 4) -> None:
    cv2.setNumThreads(1)
    print(photos(), end="\n\n")
    print(generated(per_setting), end="\n\n")
    print(frame_cost())


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-setting", type=int, default=4)
    main(parser.parse_args().per_setting)
