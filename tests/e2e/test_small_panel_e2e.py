"""The real app, fullscreen on a 1024x600 screen (the common 7" touch panel), tapped with a real
pointer: the door's buttons are on the screen (they were at y=599 and y=664, half off it or
below it), a guest's German flow fits, and the door screen is where it was afterwards (it sat
14 px lower)."""

from __future__ import annotations

import json
import shutil
import time

import numpy as np
import pytest

from kiosk import app
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.e2e.test_guest_e2e import Finger

pytestmark = pytest.mark.e2e
W, H = 1024, 600


@pytest.fixture
def small_screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    xvfb = Xvfb(W, H)
    yield xvfb
    xvfb.stop()


def on_screen(place: list[int], half_height: int = 24) -> bool:
    x, y = place
    return 0 < x < W and half_height <= y <= H - half_height  # the whole finger-sized button shows


def test_the_door_and_a_guest_on_a_1024x600_panel(small_screen, tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller og Omegns Andelsforening"))
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(5), 10)), fps=15)
    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, small_screen.display)
    try:
        door.wait_for(event="ready")
        guest, typed = finger.find("Gæst / dagspas"), finger.find("Skriv koden")
        assert on_screen(guest) and on_screen(typed), (guest, typed)
        assert on_screen(finger.find("DA")) and on_screen(finger.find("Vært"))
        finger.tap("Gæst / dagspas")
        finger.tap("Deutsch")
        finger.find("Leerzeichen")
        for key in ("Leerzeichen", "Weiter", "Abbrechen", "⌫", "Löschen"):
            assert on_screen(finger.find(key)), key
        finger.type("Jo", space="Leerzeichen")
        finger.tap("Weiter")
        assert on_screen(finger.find("Überspringen"))
        finger.tap("Abbrechen")
        assert finger.find("Gæst / dagspas") == guest and finger.find("Skriv koden") == typed
    finally:
        code = door.stop()
    assert code == 0, "\n".join(door.log[-20:])


def test_the_larger_text_on_a_1024x600_panel(small_screen, tmp_path):
    """The host's default `text_size large`, then "A A" tapped twice by one person: the door's
    buttons and a German guest's keyboard stay whole on the screen in the larger text."""
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller og Omegns Andelsforening",
                                           text_size="large"))
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(5), 10)), fps=15)
    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, small_screen.display)
    try:
        door.wait_for(event="text_size", large=True)  # the host's default, before the door is ready
        door.wait_for(event="ready")
        for label in ("Gæst / dagspas", "Skriv koden", "A A", "DA", "Vært"):
            assert on_screen(finger.find(label)), label
        since = len(door.log)
        finger.tap("A A")  # normal for this person
        logged(door, since, event="text_size", large=False)
        since = len(door.log)
        finger.tap("A A")  # and large again
        logged(door, since, event="text_size", large=True)
        finger.tap("Gæst / dagspas")
        finger.tap("Deutsch")
        for key in ("Leerzeichen", "Weiter", "Abbrechen", "⌫", "Löschen"):
            assert on_screen(finger.find(key)), key
        finger.tap("Abbrechen")
        assert on_screen(finger.find("Gæst / dagspas"))
    finally:
        code = door.stop()
    assert code == 0, "\n".join(door.log[-20:])


def logged(door, since: int, timeout: float = 30.0, **match) -> None:  # type: ignore[no-untyped-def]
    """A record matching `match` in the log since line `since`, however it was read: Finger's
    tap consumes the queue of log events while it waits for its tap's outcome."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for line in door.log[since:]:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and all(record.get(k) == v for k, v in match.items()):
                return
        time.sleep(0.1)
    raise AssertionError(f"no log record {match} in {timeout} s")
