"""How the kiosk looks for codes: cheap per live frame, thorough on a still photo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np

from .decoders import DecodedCode, Decoder

Variant = tuple[str, Callable[[np.ndarray], np.ndarray], float]  # name, transform, scale back


class UnreadableImage(ValueError):
    pass


def load_gray(path: Path) -> np.ndarray:
    """8-bit grayscale in the file's stored pixel grid (EXIF orientation is ignored on purpose)."""
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as exc:
        raise UnreadableImage(f"{path}: {exc.strerror or exc}") from None
    img = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE | cv2.IMREAD_IGNORE_ORIENTATION)
    if img is None:
        raise UnreadableImage(f"{path}: not an image this kiosk can read")
    return img


def to_gray(frame: np.ndarray) -> np.ndarray:
    return frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def _clahe(img: np.ndarray) -> np.ndarray:
    return cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(img)


def _sharpen(img: np.ndarray) -> np.ndarray:
    blur = cv2.GaussianBlur(img, (0, 0), 2.0)
    return cv2.addWeighted(img, 1.8, blur, -0.8, 0)


def _otsu(img: np.ndarray) -> np.ndarray:
    return cv2.threshold(cv2.GaussianBlur(img, (3, 3), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


def _adaptive(img: np.ndarray) -> np.ndarray:
    block = max(15, (min(img.shape[:2]) // 24) | 1)
    return cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 5)


def _downscale(img: np.ndarray, longest: int) -> tuple[np.ndarray, float]:
    h, w = img.shape[:2]
    factor = max(h, w) / longest
    if factor <= 1.0:
        return img, 1.0
    small = cv2.resize(img, (round(w / factor), round(h / factor)), interpolation=cv2.INTER_AREA)
    return small, factor


def _upscale(img: np.ndarray) -> np.ndarray:
    return cv2.resize(img, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)


def still_variants(gray: np.ndarray) -> Iterator[tuple[str, np.ndarray, float]]:
    """Image preparations, cheapest first, each with the factor that maps corners back."""
    yield "plain", gray, 1.0
    for longest in (1600, 800):
        small, factor = _downscale(gray, longest)
        if factor > 1.0:
            yield f"down{longest}", small, factor
    for name, fn in (("clahe", _clahe), ("sharpen", _sharpen), ("otsu", _otsu),
                     ("adaptive", _adaptive), ("invert", cv2.bitwise_not)):
        yield name, fn(gray), 1.0
    if max(gray.shape[:2]) < 700:
        yield "up2", _upscale(gray), 0.5


def decode_still(gray: np.ndarray, decoders: list[Decoder]) -> list[DecodedCode]:
    """Everything we can afford on one photo: each preparation with each decoder, until a read."""
    for _name, img, factor in still_variants(gray):
        for decoder in decoders:
            codes = decoder.decode(img)
            if codes:
                return _unique([c.scaled(factor) if factor != 1.0 else c for c in codes])
    return []


def _unique(codes: list[DecodedCode]) -> list[DecodedCode]:
    seen: dict[str, DecodedCode] = {}
    for code in codes:
        seen.setdefault(code.text, code)
    return list(seen.values())


class FrameDecoder:
    """The per-frame decode of the live camera: one cheap pass with the default decoder."""

    def __init__(self, decoder: Decoder) -> None:
        self.decoder = decoder

    def decode(self, frame: np.ndarray) -> list[DecodedCode]:
        return self.decoder.decode(to_gray(frame))
