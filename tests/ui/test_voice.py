"""The door read aloud: started by one tap or a keypad key, following the screens, in the
language on screen, stopped by the idle door; the PIN pad never says a digit."""

from __future__ import annotations

import threading
import wave
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk import app
from kiosk.domain.countdown import DoorTimeouts
from kiosk.services.members import NewMember
from kiosk.speech import EspeakSpeaker, Utterance
from kiosk.ui.voice import DoorVoice, connect_door_voice
from tests.conftest import need


class Recorder:
    """The speaker port at the sound card's boundary: records what the door asked to say."""

    def __init__(self) -> None:
        self.said: list[Utterance] = []
        self.stops = 0
        self.routes: list[str | None] = []

    def say(self, utterance: Utterance) -> None:
        self.said.append(utterance)

    def stop(self) -> None:
        self.stops += 1

    def route(self, device: str | None) -> None:
        self.routes.append(device)

    def close(self) -> None:
        pass


def voice_for(door, speaker):  # type: ignore[no-untyped-def]
    voice = DoorVoice(speaker, lambda: door.settings.speech, door.window.stack, door.scan)
    connect_door_voice(voice, door)
    return voice


def scan(qtbot, door, code: str) -> None:  # type: ignore[no-untyped-def]
    door.answers.last_result = None
    door.codes.submit_code(code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)


def test_nothing_is_said_until_someone_asks_and_the_idle_door_stops_it(qtbot, full_door, kiosk):
    door, speaker = full_door, Recorder()
    voice_for(door, speaker)
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    assert door.scan.read_aloud_button.isVisible()
    scan(qtbot, door, card.code)
    assert speaker.said == []  # on request only (the default): nobody asked
    door.answers.after_result()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)

    qtbot.mouseClick(door.scan.read_aloud_button, Qt.MouseButton.LeftButton)
    assert door.scan.read_aloud_button.isChecked()
    kiosk.clock.advance(hours=2)
    scan(qtbot, door, card.code)
    qtbot.waitUntil(lambda: any(u.message_id == "goodbye" for u in speaker.said), timeout=3000)
    goodbye = [u for u in speaker.said if u.message_id == "goodbye"]
    assert len(goodbye) == 1 and "Mette" in goodbye[0].text and goodbye[0].lang == "da"
    door.answers.after_result()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)
    assert speaker.stops >= 1 and not door.scan.read_aloud_button.isChecked()
    # The next person has not asked.
    before = len(speaker.said)
    kiosk.clock.advance(hours=20)
    scan(qtbot, door, card.code)
    assert len(speaker.said) == before


def test_a_refusal_is_said_with_what_to_do_in_the_language_on_screen(qtbot, full_door, kiosk, languages):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    door.language.set_language("de")
    voice.request()
    scan(qtbot, door, "NOT-A-MEMBER-CARD")
    qtbot.waitUntil(lambda: any(u.message_id.startswith("refused.") for u in speaker.said), timeout=3000)
    [said] = [u for u in speaker.said if u.message_id.startswith("refused.")]
    assert said.lang == "de" and said.text == door.result.speech()[1]
    assert door.result.headline.text().replace("\u200b", "") in said.text


def test_a_usb_keypad_key_starts_speech_without_a_setting(qtbot, full_door):
    from kiosk.ui.keypad import KeypadDriver, connect_keypad

    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    driver = KeypadDriver(door.window.stack, hold_ms=20)
    connect_keypad(driver, voice)
    driver.install(QApplication.instance())
    try:
        plain = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier, "5")
        QApplication.sendEvent(door.window, plain)
        assert not voice.active
        keypad = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier, "5")
        QApplication.sendEvent(door.window, keypad)
        qtbot.waitUntil(lambda: voice.active, timeout=3000)  # nothing followed it: a person's key
        assert speaker.said[-1].message_id == "scan"
    finally:
        driver.remove(QApplication.instance())


def test_always_on_speaks_without_a_tap_and_off_hides_the_button(qtbot, full_door, kiosk):
    door, speaker = full_door, Recorder()
    app.apply_settings(kiosk, replace(kiosk.settings, speech="always"))
    door.follow_settings(kiosk.settings)
    voice = voice_for(door, speaker)
    card = kiosk.members.add(NewMember(name="Lars Holm"))
    scan(qtbot, door, card.code)
    qtbot.waitUntil(lambda: any(u.message_id == "welcome" for u in speaker.said), timeout=3000)
    app.apply_settings(kiosk, replace(kiosk.settings, speech="off"))
    door.follow_settings(kiosk.settings)
    voice.active_changed.emit(False)
    assert not door.scan.read_aloud_button.isVisible()
    voice.request()
    assert not voice.active


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_the_pin_pad_is_read_without_ever_saying_a_digit(qtbot, full_door, lang):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    door.language.set_language(lang)
    voice.request()
    door.host_view.show_pad()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host_unlock, timeout=3000)
    for digit in "4791":
        door.host_unlock.press(digit)
    door.host_unlock.backspace()
    door.host_unlock.refused("wrong")
    pad = [u for u in speaker.said if u.message_id.startswith("pin")]
    assert [u.message_id for u in pad] == ["pin", *["pin.typed"] * 4, "pin.removed", "pin.wrong"]
    assert all(u.lang == lang for u in pad)
    assert not any(ch.isdigit() for u in pad for ch in u.text), [u.text for u in pad]


def test_the_guest_steps_are_read_in_the_guests_language_into_real_audio(qtbot, full_door, tmp_path):
    need(EspeakSpeaker.available(), "espeak-ng is not installed (scripts/setup.sh installs it)")
    door = full_door
    spoken = threading.Event()
    speaker = EspeakSpeaker(out_dir=tmp_path, on_spoken=lambda _u, _ms: spoken.set())
    try:
        voice = voice_for(door, speaker)
        voice.request()
        door.registration.show()
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
        qtbot.waitUntil(lambda: bool(list(tmp_path.glob("*guest.language-da.wav"))), timeout=10_000)
        qtbot.mouseClick(door.guest.language_buttons["de"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(list(tmp_path.glob("*guest.name-de.wav"))), timeout=10_000)
    finally:
        speaker.close()
    [name_step] = tmp_path.glob("*guest.name-de.wav")
    with wave.open(str(name_step)) as w:
        assert w.getnframes() / w.getframerate() > 1.0


@pytest.mark.parametrize("door_timeouts", [DoorTimeouts(second_ms=10)])
def test_time_running_out_is_said_with_its_way_out(qtbot, full_door):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    voice.request()
    door.registration.show()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
    qtbot.waitUntil(lambda: any(u.message_id == "countdown" for u in speaker.said), timeout=10_000)
    [warning] = [u for u in speaker.said if u.message_id == "countdown"]
    assert "Mere tid" in warning.text and warning.lang == "da"
