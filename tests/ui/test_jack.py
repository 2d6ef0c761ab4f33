"""Headphones plugged into the door start its speech with no tap; pulled out, it goes quiet; the
idle door ends it. The jack is the real InputJack on a FIFO that gets the kernel's records."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.services.members import NewMember
from kiosk.speech.jack import InputJack, jack_record
from kiosk.ui.jack import JackWatcher, connect_jacks
from tests.speech.test_hotplug import Machine
from tests.ui.test_voice import Recorder, scan, voice_for


def test_plugging_headphones_in_reads_the_door_aloud_until_it_is_idle(qtbot, full_door, kiosk, tmp_path):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    path = tmp_path / "event10"
    os.mkfifo(path)
    jack = InputJack(path, "HDA Intel PCH Headphone")
    writer = os.open(path, os.O_WRONLY)
    watcher = JackWatcher([jack])
    connect_jacks(watcher, voice)
    try:
        assert not voice.active and speaker.said == []
        os.write(writer, jack_record(True))
        qtbot.waitUntil(lambda: voice.active, timeout=5000)
        assert [u.message_id for u in speaker.said] == ["scan"]  # what is on screen, at once
        assert door.scan.read_aloud_button.isChecked()  # the screen shows that it speaks

        card = kiosk.members.add(NewMember(name="Mette Jensen"))
        scan(qtbot, door, card.code)
        qtbot.waitUntil(lambda: any(u.message_id == "welcome" for u in speaker.said), timeout=5000)
        door.answers.after_result()
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)
        assert not voice.active  # the idle door: the next person has not asked

        os.write(writer, jack_record(True))  # the next person plugs in theirs
        qtbot.waitUntil(lambda: voice.active, timeout=5000)
        stops = speaker.stops
        os.write(writer, jack_record(False))  # pulled out: the speaker must not go on for everyone
        qtbot.waitUntil(lambda: not voice.active, timeout=5000)
        assert speaker.stops > stops and not door.scan.read_aloud_button.isChecked()
    finally:
        os.close(writer)
        watcher.stop()


def test_headphones_already_in_at_start_up_count_as_plugged_in(qtbot, full_door):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)

    class PluggedAtStart:  # the driver's answer to EVIOCGSW, at the hardware boundary
        name = "HDA Intel PCH Headphone"

        def __init__(self) -> None:
            self.r, self.w = os.pipe()

        def fileno(self) -> int:
            return self.r

        def changes(self) -> list[bool]:
            return []

        def plugged(self) -> bool | None:
            return True

        def close(self) -> None:
            for fd in (self.r, self.w):
                os.close(fd)

    watcher = JackWatcher([PluggedAtStart()])
    try:
        connect_jacks(watcher, voice)
        assert voice.active and speaker.said[-1].message_id == "scan"
    finally:
        watcher.stop()


def machine_at(tmp_path: Path) -> Machine:
    m = Machine(tmp_path / "machine")
    m.devices.parent.mkdir(parents=True)
    m.devices.write_text("")
    m.dev_input.mkdir(parents=True)
    return m


def test_a_usb_headset_plugged_in_speaks_into_it_and_pulled_out_goes_quiet(qtbot, full_door, tmp_path):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    machine = machine_at(tmp_path)
    machine.add_card(0, "PCH", bus="pci")
    watcher = JackWatcher(sockets=machine.sockets())
    connect_jacks(watcher, voice, speaker)
    try:
        assert not voice.active and speaker.routes == []
        machine.add_card(1, "Headset")  # a USB headset: no jack switch, a sound card of its own
        qtbot.waitUntil(lambda: voice.active, timeout=5000)
        assert speaker.routes == ["plughw:CARD=Headset,DEV=0"]  # routed before the first word
        assert [u.message_id for u in speaker.said] == ["scan"]
        stops = speaker.stops
        machine.remove_card(1)
        qtbot.waitUntil(lambda: not voice.active, timeout=5000)
        assert speaker.routes[-1] is None and speaker.stops > stops
        assert not door.scan.read_aloud_button.isChecked()
    finally:
        watcher.stop()


def test_a_headphone_socket_that_appears_later_is_watched_and_one_that_goes_is_dropped(qtbot, full_door, tmp_path):
    door, speaker = full_door, Recorder()
    voice = voice_for(door, speaker)
    machine = machine_at(tmp_path)
    watcher = JackWatcher(sockets=machine.sockets())
    connect_jacks(watcher, voice, speaker)
    try:
        assert watcher.jacks == []
        node = machine.add_jack()  # a USB sound card with a headphone socket, plugged in
        qtbot.waitUntil(lambda: len(watcher.jacks) == 1, timeout=5000)
        writer = os.open(node, os.O_WRONLY)
        try:
            os.write(writer, jack_record(True))
            qtbot.waitUntil(lambda: voice.active, timeout=5000)
            os.write(writer, jack_record(False))
            qtbot.waitUntil(lambda: not voice.active, timeout=5000)
        finally:
            os.close(writer)
        machine.devices.write_text("")  # and taken away again: dropped, nothing raised
        node.unlink()
        qtbot.waitUntil(lambda: watcher.jacks == [], timeout=5000)
        assert not voice.active
    finally:
        watcher.stop()

