"""The hand scanner's keyboard burst and the motion hint, with time passed in."""

import numpy as np

from kiosk.scan.motion import MotionWatcher
from kiosk.scan.wedge import WedgeBuffer


def type_(buffer: WedgeBuffer, text: str, start: float, gap: float) -> float:
    t = start
    for ch in text:
        buffer.key(ch, t)
        t += gap
    return t


def test_fast_burst_with_enter_is_a_scan():
    b = WedgeBuffer()
    t = type_(b, "KM1:ABCDEFGH", 10.0, 0.005)
    assert b.enter(t) == "KM1:ABCDEFGH"
    assert b.enter(t + 0.01) is None  # the buffer was emptied


def test_person_typing_is_ignored():
    b = WedgeBuffer()
    t = type_(b, "hello world", 10.0, 0.15)
    assert b.enter(t) is None


def test_short_burst_and_late_enter_are_ignored():
    b = WedgeBuffer()
    assert b.enter(type_(b, "abc", 0.0, 0.005)) is None
    t = type_(b, "KM1:ABCDEFGH", 1.0, 0.005)
    assert b.enter(t + 2.0) is None


def test_slow_prefix_does_not_spoil_the_scan():
    b = WedgeBuffer()
    type_(b, "xy", 0.0, 0.3)  # someone leaning on the keyboard
    t = type_(b, "KM1:ABCDEFGH", 5.0, 0.005)
    assert b.enter(t) == "KM1:ABCDEFGH"


def test_control_characters_are_dropped():
    b = WedgeBuffer()
    b.key("\x1b", 0.0)
    t = type_(b, "ABCDEFGHIJ", 0.001, 0.004)
    assert b.enter(t) == "ABCDEFGHIJ"


def frames(moving: bool, n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    still = rng.integers(0, 255, (180, 320), dtype=np.uint8)
    for i in range(n):
        if moving:
            yield np.roll(still, 12 * i, axis=1)
        else:
            yield still


def test_hint_after_movement_without_a_read_and_off_when_calm():
    w = MotionWatcher(after=3.0, calm=2.0)
    changes = []
    t = 0.0
    for frame in frames(True, 60):  # 4 s of movement at 15 fps
        if (c := w.update(frame, t, code_read=False)) is not None:
            changes.append((round(t, 1), c))
        t += 1 / 15
    assert changes and changes[0][1] is True and 3.0 <= changes[0][0] <= 3.2
    for frame in frames(False, 45):  # 3 s still
        if (c := w.update(frame, t, code_read=False)) is not None:
            changes.append((round(t, 1), c))
        t += 1 / 15
    assert changes[-1][1] is False


def test_no_hint_while_codes_are_read_or_nobody_moves():
    w = MotionWatcher(after=1.0)
    t = 0.0
    for frame in frames(True, 45):
        assert w.update(frame, t, code_read=True) is None
        t += 1 / 15
    w2 = MotionWatcher(after=1.0)
    assert all(w2.update(f, i / 15, False) is None for i, f in enumerate(frames(False, 60)))
