"""A host's shift at the real app on Xvfb, in real time, tapped with a real pointer: three
minutes of work (a tap every 10 s) and the host view stays; untouched, it closes about two
minutes after the last tap; the evacuation roll call stays open well past that."""

from __future__ import annotations

import shutil
import time

import numpy as np
import pytest

from kiosk.core.members import NewMember
from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.e2e.test_guest_e2e import Finger

pytestmark = [pytest.mark.e2e, pytest.mark.slow]  # real time: the host view's real two minutes

WORK_S, TAP_EVERY_S, IDLE_S = 180, 10, 120


@pytest.fixture
def screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    xvfb = Xvfb()  # 1280x800: this test is about time; the layout tests cover 1024x600
    yield xvfb
    xvfb.stop()


def unlock(finger: Finger) -> None:
    finger.tap("Vært")
    for digit in "2468":
        finger.tap(digit)
    finger.tap("Åbn")
    finger.find("Luk")


def still_open(finger: Finger, label: str) -> bool:
    finger._refresh(0.3)
    return label in finger.buttons and "Gæst / dagspas" not in finger.buttons


def test_a_host_shift_in_real_time(screen, tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    cards = kiosk.members.add_many([NewMember(name="Lars Holm"), NewMember(name="Åse Ørum")])
    for card in cards:
        kiosk.checkin.check_in_code(card.code)
    kiosk.host.set_pin("2468")
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(3), 10)), fps=15)
    door = KioskProcess(screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, screen.display)
    try:
        door.wait_for(event="ready")
        unlock(finger)
        tabs = ["I dag", "Medlemmer", "Travlhed", "Her nu"]
        started = last_touch = time.monotonic()
        while time.monotonic() - started < WORK_S:
            finger.tap(tabs[finger.taps % len(tabs)])
            last_touch = time.monotonic()
            assert still_open(finger, "Luk"), (f"the host view closed after {time.monotonic() - started:.0f} s of "
                                               f"work; on screen: {sorted(finger.buttons)}; "
                                               f"events: {[r.get('event') for r in finger.seen[-8:]]}")
            time.sleep(max(0.0, TAP_EVERY_S - 0.6))
        # Untouched: still open shortly before two minutes, closed shortly after.
        time.sleep(IDLE_S - 10 - (time.monotonic() - last_touch))
        assert still_open(finger, "Luk"), "the host view closed before two minutes untouched"
        closed = finger.wait_event(event="host_view_closed", timeout=25)
        idle = time.monotonic() - last_touch
        assert closed and IDLE_S - 10 <= idle <= IDLE_S + 15, idle
        finger.find("Gæst / dagspas")

        # The roll call: open, untouched for longer than the host view ever stays.
        unlock(finger)
        finger.tap("Evakueringsliste")
        finger.find("Tilbage")
        opened, seen_before = time.monotonic(), len(finger.seen)
        time.sleep(IDLE_S + 20)
        assert still_open(finger, "Tilbage"), f"the roll call closed within {time.monotonic() - opened:.0f} s"
        assert not any(r.get("event") == "host_view_closed" for r in finger.seen[seen_before:]), "closed meanwhile"
        finger.tap("Tilbage")
        finger.find("Luk")
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])
