"""`kiosk scan` reports every code in a photo once: the union of all passes, merged by position."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import qrcode

from kiosk.scan.decoders import DecodedCode
from kiosk.scan.worker import same_code

ROOT = Path(__file__).resolve().parents[2]


def qr_gray(text: str, box: int = 8) -> np.ndarray:
    img = qrcode.make(text, box_size=box, border=4).convert("L")
    return np.array(img, dtype=np.uint8)


def test_a_photo_of_several_cards_reports_each_card_even_two_with_the_same_code(tmp_path):
    sheet = np.full((900, 1400), 255, dtype=np.uint8)
    texts = ["KM1:first-card", "KM1:second-card", "KM1:same-card", "KM1:same-card"]
    for i, text in enumerate(texts):
        code = qr_gray(text)
        y, x = 40 + (i // 2) * 440, 40 + (i % 2) * 700
        sheet[y:y + code.shape[0], x:x + code.shape[1]] = code
    photo = tmp_path / "sheet.png"
    cv2.imwrite(str(photo), sheet)
    proc = subprocess.run([sys.executable, "-m", "kiosk", "scan", str(photo), "--json"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, env={**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "d")})
    assert proc.returncode == 0, proc.stderr
    found = sorted(c["text"] for c in json.loads(proc.stdout)["codes"])
    assert found == sorted(texts)


def square(text: str, x: float, y: float, side: float) -> DecodedCode:
    return DecodedCode(text, ((x, y), (x + side, y), (x + side, y + side), (x, y + side)))


def test_the_same_code_seen_by_two_passes_is_merged_by_position():
    assert same_code(square("A", 100, 100, 80), square("A", 110, 95, 78))  # one card, two passes
    assert not same_code(square("A", 100, 100, 80), square("A", 400, 100, 80))  # two cards, one code
    assert not same_code(square("A", 100, 100, 80), square("B", 100, 100, 80))
