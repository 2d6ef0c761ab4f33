"""The real app, fullscreen on a 1024x600 screen (the common 7" touch panel) and on the official Pi
touchscreen (800x480), tapped with a real pointer: the door's buttons are on the screen (they were
at y=599 and y=664, half off it or below it), a guest's German flow fits, and the door screen is
where it was afterwards (it sat 14 px lower); at 800x480 a member types their code and a guest
registers a day pass with the on-screen keyboard."""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import cv2
import numpy as np
import pytest

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.members import PlanKind
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.e2e.test_guest_e2e import Finger, _qr_on

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


# --- the official Raspberry Pi touchscreen, 800x480 --------------------------------------------

PI_W, PI_H = 800, 480
# What the guest taps, in each language (the .ts translations).
GUEST_WORDS = {
    "de": {"language": "Deutsch", "space": "Leerzeichen", "next": "Weiter", "skip": "Überspringen",
           "daypass": "Tagespass:", "rules": "Ich akzeptiere die Hausregeln", "privacy": "Ich stimme zu",
           "pay": "Ich bezahle beim Gastgeber", "done": "Fertig"},
    "da": {"language": "Dansk", "space": "mellemrum", "next": "Næste", "skip": "Spring over",
           "daypass": "Dagspas:", "rules": "Jeg accepterer husreglerne", "privacy": "Jeg accepterer",
           "pay": "Jeg betaler værten", "done": "Færdig"},
    "en": {"language": "English", "space": "space", "next": "Next", "skip": "Skip",
           "daypass": "Day pass:", "rules": "I accept the house rules", "privacy": "I accept",
           "pay": "I pay the host", "done": "Done"},
}


@pytest.fixture
def pi_screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    xvfb = Xvfb(PI_W, PI_H)
    yield xvfb
    xvfb.stop()


class PiFinger(Finger):
    """Taps only what is on the 800x480 screen: a button that the map places off it (scrolled
    away, or below the panel's edge) fails the test instead of being clicked in thin air."""

    def find(self, text: str, prefix: bool = False, timeout: float = 10.0) -> list[int]:
        end = time.monotonic() + timeout
        while True:
            place = super().find(text, prefix, timeout=max(end - time.monotonic(), 0.0))
            shown = [p for label, places in self.buttons.items()
                     if label == text or (prefix and label.startswith(text)) for p in places if pi_on_screen(p)]
            if shown:
                return shown[0]
            if time.monotonic() > end:
                raise AssertionError(f"{text!r} is off the 800x480 screen at {place}")
            self._refresh(0.1)


    def drag_up(self, x: int = PI_W // 2, y: int = 170, by: int = 110) -> None:
        """A finger drags the step up (the guest step that scrolls above the keyboard)."""
        steps = [str(v) for i in range(1, 6) for v in ("mousemove", str(x), str(y - by * i // 5))]
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1", *steps, "mouseup", "1"],
                       check=True, env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"}, timeout=10)
        self.taps += 1
        self.settle()

    def scroll_to(self, text: str, prefix: bool = False, drags: int = 4) -> None:
        """Drag the step until `text` shows (it is under the keyboard until then)."""
        for _ in range(drags):
            self._refresh(0.3)
            if any(label == text or (prefix and label.startswith(text)) for label in self.buttons):
                break
            self.drag_up()
        # A tap while the step still glides only stops it: wait until the map stands still
        # (the app draws a new map every 100 ms while buttons move).
        end = time.monotonic() + 10
        before = None
        while self.buttons != before and time.monotonic() < end:
            before = self.buttons
            self._refresh(0.4)


def pi_on_screen(place: list[int], half_height: int = 24) -> bool:
    x, y = place
    return 0 < x < PI_W and half_height <= y <= PI_H - half_height


@pytest.mark.parametrize("lang", ["de", pytest.param("da", marks=pytest.mark.slow),
                                  pytest.param("en", marks=pytest.mark.slow)])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_member_and_a_day_guest_on_the_pi_touchscreen(pi_screen, tmp_path, lang):
    """The real app fullscreen on an 800x480 screen, tapped with a real pointer: a member types
    their card's code on the keypad and is welcomed; a guest registers a day pass with the
    on-screen keyboard, in `lang`, and the pass's QR code on the screen reads."""
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller og Omegns Andelsforening"))
    card = kiosk.members.add(NewMember(name="Mette Jensen", plan=PlanKind.CLIPCARD, clips=10))
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(7), 10)), fps=15)
    door = KioskProcess(pi_screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = PiFinger(door, pi_screen.display)
    words = GUEST_WORDS[lang]
    try:
        door.wait_for(event="ready")
        for label in ("Gæst / dagspas", "Skriv koden", "A A", "DA", "EN", "DE", "Vært"):
            finger.find(label)  # each whole on the panel

        finger.tap("Skriv koden")  # the member: the code printed under the QR, on the keypad
        for ch in card.short_code.replace("-", ""):
            finger.tap(ch)
        finger.tap("OK")
        welcome = finger.wait_event(event="result_shown", shown_as="checked_in")
        assert welcome["member_id"] == card.member.id

        finger.tap("Gæst / dagspas")  # a tap on the welcome would end it; the door comes back by itself
        finger.tap(words["language"])
        finger.find(words["space"])  # the keyboard is up, every key of it on the panel
        finger.type("Jürgen Weiß" if lang == "de" else "Jo Holm", space=words["space"])
        finger.tap(words["next"])  # the keyboard's own Next: the step's is under the keyboard
        finger.scroll_to(words["skip"])  # a finger drags the step up to its Skip
        finger.tap(words["skip"])
        finger.tap(words["daypass"], prefix=True)
        finger.tap(words["rules"])
        finger.tap(words["privacy"])
        finger.tap(words["pay"])
        checked_in = finger.wait_event(event="guest_checked_in")
        shot = pi_screen.screenshot_until(tmp_path / "pass.png", lambda img: _qr_on(img) is not None, timeout=5)
        code = _qr_on(cv2.imread(str(shot)))
        finger.tap(words["done"])
        finger.find("Gæst / dagspas")  # back at the door
    finally:
        exit_code = door.stop()
    assert exit_code == 0, "\n".join(door.log[-20:])
    assert code is not None and code.startswith("KM1:")
    assert checked_in["member_id"]
