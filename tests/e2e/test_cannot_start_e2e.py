"""The real app under Xvfb, given a database it must not open, says why on the screen."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from kiosk import paths
from tests.conftest import need
from tests.e2e.harness import ROOT, KioskProcess, Xvfb, have_xvfb

pytestmark = pytest.mark.e2e


def test_a_database_from_a_newer_program_is_shown_on_screen_and_left_alone(tmp_path):
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    data = tmp_path / "data"
    data.mkdir()
    db = paths.database_path(data)
    shutil.copy(ROOT / "tests" / "data" / "kiosk-schema" / "0001.sqlite3", db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'zz99_newer'")
    conn.commit()
    conn.close()
    raw = db.read_bytes()
    screen = Xvfb(1024, 600)
    try:
        kiosk = KioskProcess(screen.display, data)
        record = kiosk.wait_for(event="cannot_start")
        assert "newer version of the kiosk" in record["msg"]
        assert kiosk.proc.poll() is None  # stays on screen, so a restart loop still shows it
        shot = screen.screenshot(tmp_path / "problem.png")
        from PIL import Image

        with Image.open(shot) as img:
            darkest, lightest = img.convert("L").getextrema()
            assert darkest != lightest  # text drawn, not a blank screen
        assert kiosk.stop() in (0, 1, 2)
    finally:
        screen.stop()
    assert db.read_bytes() == raw
