"""Seeded webcam-like 1280x720 frames of a member card, at several kinds of difficulty."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.codes import issue_code
from kiosk.printing.cards import qr_image
from kiosk.scan.synth import Pose, background, place


@dataclass(frozen=True)
class Case:
    kind: str
    strength: str
    frame: np.ndarray
    expected: str


def member_code(seed: int) -> str:
    key = Ed25519PrivateKey.from_private_bytes(np.random.default_rng(seed).bytes(32))
    return issue_code(key, f"{seed:016x}", 1)


def qr_picture(text: str, inverted: bool = False) -> np.ndarray:
    img = cv2.cvtColor(np.asarray(qr_image(text, box=8)), cv2.COLOR_RGB2BGR)
    return cv2.bitwise_not(img) if inverted else img


DIFFICULTIES: dict[str, list[tuple[str, dict]]] = {
    "easy": [("-", {})],
    "blur": [("sigma 2", {"blur": 2.0}), ("sigma 3", {"blur": 3.0}), ("sigma 4", {"blur": 4.0})],
    "small": [("160 px", {"width": 160}), ("120 px", {"width": 120}), ("95 px", {"width": 95})],
    "rotation": [("30 deg", {"angle": 30}), ("90 deg", {"angle": 90}), ("160 deg", {"angle": 160})],
    "perspective": [("tilt .2", {"tilt": 0.2}), ("tilt .35", {"tilt": 0.35})],
    "low light": [("x0.35", {"light": 0.35, "noise": 6}), ("x0.2", {"light": 0.2, "noise": 8})],
    "noise": [("sd 12", {"noise": 12}), ("sd 20", {"noise": 20})],
    "inverted": [("-", {"inverted": True})],
}


def cases(per_setting: int = 6, seed: int = 7) -> Iterator[Case]:
    rng = np.random.default_rng(seed)
    bg = background(rng)
    for kind, settings in DIFFICULTIES.items():
        for strength, params in settings:
            for i in range(per_setting):
                text = member_code(seed * 1000 + i)
                params = dict(params)
                inverted = params.pop("inverted", False)
                pose = Pose(cx=640 + rng.uniform(-200, 200), cy=360 + rng.uniform(-100, 100),
                            width=params.pop("width", 300), angle=params.pop("angle", rng.uniform(-8, 8)),
                            **params)
                yield Case(kind, strength, place(qr_picture(text, inverted), bg, pose, rng), text)


def empty_frame(seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return place(np.full((10, 10, 3), 128, np.uint8), background(rng), Pose(width=1), rng)
