"""A German guest on a 1024x600 panel pauses 80 seconds half-way through typing, in real time, with
the real lengths (the fast tests run the same countdown with a short second): at 60 s the
warning comes over the flow without moving the keyboard, "Mehr Zeit" gives the time back, and
nothing typed is lost. The slow tier: it waits in real time on purpose."""

from __future__ import annotations

import time

import numpy as np
import pytest

from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import build_kiosk
from tests.e2e.harness import KioskProcess
from tests.e2e.test_guest_e2e import Finger
from tests.e2e.test_small_panel_e2e import on_screen, small_screen  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_a_guest_who_pauses_and_asks_for_more_time_keeps_what_they_typed(small_screen, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    build_kiosk(data).close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(7), 10)), fps=15)
    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, small_screen.display)
    try:
        door.wait_for(event="ready")
        finger.tap("Gæst / dagspas")
        finger.tap("Deutsch")
        finger.find("Leerzeichen")
        finger.type("Ida Bak", space="Leerzeichen")
        last_touch = time.monotonic()
        keys = {k: finger.find(k) for k in ("Leerzeichen", "Weiter", "⌫", "a")}

        warning = finger.wait_event(event="countdown_warning", countdown="guest", timeout=90)
        warned_after = time.monotonic() - last_touch
        assert 58 <= warned_after <= 70, warned_after
        assert warning["seconds_left"] == 30
        more = finger.find("Mehr Zeit")
        assert on_screen(more)
        assert {k: finger.find(k) for k in keys} == keys  # laid over the flow: no key moved
        small_screen.screenshot(tmp_path / "guest-more-time-de.png")
        time.sleep(max(0.0, 80 - (time.monotonic() - last_touch)))  # a phone call at the door: 80 s
        assert not any(r.get("event") == "countdown_ended" for r in finger.seen)
        finger.tap("Mehr Zeit")
        finger.wait_event(event="countdown_extended", countdown="guest")
        assert "Mehr Zeit" not in finger.buttons
        finger.tap("Weiter")  # the name typed before the pause is still there: the next step
        assert on_screen(finger.find("Überspringen"))
        finger.tap("Abbrechen")
        finger.find("Gæst / dagspas")
    finally:
        code = door.stop()
    assert code == 0, "\n".join(door.log[-20:])
