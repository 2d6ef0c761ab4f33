"""Decode passes: an image preparation paired with a decoder.

The live camera spreads its passes over successive frames (PassSchedule): every frame gets the
cheap primary pass, a second look at any symbol it found but could not decode (scan.regions),
and one secondary pass in turn, so a code held in view for about half a second has been tried
with all of them while no single frame costs much. The secondary passes include "fused": the
frame averaged with the earlier frames of a card held still (the decoder process keeps them).
`kiosk scan` on a still photo runs every pass at once (STILL_PASSES) until one reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from .decoders import DEFAULT_DECODER

Prepared = tuple[np.ndarray, float]  # image, factor mapping its pixels back to the frame's


def _scaled(img: np.ndarray, longest: int) -> Prepared:
    h, w = img.shape[:2]
    factor = max(h, w) / longest
    if factor <= 1.0:
        return img, 1.0
    small = cv2.resize(img, (round(w / factor), round(h / factor)), interpolation=cv2.INTER_AREA)
    return small, factor


def _clahe(img: np.ndarray) -> Prepared:
    return cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(img), 1.0


def _sharpen(img: np.ndarray) -> Prepared:
    blur = cv2.GaussianBlur(img, (0, 0), 2.0)
    return cv2.addWeighted(img, 1.8, blur, -0.8, 0), 1.0


def _otsu(img: np.ndarray) -> Prepared:
    return cv2.threshold(img, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1], 1.0


def _adaptive(img: np.ndarray) -> Prepared:
    block = max(15, (min(img.shape[:2]) // 24) | 1)
    return cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 5), 1.0


def _up2(img: np.ndarray) -> Prepared:
    return cv2.resize(img, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC), 0.5


PREPARATIONS: dict[str, Callable[[np.ndarray], Prepared]] = {
    "plain": lambda img: (img, 1.0),
    "half": lambda img: _scaled(img, max(img.shape[:2]) // 2),
    "down1600": lambda img: _scaled(img, 1600),
    "down800": lambda img: _scaled(img, 800),
    "clahe": _clahe,
    "sharpen": _sharpen,
    "otsu": _otsu,
    "adaptive": _adaptive,
    "invert": lambda img: (cv2.bitwise_not(img), 1.0),
    "up2": _up2,
}


@dataclass(frozen=True)
class Pass:
    preparation: str
    decoder: str  # a decoder's name, as in decoders.available_decoders()

    def __str__(self) -> str:
        return f"{self.decoder}/{self.preparation}"


PRIMARY = Pass("plain", DEFAULT_DECODER)
# Chosen by benchmarks/decoders.py (docs/benchmarks.md): on real photos at 720p and the generated
# scenes, leaving otsu, adaptive threshold and sharpening out of this cycle (blank slots in their
# places) read not one code less (they stay in STILL_PASSES for `kiosk scan`); fused frames
# rescue a wandering reflection, pyzbar on half size very dark frames, CLAHE a hand still moving.
# Moving the passes to other slots read fewer (a fused pass needs frames before it). Blank slots
# keep the median frame cheap; a full cycle is 8 frames (about half a second at 15 fps).
LIVE_SECONDARY: list[Pass | None] = [
    Pass("fused", "zxing-cpp"), Pass("half", "pyzbar"), None, None,
    None, Pass("clahe", "zxing-cpp"), Pass("fused", "zxing-cpp"), None,
]
# Second looks where the primary pass found a symbol it could not decode (scan.regions): they
# cost nothing unless one was found, so every live frame of the full schedule gets one, in turn.
REGION_PASSES: list[Pass] = [Pass("region-local", "zxing-cpp"), Pass("region-unbend", "zxing-cpp")]

STILL_PASSES: list[Pass] = [
    Pass(prep, dec)
    for prep in ("plain", "down1600", "down800", "clahe", "sharpen", "otsu", "adaptive", "invert", "up2")
    for dec in ("zxing-cpp", "pyzbar")
] + REGION_PASSES


class PassSchedule:
    """Which passes the next live frame gets: the primary, then the next region pass in turn
    (free without a near miss), then the next secondary in turn."""

    def __init__(self, secondary: list[Pass | None] | None = None, regions: list[Pass] | None = None) -> None:
        self.secondary = LIVE_SECONDARY if secondary is None else secondary
        self.regions = REGION_PASSES if regions is None else regions
        self._i = 0

    def next(self) -> list[Pass]:
        passes = [PRIMARY]
        if self.regions:
            passes.append(self.regions[self._i % len(self.regions)])
        extra = self.secondary[self._i % len(self.secondary)] if self.secondary else None
        self._i += 1
        return passes if extra is None else [*passes, extra]
