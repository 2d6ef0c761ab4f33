"""The headphone jack at the hardware boundary: the kernel's device list and its input records,
fed through a real FIFO as /dev/input/eventN delivers them."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from kiosk.speech.jack import EV_SW, EVENT, SW_HEADPHONE_INSERT, InputJack, jack_devices, jack_record

# /proc/bus/input/devices of a mini-PC (HDA Intel) with a USB keypad: only the headphone has SW bit 2.
DEVICES = """\
I: Bus=0003 Vendor=04d9 Product=1203 Version=0110
N: Name="USB Keypad"
P: Phys=usb-0000:00:14.0-2/input0
H: Handlers=sysrq kbd event3 leds
B: PROP=0
B: EV=120013
B: KEY=1000000000007 ff9f207ac14057ff febeffdfffefffff fffffffffffffffe

I: Bus=0000 Vendor=0000 Product=0000 Version=0000
N: Name="HDA Intel PCH Mic"
P: Phys=ALSA
H: Handlers=event9
B: PROP=0
B: EV=21
B: SW=10

I: Bus=0000 Vendor=0000 Product=0000 Version=0000
N: Name="HDA Intel PCH Headphone"
P: Phys=ALSA
H: Handlers=event10
B: PROP=0
B: EV=21
B: SW=4
"""


def test_the_headphone_socket_is_found_among_the_input_devices():
    assert jack_devices(DEVICES) == [("HDA Intel PCH Headphone", "event10")]
    assert jack_devices("") == []


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "event10"
    os.mkfifo(path)
    return path


def test_plug_and_unplug_come_as_the_kernel_writes_them(fifo: Path):
    jack = InputJack(fifo, "HDA Intel PCH Headphone")
    writer = os.open(fifo, os.O_WRONLY)
    try:
        assert jack.changes() == []
        assert jack.plugged() is None  # a FIFO is no input device: the state is unknown
        os.write(writer, jack_record(True))
        assert jack.changes() == [True]
        # Another switch (the microphone) and half a record: only whole headphone records count.
        other = EVENT.pack(0, 0, EV_SW, 0x04, 1)
        record = jack_record(False)
        os.write(writer, other + record[:10])
        assert jack.changes() == []
        os.write(writer, record[10:])
        assert jack.changes() == [False]
    finally:
        os.close(writer)
    assert jack.changes() == [] and jack.closed  # the writer went: nothing more will come
    jack.close()


def test_a_record_is_the_size_of_the_kernels_struct():
    # struct timeval (two C longs) + type, code (u16 each) + value (s32): 24 bytes on 64-bit.
    assert EVENT.size == 2 * struct.calcsize("l") + 8
    assert len(jack_record(True)) == 2 * EVENT.size and SW_HEADPHONE_INSERT == 2
