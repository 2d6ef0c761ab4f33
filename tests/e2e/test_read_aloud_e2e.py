"""A guest who does not read the screen registers a day pass at the real app on Xvfb with a USB
number pad alone (xdotool presses the pad's keys: arrows, Enter, `*`), the door reading each step
aloud, in Danish, English and German. The audio the app made (KIOSK_SPEECH_OUT) is checked: one
WAV file per `spoke` event in the JSON log, each with sound in it and in the guest's language,
and the guest's name is nowhere in the journal. Then a host opens the host view from the pad.
And members whose languages differ are each welcomed aloud in their own language."""

from __future__ import annotations

import shutil
import subprocess
import time
import wave
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.guests import DEFAULT_VISITOR_TYPES
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, write_video
from kiosk.speech import EspeakSpeaker
from tests.conftest import build_kiosk, need
from tests.e2e.harness import ROOT, KioskProcess, Xvfb, have_xvfb
from tests.e2e.test_guest_e2e import Finger

pytestmark = pytest.mark.e2e

GUEST = "Ida Quist"  # typed on the on-screen keyboard, key by key, from the pad
STEPS = ("guest.language", "guest.name", "guest.contact", "guest.reason", "guest.rules", "guest.privacy",
         "guest.payment", "guest.pass")


def translated(source: str, lang: str, context: str | None = None) -> str:
    """The screen's text in `lang`, from the one source of the kiosk's texts (the .ts files);
    `context` where one word is translated differently on different screens."""
    if lang == "en":
        return source
    tree = ET.parse(ROOT / "assets" / "translations" / f"kiosk_{lang}.ts")
    for ctx in tree.iter("context"):
        if context is not None and ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or source
    raise KeyError(source)


class Pad(Finger):
    """A USB number pad: presses keys with xdotool and waits for the app's `keypad` record of
    each (how many keys it has taken, and where its selection is), never for time."""

    def __init__(self, door: KioskProcess, display: str) -> None:
        super().__init__(door, display)
        self.sent = 0
        self.at: list[int] | None = None

    def key(self, name: str) -> None:
        subprocess.run(["xdotool", "key", name], check=True, env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
                       timeout=10)
        self.sent += 1
        end = time.monotonic() + 15
        while True:
            taken = [r for r in self.seen if r.get("event") == "keypad" and int(r.get("keys", 0)) >= self.sent]  # type: ignore[call-overload]
            if taken:
                self.at = taken[0].get("at")  # type: ignore[assignment]
                return
            if time.monotonic() > end:
                raise AssertionError(f"the app took no key {name!r} ({self.sent})\n" + "\n".join(self.door.log[-15:]))
            self._refresh(0.1)

    def go_to(self, label: str, prefix: bool = False) -> int:
        """Arrows toward the button that says `label` (where the app's button map has it) until
        the pad's selection is on it; how many keys that took."""
        for pressed in range(40):
            target = self.find(label, prefix)
            if self.at == target:
                return pressed
            if self.at is None:
                self.key("KP_Down")
                continue
            dx, dy = target[0] - self.at[0], target[1] - self.at[1]
            self.key(("KP_Down" if dy > 0 else "KP_Up") if abs(dy) > 20 else ("KP_Right" if dx > 0 else "KP_Left"))
        raise AssertionError(f"the pad never reached {label!r}")

    def press(self, label: str, prefix: bool = False) -> None:
        self.go_to(label, prefix)
        self.key("KP_Enter")

    def type(self, text: str, space: str) -> None:  # type: ignore[override]
        for ch in text:
            if ch == " ":
                self.press(space)
                continue
            for _ in range(3):  # the keyboard's own capital at a name's start; shift otherwise
                if ch in self.buttons:
                    break
                self.press("⇧")
            self.press(ch)

    def wait_spoken(self, message_id: str, timeout: float = 20.0) -> dict[str, object]:
        return self.wait_event(event="spoke", message_id=message_id, timeout=timeout)


@pytest.fixture
def screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    need(EspeakSpeaker.available(), "espeak-ng is not installed (scripts/setup.sh installs it)")
    xvfb = Xvfb(1024, 600)
    yield xvfb
    xvfb.stop()


# About 35 s each: Danish (the door's own language) in the fast tier, the others in the slow one.
@pytest.mark.parametrize("lang", ["da", pytest.param("en", marks=pytest.mark.slow),
                                  pytest.param("de", marks=pytest.mark.slow)])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_day_pass_from_the_keypad_alone_read_aloud(screen, tmp_path: Path, lang: str):
    data, said = tmp_path / "data", tmp_path / "said"
    kiosk = build_kiosk(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller"))
    kiosk.members.add(NewMember(name="Lars Holm"))
    kiosk.host.set_pin("2468")
    kiosk.close()
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(3), 10)), fps=15)
    door = KioskProcess(screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_PROBE_BUTTONS": "1", "KIOSK_SPEECH_OUT": str(said)})
    pad = Pad(door, screen.display)
    try:
        door.wait_for(event="ready")
        pad.key("KP_Multiply")  # `*`: read aloud, no setting to find
        assert pad.wait_spoken("scan")["lang"] == "da"
        pad.press(translated("Guest / day pass", "da"))
        pad.wait_spoken("guest.language")
        pad.press({"da": "Dansk", "en": "English", "de": "Deutsch"}[lang])
        pad.wait_spoken("guest.name")
        pad.type(GUEST, space=translated("space", lang))
        pad.press(translated("Next", lang, "NamePage"))
        pad.wait_spoken("guest.contact")
        pad.press(translated("Skip", lang, "ContactPage"))
        pad.wait_spoken("guest.reason")
        [daypass] = [t for t in DEFAULT_VISITOR_TYPES if t.key == "daypass"]
        pad.press(daypass.name(lang), prefix=True)
        pad.wait_spoken("guest.rules")
        pad.press(translated("I accept the house rules", lang))
        pad.wait_spoken("guest.privacy")
        pad.press(translated("I accept", lang))
        pad.wait_spoken("guest.payment")  # a day pass has a price
        pad.press(translated("I pay the host", lang))
        pad.wait_event(event="guest_checked_in")
        pad.wait_spoken("guest.pass")
        pad.press(translated("Done", lang, "DayPassPage"))
        pad.find(translated("Guest / day pass", "da"))  # back at the door

        # The host's PIN from the pad's digits (NumLock on), its Enter opening the host view.
        pad.press(translated("Host", "da"))
        pad.wait_spoken("pin")
        subprocess.run(["xdotool", "key", "Num_Lock"], check=True,
                       env={"DISPLAY": screen.display, "PATH": "/usr/bin:/bin"}, timeout=10)
        for digit in "2468":
            pad.key(f"KP_{digit}")
        pad.key("KP_Enter")
        pad.wait_event(event="host_view")
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])

    spoke = [r for r in pad.seen if r.get("event") == "spoke"]
    wavs = sorted(said.glob("*.wav"))
    assert len(wavs) == len(spoke), (len(wavs), [r.get("message_id") for r in spoke])
    ids = [str(r["message_id"]) for r in spoke]
    for step in STEPS:
        assert step in ids, (step, ids)
    after = ids.index("guest.name")
    assert {r["lang"] for r in spoke[after:ids.index("guest.pass") + 1]} == {lang}
    for path in wavs:
        with wave.open(str(path)) as w:
            assert w.getnframes() > w.getframerate() // 10, path  # sound, not an empty header
    [pass_wav] = [p for p in wavs if p.name.endswith(f"-guest.pass-{lang}.wav")]
    with wave.open(str(pass_wav)) as w:
        assert w.getnframes() / w.getframerate() > 2.0  # the pass's lines, not only its title
    pin = [i for i in ids if i.startswith("pin")]
    assert pin[:1] == ["pin"] and pin.count("pin.typed") == 4
    # Names go into the audio, never into the journal.
    journal = "\n".join(door.log)
    assert "Quist" not in journal and "Ida" not in journal


def records(door: KioskProcess) -> list[dict[str, object]]:
    """Every JSON record the app has written so far (the log's plain Qt lines left out)."""
    import json
    out = []
    for line in list(door.log):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


MEMBERS = {"da": "Mette Jensen", "en": "Oliver Brown", "de": "Jonas Weber"}


@pytest.mark.slow  # about 20 s; the day pass above keeps Danish speech at the door in the fast tier
def test_members_are_welcomed_aloud_each_in_their_own_language(screen, tmp_path: Path):
    """Three members whose languages the door knows show their cards one after another, with the
    door's speech always on: each welcome is spoken, in that member's language, into a WAV file
    with sound in it, and no name reaches the journal."""
    import cv2

    from kiosk.core.documents.cards import render_card
    from kiosk.scan.synth import held_up_sequence

    data, said = tmp_path / "data", tmp_path / "said"
    kiosk = app.build(data)
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller", speech="always"))
    cards = {lang: kiosk.members.add(NewMember(name=name, language=lang)) for lang, name in MEMBERS.items()}
    kiosk.close()
    rng = np.random.default_rng(5)
    frames = list(empty_frames(rng, 10))
    for card in cards.values():
        picture = cv2.cvtColor(np.asarray(render_card(card, "Cowork Klitmøller")), cv2.COLOR_RGB2BGR)
        frames += [*held_up_sequence(picture, rng, frames=20), *empty_frames(rng, 40)]
    camera = tmp_path / "cards.mp4"
    write_video(camera, frames, fps=15)
    door = KioskProcess(screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_SPEECH_OUT": str(said)})
    welcomed: dict[str, str] = {}
    try:
        door.wait_for(event="ready")
        while len(welcomed) < len(cards):
            shown = door.wait_for(event="result_shown", shown_as="checked_in", timeout=60)
            [lang] = [lang for lang, c in cards.items() if c.member.id == shown["member_id"]]
            welcomed[lang] = str(shown["member_id"])
        # Each welcome is spoken once its screen is up; wait for the three, in any order.
        end = time.monotonic() + 30
        def langs() -> set[object]:
            return {r["lang"] for r in records(door) if r.get("event") == "spoke" and r.get("message_id") == "welcome"}
        while len(langs()) < 3:
            assert time.monotonic() < end, "\n".join(door.log[-30:])
            time.sleep(0.1)  # polling the log for a state, with a deadline
    finally:
        assert door.stop() == 0, "\n".join(door.log[-20:])

    assert set(welcomed) == {"da", "en", "de"}
    spoke = [r for r in records(door) if r.get("event") == "spoke" and r.get("message_id") == "welcome"]
    assert sorted(str(r["lang"]) for r in spoke) == ["da", "de", "en"]
    for lang in ("da", "en", "de"):
        [wav_path] = [p for p in said.glob(f"*-welcome-{lang}.wav")]
        with wave.open(str(wav_path)) as w:
            assert w.getnframes() / w.getframerate() > 1.0, wav_path  # the greeting and the name
            frames_ = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
        assert np.abs(frames_).max() > 1000, wav_path  # sound, not silence
    journal = "\n".join(door.log)
    for name in MEMBERS.values():
        for part in name.split():
            assert part not in journal, part
