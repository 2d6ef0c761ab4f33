"""Seeded webcam-like 1280x720 scenes of member codes, per kind of difficulty and strength.

Each scene is a short burst of frames (a code held in view for about half a second at 15 fps,
with fresh sensor noise in each and the small wobble of a hand), so the live pipeline's passes spread over frames can be
measured the way the door sees them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import cv2
import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.documents.cards import qr_image
from kiosk.domain.codes import issue_code
from kiosk.scan.synth import Pose, background, degrade, warp_into

BURST = 8  # frames per scene: half a second at 15 fps


@dataclass(frozen=True)
class Case:
    kind: str
    strength: str
    frame: np.ndarray  # the first frame of the burst
    burst: list[np.ndarray]
    expected: list[str]


def member_code(seed: int) -> str:
    key = Ed25519PrivateKey.from_private_bytes(np.random.default_rng(seed).bytes(32))
    return issue_code(key, f"{seed:016x}", 1)


def qr_picture(text: str, inverted: bool = False) -> np.ndarray:
    img = cv2.cvtColor(np.asarray(qr_image(text, box=8)), cv2.COLOR_RGB2BGR)
    return cv2.bitwise_not(img) if inverted else img


# --- what happens to the picture before it is held up ----------------------------------------
def phone(picture: np.ndarray, brightness: float) -> np.ndarray:
    """The code on a phone: a black body around a dimmed, slightly blue screen."""
    screen = (picture.astype(np.float32) * np.array([1.0, 0.95, 0.9]) * brightness).astype(np.uint8)
    h, w = screen.shape[:2]
    body = np.full((int(h * 1.9), int(w * 1.12), 3), 18, np.uint8)
    y, x = int(h * 0.45), int(w * 0.06)
    body[y:y + h, x:x + w] = screen
    return body


def damaged(picture: np.ndarray, fraction: float, rng: np.random.Generator) -> np.ndarray:
    """Scuffs and ink blots over a fraction of the code's area."""
    out = picture.copy()
    h, w = out.shape[:2]
    area, covered = h * w * fraction, 0.0
    while covered < area:
        r = int(rng.uniform(0.03, 0.07) * w)
        x, y = int(rng.uniform(0.15, 0.85) * w), int(rng.uniform(0.15, 0.85) * h)
        cv2.circle(out, (x, y), r, (255, 255, 255) if rng.random() < 0.5 else (0, 0, 0), -1)
        covered += np.pi * r * r
    return out


# --- what happens in the frame -----------------------------------------------------------------
def glare(frame: np.ndarray, quad: np.ndarray, size: float, rng: np.random.Generator) -> np.ndarray:
    """A bright reflection (laminated card, phone glass) over part of the code."""
    centre = quad.mean(axis=0) + rng.uniform(-0.2, 0.2, 2) * (quad[1] - quad[0])[0]
    radius = size * np.linalg.norm(quad[1] - quad[0])
    yy, xx = np.mgrid[0:frame.shape[0], 0:frame.shape[1]]
    d2 = ((xx - centre[0]) ** 2 + (yy - centre[1]) ** 2) / radius ** 2
    spot = np.clip(1.6 * np.exp(-d2), 0, 1)[..., None]
    return (frame * (1 - spot) + 255 * spot).astype(np.uint8)


def shadow(frame: np.ndarray, quad: np.ndarray, depth: float) -> np.ndarray:
    """A hand's shadow: one side of the code much darker, with a soft edge across it."""
    x0, x1 = quad[:, 0].min(), quad[:, 0].max()
    xx = np.arange(frame.shape[1], dtype=np.float32)
    ramp = np.clip((xx - (x0 + 0.4 * (x1 - x0))) / (0.15 * (x1 - x0) + 1), 0, 1)
    factor = 1 - (1 - depth) * ramp
    return (frame * factor[None, :, None]).astype(np.uint8)


def laminate(frame: np.ndarray, quad: np.ndarray, strength: float, rng: np.random.Generator,
             offset: float = 0.0) -> np.ndarray:
    """A laminated card under a ceiling light: a long bright streak across the code, moving a
    little from frame to frame as the hand wobbles (offset in code sides)."""
    side = float(np.linalg.norm(quad[1] - quad[0]))
    centre = quad.mean(axis=0) + (quad[1] - quad[0]) * (0.1 + offset)
    yy, xx = np.mgrid[0:frame.shape[0], 0:frame.shape[1]].astype(np.float32)
    # distance from a line at 60 degrees through the centre
    d = ((xx - centre[0]) * np.cos(1.05) + (yy - centre[1]) * np.sin(1.05)) / (0.12 * side)
    spot = np.clip(strength * np.exp(-d * d), 0, 1)[..., None]
    return (frame * (1 - spot) + 250 * spot).astype(np.uint8)


def backlight(frame: np.ndarray, quad: np.ndarray, haze: float) -> np.ndarray:
    """A bright window behind the member: the camera's exposure follows the window, so the code is
    dark, and light scattered in the lens lays a grey veil over it."""
    out = frame.astype(np.float32) * (1 - haze) * 0.7
    w = frame.shape[1]
    if quad[:, 0].mean() < w / 2:  # the window beside the member, on the other side of the card
        out[:, int(w * 0.68):] = 252  # blown out
    else:
        out[:, :int(w * 0.32)] = 252
    out += haze * 150  # the veil
    return np.clip(out, 0, 255).astype(np.uint8)


def bent(picture: np.ndarray, bend: float) -> np.ndarray:
    """A card bent around a vertical axis (kept in a back pocket, a curved phone case): seen from
    the front, the columns crowd towards both edges and the middle bulges towards the camera."""
    h, w = picture.shape[:2]
    theta = max(bend, 1e-3)  # half the arc's angle, radians
    u = np.linspace(-1, 1, w, dtype=np.float32)
    src_x = (np.arcsin(np.clip(u * np.sin(theta), -1, 1)) / theta + 1) * (w - 1) / 2
    depth = np.cos(np.arcsin(np.clip(u * np.sin(theta), -1, 1))) - np.cos(theta)  # 0 at the edges
    scale = 1 + 0.25 * depth  # nearer is larger
    v = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    src_y = (v / scale[None, :] + 1) * (h - 1) / 2
    map_x = np.broadcast_to(src_x[None, :], (h, w)).astype(np.float32)
    return cv2.remap(picture, map_x, src_y.astype(np.float32), cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))


def motion_blur(frame: np.ndarray, length: int) -> np.ndarray:
    """A hand still moving: the code smeared along a diagonal over `length` pixels."""
    kernel = np.zeros((length, length), np.float32)
    cv2.line(kernel, (0, length // 3), (length - 1, length - 1 - length // 3), 1.0, 1)
    return cv2.filter2D(frame, -1, kernel / kernel.sum())


def monitor(frame: np.ndarray, amplitude: float) -> np.ndarray:
    """A code filmed off a monitor: scan lines and a moire beat across the picture."""
    yy, xx = np.mgrid[0:frame.shape[0], 0:frame.shape[1]].astype(np.float32)
    pattern = 1 - amplitude * (0.5 + 0.5 * np.sin(yy * 2.1 + xx * 0.13))
    return (frame * pattern[..., None]).astype(np.uint8)


def wobble(rng: np.random.Generator) -> list[tuple[int, int]]:
    """Where a hand holding a card still puts it in each frame of a burst: a walk of 0-2 pixels
    a frame (the whole picture moves with it here; the card alone would in a real doorway)."""
    x = y = 0
    out = [(0, 0)]
    for _ in range(BURST - 1):
        x, y = x + int(rng.integers(-2, 3)), y + int(rng.integers(-2, 3))
        out.append((x, y))
    return out


Scene = Callable[[np.random.Generator], tuple[list[np.ndarray], list[str]]]


def _scene(seed: int, pose: Pose, *, inverted: bool = False,
           picture_fn: Callable[[np.ndarray, np.random.Generator], np.ndarray] | None = None,
           frame_fn: Callable[[np.ndarray, np.ndarray, np.random.Generator], np.ndarray] | None = None,
           codes: int = 1,
           burst_fn: Callable[[np.ndarray, np.ndarray, int], np.ndarray] | None = None) -> Scene:
    def make(rng: np.random.Generator) -> tuple[list[np.ndarray], list[str]]:
        bg = background(rng)
        texts = [member_code(seed * 10 + k) for k in range(codes)]
        frame, quad = bg, np.zeros((4, 2), np.float32)
        for k, text in enumerate(texts):
            picture = qr_picture(text, inverted)
            if picture_fn is not None:
                picture = picture_fn(picture, rng)
            p = pose if codes == 1 else replace(pose, cx=(k + 1) * 1280 / (codes + 1), width=pose.width)
            frame, quad = warp_into(picture, frame, p)
        if frame_fn is not None:
            frame = frame_fn(frame, quad, rng)
        burst = []
        for i, (dx, dy) in enumerate(wobble(rng)):
            shown = frame if burst_fn is None else burst_fn(frame, quad, i)  # a reflection moving with the hand
            burst.append(degrade(np.roll(shown, (dy, dx), axis=(0, 1)), pose, rng))
        return burst, texts
    return make


def scenes(seed: int) -> dict[str, list[tuple[str, Scene]]]:
    rng = np.random.default_rng(seed)
    base = Pose(cx=640 + rng.uniform(-200, 200), cy=360 + rng.uniform(-100, 100), width=300,
                angle=rng.uniform(-8, 8))
    s = seed
    return {
        "easy": [("-", _scene(s, base))],
        "blur": [(f"sigma {b}", _scene(s, replace(base, blur=b))) for b in (2.5, 3.5, 4.5)],
        "glare": [(f"spot {g}", _scene(s, base, frame_fn=lambda f, q, r, g=g: glare(f, q, g, r)))
                  for g in (0.15, 0.25, 0.35)],
        "phone screen": [(f"brightness {b}", _scene(s, replace(base, width=200),
                                                    picture_fn=lambda p, r, b=b: phone(p, b)))
                         for b in (0.6, 0.35, 0.2)],
        "monitor": [(f"moire {a}", _scene(s, base, frame_fn=lambda f, q, r, a=a: monitor(f, a)))
                    for a in (0.3, 0.5)],
        "small, far": [(f"{w} px", _scene(s, replace(base, width=w))) for w in (110, 85, 70)],
        "perspective": [(f"tilt {t}", _scene(s, replace(base, tilt=t))) for t in (0.25, 0.4, 0.5)],
        "rotation": [(f"{a} deg", _scene(s, replace(base, angle=a))) for a in (45, 90, 200)],
        "shadow": [(f"depth {d}", _scene(s, base, frame_fn=lambda f, q, r, d=d: shadow(f, q, d)))
                   for d in (0.4, 0.2, 0.1)],
        "low light": [(f"x{k}", _scene(s, replace(base, light=k, noise=8))) for k in (0.2, 0.12, 0.07, 0.045)],
        "damaged": [(f"{int(d * 100)}% of area", _scene(s, base, picture_fn=lambda p, r, d=d: damaged(p, d, r)))
                    for d in (0.04, 0.08, 0.12)],
        "inverted": [("-", _scene(s, base, inverted=True)),
                     ("on a phone", _scene(s, replace(base, width=220), inverted=True,
                                           picture_fn=lambda p, r: phone(p, 0.6)))],
        "laminated glare": [(f"streak {g}", _scene(s, base, burst_fn=lambda f, q, i, g=g: laminate(
            f, q, g, np.random.default_rng(i), offset=0.12 * np.sin(i * 1.3)))) for g in (0.7, 0.85, 1.0)],
        "bright window": [(f"haze {h}", _scene(s, base, frame_fn=lambda f, q, r, h=h: backlight(f, q, h)))
                          for h in (0.5, 0.65, 0.75)],
        "bent card": [(f"bend {b}", _scene(s, base, picture_fn=lambda p, r, b=b: bent(p, b)))
                      for b in (0.6, 0.9, 1.2)],
        "motion blur": [(f"{n} px", _scene(s, base, frame_fn=lambda f, q, r, n=n: motion_blur(f, n)))
                        for n in (7, 11, 15)],
        "several codes": [(f"{n} codes", _scene(s, replace(base, width=220, angle=0), codes=n)) for n in (2, 3)],
    }


def cases(per_setting: int = 6, seed: int = 7) -> Iterator[Case]:
    for i in range(per_setting):
        for kind, settings in scenes(seed * 100 + i).items():
            for strength, make in settings:
                rng = np.random.default_rng(seed * 100 + i)
                burst, texts = make(rng)
                yield Case(kind, strength, burst[0], burst, texts)


def empty_frame(seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return degrade(background(rng), Pose(), rng)
