"""The live loop: newest frame only, debounced codes, camera loss and recovery, decoder bugs."""

import itertools
import threading
import time

import cv2
import numpy as np

from benchmarks.frames import member_code, qr_picture
from kiosk.scan import capture
from kiosk.scan.capture import CameraStatus, CaptureLoop, CodeDebouncer
from kiosk.scan.decoders import ZxingDecoder
from kiosk.scan.sources import SourceUnavailable, VideoFileSource, source_for
from kiosk.scan.synth import Pose, background, empty_frames, place, write_video
from tests.fakes import FlakyCamera

TEXT = member_code(2)


def zxing_frames(frame):
    return ZxingDecoder().decode(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))


def code_frame() -> np.ndarray:
    rng = np.random.default_rng(1)
    return place(qr_picture(TEXT), background(rng), Pose(width=300), rng)


class Recorder:
    def __init__(self):
        self.frames = 0
        self.sightings = []
        self.statuses = []
        self.event = threading.Event()

    def frame(self, _):
        self.frames += 1

    def sighting(self, s):
        self.sightings.append(s)
        self.event.set()

    def status(self, status, detail):
        self.statuses.append(status)


def wait_for(predicate, timeout=5.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def test_debouncer_reports_a_held_code_once():
    d = CodeDebouncer(gap=2.0)
    assert d.fresh("a", 0.0)
    assert not d.fresh("a", 0.5) and not d.fresh("a", 2.4)  # still in view
    assert d.fresh("a", 5.0)  # out of sight for 2.6 s, then shown again
    assert d.fresh("b", 5.0)


def test_reads_a_code_from_a_video_file(tmp_path):
    rng = np.random.default_rng(3)
    video = tmp_path / "door.mp4"
    write_video(video, [*empty_frames(rng, 5), *[code_frame()] * 10], fps=30)
    rec = Recorder()
    loop = CaptureLoop(source_for(str(video)), zxing_frames, rec.frame,
                       rec.sighting, rec.status)
    loop.start()
    try:
        assert rec.event.wait(5)
    finally:
        loop.stop()
    assert not loop.running
    assert rec.sightings[0].codes[0].text == TEXT
    assert len(rec.sightings) == 1  # held for 10 frames, reported once
    assert rec.sightings[0].decoded_time >= rec.sightings[0].frame_time


def test_only_the_newest_frame_is_decoded():
    slow = threading.Event()

    def slow_decode(frame):
        time.sleep(0.05)  # a decoder slower than the camera
        slow.set()
        return []

    camera = FlakyCamera([code_frame()], fps=200)
    loop = CaptureLoop(camera, slow_decode, lambda f: None, lambda s: None, lambda *a: None)
    loop.start()
    time.sleep(0.6)
    loop.stop()
    assert loop.frames_grabbed > 3 * loop.frames_decoded > 0  # stale frames were dropped


def test_unplugged_camera_is_reported_and_recovers(monkeypatch):
    monkeypatch.setattr(capture, "RETRY_SECONDS", 0.05)
    camera = FlakyCamera([code_frame()])
    rec = Recorder()
    loop = CaptureLoop(camera, zxing_frames, rec.frame, rec.sighting, rec.status,
                       debouncer=CodeDebouncer(gap=0.05))
    loop.start()
    try:
        assert wait_for(lambda: rec.sightings)
        camera.plugged.clear()  # pulled out mid-scan
        assert wait_for(lambda: CameraStatus.UNAVAILABLE in rec.statuses)
        assert rec.statuses[:2] == [CameraStatus.OK, CameraStatus.LOST]
        seen = len(rec.sightings)
        camera.plugged.set()  # plugged back in
        assert wait_for(lambda: rec.statuses[-1] is CameraStatus.OK)
        assert wait_for(lambda: len(rec.sightings) > seen)
    finally:
        loop.stop()
    assert camera.opens >= 2


def test_black_frames_are_reported_as_dark(monkeypatch):
    monkeypatch.setattr(capture, "DARK_FRAMES", 5)
    rec = Recorder()
    loop = CaptureLoop(FlakyCamera([np.zeros((720, 1280, 3), np.uint8)]), lambda f: [], rec.frame,
                       rec.sighting, rec.status)
    loop.start()
    try:
        assert wait_for(lambda: CameraStatus.DARK in rec.statuses)
    finally:
        loop.stop()


def test_a_decoder_exception_costs_one_frame(caplog):
    calls = []

    def flaky(frame):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("decoder bug")
        return ZxingDecoder().decode(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))

    rec = Recorder()
    loop = CaptureLoop(FlakyCamera([code_frame()]), flaky, rec.frame, rec.sighting, rec.status)
    loop.start()
    try:
        assert rec.event.wait(5)
    finally:
        loop.stop()
    assert "decoder failed on a frame" in caplog.text


def test_missing_video_file_is_unavailable(tmp_path):
    source = VideoFileSource(tmp_path / "nope.mp4")
    try:
        source.open()
        raise AssertionError("opened a missing file")
    except SourceUnavailable as exc:
        assert "nope.mp4" in str(exc)


def test_source_for_rejects_nonsense():
    try:
        source_for("banana")
        raise AssertionError
    except SourceUnavailable as exc:
        assert "not a camera index" in str(exc)


def test_movement_is_told_at_most_once_a_second_and_a_still_view_not_at_all():
    rng = np.random.default_rng(5)
    still = background(rng)
    moved = still.copy()
    moved[100:, 400:800] = (30, 30, 30)
    told = []
    camera = FlakyCamera([still], fps=50)
    loop = CaptureLoop(camera, lambda f: [], lambda f: None, lambda s: None, lambda s, d: None,
                       on_motion=lambda: told.append(time.monotonic()))
    loop.start()
    try:
        time.sleep(0.6)
        assert told == []
        camera.frames = [still, moved]  # somebody in view, every other frame
        assert wait_for(lambda: len(told) >= 2, timeout=5.0)
    finally:
        loop.stop()
    assert all(b - a >= 0.95 for a, b in itertools.pairwise(told))
