"""The decode gate frame by frame: a still doorway is hardly decoded or previewed, and a code held
up after a long still period is read on the first frame in which it is readable."""

import threading

import cv2
import numpy as np

from benchmarks.frames import member_code, qr_picture
from kiosk.scan.capture import CaptureLoop
from kiosk.scan.decoders import ZxingDecoder
from kiosk.scan.gate import DecodeGate
from kiosk.scan.synth import Pose, background, degrade, held_up_sequence, warp_into

FPS = 15
TEXT = member_code(4)
ZXING = ZxingDecoder()


def read(frame: np.ndarray) -> list[str]:
    return [c.text for c in ZXING.decode(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))]


def doorway(seed: int = 4) -> tuple[np.ndarray, list[np.ndarray]]:
    """An empty doorway and a few frames of it with fresh sensor noise (cycled for a long still)."""
    rng = np.random.default_rng(seed)
    bg = background(rng)
    return bg, [degrade(bg, Pose(), rng) for _ in range(6)]


class Door:
    """Runs the gate as the capture loop does, with a decoder that is free for every frame."""

    def __init__(self, gate: DecodeGate) -> None:
        self.gate, self.t = gate, 0.0
        self.full = self.idle = self.previews = 0
        self.read_at: list[int] = []  # frame numbers at which the code was read
        self.frame_no = 0

    def show(self, frame: np.ndarray) -> bool:
        """One camera frame; True if it was decoded."""
        _, thumb, preview = self.gate.observe(frame, self.t)
        self.previews += preview
        decision = self.gate.decide(thumb, self.t)
        if decision is not None:
            if decision.full:
                self.full += 1
            else:
                self.idle += 1
            if TEXT in read(frame):
                self.read_at.append(self.frame_no)
            self.gate.decoded(thumb, self.t)
        self.t += 1 / FPS
        self.frame_no += 1
        return decision is not None

    def still(self, frames: list[np.ndarray], seconds: float) -> None:
        for i in range(int(seconds * FPS)):
            self.show(frames[i % len(frames)])


def test_a_still_doorway_is_decoded_once_a_second_with_the_primary_pass_and_previewed_three_times():
    _, noisy = doorway()
    door = Door(DecodeGate())
    door.show(noisy[0])  # the first frame after the camera opened is decoded in full
    assert door.full == 1
    door.still(noisy, 60)
    assert door.full == 1  # sensor noise is no change
    assert 55 <= door.idle <= 61  # one look a second, primary pass only
    assert door.previews <= 3 * 60 + 2


def test_a_code_held_up_after_a_long_still_period_is_read_on_its_first_readable_frame():
    bg, noisy = doorway()
    door = Door(DecodeGate())
    door.still(noisy, 90)
    rng = np.random.default_rng(8)
    card = list(held_up_sequence(qr_picture(TEXT), rng, frames=FPS * 2, bg=bg))
    readable = [door.frame_no + i for i, f in enumerate(card) if TEXT in read(f)]
    assert readable, "the scene itself must be readable"
    decoded_from = None
    for frame in card:
        if door.show(frame) and decoded_from is None:
            decoded_from = door.frame_no - 1
    assert door.read_at[0] == readable[0]  # not a frame later
    assert decoded_from is not None and decoded_from < readable[0]  # awake before the code was readable


def test_a_code_that_appears_without_movement_is_still_read_within_a_second():
    """A small card that comes into view too smoothly to count as movement: the once-a-second look."""
    bg, noisy = doorway()
    door = Door(DecodeGate())
    door.still(noisy, 10)
    with_code, _ = warp_into(qr_picture(TEXT), bg, Pose(cx=900, cy=300, width=150))
    rng = np.random.default_rng(9)
    frames = [degrade(with_code, Pose(), rng) for _ in range(6)]
    start = door.frame_no
    door.still(frames, 2)
    assert door.read_at and door.read_at[0] - start <= FPS


def test_camera_jitter_does_not_skip_frames_while_someone_moves():
    bg, _ = doorway()
    rng = np.random.default_rng(3)
    door = Door(DecodeGate())
    skipped, active = [], 0
    for i in range(60):
        scene = bg.copy()
        scene[150:, (60 * i) % 1000:(60 * i) % 1000 + 280] = (40, 30, 30)  # somebody walking through
        frame = degrade(scene, Pose(), rng)
        door.t += float(rng.uniform(-0.01, 0.01))  # a USB camera's frames do not come exactly on time
        t = door.t
        if not door.show(frame) and door.gate.motion.active(t):
            skipped.append(i)
        active += door.gate.motion.active(t)
    assert active > 50 and skipped == []


class StillCamera:
    """A camera at the hardware boundary, its clock the test's: `frames` frames of a still
    doorway, then it stops (unplugged)."""

    description = "still test camera"

    def __init__(self, frames: list[np.ndarray], count: int) -> None:
        self.frames, self.count, self.t, self.i = frames, count, 0.0, 0
        self.done = threading.Event()

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray | None:
        if self.i >= self.count:
            self.done.set()
            return None
        self.t = self.i / FPS
        self.i += 1
        return self.frames[self.i % len(self.frames)]

    def close(self) -> None:
        pass


def test_the_capture_loop_previews_and_decodes_a_still_doorway_rarely():
    _, noisy = doorway()
    camera = StillCamera(noisy, FPS * 30)
    full, idle, previews = [], [], []
    loop = CaptureLoop(camera, lambda f: full.append(1) or [], previews.append, lambda s: None,
                       lambda s, d: None, decode_idle=lambda f: idle.append(1) or [], clock=lambda: camera.t)
    loop.start()
    try:
        assert camera.done.wait(30)
    finally:
        loop.stop()
    assert loop.frames_grabbed == FPS * 30
    assert len(previews) <= 3 * 30 + 2  # not every frame: nothing moves
    assert len(full) <= 2 and len(idle) <= 31
