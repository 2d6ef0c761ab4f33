"""Second looks where a code almost read, and frames fused over time (scan.regions): each reads a
code that the primary pass alone does not, and costs nothing in an empty doorway."""

from dataclasses import replace

import cv2
import numpy as np
import pytest

from benchmarks.frames import bent, laminate, member_code, qr_picture, wobble
from kiosk.scan.decoders import ZxingDecoder, available_decoders
from kiosk.scan.isolated import IsolatedDecoder
from kiosk.scan.passes import PRIMARY, REGION_PASSES, STILL_PASSES, Pass, PassSchedule
from kiosk.scan.pipeline import LiveDecoder
from kiosk.scan.regions import FrameHistory, Region, distinct, straighten
from kiosk.scan.synth import Pose, background, degrade, warp_into
from kiosk.scan.worker import run_passes

TEXT = member_code(9)
ZXING = ZxingDecoder()
DECODERS = available_decoders()
POSE = Pose(cx=600, cy=380, width=300, angle=5)
LOCAL, UNBEND = REGION_PASSES
FUSED = Pass("fused", "zxing-cpp")


def grey(frame: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def scene(picture: np.ndarray | None = None, pose: Pose = POSE, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return warp_into(qr_picture(TEXT) if picture is None else picture, background(rng), pose)


def burst(frame: np.ndarray, pose: Pose, seed: int = 3, change=None) -> list[np.ndarray]:
    """Frames of a card held still by a hand (a wobble of a few pixels), fresh noise in each."""
    rng = np.random.default_rng(seed)
    out = []
    for i, (dx, dy) in enumerate(wobble(rng)):
        shown = frame if change is None else change(frame, i)
        out.append(grey(degrade(np.roll(shown, (dy, dx), axis=(0, 1)), pose, rng)))
    return out


def texts(gray: np.ndarray, passes: list[Pass], history: FrameHistory | None = None) -> list[str]:
    codes, _ = run_passes(gray, [[p.preparation, p.decoder] for p in passes], DECODERS, False, history)
    return [c.text for c in codes]


def test_a_blurred_code_is_read_by_a_local_threshold_where_the_primary_pass_almost_read_it():
    frame, quad = scene()
    gray = burst(frame, replace(POSE, blur=3.5))[0]
    codes, near = ZXING.read(gray)
    assert codes == [] and near  # found, not decoded
    assert texts(gray, [PRIMARY]) == []
    found, first = run_passes(gray, [[PRIMARY.preparation, PRIMARY.decoder], [LOCAL.preparation, LOCAL.decoder]],
                              DECODERS, False)
    assert [c.text for c in found] == [TEXT] and first == "zxing-cpp/region-local"
    # its corners are the code's, in the frame: inside the placed card, around its centre
    centre = np.array(found[0].corners).mean(axis=0)
    assert np.linalg.norm(centre - quad.mean(axis=0)) < 30


def test_a_bent_card_is_read_once_the_bend_is_undone():
    frame, _ = scene(bent(qr_picture(TEXT), 0.9))
    gray = burst(frame, POSE)[0]
    assert texts(gray, [PRIMARY, LOCAL]) == []
    assert texts(gray, [PRIMARY, UNBEND]) == [TEXT]


def test_straighten_maps_a_region_to_an_upright_square_and_back():
    frame, quad = scene(pose=replace(POSE, angle=30))
    gray = grey(frame)
    img, back = straighten(gray, Region(tuple(map(tuple, quad))))
    assert img.shape[0] == img.shape[1]
    assert [c.text for c in ZXING.decode(img)] == [TEXT]
    corners = cv2.perspectiveTransform(np.array([[[0, 0], [img.shape[1], img.shape[0]]]], np.float32), back)[0]
    assert all(0 <= x <= gray.shape[1] and 0 <= y <= gray.shape[0] for x, y in corners)


def test_overlapping_near_misses_are_one_region():
    a = Region(((100, 100), (300, 100), (300, 300), (100, 300)))
    inside = Region(((150, 150), (250, 150), (250, 250), (150, 250)))
    elsewhere = Region(((800, 100), (900, 100), (900, 200), (800, 200)))
    assert distinct([inside, elsewhere, a]) == [a, elsewhere]


def test_an_empty_doorway_has_no_near_misses_and_the_region_passes_do_nothing():
    rng = np.random.default_rng(11)
    bg = background(rng)
    for _ in range(8):
        gray = grey(degrade(bg, Pose(), rng))
        assert ZXING.read(gray) == ([], [])
        assert texts(gray, [PRIMARY, *REGION_PASSES]) == []


def dim_burst() -> list[np.ndarray]:
    frame, _ = scene()
    return burst(frame, replace(POSE, light=0.045, noise=8))


def test_the_fused_pass_reads_a_dim_burst_that_the_primary_pass_reads_in_no_frame():
    # The fused frame is stretched up to a readable contrast (zxing-cpp takes a block of under
    # 24 grey levels for flat); the average has the finer levels to stretch.
    frames = dim_burst()
    assert all(ZXING.decode(g) == [] for g in frames)
    history = FrameHistory()
    read = []
    for gray in frames:
        history.keep(gray)
        read.append(texts(gray, [PRIMARY, FUSED], history))
    assert read[0] == []  # nothing to fuse with yet
    assert [TEXT] in read[1:]


def test_fusing_washes_out_a_reflection_that_wanders_over_a_laminated_card():
    frame, quad = scene()

    def streak(f: np.ndarray, i: int) -> np.ndarray:
        return laminate(f, quad, 1.0, np.random.default_rng(i), offset=0.12 * np.sin(i * 1.3))

    frames = burst(frame, POSE, change=streak)
    assert all(ZXING.decode(g) == [] for g in frames)
    history = FrameHistory()
    for gray in frames:
        history.keep(gray)
    fused = history.fused()
    assert fused is not None and [c.text for c in ZXING.decode(fused)] == [TEXT]


def test_frames_of_another_moment_are_not_fused():
    rng = np.random.default_rng(5)
    history = FrameHistory()
    history.keep(grey(degrade(background(rng), Pose(), rng)))
    assert history.fused() is None  # one frame
    history.keep(grey(degrade(background(np.random.default_rng(99)), Pose(), rng)))  # someone else's doorway
    assert history.fused() is None
    moved = np.roll(grey(degrade(background(np.random.default_rng(99)), Pose(), rng)), 80, axis=1)
    history.keep(moved)  # the same room, moved further than a wobble
    assert history.fused() is None
    history.keep(moved)
    assert history.fused() is not None


def test_still_photos_never_fuse_and_get_the_region_passes_too():
    assert set(REGION_PASSES) <= set(STILL_PASSES) and FUSED not in STILL_PASSES
    frame, _ = scene()
    gray = burst(frame, replace(POSE, blur=3.5))[0]
    codes, _ = run_passes(gray, [[p.preparation, p.decoder] for p in STILL_PASSES], DECODERS, True)
    assert [c.text for c in codes] == [TEXT]


def test_the_schedule_gives_every_frame_a_region_pass_in_turn():
    schedule = PassSchedule()
    cycle = [schedule.next() for _ in range(len(schedule.secondary))]
    assert all(passes[:1] == [PRIMARY] and passes[1] in REGION_PASSES for passes in cycle)
    assert {passes[1] for passes in cycle} == set(REGION_PASSES)
    assert sum(FUSED in passes for passes in cycle) >= 1


@pytest.fixture
def isolated():
    dec = IsolatedDecoder()
    yield dec
    dec.close()


def test_the_decoder_process_fuses_the_live_frames_it_was_asked_to_keep(isolated):
    frames = dim_burst()
    live = LiveDecoder(isolated, PassSchedule([FUSED], []))
    for gray in frames[:-1]:
        live.decode_idle(gray)  # idle looks are not kept: nothing to fuse with
    assert isolated.decode(frames[-1], [FUSED]) == []  # neither is this one (keep=False)
    read = [[c.text for c in live.decode(gray)] for gray in frames]
    assert read[0] == [] and [TEXT] in read[1:]


def test_degenerate_near_misses_and_tiny_frames_cost_nothing_and_break_nothing():
    gray = grey(scene()[0])
    flat = Region(((10, 10), (200, 10), (400, 10), (600, 10)))  # corners on a line
    tiny = Region(((10, 10), (20, 10), (20, 20), (10, 20)))
    assert distinct([flat, tiny]) == []
    from kiosk.scan.regions import decode_regions

    assert decode_regions(gray, [flat], "region-local", ZXING) == []
    history = FrameHistory()
    for _ in range(3):
        history.keep(np.zeros((20, 30), np.uint8))
    assert history.fused() is None
