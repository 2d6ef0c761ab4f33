"""Second looks where a code almost read, and frames fused over time.

Region passes: zxing-cpp finds a symbol (its finder patterns and grid) that it cannot decode (too
blurred, a bent card) and says where it is. A region pass straightens that spot into a square
of its own and tries harder on it alone: a local threshold sized to the code's modules (a
whole-frame threshold is sized for the frame), or undoing a bend around either axis of the card.
On a 400 px square that costs a fraction of a whole frame's pass, and nothing when no code
almost read, so an empty doorway pays nothing for it.

Fused frames: a door sees the same card for 8-15 frames. `FrameHistory` keeps the last few
frames the live schedule decoded; the "fused" preparation moves each onto the newest (phase
correlation on every 8th pixel: a hand wobbles a few pixels) and averages them, which halves
sensor noise in a dim doorway and washes out a reflection that wanders over a laminated card.
"""

from __future__ import annotations

import functools
from collections import deque
from dataclasses import dataclass

import cv2
import numpy as np

from .decoders import Corners, DecodedCode, Decoder, ZxingDecoder

MARGIN = 0.18  # of the symbol's side, around it: its quiet zone and a detection that fell short
SIDE_MIN, SIDE_MAX = 160, 520  # the straightened square's side, pixels
MIN_AREA = 24 * 24  # pixels: a smaller near miss has too few pixels a module to read
REGIONS = 2  # near misses looked at again per frame, the largest first
BENDS = (0.9, 1.3)  # half-arc angles (radians) tried when undoing a bend
HISTORY = 4  # frames fused at most (the newest and up to three before it)
STEP = 8  # frames are matched on every 8th pixel (160x90 for 720p)
REACH = 24  # pixels: an earlier frame moved further than this is a different moment, not fused
DIM = 160.0  # a fused frame whose brightest 1% is darker than this is stretched up to it
MAX_GAIN = 8.0
MATCH = 0.1  # phase correlation's peak under which two frames do not show the same scene


@dataclass(frozen=True)
class Region:
    """A spot where a symbol was found but not decoded: its corners in the frame (TL, TR, BR, BL)."""

    corners: Corners


def straighten(gray: np.ndarray, region: Region) -> tuple[np.ndarray, np.ndarray]:
    """The region, with a margin, warped to an upright square; and the matrix back to the frame."""
    quad = np.array(region.corners, np.float32)
    side = float(max(np.linalg.norm(quad[i] - quad[(i + 1) % 4]) for i in range(4)))
    size = int(np.clip(side * (1 + 2 * MARGIN), SIDE_MIN, SIDE_MAX))
    inner = size / (1 + 2 * MARGIN)
    lo, hi = (size - inner) / 2, (size + inner) / 2
    square = np.array([[lo, lo], [hi, lo], [hi, hi], [lo, hi]], np.float32)
    to_square = cv2.getPerspectiveTransform(quad, square)
    img = cv2.warpPerspective(gray, to_square, (size, size), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_REPLICATE)
    return img, np.linalg.inv(to_square)


def local_threshold(img: np.ndarray) -> list[np.ndarray]:
    """A mean threshold over about two modules of a straightened code (a member code has 33-41
    modules a side, and the square holds its margin too)."""
    block = max(11, (img.shape[0] // 26) | 1)
    return [cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 2)]


def unbend(img: np.ndarray, theta: float) -> np.ndarray:
    """Undo a bend around the vertical axis: columns spread evenly again, the bulge flattened."""
    map_x, map_y = _unbend_maps(img.shape[0], img.shape[1], theta)
    return cv2.remap(img, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


@functools.lru_cache(maxsize=16)
def _unbend_maps(h: int, w: int, theta: float) -> tuple[np.ndarray, np.ndarray]:
    s = np.linspace(-1, 1, w, dtype=np.float32)
    u = np.sin(s * theta) / np.sin(theta)
    map_x = np.ascontiguousarray(np.broadcast_to(((u + 1) * (w - 1) / 2)[None, :], (h, w)), np.float32)
    scale = 1 + 0.25 * (np.cos(s * theta) - np.cos(theta))
    v = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    map_y = ((v * scale[None, :] + 1) * (h - 1) / 2).astype(np.float32)
    return map_x, map_y


def unbent(img: np.ndarray) -> list[np.ndarray]:
    """The straightened code with a bend undone around each axis, at each of BENDS."""
    out = []
    for theta in BENDS:
        out.append(unbend(img, theta))
        out.append(np.ascontiguousarray(unbend(np.ascontiguousarray(img.T), theta).T))
    return out


REGION_PREPARATIONS = {"region-local": local_threshold, "region-unbend": unbent}


def decode_regions(gray: np.ndarray, regions: list[Region], preparation: str,
                   decoder: Decoder) -> list[DecodedCode]:
    """Codes read in the (at most REGIONS largest) regions after the preparation, with corners
    in the frame's pixels."""
    prepare = REGION_PREPARATIONS[preparation]
    # An upright square of one code needs none of zxing-cpp's searching (rotations, downscales).
    read = decoder.decode_square if isinstance(decoder, ZxingDecoder) else decoder.decode
    found: list[DecodedCode] = []
    for region in regions[:REGIONS]:
        try:
            img, back = straighten(gray, region)
        except (cv2.error, np.linalg.LinAlgError):  # corners on a line: nothing to straighten
            continue
        for candidate in prepare(img):
            codes = read(candidate)
            if codes:
                found.extend(_mapped(code, back) for code in codes)
                break
    return found


def _mapped(code: DecodedCode, back: np.ndarray) -> DecodedCode:
    pts = cv2.perspectiveTransform(np.array([code.corners], np.float32), back)[0]
    return DecodedCode(code.text, tuple((float(x), float(y)) for x, y in pts))  # type: ignore[arg-type]


def distinct(regions: list[Region]) -> list[Region]:
    """The largest of overlapping regions (zxing-cpp reports one symbol several times), largest first."""
    def area(r: Region) -> float:
        return float(cv2.contourArea(np.array(r.corners, np.float32)))

    def centre(r: Region) -> np.ndarray:
        return np.asarray(np.array(r.corners, np.float32).mean(axis=0))

    kept: list[Region] = []
    for region in sorted(regions, key=area, reverse=True):
        if area(region) < MIN_AREA:
            break
        if all(np.linalg.norm(centre(region) - centre(k)) > np.sqrt(area(k)) / 2 for k in kept):
            kept.append(region)
    return kept


class FrameHistory:
    """The last frames of the live schedule (copies: the shared frame buffer is overwritten)."""

    def __init__(self, depth: int = HISTORY, reach: int = REACH) -> None:
        self.reach = reach
        self._frames: deque[tuple[np.ndarray, np.ndarray]] = deque(maxlen=depth)

    def keep(self, gray: np.ndarray) -> None:
        if self._frames and self._frames[-1][0].shape != gray.shape:
            self._frames.clear()
        self._frames.append((gray.copy(), gray[::STEP, ::STEP].astype(np.float32)))

    def fused(self) -> np.ndarray | None:
        """The newest frame averaged with the earlier ones, each moved onto it (a hand wobbles a
        few pixels between frames); frames that moved more than `reach` pixels or do not match
        are left out. None when no earlier frame matches."""
        if len(self._frames) < 2:
            return None
        newest, small = self._frames[-1]
        if min(small.shape) < 8:  # a frame too small to match (not a camera's)
            return None
        window = cv2.createHanningWindow((small.shape[1], small.shape[0]), cv2.CV_32F)
        total, count = newest.astype(np.float32), 1
        for frame, earlier in list(self._frames)[:-1]:
            (dx, dy), response = cv2.phaseCorrelate(small, earlier, window)
            dx, dy = round(dx * STEP), round(dy * STEP)  # where the newest frame's content is in it
            if response < MATCH or max(abs(dx), abs(dy)) > self.reach:
                continue
            total += np.roll(frame, (-dy, -dx), axis=(0, 1))
            count += 1
        if count == 1:
            return None
        mean = total / count
        # A dim frame keeps its detail below the decoder's least contrast (zxing-cpp's binarizer
        # takes a block of under 24 grey levels for flat): the average has the finer levels to
        # stretch, a single frame only its noise.
        bright = float(np.percentile(mean[::STEP, ::STEP], 99))
        if bright < DIM:
            mean *= min(DIM / max(bright, 1.0), MAX_GAIN)
        return np.clip(mean, 0, 255).astype(np.uint8)
