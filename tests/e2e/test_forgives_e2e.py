"""Issue 24, tried as people would, at 1024x600 with the real app under Xvfb and real taps; the
door's second is 100 ms (KIOSK_SECOND_MS), so the waiting that is the point takes seconds.

A German guest pauses two minutes half-way (a phone call; "Mehr Zeit" when the door asks), then
finishes: nothing typed is lost, and their day pass at the door is answered in German, not in
the door's Danish ("Farvel, Katharina")."""

from __future__ import annotations

import subprocess

import cv2
import numpy as np
import pytest

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import ALL_DAY, build_kiosk
from tests.e2e.harness import KioskProcess
from tests.e2e.test_guest_e2e import Finger, _qr_on
from tests.e2e.test_small_panel_e2e import on_screen, small_screen  # noqa: F401 (a fixture)

pytestmark = pytest.mark.e2e
SECOND_MS = 100


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_german_guest_pauses_two_minutes_loses_nothing_and_their_pass_answers_in_german(small_screen,  # noqa: F811
                                                                                          tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Klitmøller Kontorfællesskab", guard_seconds=2,
                                            opening_hours=ALL_DAY))  # the real clock: open at any hour of a run
    kiosk.members.add(NewMember(name="Lars Holm"))
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(5), 10)), fps=15)
    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1", "KIOSK_SECOND_MS": str(SECOND_MS)})
    finger = Finger(door, small_screen.display)
    try:
        door.wait_for(event="ready")
        finger.tap("Gæst / dagspas")
        finger.tap("Deutsch")
        finger.find("Leerzeichen")
        finger.type("Katharina Müller", space="Leerzeichen")
        # Two minutes untouched: the door asks at 60 s, "Mehr Zeit", and asks again 60 s later.
        for _pause in range(2):
            seen = len(finger.seen)
            finger.wait_event(event="countdown_warning", countdown="guest", timeout=60)
            assert not any(r.get("event") == "countdown_ended" for r in finger.seen[seen:])
            assert on_screen(finger.find("Mehr Zeit"))
            finger.tap("Mehr Zeit")
            finger.seen.clear()  # the next warning is a new one
        finger.tap("Weiter")  # the name typed before the pause is still there: the next step
        finger.tap("Überspringen")
        finger.tap("Ich besuche ein Mitglied", prefix=True)
        finger.type("Lar", space="Leerzeichen")
        finger.tap("Lars Holm")
        finger.tap("Nein", prefix=True)
        finger.tap("Ich akzeptiere die Hausregeln")
        finger.tap("Ich stimme zu")
        finger.wait_event(event="guest_checked_in")
        shot = small_screen.screenshot_until(tmp_path / "pass.png", lambda img: _qr_on(img) is not None, timeout=10)
        code = _qr_on(cv2.imread(str(shot)))
        assert code is not None
        finger.tap("Fertig")
        finger.find("Gæst / dagspas")  # back at the door, in its own Danish

        # The pass at the door (a hand scanner types it): the answer is in the guest's German.
        finger.seen.clear()
        subprocess.run(["xdotool", "type", "--delay", "5", code], check=True, timeout=30,
                       env={"DISPLAY": small_screen.display, "PATH": "/usr/bin:/bin"})
        subprocess.run(["xdotool", "key", "Return"], check=True, timeout=10,
                       env={"DISPLAY": small_screen.display, "PATH": "/usr/bin:/bin"})
        shown = finger.wait_event(event="result_shown", timeout=30)
        assert shown["shown_as"] in ("checked_out", "checked_in"), shown
        assert any(r.get("event") == "language" and r.get("lang") == "de" for r in finger.seen), finger.seen[-5:]
        small_screen.screenshot(tmp_path / "guest-goodbye-de.png")
        # And the door speaks its own language again after a while.
        finger.wait_event(event="language_back", lang="da", timeout=60)
    finally:
        code_ = door.stop()
    assert code_ == 0, "\n".join(door.log[-20:])


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_five_minute_host_shift_at_1024x600_loses_nothing(small_screen, tmp_path):  # noqa: F811
    """A host new to the kiosk works five minutes: every tab, every Settings section, a member's
    card at the door meanwhile (the view comes back as it was), a pause long enough for the
    warning ("Mere tid" keeps the view), then the view closes by itself when left."""
    import time

    from tests.e2e.test_host_shift_e2e import still_open, unlock

    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Klitmøller Kontorfællesskab", guard_seconds=2,
                                            opening_hours=ALL_DAY))  # the real clock: open at any hour of a run
    [lars] = kiosk.members.add_many([NewMember(name="Lars Holm")])
    kiosk.host.set_pin("2468")
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(6), 10)), fps=15)
    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1", "KIOSK_SECOND_MS": str(SECOND_MS)})
    finger = Finger(door, small_screen.display)
    env = {"DISPLAY": small_screen.display, "PATH": "/usr/bin:/bin"}
    try:
        door.wait_for(event="ready")
        unlock(finger)
        shift = 5 * 60 * SECOND_MS / 1000  # five of the door's minutes
        work = ["I dag", "Medlemmer", "Travlhed", "Indstillinger", "Gæster", "Kamera og skærm", "Tjeklister",
                "Regler og privatliv", "Værts-PIN", "Stedet", "Log", "Her nu"]
        started = time.monotonic()
        scanned, step = False, 0
        while time.monotonic() - started < shift:
            finger.tap(work[step % len(work)])
            step += 1
            assert still_open(finger, "Luk"), f"the host view closed during work: {sorted(finger.buttons)}"
            if not scanned and time.monotonic() - started > shift / 2:
                # A member's card at the door meanwhile: answered, then the host is back.
                subprocess.run(["xdotool", "type", "--delay", "5", lars.code], check=True, timeout=30, env=env)
                subprocess.run(["xdotool", "key", "Return"], check=True, timeout=10, env=env)
                finger.wait_event(event="result_shown", shown_as="checked_in", timeout=30)
                finger.find("Luk", timeout=30)  # the host view again, after the welcome
                scanned = True
            finger.settle()
        assert scanned
        # Left alone: the warning with "Mere tid", which keeps the view; left again, it closes.
        finger.seen.clear()
        finger.wait_event(event="countdown_warning", countdown="host_view", timeout=60)
        assert on_screen(finger.find("Mere tid"))
        finger.tap("Mere tid")
        assert still_open(finger, "Luk")
        finger.wait_event(event="host_view_closed", timeout=60)
        finger.find("Gæst / dagspas")
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])
