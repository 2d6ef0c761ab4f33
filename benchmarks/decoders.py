"""Decoder comparison: read rate on the real photos and on generated frames, ms per 720p frame.

    .venv/bin/python -m benchmarks.decoders

Prints Markdown tables for docs/benchmarks.md. All decoders are measured in the same run.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Callable

import cv2
import numpy as np

from benchmarks.frames import cases, empty_frame
from benchmarks.samples import load_samples, matches
from kiosk.scan.decoders import PyzbarDecoder, ZxingDecoder
from kiosk.scan.pipeline import decode_in_process, load_gray

Decode = Callable[[np.ndarray], list[str]]


def decoders() -> dict[str, Decode]:
    plain, live, zbar = ZxingDecoder(thorough=False), ZxingDecoder(), PyzbarDecoder()
    return {
        "zxing-cpp plain": lambda g: [c.text for c in plain.decode(g)],
        "zxing-cpp +rotate +invert (live default)": lambda g: [c.text for c in live.decode(g)],
        "pyzbar": lambda g: [c.text for c in zbar.decode(g)],
        "kiosk scan (all passes)": lambda g: [
            c.text for c in decode_in_process(g, {"zxing-cpp": live, "pyzbar": zbar})],
    }


def timed(fn: Decode, gray: np.ndarray) -> tuple[list[str], float]:
    start = time.perf_counter()
    out = fn(gray)
    return out, (time.perf_counter() - start) * 1000


def photos(decs: dict[str, Decode]) -> str:
    samples = load_samples()
    grays = [load_gray(s.image) for s in samples]
    lines = [f"Real photos: {len(samples)} images from shared/qr-samples\n",
             "| decoder | read | rate | median ms | p95 ms |", "|---|---|---|---|---|"]
    for name, fn in decs.items():
        hits, times = 0, []
        for sample, gray in zip(samples, grays, strict=True):
            texts, ms = timed(fn, gray)
            hits += matches(sample.expected, texts)
            times.append(ms)
        p95 = statistics.quantiles(times, n=20, method="inclusive")[-1]
        lines.append(f"| {name} | {hits}/{len(samples)} | {hits / len(samples):.0%} | "
                     f"{statistics.median(times):.1f} | {p95:.1f} |")
    return "\n".join(lines)


def generated(decs: dict[str, Decode]) -> str:
    all_cases = list(cases())
    names = list(decs)
    hits: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for case in all_cases:
        gray = cv2.cvtColor(case.frame, cv2.COLOR_BGR2GRAY)
        key = (case.kind, case.strength)
        totals[key] += 1
        for name, fn in decs.items():
            hits[key][name] += case.expected in fn(gray)
    lines = [f"Generated 1280x720 webcam-like frames ({len(all_cases)}, seeded)\n",
             "| difficulty | strength | " + " | ".join(names) + " |",
             "|---|---|" + "---|" * len(names)]
    for key, total in totals.items():
        cells = " | ".join(f"{hits[key][n]}/{total}" for n in names)
        lines.append(f"| {key[0]} | {key[1]} | {cells} |")
    sums = " | ".join(f"**{sum(hits[k][n] for k in totals)}/{len(all_cases)}**" for n in names)
    lines.append(f"| **all** | | {sums} |")
    return "\n".join(lines)


def frame_cost(decs: dict[str, Decode], repeats: int = 40) -> str:
    with_code = next(c for c in cases(per_setting=1) if c.kind == "easy").frame
    frames = {"no code": cv2.cvtColor(empty_frame(), cv2.COLOR_BGR2GRAY),
              "one code": cv2.cvtColor(with_code, cv2.COLOR_BGR2GRAY)}
    lines = [f"ms per 1280x720 grey frame (median of {repeats} runs, one core)\n",
             "| decoder | no code | one code |", "|---|---|---|"]
    for name, fn in decs.items():
        if "all passes" in name:
            continue
        cells = []
        for gray in frames.values():
            times = [timed(fn, gray)[1] for _ in range(repeats)]
            cells.append(f"{statistics.median(times):.1f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    cv2.setNumThreads(1)
    decs = decoders()
    print(photos(decs), end="\n\n")
    print(generated(decs), end="\n\n")
    print(frame_cost(decs))


if __name__ == "__main__":
    main()
