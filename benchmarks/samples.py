"""The real photos in tests/data/qr-samples, each with its expected text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "qr-samples"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}


@dataclass(frozen=True)
class Sample:
    image: Path
    expected: str


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def load_samples(root: Path = SAMPLES) -> list[Sample]:
    out = []
    for image in sorted(root.rglob("*")):
        if image.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        txt = image.with_suffix(".txt")
        if not txt.exists():
            continue  # structured-append parts etc. have no single expected text
        raw = txt.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        out.append(Sample(image, normalise(text)))
    return out


def matches(expected: str, decoded: list[str]) -> bool:
    return any(normalise(t) == expected for t in decoded)
