"""Seeded webcam-like frames: a card (or any picture) held up in a doorway.

Used for the demo feed, the fake webcam of the end-to-end tests and the decoder benchmarks.
Deterministic for a given seed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

W, H = 1280, 720


@dataclass(frozen=True)
class Pose:
    """Where and how the card is held: centre, width in pixels, rotation and tilt."""

    cx: float = W / 2
    cy: float = H / 2
    width: float = 420
    angle: float = 0.0  # degrees, in the image plane
    tilt: float = 0.0  # 0..0.4, perspective foreshortening of one side
    blur: float = 0.0  # Gaussian sigma, motion and focus
    noise: float = 4.0  # sensor noise, grey levels
    light: float = 1.0  # overall brightness factor


def background(rng: np.random.Generator, size: tuple[int, int] = (W, H)) -> np.ndarray:
    """A dim room with a door frame and a few shapes: not flat, so decoders get real clutter."""
    w, h = size
    ramp = np.linspace(70, 140, w, dtype=np.float32)[None, :] * np.ones((h, 1), np.float32)
    img = np.dstack([ramp * 0.9, ramp, ramp * 1.05]).astype(np.uint8)
    cv2.rectangle(img, (int(w * 0.3), int(h * 0.05)), (int(w * 0.7), h), (60, 70, 80), 18)
    for _ in range(6):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        colour = tuple(int(c) for c in rng.integers(40, 200, 3))
        cv2.circle(img, (x, y), int(rng.integers(10, 60)), colour, -1)
    return img


def place(picture: np.ndarray, bg: np.ndarray, pose: Pose, rng: np.random.Generator) -> np.ndarray:
    """Warp picture (BGR) into bg at pose, then add blur, light and noise like a cheap webcam."""
    return degrade(warp_into(picture, bg, pose)[0], pose, rng)


def warp_into(picture: np.ndarray, bg: np.ndarray, pose: Pose) -> tuple[np.ndarray, np.ndarray]:
    """The picture warped into bg at pose (no degradation), and its four corners in bg."""
    ph, pw = picture.shape[:2]
    height = pose.width * ph / pw
    half = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float32) * [pose.width / 2, height / 2]
    half[[1, 2], 1] *= 1 - pose.tilt  # the right side is further away
    a = np.deg2rad(pose.angle)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = half @ rot.T + [pose.cx, pose.cy]
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    h, w = bg.shape[:2]
    warped = cv2.warpPerspective(picture, matrix, (w, h))
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), matrix, (w, h))
    return np.where(mask[..., None] > 0, warped, bg), dst


def degrade(img: np.ndarray, pose: Pose, rng: np.random.Generator) -> np.ndarray:
    out = img
    if pose.blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), pose.blur)
    if pose.light != 1.0:
        out = cv2.convertScaleAbs(out, alpha=pose.light)
    if pose.noise > 0:
        noise = np.empty(out.shape, np.int16)
        cv2.setRNGSeed(int(rng.integers(0, 2**31)))
        cv2.randn(noise, 0, pose.noise)  # type: ignore[call-overload]
        out = cv2.add(out.astype(np.int16), noise, dtype=cv2.CV_16S)
        out = np.clip(out, 0, 255).astype(np.uint8)
    return out


def held_up_sequence(picture: np.ndarray, rng: np.random.Generator, frames: int = 20,
                     size: tuple[int, int] = (W, H), bg: np.ndarray | None = None) -> Iterable[np.ndarray]:
    """A card brought into view (of `bg`, or a new room), held still for a moment, then taken away."""
    bg = background(rng, size) if bg is None else bg
    w, h = size
    for i in range(frames):
        t = i / max(frames - 1, 1)
        # in from the bottom, hold in the middle half, out to the bottom
        rise = min(1.0, t / 0.25, (1 - t) / 0.25)
        pose = Pose(cx=w / 2 + 30 * np.sin(6 * t), cy=h * (1.05 - 0.55 * rise), width=w * 0.33,
                    angle=8 * np.sin(4 * t), tilt=0.08, blur=0.8 if 0.3 < t < 0.7 else 2.5)
        yield place(picture, bg, pose, rng)


def empty_frames(rng: np.random.Generator, frames: int, size: tuple[int, int] = (W, H)) -> Iterable[np.ndarray]:
    bg = background(rng, size)
    for _ in range(frames):
        yield degrade(bg, Pose(), rng)


def write_video(path: Path, frames: Iterable[np.ndarray], fps: float = 15.0) -> int:
    """Write frames as an MP4 (mp4v); returns how many were written."""
    writer: cv2.VideoWriter | None = None
    count = 0
    try:
        for frame in frames:
            if writer is None:
                h, w = frame.shape[:2]
                writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), fps, (w, h))
                if not writer.isOpened():
                    raise OSError(f"cannot write video {path}")
            writer.write(frame)
            count += 1
    finally:
        if writer is not None:
            writer.release()
    return count
