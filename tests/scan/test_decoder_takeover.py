"""A decoder process that stops answering (SIGSTOP: what a loaded machine does to it for a
while) costs one frame: its warm spare takes the next frame at once, and the stopped process,
when it answers, is the spare again; no process is started, which would load the machine more."""

import os
import signal
import threading
import time

import cv2
import numpy as np
import pytest

from kiosk.scan.capture import CaptureLoop, CodeDebouncer
from kiosk.scan.isolated import LOAD_MARGIN, IsolatedDecoder
from kiosk.scan.passes import PRIMARY
from kiosk.scan.pipeline import LiveDecoder
from tests.fakes import FlakyCamera
from tests.scan.test_isolation import TEXT, code_gray

SPECS = ["zxing-cpp=kiosk.scan.decoders:ZxingDecoder"]
TIMEOUT = 0.3


def wait_until(check, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout  # a bound for a loaded machine, not a timing
    while not check():
        assert time.monotonic() < deadline, "never happened"
        time.sleep(0.01)


@pytest.fixture
def decoder():
    dec = IsolatedDecoder(SPECS, timeout=TIMEOUT, grace=60.0)
    wait_until(lambda: dec.processes()[1] is not None)  # the warm spare is up
    yield dec
    for pid in dec.processes():
        if pid is not None:
            os.kill(pid, signal.SIGCONT)
    dec.close()


def texts(dec: IsolatedDecoder, gray: np.ndarray) -> list[str]:
    return [c.text for c in dec.decode(gray, [PRIMARY])]


def test_a_stopped_decoder_costs_one_frame_and_comes_back_as_the_spare(decoder):
    gray = code_gray()
    assert texts(decoder, gray) == [TEXT]
    first, spare = decoder.processes()
    os.kill(first, signal.SIGSTOP)
    start = time.monotonic()
    assert texts(decoder, gray) == []  # the frame it was given is lost
    assert time.monotonic() - start < decoder.deadline() + 1.0  # not a wait for a process start
    assert decoder.hangs == 1
    assert decoder.processes()[0] == spare
    assert [texts(decoder, gray) for _ in range(10)] == [[TEXT]] * 10  # the spare answers every frame
    os.kill(first, signal.SIGCONT)  # the machine has time for it again: it answers its late frame
    wait_until(lambda: decoder.processes() == (spare, first))
    assert decoder.late_answers == 1
    assert decoder.restarts == 0  # no decoder process was started for it
    os.kill(spare, signal.SIGSTOP)  # and again the other way round
    assert texts(decoder, gray) == []
    assert texts(decoder, gray) == [TEXT]
    assert decoder.processes()[0] == first
    os.kill(spare, signal.SIGCONT)
    wait_until(lambda: decoder.processes() == (first, spare))
    assert decoder.restarts == 0


def test_a_decoder_that_never_answers_is_killed_after_the_grace_and_a_new_spare_starts():
    dec = IsolatedDecoder(SPECS, timeout=TIMEOUT, grace=0.5)
    try:
        wait_until(lambda: dec.processes()[1] is not None)
        gray = code_gray()
        first, spare = dec.processes()
        os.kill(first, signal.SIGSTOP)
        assert texts(dec, gray) == []
        assert texts(dec, gray) == [TEXT]
        wait_until(lambda: dec.processes()[1] not in (None, first))
        assert dec.restarts == 1 and dec.late_answers == 0
        wait_until(lambda: not os.path.exists(f"/proc/{first}"))  # killed and waited for
        assert dec.processes()[0] == spare
    finally:
        dec.close()


@pytest.mark.slow
def test_the_door_keeps_answering_while_its_decoder_processes_are_stopped_in_turn(decoder):
    """The live loop at 20 frames a second while, six times, the decoder process in use is
    stopped for 0.6 s (longer than its deadline) and let go: a code in view is still read at
    least every deadline and a bit, and no decoder process is started."""
    frame = cv2.cvtColor(code_gray(), cv2.COLOR_GRAY2BGR)
    moved = np.roll(frame, 40, axis=1)  # a hand that moves: the gate decodes every frame it can
    sightings: list[float] = []
    live = LiveDecoder(decoder)
    loop = CaptureLoop(FlakyCamera([frame, moved], fps=20), live.decode, lambda f: None,
                       lambda s: sightings.append(time.monotonic()), lambda *a: None,
                       debouncer=CodeDebouncer(gap=0.0))
    done = threading.Event()

    def stop_in_turn() -> None:
        for _ in range(6):
            pid = decoder.processes()[0]
            os.kill(pid, signal.SIGSTOP)
            time.sleep(0.6)  # the machine's load: a stretch without a CPU for this process
            os.kill(pid, signal.SIGCONT)
            wait_until(lambda: None not in decoder.processes())  # it is the spare again
        done.set()

    loop.start()
    try:
        wait_until(lambda: len(sightings) >= 3)
        began = time.monotonic()
        stopper = threading.Thread(target=stop_in_turn)
        stopper.start()
        stopper.join(120)
        assert done.is_set()
        ended = time.monotonic()
    finally:
        loop.stop()
    during = [t for t in sightings if began <= t <= ended]
    gaps = np.diff([began, *during, ended])
    assert decoder.hangs >= 6 and decoder.restarts == 0
    assert max(gaps) < LOAD_MARGIN * TIMEOUT + 0.5


def test_closing_with_a_late_decoder_leaves_no_process_and_no_error(caplog):
    dec = IsolatedDecoder(SPECS, timeout=TIMEOUT, grace=60.0)
    wait_until(lambda: dec.processes()[1] is not None)
    first, spare = dec.processes()
    os.kill(first, signal.SIGSTOP)
    assert texts(dec, code_gray()) == []  # the spare took over; the stopped one is late
    dec.close()
    wait_until(lambda: not os.path.exists(f"/proc/{first}") and not os.path.exists(f"/proc/{spare}"))
    assert not [r for r in caplog.records if getattr(r, "event", None) == "decoder_killed"]
