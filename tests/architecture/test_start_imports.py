"""What the door imports before its first frame is on screen, and what a decoder process imports:
never the server's stack, and nothing heavy that only a later action needs (benchmarks/start.py
measures the start itself)."""

from __future__ import annotations

import json
import subprocess
import sys

SERVER_STACK = {"fastapi", "uvicorn", "starlette", "psycopg", "jinja2", "babel"}
# the first sync (and its schemas), a day pass, a PDF, a card picture, a migration (none at the head)
LATER = {"httpx", "pydantic", "qrcode", "reportlab", "PIL", "alembic"}
DOOR = """
import kiosk.cli, kiosk.cli.run, kiosk.app, kiosk.ui.main
from kiosk.ui import theme
from kiosk.ui.blanker import ScreenBlanker
from kiosk.ui.controller import DoorController
from kiosk.ui.i18n import Languages
from kiosk.ui.probe import ButtonMap, StatsProbe
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.sync_worker import SyncWorker
from kiosk.ui.watchdog import GuiWatchdog
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import CameraBridge, DoorWorker, WorkerThread
"""


def imported(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen"})
    return {name.split(".")[0] for name in json.loads(out.stdout)}


def test_the_door_imports_neither_the_server_nor_what_only_later_actions_need():
    assert imported(DOOR) & (SERVER_STACK | LATER) == set()


def test_a_decoder_process_imports_only_the_decoders():
    modules = imported("import kiosk.scan.worker as w, cv2\nw.load_decoders(w.DEFAULT_DECODERS)")
    assert {"numpy", "zxingcpp"} <= modules
    assert modules & (SERVER_STACK | LATER | {"PySide6", "sqlalchemy", "pydantic", "cryptography", "alembic"}) == set()


def test_no_decoder_process_runs_while_the_door_builds_its_screens(tmp_path, monkeypatch):
    """app.run_kiosk hands the GUI a decoder that has not started; the GUI starts it after `ready`
    (tests/e2e/test_start_e2e.py follows the order in the real app's log)."""
    from kiosk import app, paths
    from kiosk.ui import main as gui
    from tests.conftest import build_kiosk

    seen = {}

    def run_gui(parts):  # stands in for the Qt loop: what the GUI is given
        seen["started"] = parts.decoder.isolated._active is not None
        return 0

    monkeypatch.setattr(gui, "run_gui", run_gui)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    kiosk = build_kiosk(tmp_path / "data")
    try:
        assert app.run_kiosk(kiosk, str(paths.DEMO_FEED), windowed=True, lang=None, demo=False) == 0
    finally:
        kiosk.close()
    assert seen == {"started": False}
