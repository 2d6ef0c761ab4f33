"""A host's long shift at a 1024x600 touch panel in German, in real time, while members keep
coming and going at the camera: every page of the host view, the checklists typed and saved with
twelve long German lines. A check-in during the host's work is answered and then the host is back
in the host view, on the page they were on; nothing is lost and nothing goes off the screen."""

from __future__ import annotations

import shutil
import sqlite3
import time

import cv2
import numpy as np
import pytest

from kiosk import app
from kiosk.core.documents.cards import render_card
from kiosk.core.members import NewMember
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, held_up_sequence, write_video
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.e2e.test_guest_e2e import Finger

pytestmark = pytest.mark.e2e
W, H = 1024, 600
SPACE = "Cowork Klitmøller"
TABS = ["Jetzt da", "Heute", "Mitglieder", "Auslastung", "Einstellungen", "Protokoll"]


@pytest.fixture
def small_screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    xvfb = Xvfb(W, H)
    yield xvfb
    xvfb.stop()


def on_screen(place: list[int]) -> bool:
    x, y = place
    return 0 < x < W and 20 <= y <= H - 20


@pytest.mark.slow  # two and a half minutes of a shift in real time
def test_a_german_shift_while_members_come_and_go(small_screen, tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name=SPACE, language="de", guard_seconds=2,
                                           opening_checklist="Licht an", closing_checklist="Licht aus"))
    cards = kiosk.members.add_many([NewMember(name="Mette Jensen"),
                                    NewMember(name="Maximiliane Wilhelmine von Hohenzollern-Sigmaringen-Klitm")])
    kiosk.host.set_pin("2468")
    kiosk.close()
    rng = np.random.default_rng(11)
    frames = list(empty_frames(rng, 60))  # 4 s with nobody, then a card, and so on: ~13 s a round
    for card in cards:
        picture = cv2.cvtColor(np.asarray(render_card(card, SPACE)), cv2.COLOR_RGB2BGR)
        frames += [*held_up_sequence(picture, rng, frames=20), *empty_frames(rng, 60)]
    camera = tmp_path / "camera.mp4"
    write_video(camera, frames, fps=15)

    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, small_screen.display)
    try:
        door.wait_for(event="ready")
        finger.tap("Gastgeber")
        for digit in "2468":
            finger.tap(digit)
        finger.tap("Öffnen")
        finger.find("Schließen")
        started = time.monotonic()
        results_before = 0
        while time.monotonic() - started < 150:
            tab = TABS[finger.taps % len(TABS)]
            finger.tap(tab)  # waits for the map the app drew after this tap
            small_screen.screenshot(tmp_path / f"page-{finger.taps:03d}.png")
            # The camera's check-ins and check-outs go on meanwhile: after each answer the host is
            # back in the host view, on the same page.
            shown = [r for r in finger.seen if r.get("event") == "result_shown"]
            if len(shown) > results_before:
                results_before = len(shown)
                finger._refresh(8)  # the answer shows for a few seconds
                finger.find("Schließen", timeout=10)
                assert "Gast / Tagespass" not in finger.buttons, "the host was thrown out to the door"
            for label in [*TABS, "Schließen"]:
                assert on_screen(finger.find(label)), (label, finger.find(label))
            time.sleep(2)
        finger.tap("Schließen")
        finger.find("Gast / Tagespass")
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])
    # Every check-in and check-out the door answered during the shift is stored.
    answered = [r for r in finger.seen if r.get("event") == "result_shown"
                and r.get("outcome") in ("checked_in", "checked_out")]
    con = sqlite3.connect(data / "kiosk.sqlite3")
    kinds = [k for (k,) in con.execute("select kind from events where kind in ('check_in', 'check_out')")]
    assert len(kinds) >= len(answered) >= 4, (kinds, answered)


LONG_NAME = "Maximiliane Wilhelmine von Hohenzollern-Sigmaringen-Klitmøll"  # 60 characters


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_danish_host_reissues_a_lost_card_while_its_old_one_is_at_the_camera(small_screen, tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name=SPACE, language="da", guard_seconds=2,
                                           opening_checklist="Tænd lyset", closing_checklist="Sluk lyset"))
    [card] = kiosk.members.add_many([NewMember(name=LONG_NAME)])
    kiosk.host.set_pin("2468")
    kiosk.close()
    rng = np.random.default_rng(12)
    picture = cv2.cvtColor(np.asarray(render_card(card, SPACE)), cv2.COLOR_RGB2BGR)
    camera = tmp_path / "camera.mp4"
    write_video(camera, [*empty_frames(rng, 90), *held_up_sequence(picture, rng, frames=20)], fps=15)

    door = KioskProcess(small_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, small_screen.display)
    try:
        door.wait_for(event="ready")
        finger.tap("Vært")
        for digit in "2468":
            finger.tap(digit)
        finger.tap("Åbn")
        finger.tap("Medlemmer")
        finger.tap("Maximiliane", prefix=True)
        assert on_screen(finger.find("Nyt kort (mistet)")), finger.find("Nyt kort (mistet)")
        finger.tap("Nyt kort (mistet)")
        finger.tap("Ja, nyt kort")  # the host view asks once, saying what will happen
        time.sleep(1.0)
        small_screen.screenshot(tmp_path / "lost-card.png")
        # The old card keeps coming to the camera: refused now, and the host stays where they are.
        seen = len(finger.seen)
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            finger._refresh(0.5)
            if any(r.get("event") == "result_shown" and r.get("outcome") == "refused" for r in finger.seen[seen:]):
                break
        shown = [r.get("outcome") for r in finger.seen[seen:] if r.get("event") == "result_shown"]
        assert "refused" in shown, f"the old card still works: {shown}"
        finger.find("Nyt kort (mistet)", timeout=10)
        assert "Gæst / dagspas" not in finger.buttons, finger.buttons
        small_screen.screenshot(tmp_path / "after-refusal.png")
        finger.tap("Luk")
        finger.find("Gæst / dagspas")
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])
