"""A kiosk's health from the running door to the host: the real app under Xvfb, its camera a
video of black frames (a covered lens), enrolled with a real server on loopback. The camera's
state reaches the health the kiosk sends with its sync, and the server's kiosks page has it."""

from __future__ import annotations

import time

import numpy as np
import pytest

from kiosk.scan.synth import H, W, write_video
from kiosk.server.reports import Reports
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.sync.conftest import start_server

pytestmark = pytest.mark.e2e


@pytest.fixture
def screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    xvfb = Xvfb()
    yield xvfb
    xvfb.stop()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_covered_camera_reaches_the_hosts_kiosks_page(screen, tmp_path):
    server = start_server(tmp_path / "server", None)
    try:
        data = tmp_path / "data"
        kiosk = build_kiosk(data)
        kiosk.sync.enroll(server.url, server.store.add_kiosk("front-door", "Klitmøller"))
        kiosk.close()
        video = tmp_path / "covered.mp4"
        write_video(video, (np.zeros((H, W, 3), np.uint8) for _ in range(60)))
        door = KioskProcess(screen.display, data, "--camera", str(video))
        try:
            door.wait_for(event="camera", status="dark", timeout=40)
            # The next round (every 30 s) sends the changed report, with no events to push.
            deadline, warnings = time.monotonic() + 75, ()
            while time.monotonic() < deadline and not warnings:
                (health,) = Reports(server.store.engine, server.store.tz).kiosks()
                warnings = tuple(w for w in health.warnings if w.check == "camera")
                time.sleep(0.5)
            assert warnings, "\n".join(door.log[-20:])
            (camera,) = warnings
            assert camera.problem and "only black pictures" in camera.says
            assert health.version and health.health_minutes_ago == 0
        finally:
            code = door.stop()
        assert code == 0, "\n".join(door.log[-20:])
    finally:
        server.stop()
        server.store.engine.dispose()
