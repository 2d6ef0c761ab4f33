"""The decoder process: decodes frames sent by its parent, so a crash or hang stays here.

libzbar aborts the whole process on some crafted QR codes (C assertions in its text decoder);
a decoder can also loop. Running every decoder in this child means such a code costs the door a
frame, not the app. Started by isolated.IsolatedDecoder; speaks length-prefixed JSON on stdio:

  request:  u32 length, JSON {"id", "h", "w", "passes": [[preparation, decoder], ...], "all",
            "keep", "shared"}, then, unless "shared", h*w bytes of 8-bit grey pixels. With "shared"
            the pixels are already in the frame file the parent named with --frames (an mmap in
            /dev/shm: no copy through the pipe for camera frames). "keep": a live frame of the
            full schedule, kept for the "fused" pass of the frames after it.
  response: u32 length, JSON {"id", "codes": [{"text", "corners"}], "pass", "ms"}
"""

from __future__ import annotations

import argparse
import importlib
import json
import mmap
import struct
import sys
import time
from typing import Any, BinaryIO

import numpy as np

from .decoders import DecodedCode, Decoder, DecoderUnavailable, ZxingDecoder
from .passes import PREPARATIONS
from .regions import REGION_PREPARATIONS, FrameHistory, Region, decode_regions, distinct

HEADER = struct.Struct(">I")
DEFAULT_DECODERS = ["zxing-cpp=kiosk.scan.decoders:ZxingDecoder", "pyzbar=kiosk.scan.decoders:PyzbarDecoder"]


def write_message(out: BinaryIO, message: dict[str, Any], payload: bytes = b"") -> None:
    body = json.dumps(message).encode()
    out.write(HEADER.pack(len(body)) + body + payload)
    out.flush()


def read_exact(stream: BinaryIO, n: int) -> bytes:
    data = bytearray()
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)


def load_decoders(specs: list[str]) -> tuple[dict[str, Decoder], dict[str, str]]:
    found: dict[str, Decoder] = {}
    missing: dict[str, str] = {}
    for spec in specs:
        name, _, target = spec.partition("=")
        module, _, cls = target.partition(":")
        try:
            found[name] = getattr(importlib.import_module(module), cls)()
        except (DecoderUnavailable, ImportError, OSError) as exc:
            missing[name] = str(exc)
    return found, missing


def run_passes(gray: np.ndarray, passes: list[list[str]], decoders: dict[str, Decoder],
               run_all: bool, history: FrameHistory | None = None) -> tuple[list[DecodedCode], str | None]:
    """Codes found by the passes in turn. Live frames stop at the first pass that reads anything;
    `run_all` (a still photo) runs every pass and keeps the union. A code found again by another
    pass is merged by where it is, not by its text: two cards with the same code are two codes.
    Region passes (scan.regions) look again where an earlier plain zxing-cpp pass found a symbol
    it could not decode, and cost nothing where none was; "fused" averages the frame with the
    history's earlier frames of the same scene, and is skipped without a history."""
    found: list[DecodedCode] = []
    first_pass = None
    wants_regions = any(prep in REGION_PREPARATIONS for prep, _ in passes)
    missed: list[Region] = []
    for prep_name, decoder_name in passes:
        decoder = decoders.get(decoder_name)
        if decoder is None:
            continue
        if prep_name in REGION_PREPARATIONS:
            if not missed:
                continue
            codes = decode_regions(gray, distinct(missed), prep_name, decoder)
        elif prep_name == "fused":
            fused = history.fused() if history is not None else None
            if fused is None:
                continue
            codes = decoder.decode(fused)
        else:
            prepare = PREPARATIONS.get(prep_name)
            if prepare is None:
                continue
            img, factor = prepare(gray)
            if wants_regions and factor == 1.0 and isinstance(decoder, ZxingDecoder):
                codes, near = decoder.read(img)
                missed += [Region(c) for c in near]
            else:
                codes = decoder.decode(img)
            codes = [c.scaled(factor) for c in codes] if factor != 1.0 else codes
        for code in codes:
            if not any(same_code(code, seen) for seen in found):
                found.append(code)
            first_pass = first_pass or f"{decoder_name}/{prep_name}"
        if found and not run_all:
            break
    return found, first_pass


def same_code(a: DecodedCode, b: DecodedCode) -> bool:
    """The same text with centres closer than half the smaller code's side: one code seen twice."""
    if a.text != b.text:
        return False
    (ax, ay), (bx, by) = _centre(a), _centre(b)
    side = min(_side(a), _side(b))
    return (ax - bx) ** 2 + (ay - by) ** 2 < (side / 2) ** 2


def _centre(code: DecodedCode) -> tuple[float, float]:
    xs, ys = [x for x, _ in code.corners], [y for _, y in code.corners]
    return sum(xs) / len(xs), sum(ys) / len(ys)


def _side(code: DecodedCode) -> float:
    (x0, y0), (x1, y1) = code.corners[0], code.corners[1]
    side: float = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1.0)
    return side


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--decoder", action="append", help="name=module:Class")
    parser.add_argument("--frames", help="a file shared with the parent for frame pixels")
    args = parser.parse_args()
    shared = None
    if args.frames:
        with open(args.frames, "r+b") as fh:
            shared = mmap.mmap(fh.fileno(), 0)
    import cv2

    cv2.setNumThreads(1)  # one frame at a time; leave the other core to the app
    decoders, missing = load_decoders(args.decoder or DEFAULT_DECODERS)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    write_message(stdout, {"ready": True, "decoders": list(decoders), "unavailable": missing})
    history = FrameHistory()  # the live schedule's recent frames, for the "fused" pass
    while True:
        try:
            (length,) = HEADER.unpack(read_exact(stdin, HEADER.size))
            request = json.loads(read_exact(stdin, length))
            h, w = request["h"], request["w"]
            if request.get("shared") and shared is not None:
                gray = np.frombuffer(shared, dtype=np.uint8, count=h * w).reshape(h, w)
            else:
                gray = np.frombuffer(read_exact(stdin, h * w), dtype=np.uint8).reshape(h, w)
        except EOFError:
            return
        start = time.perf_counter()
        if request.get("keep"):
            history.keep(gray)
        codes, first = run_passes(gray, request["passes"], decoders, request.get("all", False),
                                  history if request.get("keep") else None)
        write_message(stdout, {
            "id": request["id"], "pass": first, "ms": (time.perf_counter() - start) * 1000,
            "codes": [{"text": c.text, "corners": c.corners} for c in codes]})


if __name__ == "__main__":
    main()
