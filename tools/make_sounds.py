"""Synthesise the kiosk's short sounds into assets/sounds (soft sine chimes, 16-bit mono WAV)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freq: float, seconds: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = np.minimum(1, t / 0.01) * np.exp(-t * 5)  # a quick attack, a bell-like decay
    return np.sin(2 * np.pi * freq * t) * envelope + 0.3 * np.sin(4 * np.pi * freq * t) * envelope


def write(name: str, notes: list[tuple[float, float]]) -> None:
    signal = np.concatenate([tone(f, s) for f, s in notes])
    pcm = (signal / np.abs(signal).max() * 0.6 * 32767).astype("<i2")
    with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    # Told apart without the screen and without colour (tests/ui/test_accessibility.py):
    write("welcome", [(660, 0.14), (880, 0.4)])  # two notes rising: come in
    write("goodbye", [(784, 0.12), (587, 0.12), (440, 0.4)])  # three notes falling: see you
    write("refused", [(220, 0.16), (220, 0.16), (220, 0.3)])  # low, the same note three times: look
    write("warning", [(523, 0.1), (784, 0.1), (523, 0.1), (784, 0.3)])  # two notes back and forth: time runs out
