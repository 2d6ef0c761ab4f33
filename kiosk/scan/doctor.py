"""What `kiosk doctor` reports: the cameras this machine can open, and the decoders that work."""

from __future__ import annotations

import glob
import os
import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from .decoders import DecodedCode
from .isolated import IsolatedDecoder, timeout_scale
from .passes import PRIMARY, Pass

RESOLUTIONS = [(640, 480), (1280, 720), (1920, 1080)]


@dataclass
class CameraReport:
    path: str  # the stable path when there is one
    device: str
    opens: bool
    error: str = ""
    modes: list[dict[str, float]] = field(default_factory=list)  # width, height, fps, measured_fps


@dataclass
class DecoderReport:
    name: str
    works: bool
    detail: str


def list_camera_paths() -> list[tuple[str, str]]:
    """(stable path, device) for every video device; by-id paths first, then bare devices."""
    seen: dict[str, str] = {}
    for path in sorted(glob.glob("/dev/v4l/by-id/*")) + sorted(glob.glob("/dev/video*")):
        device = os.path.realpath(path)
        seen.setdefault(device, path)
    return [(path, device) for device, path in seen.items()]


def probe_camera(path: str, device: str, frames: int = 10) -> CameraReport:
    cap = cv2.VideoCapture(device, cv2.CAP_V4L2)
    if not cap.isOpened():
        return CameraReport(path, device, False, "cannot be opened (busy, or not a capture device)")
    report = CameraReport(path, device, True)
    try:
        for width, height in RESOLUTIONS:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
            got = (int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)))
            if got != (width, height):
                continue
            start, n = time.monotonic(), 0
            for _ in range(frames):
                n += cap.read()[0]
            elapsed = time.monotonic() - start
            report.modes.append({"width": width, "height": height, "fps": cap.get(cv2.CAP_PROP_FPS),
                                 "measured_fps": round(n / elapsed, 1) if n and elapsed else 0.0})
    finally:
        cap.release()
    return report


def check_decoders() -> list[DecoderReport]:
    import qrcode

    text = "KM1:DOCTOR-SELF-TEST"
    qr = qrcode.QRCode(box_size=6, border=4)
    qr.add_data(text)
    gray = np.asarray(qr.make_image().get_image().convert("L"))
    isolated = IsolatedDecoder(timeout=5.0, scale=timeout_scale())
    try:
        reports = []
        for name in ("zxing-cpp", "pyzbar"):
            if name not in isolated.decoders:
                reports.append(DecoderReport(name, False, "not available (for pyzbar: install libzbar0)"))
                continue
            start = time.perf_counter()
            codes: list[DecodedCode] = isolated.decode(gray, [Pass(PRIMARY.preparation, name)])
            ms = (time.perf_counter() - start) * 1000
            ok = [c.text for c in codes] == [text]
            reports.append(DecoderReport(name, ok, f"read a test code in {ms:.1f} ms" if ok else
                                         "did not read the test code"))
        return reports
    finally:
        isolated.close()
