"""The packaged start (KIOSK_SETUP=1, as the unit sets it): a new database opens the first-run
set-up on the real app's screen and seeds no demo; a database already set up opens the door;
./run-kiosk's start (no KIOSK_SETUP) still gets the demo."""

from __future__ import annotations

import pytest
from PIL import Image

from kiosk.domain.setup_flow import Mode, SetupDraft
from kiosk.paths import DEMO_FEED
from kiosk.ui import theme
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb

pytestmark = pytest.mark.e2e
PAPER = tuple(int(theme.PAPER[i:i + 2], 16) for i in (1, 3, 5))


@pytest.fixture
def screen():  # type: ignore[no-untyped-def]
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    xvfb = Xvfb(1024, 600)
    yield xvfb
    xvfb.stop()


def demo_members(data) -> int:  # type: ignore[no-untyped-def]
    kiosk = build_kiosk(data)
    try:
        return sum(1 for m in kiosk.members.roster() if m.demo)
    finally:
        kiosk.close()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_new_database_starts_in_the_set_up_and_a_set_up_one_at_the_door(screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    door = KioskProcess(screen.display, data, "--camera", str(DEMO_FEED), extra_env={"KIOSK_SETUP": "1"})
    try:
        door.wait_for(event="setup_shown")
        door.wait_for(event="ready")
        # The set-up's paper, not the door's dark top bar, fills the top-left corner.
        shot = screen.screenshot_until(tmp_path / "setup.png", lambda img: img.getpixel((2, 2))[:3] == PAPER)
        with Image.open(shot) as img:
            assert img.convert("RGB").getpixel((2, 2)) == PAPER
    finally:
        assert door.stop() == 0
    assert demo_members(data) == 0  # an appliance is not a demo

    kiosk = build_kiosk(data)
    kiosk.setup.finish(SetupDraft(language="en", space_name="Hanstholm", pin="2468", mode=Mode.STANDALONE))
    kiosk.close()
    door = KioskProcess(screen.display, data, "--camera", str(DEMO_FEED), extra_env={"KIOSK_SETUP": "1"})
    try:
        ready = door.wait_for(event="ready")
        assert ready["lang"] == "en"
        assert not any('"setup_shown"' in line for line in door.log)
    finally:
        assert door.stop() == 0


def test_without_the_flag_a_new_database_gets_the_demo(screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    door = KioskProcess(screen.display, data, "--camera", str(DEMO_FEED), extra_env={"KIOSK_SETUP": ""})
    try:
        door.wait_for(event="ready")
        assert not any('"setup_shown"' in line for line in door.log)
    finally:
        assert door.stop() == 0
    assert demo_members(data) > 0
