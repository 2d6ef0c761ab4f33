"""Decoders on generated codes (rotated, blurred, small, inverted) and on the real sample photos."""

import cv2
import numpy as np
import pytest

from benchmarks.frames import member_code, qr_picture
from benchmarks.samples import load_samples, matches
from kiosk.scan.decoders import DEFAULT_DECODER, PyzbarDecoder, ZxingDecoder, available_decoders
from kiosk.scan.pipeline import decode_in_process, load_gray
from kiosk.scan.synth import Pose, background, place
from tests.conftest import QR_SAMPLES

TEXT = member_code(1)


def frame(**pose) -> np.ndarray:
    rng = np.random.default_rng(5)
    inverted = pose.pop("inverted", False)
    img = place(qr_picture(TEXT, inverted), background(rng), Pose(**pose), rng)
    return cv2.cvtColor(img, cv2.COLOR_BGR2GRAY)


CASES = {
    "plain": {},
    "rotated 35": {"angle": 35},
    "upside down": {"angle": 180},
    "blurred": {"blur": 2.0},
    "small": {"width": 120},
    "tilted": {"tilt": 0.25},
    "dim": {"light": 0.3, "noise": 6},
    "inverted": {"inverted": True},
}


@pytest.mark.parametrize("case", CASES)
def test_live_decoder_reads_generated_frames(case):
    codes = ZxingDecoder().decode(frame(**CASES[case]))
    assert [c.text for c in codes] == [TEXT]


def test_corners_are_in_frame_pixels():
    code = ZxingDecoder().decode(frame(cx=400, cy=300, width=300, angle=0))[0]
    xs = [x for x, _ in code.corners]
    ys = [y for _, y in code.corners]
    # The QR (with its quiet zone inside the picture) sits inside the placed 300 px square.
    assert min(xs) >= 250 and max(xs) <= 550 and min(ys) >= 150 and max(ys) <= 450


def test_pyzbar_reads_and_orders_corners():
    decoder = PyzbarDecoder()
    code = decoder.decode(frame(angle=0))[0]
    assert code.text == TEXT
    (tlx, tly), (trx, _), (brx, bry), (_, bly) = code.corners
    assert tlx < trx and tly < bly and brx > tlx and bry > tly


def test_pyzbar_survives_a_code_whose_orientation_zbar_cannot_tell():
    # zbar says "unknown" (-1) for this photo's code; pyzbar 0.1.9 raised ValueError on it, which
    # cost the decoder process and every code of the photo (the other decoders' too).
    gray = load_gray(QR_SAMPLES / "qrcode-7" / "01-01.png")
    assert all(isinstance(code.text, str) for code in PyzbarDecoder().decode(gray))


def test_empty_frame_has_no_codes():
    rng = np.random.default_rng(1)
    gray = cv2.cvtColor(background(rng), cv2.COLOR_BGR2GRAY)
    decoders = available_decoders()
    assert len(decoders) == 2  # zxing-cpp and pyzbar: an empty loop would prove nothing
    for decoder in decoders.values():
        assert decoder.decode(gray) == []


def test_default_decoder_is_zxing():
    assert DEFAULT_DECODER == "zxing-cpp" and DEFAULT_DECODER in available_decoders()


def test_missing_libzbar_is_one_log_line_and_nothing_breaks(monkeypatch, caplog):
    import builtins

    from kiosk.scan import decoders

    real_import = builtins.__import__

    def no_zbar(name, *args, **kwargs):
        if name.startswith("pyzbar"):
            raise ImportError("Unable to find zbar shared library")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_zbar)
    monkeypatch.setattr(decoders, "_unavailable_logged", set())
    found = decoders.available_decoders()
    found_again = decoders.available_decoders()
    assert list(found) == list(found_again) == ["zxing-cpp"]
    assert [r.getMessage() for r in caplog.records if "pyzbar" in r.getMessage()] == [
        "pyzbar is unavailable: Unable to find zbar shared library (install libzbar0)"]


def test_real_photos_read_rate():
    samples = load_samples(QR_SAMPLES)
    assert len(samples) > 100
    decoders = available_decoders()
    hits = sum(matches(s.expected, [c.text for c in decode_in_process(load_gray(s.image), decoders)])
               for s in samples)
    # 128/137 measured (docs/benchmarks.md); fail on a real regression, not on one photo.
    assert hits / len(samples) >= 0.9


def test_still_pipeline_scales_corners_back(tmp_path):
    big = cv2.resize(frame(cx=640, cy=360, width=300, angle=0), (3840, 2160))
    codes = decode_in_process(big, {"zxing-cpp": ZxingDecoder()})
    assert codes and codes[0].text == TEXT
    xs = [x for x, _ in codes[0].corners]
    assert 1300 < min(xs) < max(xs) < 2600  # in the 4K image's pixels, not the downscaled one's
