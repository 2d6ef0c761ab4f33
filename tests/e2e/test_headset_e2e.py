"""Headphones that come while the real app runs (Xvfb): a USB headset plugged into the door's USB
port, and a USB sound card with a headphone socket. The app reads a device tree laid out as the
machine's (KIOSK_DEVICE_ROOT, the hardware boundary), changed as the kernel and udev change it;
what it says goes to KIOSK_SPEECH_OUT as WAV files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from kiosk import app
from kiosk.scan.synth import empty_frames, write_video
from kiosk.speech import EspeakSpeaker
from kiosk.speech.jack import jack_record
from tests.conftest import need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.e2e.test_read_aloud_e2e import records
from tests.speech.test_hotplug import Machine

pytestmark = pytest.mark.e2e


@pytest.fixture
def screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(EspeakSpeaker.available(), "espeak-ng is not installed (scripts/setup.sh installs it)")
    xvfb = Xvfb(1024, 600)
    yield xvfb
    xvfb.stop()


def spoken(door: KioskProcess, count: int, timeout: float = 30) -> list[dict[str, object]]:
    """Wait until the app has said `count` things (its `spoke` events), then return them."""
    end = time.monotonic() + timeout
    while True:
        said = [r for r in records(door) if r.get("event") == "spoke"]
        if len(said) >= count:
            return said
        assert time.monotonic() < end, "\n".join(door.log[-30:])
        time.sleep(0.1)  # polling the log for a state, with a deadline


def test_a_usb_headset_and_a_late_socket_start_speech_in_the_running_app(screen, tmp_path: Path):
    data, said = tmp_path / "data", tmp_path / "said"
    app.build(data).close()
    machine = Machine(tmp_path / "machine")
    machine.devices.parent.mkdir(parents=True)
    machine.devices.write_text("")
    machine.dev_input.mkdir(parents=True)
    machine.add_card(0, "PCH", bus="pci")  # the onboard sound chip, no socket that reports
    camera = tmp_path / "empty.mp4"
    write_video(camera, list(empty_frames(np.random.default_rng(3), 30)), fps=15)
    door = KioskProcess(screen.display, data, "--camera", str(camera), "--no-demo",
                        extra_env={"KIOSK_SPEECH_OUT": str(said), "KIOSK_DEVICE_ROOT": str(machine.root)})
    writer = None
    try:
        door.wait_for(event="ready")
        assert not [r for r in records(door) if r.get("event") == "spoke"]  # nobody asked yet

        machine.add_card(1, "Headset")  # plugged in: the scan screen is read into it
        door.wait_for(event="headset", plugged=True, device="plughw:CARD=Headset,DEV=0")
        assert [r["message_id"] for r in spoken(door, 1)] == ["scan"]
        machine.remove_card(1)  # pulled out: quiet at once
        door.wait_for(event="headset", plugged=False)

        # A USB sound card with a headphone socket, plugged in after start, then headphones into it.
        node = machine.add_jack("event12")
        door.wait_for(event="jack_found", device="event12")
        writer = os.open(node, os.O_WRONLY)
        os.write(writer, jack_record(True))
        door.wait_for(event="headphones", plugged=True)
        assert [r["message_id"] for r in spoken(door, 2)] == ["scan", "scan"]
        os.write(writer, jack_record(False))
        door.wait_for(event="headphones", plugged=False)
        os.close(writer)
        writer = None
        machine.devices.write_text("")
        node.unlink()  # the card taken away: dropped, the door goes on
        door.wait_for(event="jack_gone")
    finally:
        if writer is not None:
            os.close(writer)
        assert door.stop() == 0, "\n".join(door.log[-20:])
    assert len(list(said.glob("*-scan-*.wav"))) == 2
    assert not [r for r in records(door) if r.get("level") in ("error", "critical")]
