"""espeak-ng behind the Speaker port, for real: the WAV files it writes are checked (these
machines have no sound card), in Danish, English and German."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from kiosk.speech import EspeakSpeaker, Utterance, speakable
from kiosk.speech.speaker import VOICES
from tests.conftest import need


@pytest.fixture(autouse=True)
def _engine() -> None:
    need(EspeakSpeaker.available(), "espeak-ng is not installed (scripts/setup.sh installs it)")


class Heard:
    """Collects what the speaker reports as spoken, for tests to wait on (never to sleep)."""

    def __init__(self) -> None:
        self.said: list[Utterance] = []
        self.event = threading.Event()

    def __call__(self, utterance: Utterance, _ms: float) -> None:
        self.said.append(utterance)
        self.event.set()

    def wait_for(self, count: int, timeout: float = 20) -> None:
        while len(self.said) < count:
            assert self.event.wait(timeout), f"only {len(self.said)} of {count} utterances spoken"
            self.event.clear()


def seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def samples(wav: bytes) -> bytes:
    return wav[wav.find(b"data", 12) + 8:]


def synthesised(text: str, lang: str) -> bytes:
    return samples(subprocess.run(["espeak-ng", "-v", VOICES[lang], "-s", "150", "--stdout", "--", text],
                                  capture_output=True, check=True).stdout)


SENTENCES = {"da": "Godmorgen, Mette. Du er den første her i dag.",
             "en": "Good morning, Mette. You are the first one in.",
             "de": "Guten Morgen, Mette. Sie sind die Erste heute."}


def test_each_language_is_spoken_with_its_own_voice_into_a_wav_file(tmp_path):
    heard = Heard()
    speaker = EspeakSpeaker(out_dir=tmp_path, on_spoken=heard)
    try:
        for i, (lang, text) in enumerate(SENTENCES.items(), start=1):
            speaker.say(Utterance("welcome", text, lang))
            heard.wait_for(i)
    finally:
        speaker.close()
    files = sorted(tmp_path.glob("*.wav"))
    assert [f.name for f in files] == ["0001-welcome-da.wav", "0002-welcome-en.wav", "0003-welcome-de.wav"]
    for f, (lang, text) in zip(files, SENTENCES.items(), strict=True):
        assert 1.5 < seconds(f) < 10, (f.name, seconds(f))
        # The language: the same words in this language's voice give exactly these samples, and
        # another voice does not.
        assert samples(f.read_bytes()) == synthesised(text, lang)
        other = "en" if lang != "en" else "de"
        assert samples(f.read_bytes()) != synthesised(text, other)


def test_the_next_answer_cuts_the_last_one_short(tmp_path):
    heard = Heard()
    speaker = EspeakSpeaker(out_dir=tmp_path, on_spoken=heard)
    long_text = " ".join(["This is a very long house rule that nobody will want to hear to its end."] * 30)
    try:
        speaker.say(Utterance("guest.rules", long_text, "en"))
        speaker.say(Utterance("welcome", "Hello, Lars.", "en"))
        heard.wait_for(1)
        speaker.say(Utterance("goodbye", "Goodbye, Lars.", "en"))
        heard.wait_for(2)
    finally:
        speaker.close()
    assert [u.message_id for u in heard.said] == ["welcome", "goodbye"]
    assert not list(tmp_path.glob("*guest.rules*"))


def test_only_the_message_kind_and_language_are_logged_never_the_words(tmp_path, caplog):
    heard = Heard()
    speaker = EspeakSpeaker(on_spoken=heard)
    with caplog.at_level(logging.INFO, logger="kiosk.speech.speaker"):
        try:
            speaker.say(Utterance("welcome", "Goddag, Søren Kierkegaard", "da"))
            heard.wait_for(1)
        finally:
            speaker.close()
    [record] = [r for r in caplog.records if getattr(r, "event", "") == "spoke"]
    assert record.lang == "da" and record.message_id == "welcome"  # type: ignore[attr-defined]
    logged = record.getMessage() + repr(record.__dict__)
    assert "Søren" not in logged and "Kierkegaard" not in logged


def test_names_in_scripts_the_voice_cannot_read_are_skipped_without_noise():
    assert speakable("Goddag, Æbelø Ørum-Åberg") == "Goddag, Æbelø Ørum-Åberg"
    assert speakable("Guten Tag, Jürgen Weiß") == "Guten Tag, Jürgen Weiß"
    assert speakable("Hello, Ἀλέξανδρος Zoë 🎉") == "Hello, Zoë"
    assert speakable("Hej, 王小明 王") == "Hej,"
    assert speakable("🎉🎉") == ""


def test_a_missing_engine_or_player_never_reaches_the_door(tmp_path, caplog):
    speaker = EspeakSpeaker(engine=str(tmp_path / "no-espeak"), out_dir=tmp_path)
    with caplog.at_level(logging.WARNING, logger="kiosk.speech.speaker"):
        speaker.say(Utterance("welcome", "Hello", "en"))  # returns at once, raises nothing
        speaker.close()
    assert not list(tmp_path.glob("*.wav"))
    heard = Heard()
    broken_player = EspeakSpeaker(player=[str(tmp_path / "no-aplay")], on_spoken=heard)
    try:
        broken_player.say(Utterance("welcome", "Hello", "en"))
        heard.wait_for(1)
    finally:
        broken_player.close()


def test_a_lone_mark_is_said_by_its_name_in_the_voices_language(tmp_path):
    """A keyboard's '.' chosen from a keypad: its name ("punktum", "full stop"), not silence."""
    heard = Heard()
    speaker = EspeakSpeaker(out_dir=tmp_path, on_spoken=heard)
    try:
        for i, lang in enumerate(("da", "en", "de"), start=1):
            speaker.say(Utterance("control", ".", lang))
            heard.wait_for(i)
    finally:
        speaker.close()
    for f in sorted(tmp_path.glob("*.wav")):
        assert seconds(f) > 0.3, (f.name, seconds(f))


# A player at the sound card's boundary: it notes its arguments and the WAV's first bytes, as
# aplay would get them (these machines have no sound card for aplay -D to open).
PLAYER = ("import json, sys; wav = sys.stdin.buffer.read(); "
          "open(sys.argv[1], 'a').write(json.dumps([sys.argv[2:], wav[:4].decode()]) + '\\n')")


def test_speech_goes_to_the_sound_card_it_is_routed_to_and_back(tmp_path):
    played = tmp_path / "played"
    heard = Heard()
    speaker = EspeakSpeaker(player=[sys.executable, "-c", PLAYER, str(played), "-"], on_spoken=heard)

    def plays(count: int) -> list[list[object]]:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            lines = played.read_text().splitlines() if played.exists() else []
            if len(lines) >= count:
                return [json.loads(line) for line in lines]
            time.sleep(0.02)
        raise AssertionError(f"the player ran fewer than {count} times")

    try:
        speaker.say(Utterance("scan", "Hello", "en"))
        assert plays(1)[0] == [["-"], "RIFF"]  # the default device: no -D
        speaker.route("plughw:CARD=Headset,DEV=0")  # a USB headset plugged in
        speaker.say(Utterance("scan", "Hello", "en"))
        assert plays(2)[1] == [["-D", "plughw:CARD=Headset,DEV=0", "-"], "RIFF"]
        speaker.route(None)  # pulled out: the default again
        speaker.say(Utterance("scan", "Hello", "en"))
        assert plays(3)[2] == [["-"], "RIFF"]
    finally:
        speaker.close()
