"""The stall sampler (KIOSK_PROBE=1 with KIOSK_TRACE=1) names what the GUI thread was doing in a
stall, and which other thread was busy beside it."""

import contextlib
import socket
import threading
import time

from kiosk.ui.probe import StallSampler


def gui_work_that_blocks(ms: float) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        pass


def other_thread_work(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(range(1000))


def wait_for_a_caller(listener: socket.socket) -> None:
    with contextlib.suppress(OSError):  # closed at the test's end
        listener.accept()


def named(where: list[tuple[str, int]], busy: list[tuple[str, int]]) -> bool:
    """The stall's cause is the GUI thread's own work, and the thread busy beside it is named with
    what it was doing."""
    return bool(where) and "gui_work_that_blocks" in where[0][0] and any(
        "busy-worker" in place and "other_thread_work" in place for place, _ in busy)


def test_the_sampler_names_the_gui_thread_s_work_and_the_busy_thread_beside_it():
    sampler = StallSampler(every=0.001)
    stop = threading.Event()
    other = threading.Thread(target=other_thread_work, args=(stop,), name="busy-worker")
    # A server thread asleep in accept() (as a test's loopback servers leave them) is not busy.
    listener = socket.create_server(("127.0.0.1", 0))
    idle = threading.Thread(target=wait_for_a_caller, args=(listener,), name="idle-listener", daemon=True)
    idle.start()
    sampler.start()
    other.start()
    try:
        # A stall of the GUI thread, made on purpose; on a loaded machine the sampler may get no
        # turn (no core, or no GIL beside two spinning threads) in one stall, so stalls are made
        # until one has both (waiting for the state; a minute is only the bound of a broken sampler).
        give_up = time.monotonic() + 60
        while time.monotonic() < give_up:
            start = time.monotonic()
            gui_work_that_blocks(80)
            end = time.monotonic()
            where, busy = sampler.causes(start, end, top=100)  # all: other tests' threads may be busy too
            if named(where, busy):
                break
    finally:
        stop.set()
        sampler.stop()
        other.join()
        listener.close()
    assert named(where, busy), (where, busy)
    assert not any("idle-listener" in place for place, _ in busy), busy
    assert sampler.causes(end + 10, end + 20) == ([], [])  # nothing outside the stall
