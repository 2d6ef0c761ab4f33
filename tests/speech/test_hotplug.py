"""Sound devices that come and go, at the hardware boundary: a directory tree laid out as the
kernel lays out /proc/bus/input/devices, /dev/input, /dev/snd and /sys/class/sound, changed as
the kernel and udev change them, and the real DoorSockets reading it through real inotify."""

from __future__ import annotations

import os
import select
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.speech.hotplug import DoorSockets, SocketChanges, UsbCard, usb_playback_cards
from kiosk.speech.jack import jack_record
from tests.speech.test_jack import DEVICES


@dataclass
class Machine:
    """The paths the door reads, under a test's own directory."""

    root: Path

    @property
    def devices(self) -> Path:
        return self.root / "proc" / "bus" / "input" / "devices"

    @property
    def dev_input(self) -> Path:
        return self.root / "dev" / "input"

    @property
    def dev_snd(self) -> Path:
        return self.root / "dev" / "snd"

    @property
    def sys_sound(self) -> Path:
        return self.root / "sys" / "class" / "sound"

    def sockets(self) -> DoorSockets:
        return DoorSockets(self.devices, self.dev_input, self.dev_snd, self.sys_sound)

    def add_jack(self, handler: str = "event10") -> Path:
        """An input device with a headphone switch registered: listed first, then its node."""
        self.devices.write_text(DEVICES.replace("event10", handler))
        os.mkfifo(self.dev_input / handler)
        return self.dev_input / handler

    def add_card(self, number: int, card_id: str, bus: str = "usb", nodes: bool = True) -> None:
        """A sound card as snd-usb-audio (bus "usb") or an onboard chip ("pci") registers it."""
        device = self.root / "sys" / "devices" / f"{bus}1" / f"card{number}"
        device.mkdir(parents=True)
        (self.root / "sys" / "bus" / bus).mkdir(parents=True, exist_ok=True)
        os.symlink(self.root / "sys" / "bus" / bus, device / "subsystem")
        entry = self.sys_sound / f"card{number}"
        entry.mkdir(parents=True)
        (entry / "id").write_text(card_id + "\n")
        os.symlink(device, entry / "device")
        if nodes:
            self.add_nodes(number)

    def add_nodes(self, number: int) -> None:
        self.dev_snd.mkdir(parents=True, exist_ok=True)
        for node in (f"controlC{number}", f"pcmC{number}D0c", f"pcmC{number}D0p", f"pcmC{number}D1p"):
            (self.dev_snd / node).touch(mode=0o600)  # made as root's; udev gives the group after

    def remove_card(self, number: int) -> None:
        for node in self.dev_snd.glob(f"*C{number}*"):
            node.unlink()


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    m = Machine(tmp_path)
    m.devices.parent.mkdir(parents=True)
    m.devices.write_text("")
    m.dev_input.mkdir(parents=True)
    return m


def changed(sockets: DoorSockets, timeout: float = 5.0) -> SocketChanges:
    """Wait until the kernel says a watched directory changed, then read what it was."""
    fd = sockets.fileno()
    assert fd is not None
    ready, _, _ = select.select([fd], [], [], timeout)
    assert ready, "no change came"
    return sockets.update()


def test_a_jack_there_at_start_is_watched(machine: Machine):
    node = machine.add_jack()
    sockets = machine.sockets()
    try:
        assert [(j.name, j.path) for j in sockets.jacks.values()] == [("HDA Intel PCH Headphone", node)]
    finally:
        sockets.close()
    # No listing (a machine without /proc/bus/input) or a device file missing: no jack, no error.
    machine.devices.unlink()
    assert machine.sockets().jacks == {}
    machine.devices.write_text(DEVICES.replace("event10", "event11"))
    assert machine.sockets().jacks == {}


def test_a_jack_that_appears_later_is_found_and_one_that_goes_is_dropped(machine: Machine):
    sockets = machine.sockets()
    try:
        assert sockets.jacks == {} and not sockets.update()
        node = machine.add_jack()
        found = changed(sockets)
        assert [j.path for j in found.added] == [node] and not found.dropped
        jack = found.added[0]
        writer = os.open(node, os.O_WRONLY)
        try:
            os.write(writer, jack_record(True))
            assert jack.changes() == [True]  # it is read like one found at start
        finally:
            os.close(writer)
        # Unplugged (a USB sound card with a socket): the kernel drops it from the list and its node.
        machine.devices.write_text("")
        node.unlink()
        gone = changed(sockets)
        assert gone.dropped == [jack] and sockets.jacks == {}
        jack.close()  # the caller's, once it no longer waits on it
        # And back again, under the same name: a new jack.
        machine.add_jack()
        assert [j.path for j in changed(sockets).added] == [node]
    finally:
        sockets.close()


def test_a_usb_headset_plugged_in_later_is_a_headset_and_leaves_when_pulled_out(machine: Machine):
    machine.add_card(0, "PCH", bus="pci")  # the onboard chip
    machine.add_card(1, "Speaker")  # a USB speaker there at start: the door's own
    sockets = machine.sockets()
    try:
        assert sockets.headsets == {} and sockets.headset is None
        machine.add_card(2, "Headset")
        came = changed(sockets)
        assert came.headsets_in == [UsbCard(2, "Headset", 0)] and sockets.headset == UsbCard(2, "Headset", 0)
        assert came.headsets_in[0].device == "plughw:CARD=Headset,DEV=0"
        machine.remove_card(2)
        went = changed(sockets)
        assert went.headsets_out == [UsbCard(2, "Headset", 0)] and sockets.headset is None
        # The door's speaker pulled out and put back stays the door's speaker; an onboard card
        # appearing is no headset either.
        machine.remove_card(1)
        machine.add_nodes(1)
        machine.add_card(3, "HDMI", bus="pci")
        assert not changed(sockets)
    finally:
        sockets.close()


def test_a_card_is_taken_when_udev_has_set_it_up(machine: Machine):
    """The kernel makes the nodes; the card's /sys entry may not be readable yet. udev's change of
    the nodes' group comes after, and with it the card."""
    sockets = machine.sockets()
    try:
        machine.add_nodes(1)
        assert not changed(sockets)
        machine.add_card(1, "Headset", nodes=False)
        os.chmod(machine.dev_snd / "pcmC1D0p", 0o660)  # udev: group audio
        assert changed(sockets).headsets_in == [UsbCard(1, "Headset", 0)]
    finally:
        sockets.close()


@pytest.mark.parametrize("at_start", [False, True], ids=["no-dev-snd-at-start", "dev-snd-at-start"])
def test_the_first_sound_card_makes_dev_snd_and_the_last_one_takes_it_away(machine: Machine, at_start: bool):
    if at_start:
        machine.dev_snd.mkdir()
    sockets = machine.sockets()  # without: a mini-PC with no sound chip
    try:
        machine.add_card(1, "Headset")
        assert changed(sockets).headsets_in == [UsbCard(1, "Headset", 0)]
        machine.remove_card(1)
        machine.dev_snd.rmdir()  # devtmpfs removes the directory it made
        assert changed(sockets).headsets_out == [UsbCard(1, "Headset", 0)]
        (machine.sys_sound / "card1").rename(machine.sys_sound / "card2")
        machine.add_nodes(2)
        assert changed(sockets).headsets_in == [UsbCard(2, "Headset", 0)]
    finally:
        sockets.close()


def test_only_usb_cards_with_a_playback_node_count(machine: Machine):
    machine.add_card(1, "Mic", nodes=False)
    machine.dev_snd.mkdir()
    (machine.dev_snd / "pcmC1D0c").touch()  # a USB microphone: capture only
    machine.add_card(2, "Dongle", nodes=False)
    (machine.dev_snd / "pcmC2D3p").touch()
    assert usb_playback_cards(machine.dev_snd, machine.sys_sound) == {2: UsbCard(2, "Dongle", 3)}
    assert usb_playback_cards(machine.root / "none", machine.sys_sound) == {}
