"""The whole door: the real app, fullscreen on Xvfb, a video of a member's card as its camera."""

from __future__ import annotations

import sqlite3

import cv2
import numpy as np
import pytest
from PIL import Image

from kiosk import app
from kiosk.core.documents.cards import render_card
from kiosk.core.members import NewMember
from kiosk.domain.members import PlanKind
from kiosk.domain.settings import SpaceSettings
from kiosk.scan.synth import empty_frames, held_up_sequence, write_video
from kiosk.ui import theme
from tests.conftest import build_kiosk, need
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb

pytestmark = pytest.mark.e2e
GREEN = tuple(int(theme.WELCOME[i:i + 2], 16) for i in (1, 3, 5))  # the welcome screen's background


@pytest.fixture
def screen():
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    xvfb = Xvfb()
    yield xvfb
    xvfb.stop()


def card_video(path, card, space: str) -> None:
    rng = np.random.default_rng(11)
    picture = cv2.cvtColor(np.asarray(render_card(card, space)), cv2.COLOR_RGB2BGR)
    frames = [*empty_frames(rng, 15), *held_up_sequence(picture, rng, frames=20), *empty_frames(rng, 15)]
    write_video(path, frames, fps=15)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_member_is_welcomed_then_checked_out(screen, tmp_path):
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    # Guard window of 2 s so that the looped video's next showing (about 3 s later) checks out.
    app.apply_settings(kiosk, SpaceSettings(space_name="Cowork Klitmøller", guard_seconds=2))
    card = kiosk.members.add(NewMember(name="Mette Jensen", plan=PlanKind.CLIPCARD, clips=10))
    kiosk.close()
    video = tmp_path / "camera.mp4"
    card_video(video, card, "Cowork Klitmøller")

    door = KioskProcess(screen.display, data, "--camera", str(video))
    try:
        ready = door.wait_for(event="ready")
        assert ready["lang"] == "da"
        door.wait_for(event="camera", status="ok")
        welcome = door.wait_for(event="result_shown", shown_as="checked_in", timeout=40)
        assert welcome["member_id"] == card.member.id
        assert welcome["frame_to_commit_ms"] is not None and welcome["frame_to_commit_ms"] > 0
        # The log line comes as the screen is switched; the X server may show it a frame later.
        shot = screen.screenshot_until(tmp_path / "welcome.png", lambda img: img.getpixel((2, 2)) == GREEN)
        goodbye = door.wait_for(event="result_shown", shown_as="checked_out", timeout=40)
        assert goodbye["member_id"] == card.member.id
    finally:
        code = door.stop()
    assert code == 0, "\n".join(door.log[-20:])
    assert any('"stopped"' in line for line in door.log)

    # The window covered the whole screen without a window manager: the result screen's green
    # reaches every corner.
    img = Image.open(shot).convert("RGB")
    for xy in ((2, 2), (img.width - 3, 2), (2, img.height - 20)):
        assert img.getpixel(xy) == GREEN, xy

    con = sqlite3.connect(data / "kiosk.sqlite3")
    kinds = [k for (k,) in con.execute("select kind from events where kind != 'repeat' order by seq")]
    assert kinds[:2] == ["check_in", "check_out"]
    visit = con.execute("select checked_out_at, clip_charged from visits where member_id = ?",
                        (card.member.id,)).fetchone()
    assert visit[0] is not None and visit[1] == 1


def test_demo_feed_welcomes_a_demo_member_on_a_new_install(screen, tmp_path):
    door = KioskProcess(screen.display, tmp_path / "fresh", "--windowed", "--lang", "en")
    try:
        door.wait_for(event="demo_seeded")
        assert "door-feed.mp4" in door.wait_for(event="ready")["camera"]
        shown = door.wait_for(event="result_shown", timeout=40)
        assert shown["member_id"].startswith("de000000")
    finally:
        assert door.stop() == 0
