"""A keyboard-mode fob reader at the real app on Xvfb (issue 20): xdotool types a fob's UID as
the number pad's digits and Return within milliseconds, as such a reader does. The door takes it
as a fob read (the fob's member, the Shelly opens), starts no speech and takes no key for the
pad; a person's key of the same pad still starts "read aloud"."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.scan.synth import empty_frames, write_video
from kiosk.speech import EspeakSpeaker
from tests.conftest import need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.lock.fake_devices import FakeShelly

pytestmark = pytest.mark.e2e
FOB = "0004215987"


@pytest.fixture
def screen():  # type: ignore[no-untyped-def]
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    need(shutil.which("xdotool") is not None, "xdotool is not installed (apt-get install xdotool)")
    need(EspeakSpeaker.available(), "espeak-ng is not installed (scripts/setup.sh installs it)")
    xvfb = Xvfb(1024, 600)
    yield xvfb
    xvfb.stop()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_fob_readers_burst_opens_and_says_nothing_a_persons_key_reads_aloud(screen, tmp_path: Path) -> None:
    shelly = FakeShelly("s3cret").start()
    data, said = tmp_path / "data", tmp_path / "said"
    try:
        kiosk = app.build(data)
        try:
            anna = kiosk.members.add(NewMember(name="Anna Holm"))
            kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3))
            app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), "fobs": "on",
                                                                  "opening_hours": "mon-sun 00:00-24:00"}))
            kiosk.door.enrol_fob(anna.member.id, FOB)
        finally:
            kiosk.close()
        camera = tmp_path / "empty.mp4"
        write_video(camera, list(empty_frames(np.random.default_rng(3), 10)), fps=15)
        door = KioskProcess(screen.display, data, "--camera", str(camera), "--no-demo",
                            extra_env={"KIOSK_SPEECH_OUT": str(said)})
        env = {"DISPLAY": screen.display, "PATH": "/usr/bin:/bin"}
        try:
            door.wait_for(event="ready")
            subprocess.run(["xdotool", "key", "Num_Lock"], check=True, env=env, timeout=10)  # the pad's digits
            # The reader: ten digits of the pad and Return, 4 ms apart.
            keys = [f"KP_{d}" for d in FOB]
            subprocess.run(["xdotool", "key", "--delay", "4", *keys, "Return"], check=True, env=env, timeout=10)
            door.wait_for(event="keypad_burst", timeout=30)  # the log's records come in order
            opened = door.wait_for(event="door_answer", timeout=30)
            assert opened["door"] == "opened" and opened["member_id"] == anna.member.id
            assert [s for s in shelly.switchings if s.on]
            assert not any('"spoke"' in line or '"event": "keypad"' in line for line in door.log), door.log[-20:]
            # A person: one key of the pad, nothing after it: "read aloud" starts.
            subprocess.run(["xdotool", "key", "KP_5"], check=True, env=env, timeout=10)
            door.wait_for(event="spoke", timeout=30)
        finally:
            assert door.stop() == 0, "\n".join(door.log[-20:])
    finally:
        shelly.stop()
