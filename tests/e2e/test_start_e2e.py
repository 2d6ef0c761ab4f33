"""The door's start: the decoder processes start once the door is ready, not while it builds its
screens (on two cores their start would take one from the door's; benchmarks/start.py)."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk import app
from kiosk.scan.synth import empty_frames, write_video
from tests.conftest import need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb

pytestmark = pytest.mark.e2e


def test_the_decoder_process_starts_after_ready_and_then_gets_ready(tmp_path):
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    data = tmp_path / "data"
    app.build(data).close()
    video = tmp_path / "empty.mp4"
    write_video(video, empty_frames(np.random.default_rng(3), 30), fps=15)
    screen = Xvfb()
    door = KioskProcess(screen.display, data, "--camera", str(video), "--no-demo")
    try:
        door.wait_for(event="ready", timeout=60)
        # wait_for consumes the records before its match: a decoder started before `ready` fails here
        door.wait_for(event="decoder_started", timeout=30)
        assert door.wait_for(event="decoder_ready", timeout=30)["decoders"].startswith("zxing-cpp")
    finally:
        door.stop()
        screen.stop()
