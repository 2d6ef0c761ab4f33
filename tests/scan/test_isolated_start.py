"""The decoder process starts while the app builds its screen, or (start=False, as the app does)
only after the door is ready: the app does not wait for it until its first frame."""

import contextlib
import os
import threading
from pathlib import Path

from kiosk.scan.isolated import IsolatedDecoder
from kiosk.scan.passes import PRIMARY
from tests.scan.test_isolation import SPECS, TEXT, code_gray


def test_a_decoder_started_without_waiting_reads_the_first_frame_and_names_its_decoders():
    isolated = IsolatedDecoder(SPECS, wait=False)
    try:
        assert isolated._active is not None
        assert isolated._active.info is None  # nothing read from the child yet: nobody waited
        assert [c.text for c in isolated.decode(code_gray(), [PRIMARY])] == [TEXT]
        assert isolated.decoders == ["zxing-cpp", "faulty"]
    finally:
        isolated.close()


def test_a_decoder_closed_before_it_was_ever_used_leaves_no_process():
    isolated = IsolatedDecoder(SPECS, wait=False)
    child = isolated._active
    assert child is not None
    isolated.close()
    assert child.proc.poll() is not None and isolated._spare is None


def worker_processes() -> list[int]:
    """This test process's decoder children (started by any of its threads)."""
    children = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a thread that ended meanwhile
            children += (task / "children").read_text().split()
    return [int(pid) for pid in children
            if b"kiosk.scan.worker" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def test_a_decoder_told_to_wait_starts_no_process_until_start_and_its_first_frame_waits_for_it():
    before = worker_processes()
    isolated = IsolatedDecoder(SPECS, wait=False, start=False)
    read: list[list[str]] = []
    frame = threading.Thread(target=lambda: read.append([c.text for c in isolated.decode(code_gray(), [PRIMARY])]))
    try:
        frame.start()  # the camera's first frame, before the door is ready
        frame.join(0.3)  # (only to show that nothing starts meanwhile)
        assert frame.is_alive() and worker_processes() == before
        isolated.start()  # the door is ready
        frame.join(isolated.start_timeout)
        assert read == [[TEXT]]  # the frame was not lost: it waited for the process
        assert len(worker_processes()) > len(before)
    finally:
        isolated.close()


def test_start_starts_one_process_once_and_a_never_used_decoder_closes_cleanly():
    isolated = IsolatedDecoder(SPECS, wait=False, start=False)
    isolated.close()  # never started: nothing to stop
    isolated = IsolatedDecoder(SPECS, wait=False, start=False)
    try:
        child = isolated.start()
        assert isolated.start() is child
        assert isolated.decoders == ["zxing-cpp", "faulty"]
    finally:
        isolated.close()
    assert child.proc.poll() is not None
