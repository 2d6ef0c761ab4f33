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
from collections import Counter, defaultdict
from collections.abc import Callable

import cv2
import numpy as np

from benchmarks.frames import BURST, cases, empty_frame
from benchmarks.samples import load_samples, matches
from kiosk.scan.decoders import Decoder, PyzbarDecoder, ZxingDecoder
from kiosk.scan.isolated import IsolatedDecoder
from kiosk.scan.passes import LIVE_SECONDARY, PRIMARY, REGION_PASSES, STILL_PASSES, Pass, PassSchedule
from kiosk.scan.pipeline import decode_in_process, load_gray
from kiosk.scan.regions import FrameHistory
from kiosk.scan.worker import run_passes

DECODERS: dict[str, Decoder] = {}


def decoders() -> dict[str, Decoder]:
    if not DECODERS:
        DECODERS.update({"zxing-cpp": ZxingDecoder(), "pyzbar": PyzbarDecoder()})
    return DECODERS


def single(name: str) -> Callable[[np.ndarray], list[str]]:
    decoder = decoders()[name]
    return lambda gray: [c.text for c in decoder.decode(gray)]


# The live schedule before the second looks (scan.regions) and fused frames: for the comparison.
BEFORE_SECONDARY: list[Pass | None] = [
    None, Pass("half", "pyzbar"), Pass("otsu", "zxing-cpp"), Pass("adaptive", "zxing-cpp"),
    None, Pass("clahe", "zxing-cpp"), None, Pass("sharpen", "zxing-cpp"),
]


class LivePipeline:
    """The live schedule, in this process (the isolated one adds about 0.3 ms of IPC per frame),
    with the decoder process's frame history; counts which pass read each frame."""

    def __init__(self, before: bool = False) -> None:
        self.schedule = PassSchedule(BEFORE_SECONDARY, []) if before else PassSchedule()
        self.history = None if before else FrameHistory()
        self.first_passes: Counter[str] = Counter()

    def __call__(self, gray: np.ndarray) -> list[str]:
        passes = [[p.preparation, p.decoder] for p in self.schedule.next()]
        if self.history is not None:
            self.history.keep(gray)
        codes, first = run_passes(gray, passes, decoders(), run_all=False, history=self.history)
        if first:
            self.first_passes[first] += 1
        return [c.text for c in codes]


def still_one_frame(gray: np.ndarray) -> list[str]:
    """`kiosk scan`: every still pass on the frame, as if it were a photo."""
    return [c.text for c in decode_in_process(gray, decoders(), STILL_PASSES)]


def grey(frame: np.ndarray) -> np.ndarray:
    return frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


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


def at_720p(gray: np.ndarray, seed: int) -> list[np.ndarray]:
    """A photo as a 720p webcam delivers it: scaled down to fit 1280x720, a burst of frames
    with fresh sensor noise (a card held up for half a second)."""
    h, w = gray.shape[:2]
    factor = min(1.0, 1280 / w, 720 / h)
    if factor < 1.0:
        gray = cv2.resize(gray, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)
    rng = np.random.default_rng(seed)
    burst = []
    for _ in range(BURST):
        noise = rng.normal(0, 3.0, gray.shape)
        burst.append(np.clip(gray + noise, 0, 255).astype(np.uint8))
    return burst


class Tally:
    """Codes read and decode time per frame, per contender and per group of scenes."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.hits: dict[str, Counter[str]] = defaultdict(Counter)
        self.shown: Counter[str] = Counter()
        self.ms: dict[str, list[float]] = defaultdict(list)

    def scene(self, group: str, burst: list[np.ndarray], expected: set[str],
              contenders: dict[str, Callable[[np.ndarray], list[str]]]) -> None:
        """Every contender sees every frame of the burst (the door keeps decoding while a card
        is in view), so the time is per frame with a code in view, read or not."""
        self.shown[group] += len(expected)
        grays = [grey(f) for f in burst]
        for name, fn in contenders.items():
            frames = grays[:1] if name == ONE_FRAME else grays
            found: set[str] = set()
            for gray in frames:
                start = time.perf_counter()
                found.update(fn(gray))
                self.ms[name].append((time.perf_counter() - start) * 1000)
            self.hits[group][name] += len(found & expected)

    def table(self, first: str) -> list[str]:
        columns = first.count("|") + 1  # the group's own cells
        pad = " |" * (columns - 1)
        lines = [f"| {first} | " + " | ".join(self.names) + " |", "|---" * (len(self.names) + columns) + "|"]
        for group in self.shown:
            cells = " | ".join(f"{self.hits[group][n]}/{self.shown[group]}" for n in self.names)
            lines.append(f"| {group} | {cells} |")
        total = sum(self.shown.values())
        sums = " | ".join(f"**{sum(self.hits[g][n] for g in self.shown)}/{total}**" for n in self.names)
        lines.append(f"| **all** |{pad} {sums} |")
        base = statistics.mean(self.ms["zxing-cpp"])
        cost = " | ".join(f"{statistics.mean(self.ms[n]):.1f} ({statistics.mean(self.ms[n]) / base:.1f}x)"
                          for n in self.names)
        lines.append(f"| ms per frame, mean (x zxing-cpp) |{pad} {cost} |")
        return lines


ONE_FRAME = "all still passes, one frame"
NAMES = ["zxing-cpp", "pyzbar", "live, before", "live, now", ONE_FRAME]


def contenders(before: LivePipeline, now: LivePipeline) -> dict[str, Callable[[np.ndarray], list[str]]]:
    return {"zxing-cpp": single("zxing-cpp"), "pyzbar": single("pyzbar"), "live, before": before,
            "live, now": now, ONE_FRAME: still_one_frame}


def photos_720p() -> str:
    tally = Tally(NAMES)
    firsts: Counter[str] = Counter()
    for i, sample in enumerate(load_samples()):
        now = LivePipeline()
        tally.scene(sample.image.parent.name, at_720p(load_gray(sample.image), i), {sample.expected},
                    contenders(LivePipeline(before=True), now))
        firsts.update(now.first_passes)
    head = (f"Real photos at 720p: each photo of tests/data/qr-samples scaled to fit 1280x720, a burst "
            f"of {BURST} frames with fresh noise; \"{ONE_FRAME}\" is `kiosk scan`'s passes on the "
            "first frame only\n")
    return head + "\n".join(tally.table("photo set")) + f"\n\nframes read, by pass (live, now): {dict(firsts)}"


def generated(per_setting: int, kinds: str = "") -> str:
    tally = Tally(NAMES)
    firsts: Counter[str] = Counter()
    rescued: Counter[str] = Counter()  # scenes the primary pass never read, by the passes that did
    alone: Counter[str] = Counter()  # of them, read by this pass only
    count = 0
    for case in cases(per_setting=per_setting):
        if kinds and case.kind not in kinds.split(","):
            continue
        count += 1
        now = LivePipeline()
        tally.scene(f"{case.kind} | {case.strength}", case.burst, set(case.expected),
                    contenders(LivePipeline(before=True), now))
        firsts.update(now.first_passes)
        others = set(now.first_passes) - {f"{PRIMARY.decoder}/{PRIMARY.preparation}"}
        if others and len(others) == len(now.first_passes):
            rescued.update(others)
            if len(others) == 1:
                alone.update(others)
    head = f"Generated scenes: {count} bursts of {BURST} frames at 1280x720 (seeded), codes read\n"
    lines = tally.table("difficulty | strength")
    passes = ["| pass (live, now) | frames read | scenes the primary pass never read: read by it | "
              "by it alone |", "|---|---|---|---|"]
    passes += [f"| {name} | {firsts[name]} | {rescued[name]} | {alone[name]} |" for name in sorted(firsts)]
    return head + "\n".join(lines) + "\n\n" + "\n".join(passes)


def pass_costs(repeats: int = 24) -> str:
    """What each live pass adds to the primary's time: on an empty doorway, on a readable code,
    and on a near miss (a code blurred past what the primary reads: the region passes run)."""
    idle = grey(empty_frame())
    code = grey(next(c for c in cases(per_setting=1) if c.kind == "easy").frame)
    near = grey(next(c for c in cases(per_setting=1) if (c.kind, c.strength) == ("blur", "sigma 3.5")).frame)
    history = FrameHistory()
    for _ in range(HISTORY_FRAMES):
        history.keep(near)

    def ms(gray: np.ndarray, passes: list[Pass]) -> float:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            run_passes(gray, [[p.preparation, p.decoder] for p in passes], decoders(), True, history)
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)

    lines = ["ms a pass adds to the primary pass (median; the fused pass with 4 frames of history)\n",
             "| pass | empty doorway | code in view | near miss |", "|---|---|---|---|"]
    base = {name: ms(g, [PRIMARY]) for name, g in (("idle", idle), ("code", code), ("near", near))}
    lines.append(f"| {PRIMARY} (itself) | {base['idle']:.1f} | {base['code']:.1f} | {base['near']:.1f} |")
    seen = []
    for extra in [*REGION_PASSES, *(p for p in LIVE_SECONDARY if p)]:
        if extra in seen:
            continue
        seen.append(extra)
        cells = " | ".join(f"{ms(g, [PRIMARY, extra]) - base[k]:+.1f}"
                           for k, g in (("idle", idle), ("code", code), ("near", near)))
        lines.append(f"| {extra} | {cells} |")
    return "\n".join(lines)


HISTORY_FRAMES = 4


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
        "kiosk live pipeline, before": LivePipeline(before=True),
        "kiosk live pipeline": LivePipeline(),
        "kiosk live pipeline, isolated process": lambda g: isolated.decode(g, schedule.next(), keep=True),
    }
    try:
        for name, fn in contenders.items():
            t_idle, t_code = stats(fn, idle), stats(fn, with_code)
            lines.append(f"| {name} | {statistics.median(t_idle):.1f} | {statistics.mean(t_idle):.1f} | "
                         f"{max(t_idle):.1f} | {statistics.median(t_code):.1f} |")
    finally:
        isolated.close()
    return "\n".join(lines)


def main(per_setting: int = 4, only: str = "", kinds: str = "") -> None:
    cv2.setNumThreads(1)
    parts = {"photos": photos, "photos720": photos_720p, "generated": lambda: generated(per_setting, kinds),
             "cost": frame_cost, "passes": pass_costs}
    for name, part in parts.items():
        if not only or name in only.split(","):
            print(part(), end="\n\n", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-setting", type=int, default=4)
    parser.add_argument("--only", default="", help="some of: photos,photos720,generated,cost,passes")
    parser.add_argument("--kinds", default="", help="only these kinds of generated scenes, comma-separated")
    args = parser.parse_args()
    main(args.per_setting, args.only, args.kinds)
