"""QR decoders behind one small interface: zxing-cpp (default) and pyzbar (libzbar).

The default was chosen by benchmarks/decoders.py (see docs/benchmarks.md): zxing-cpp reads more
of the real photos and is faster per 1280x720 frame. pyzbar stays supported; when libzbar is not
installed it is reported unavailable with one log line and nothing else breaks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class DecodedCode:
    text: str
    corners: Corners  # top-left, top-right, bottom-right, bottom-left, in the frame's pixels

    def scaled(self, factor: float) -> DecodedCode:
        """The same code with its corners in a frame `factor` times larger (a downscaled pass)."""
        pts = tuple((x * factor, y * factor) for x, y in self.corners)
        return DecodedCode(self.text, pts)  # type: ignore[arg-type]


class Decoder(Protocol):
    name: str

    def decode(self, gray: np.ndarray) -> list[DecodedCode]:
        """Decode QR codes in an 8-bit grayscale image."""
        ...


class DecoderUnavailable(RuntimeError):
    pass


class ZxingDecoder:
    """zxing-cpp. `thorough` (the default) lets it also try 90-degree rotations and inverted
    (light on dark) codes, as phones in dark mode show them: about 0.5 ms more per 720p frame."""

    def __init__(self, thorough: bool = True) -> None:
        import zxingcpp

        self._zx = zxingcpp
        self._thorough = thorough
        self.name = "zxing-cpp" if thorough else "zxing-cpp-plain"

    def decode(self, gray: np.ndarray) -> list[DecodedCode]:
        return self.read(gray, near_misses=False)[0]

    def decode_square(self, gray: np.ndarray) -> list[DecodedCode]:
        """One code straightened into an upright square (scan.regions): no rotations, downscales
        or inversions to search."""
        zx = self._zx
        results = zx.read_barcodes(np.ascontiguousarray(gray), formats=zx.BarcodeFormat.QRCode,
                                   try_rotate=False, try_downscale=False, try_invert=False)
        return [DecodedCode(r.text, _corners(r.position)) for r in results if r.valid]

    def read(self, gray: np.ndarray, near_misses: bool = True) -> tuple[list[DecodedCode], list[Corners]]:
        """The codes, and where symbols were found that did not decode (for scan.regions): the
        same work as decode(), zxing-cpp only keeps what it would throw away."""
        zx = self._zx
        results = zx.read_barcodes(
            np.ascontiguousarray(gray), formats=zx.BarcodeFormat.QRCode,
            try_rotate=self._thorough, try_downscale=True, try_invert=self._thorough,
            return_errors=near_misses)
        codes, missed = [], []
        for r in results:
            corners = _corners(r.position)
            if r.valid:
                codes.append(DecodedCode(r.text, corners))
            else:
                missed.append(corners)
        return codes, missed


def _corners(p: object) -> Corners:
    return tuple((float(pt.x), float(pt.y)) for pt in  # type: ignore[return-value]
                 (p.top_left, p.top_right, p.bottom_right, p.bottom_left))  # type: ignore[attr-defined]


class PyzbarDecoder:
    """libzbar through pyzbar. Its C code can abort the process on crafted codes: run it isolated."""

    name = "pyzbar"

    def __init__(self) -> None:
        try:
            from pyzbar import pyzbar
        except (ImportError, OSError) as exc:  # libzbar0 missing: pyzbar raises ImportError
            raise DecoderUnavailable(f"pyzbar is unavailable: {exc} (install libzbar0)") from exc
        # pyzbar 0.1.9 reads a code's orientation as unsigned, so zbar's "unknown" (-1) raises
        # ValueError and takes every code of the frame with it (pyzbar issue #139; 8 of the photos
        # in tests/data/qr-samples). The kiosk never reads the orientation: do not ask for it.
        pyzbar.zbar_symbol_get_orientation = None
        self._pyzbar = pyzbar
        self._symbols = [pyzbar.ZBarSymbol.QRCODE]

    def decode(self, gray: np.ndarray) -> list[DecodedCode]:
        gray = np.ascontiguousarray(gray)
        h, w = gray.shape[:2]
        results = self._pyzbar.decode((gray.tobytes(), w, h), symbols=self._symbols)
        codes = []
        for r in results:
            text = _text_of(r.data)
            corners = _order_corners([(float(p.x), float(p.y)) for p in r.polygon])
            codes.append(DecodedCode(text, corners))
        return codes


def _text_of(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _order_corners(points: list[tuple[float, float]]) -> Corners:
    """zbar gives a polygon in its own order; reduce it to four corners TL, TR, BR, BL."""
    if len(points) < 4:
        xs = [p[0] for p in points] or [0.0]
        ys = [p[1] for p in points] or [0.0]
        return ((min(xs), min(ys)), (max(xs), min(ys)), (max(xs), max(ys)), (min(xs), max(ys)))
    pts = np.array(points, dtype=np.float64)
    s, d = pts.sum(axis=1), pts[:, 0] - pts[:, 1]
    tl, br = pts[np.argmin(s)], pts[np.argmax(s)]
    tr, bl = pts[np.argmax(d)], pts[np.argmin(d)]
    return tuple((float(x), float(y)) for x, y in (tl, tr, br, bl))  # type: ignore[return-value]


_unavailable_logged: set[str] = set()


def available_decoders() -> dict[str, Decoder]:
    """Every decoder that works on this machine, by name; a missing one is logged once."""
    found: dict[str, Decoder] = {}
    for name, factory in (("zxing-cpp", ZxingDecoder), ("pyzbar", PyzbarDecoder)):
        try:
            found[name] = factory()
        except (DecoderUnavailable, ImportError) as exc:
            if name not in _unavailable_logged:
                _unavailable_logged.add(name)
                log.warning("%s", exc)
    return found


DEFAULT_DECODER = "zxing-cpp"
