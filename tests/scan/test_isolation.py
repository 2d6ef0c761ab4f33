"""A decoder that aborts or hangs costs a frame, is logged once, and scanning carries on."""

import cv2
import numpy as np
import pytest

from benchmarks.frames import member_code, qr_picture
from kiosk.scan.capture import CaptureLoop, CodeDebouncer
from kiosk.scan.isolated import IsolatedDecoder, timeout_scale
from kiosk.scan.passes import PRIMARY, Pass, PassSchedule
from kiosk.scan.pipeline import LiveDecoder
from kiosk.scan.synth import Pose, background, place
from tests.fakes import FlakyCamera

TEXT = member_code(4)
SPECS = ["zxing-cpp=kiosk.scan.decoders:ZxingDecoder", "faulty=tests.scan.faulty:FaultyDecoder"]
FAULTY = Pass("plain", "faulty")
BLACK = np.zeros((360, 640), np.uint8)
WHITE = np.full((360, 640), 255, np.uint8)


def code_gray() -> np.ndarray:
    rng = np.random.default_rng(1)
    return cv2.cvtColor(place(qr_picture(TEXT), background(rng), Pose(width=300), rng), cv2.COLOR_BGR2GRAY)


@pytest.fixture
def isolated():
    dec = IsolatedDecoder(SPECS, timeout=0.3)
    yield dec
    dec.close()


def test_reads_codes_in_the_child(isolated):
    assert [c.text for c in isolated.decode(code_gray(), [PRIMARY])] == [TEXT]
    assert isolated.decoders == ["zxing-cpp", "faulty"]


def test_an_aborting_decoder_costs_one_frame(isolated, caplog):
    assert isolated.decode(BLACK, [FAULTY]) == []
    assert isolated.crashes == 1
    assert [c.text for c in isolated.decode(code_gray(), [PRIMARY])] == [TEXT]  # the spare took over
    assert sum("decoder crashed" in r.getMessage() for r in caplog.records) == 1
    assert isolated.decode(BLACK, [FAULTY]) == []  # and again: a fresh spare was ready
    assert [c.text for c in isolated.decode(code_gray(), [PRIMARY])] == [TEXT]
    assert isolated.crashes == 2


def test_a_hanging_decoder_is_killed_after_the_timeout(isolated, caplog):
    assert isolated.decode(WHITE, [FAULTY]) == []
    assert isolated.hangs == 1
    assert [c.text for c in isolated.decode(code_gray(), [PRIMARY])] == [TEXT]
    assert sum("hung" in r.getMessage() for r in caplog.records) == 1


@pytest.fixture
def patient():
    """A decoder whose hang limit no loaded machine reaches: with the 0.3 s one, a slow decode on a
    busy 2-core machine was taken for a hang, and the crashes this test counts never came."""
    dec = IsolatedDecoder(SPECS, timeout=10.0)
    yield dec
    dec.close()


def test_live_scanning_carries_on_through_crashes(patient):
    """A camera whose every fourth frame makes the decoder abort: codes are still read."""
    isolated = patient
    frames = [cv2.cvtColor(code_gray(), cv2.COLOR_GRAY2BGR)] * 3 + [np.zeros((360, 640, 3), np.uint8)]
    live = LiveDecoder(isolated, PassSchedule([FAULTY, None, None]))
    sightings = []
    loop = CaptureLoop(FlakyCamera(frames, fps=20), live.decode, lambda f: None, sightings.append,
                       lambda *a: None, debouncer=CodeDebouncer(gap=0.0))
    loop.start()
    try:
        import time

        deadline = time.monotonic() + 60  # a bound, not a timing: a loaded machine restarts slowly
        while time.monotonic() < deadline and (isolated.crashes < 2 or len(sightings) < 3):
            time.sleep(0.05)
    finally:
        loop.stop()
    assert isolated.crashes >= 2 and len(sightings) >= 3


def test_pass_schedule_spreads_secondary_passes():
    schedule = PassSchedule()
    cycle = [schedule.next() for _ in range(len(schedule.secondary))]
    assert all(passes[0] == PRIMARY for passes in cycle)
    # after the region pass (free without a near miss, tests/scan/test_regions.py)
    assert {p for passes in cycle for p in passes[2:]} == {p for p in schedule.secondary if p}
    assert sum(len(p) == 2 for p in cycle) >= 1  # a blank slot keeps the median frame cheap


SLOW = Pass("plain", "slow")
SLOW_SPECS = [*SPECS, "slow=tests.scan.faulty:SlowDecoder"]


@pytest.mark.parametrize(("scale", "hangs"), [(1.0, 1), (5.0, 0)])
def test_the_timeouts_scale_for_an_emulated_machine(scale, hangs):
    # A decode of 0.6 s is a hang at 0.3 s; with the timeouts five times as long it is an answer.
    dec = IsolatedDecoder(SLOW_SPECS, timeout=0.3, scale=scale)
    try:
        assert (dec.timeout, dec.start_timeout) == pytest.approx((0.3 * scale, 20.0 * scale))
        assert dec.decode(WHITE, [SLOW]) == []
        assert dec.hangs == hangs
        assert [c.text for c in dec.decode(code_gray(), [PRIMARY])] == [TEXT]
    finally:
        dec.close()


@pytest.mark.parametrize(("value", "scale"), [(None, 1.0), ("", 1.0), ("20", 20.0), (" 2.5 ", 2.5), ("1000", 1000.0)])
def test_the_timeout_scale_comes_from_the_environment(value, scale):
    assert timeout_scale({} if value is None else {"KIOSK_DECODER_TIMEOUT_SCALE": value}) == scale


@pytest.mark.parametrize("value", ["abc", "0", "0.5", "-3", "1001", "nan", "inf"])
def test_a_bad_timeout_scale_is_said_and_changes_nothing(value, caplog):
    assert timeout_scale({"KIOSK_DECODER_TIMEOUT_SCALE": value}) == 1.0
    said = [r for r in caplog.records if getattr(r, "event", None) == "bad_timeout_scale"]
    assert len(said) == 1 and value in said[0].getMessage()
