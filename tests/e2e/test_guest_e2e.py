"""A guest at the real app on Xvfb, tapped with a real pointer (xdotool), no keyboard: registers in
German, leaves with a day pass that the door reads from the screen; then a host unlocks the host
view, sees the guest, writes the evacuation list and looks at the day's chart."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import cv2
import numpy as np
import pytest
import zxingcpp

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import build_kiosk, need
from tests.e2e.harness import ROOT, KioskProcess, Xvfb, have_xvfb

pytestmark = pytest.mark.e2e


@pytest.fixture
def screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    xvfb = Xvfb()
    yield xvfb
    xvfb.stop()


class Finger:
    """Taps buttons by their text, where the app's button map (KIOSK_PROBE_BUTTONS) says they are.
    After each tap it waits for the map the app drew after handling that tap (the map's `taps`
    count), so the next step sees the state the tap made (a shifted keyboard, a new page), never
    a map from before it and never a guess at how long the app takes."""

    def __init__(self, door: KioskProcess, display: str) -> None:
        self.door, self.display = door, display
        self.buttons: dict[str, list[list[int]]] = {}
        self.seen: list[dict[str, object]] = []  # every other log record, for wait_event
        self.taps = 0
        self.app_taps = 0  # how many taps the app had handled when it drew the map in self.buttons

    def _refresh(self, timeout: float = 0.0) -> None:
        end = time.monotonic() + timeout
        while True:
            try:
                record = self.door.events.get(timeout=0.1)
            except Exception:  # queue.Empty
                record = None
            if record is not None and record.get("event") == "buttons":
                self.buttons = record["buttons"]
                self.app_taps = int(record.get("taps", 0))
            elif record is not None:
                self.seen.append(record)
            if record is None and time.monotonic() >= end:
                return

    def find(self, text: str, prefix: bool = False, timeout: float = 10.0) -> list[int]:
        end = time.monotonic() + timeout
        while True:
            for label, places in self.buttons.items():
                if label == text or (prefix and label.startswith(text)):
                    return places[0]
            if time.monotonic() > end:
                raise AssertionError(f"no button {text!r} on screen; buttons: {sorted(self.buttons)}\n"
                                     + "\n".join(self.door.log[-15:]))
            self._refresh(0.1)

    def wait_event(self, timeout: float = 20.0, **match: object) -> dict[str, object]:
        end = time.monotonic() + timeout
        while True:
            for record in self.seen:
                if all(record.get(k) == v for k, v in match.items()):
                    return record
            if time.monotonic() > end:
                raise AssertionError(f"no log record {match}; log:\n" + "\n".join(self.door.log[-20:]))
            self._refresh(0.1)

    def tap(self, text: str, prefix: bool = False) -> None:
        x, y = self.find(text, prefix)
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True,
                       env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"}, timeout=10)
        self.taps += 1
        self.settle()

    def settle(self, timeout: float = 15.0) -> None:
        """Wait for the button map drawn after the app handled every tap so far."""
        end = time.monotonic() + timeout
        while self.app_taps < self.taps:
            if time.monotonic() > end:
                raise AssertionError(f"the app showed no answer to tap {self.taps} in {timeout} s\n"
                                     + "\n".join(self.door.log[-15:]))
            self._refresh(0)

    def type(self, text: str, space: str) -> None:
        """On the on-screen keyboard: the shift key until the keys show the letter's case (the
        keyboard shifts by itself at a name's start and back after one capital: the map after
        each tap says which case is up, so a shift that came meanwhile is undone, not fought)."""
        for ch in text:
            if ch == " ":
                self.tap(space)
                continue
            for _ in range(3):
                if ch in self.buttons:
                    break
                self.tap("⇧")
            self.tap(ch)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_german_guest_by_touch_then_the_host_sees_them(screen, tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    # A short guard window, so that the pass read off the screen later is a check-out, not a repeat.
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller", guard_seconds=2))
    kiosk.members.add(NewMember(name="Lars Holm"))
    kiosk.host.set_pin("2468")
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(3), 10)), fps=15)

    door = KioskProcess(screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1"})
    finger = Finger(door, screen.display)
    try:
        door.wait_for(event="ready")
        started = time.monotonic()
        finger.tap("Gæst / dagspas")
        finger.tap("Deutsch")
        finger.find("Leerzeichen")  # the German keyboard is up
        finger.type("Jürgen Weiß", space="Leerzeichen")
        finger.tap("Weiter")
        finger.tap("Überspringen")
        finger.tap("Ich besuche ein Mitglied", prefix=True)
        finger.type("Lar", space="Leerzeichen")
        finger.tap("Lars Holm")
        finger.tap("Ja, meinen Namen sagen")  # Lars may be told who came
        finger.tap("Ich akzeptiere die Hausregeln")
        finger.tap("Ich stimme zu")
        checked_in = finger.wait_event(event="guest_checked_in")
        elapsed = time.monotonic() - started
        shot = screen.screenshot_until(tmp_path / "pass.png", lambda img: _qr_on(img) is not None, timeout=5)
        code = _qr_on(cv2.imread(str(shot)))
        taps = finger.taps
        finger.tap("Fertig")
        finger.find("Gæst / dagspas")  # back at the door, in Danish

        finger.tap("Vært")
        for digit in "2468":
            finger.tap(digit)
        finger.tap("Åbn")
        finger.find("Tjek ud")  # the guest is in now, with a button to check them out
        finger.tap("Evakueringsliste som PDF")
        finger.tap("Travlhed")
        finger.tap("1 dag")
        # The chart is drawn from the host-tasks thread's answer: wait for its guest bar.
        screen.screenshot_until(tmp_path / "busy.png", _yellow_guest_bar, timeout=15)
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])

    # A person taps about once a second: 25 taps for the whole registration (a member's visitor
    # answers one more question: may the member be told their name) is well under a minute.
    print(f"guest registration: {taps} taps, {elapsed:.1f} s of driving the real app")
    assert taps <= 25
    assert code is not None and code.startswith("KM1:")
    busy = np.asarray(cv2.imread(str(tmp_path / "busy.png")))
    assert (np.abs(busy.astype(int) - (0x1E, 0x9A, 0xD9)).sum(axis=2) < 30).any()  # a yellow guest bar
    pdfs = list((data / "host-files").glob("evacuation-*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")

    # The day pass read off the screen is the guest's: scanning it now checks them out.
    out = subprocess.run([sys.executable, "-m", "kiosk", "checkin", code, "--json", "--data-dir", str(data)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert '"checked_out"' in out.stdout and "Jürgen Weiß" in out.stdout, out.stdout + out.stderr
    assert checked_in["member_id"] in out.stdout


def _yellow_guest_bar(img) -> bool:  # type: ignore[no-untyped-def]
    rgb = np.asarray(img).astype(int)
    return bool((np.abs(rgb - (0xD9, 0x9A, 0x1E)).sum(axis=2) < 30).any())


def _qr_on(image) -> str | None:  # type: ignore[no-untyped-def]
    if image is None:
        return None
    array = np.asarray(image)
    found = zxingcpp.read_barcodes(array)
    return found[0].text if found else None
