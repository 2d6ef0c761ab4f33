"""Render every kiosk screen at 1280x800 into docs/screenshots (offscreen Qt, real widgets).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.services.checkin import ScanResult
from kiosk.services.presence import PresenceEntry
from kiosk.ui import theme
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.host import HostScreen, HostUnlockScreen
from kiosk.ui.screens.manual_entry import ManualEntryScreen
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.workers import preview_image

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CPH = ZoneInfo("Europe/Copenhagen")
MORNING = datetime(2026, 3, 2, 7, 40, tzinfo=UTC)


def demo_frame(index: int = 57):
    cap = cv2.VideoCapture(str(paths.DEMO_FEED))
    cap.set(cv2.CAP_PROP_POS_FRAMES, index)
    _, frame = cap.read()
    cap.release()
    return preview_image(frame, (888, 441))


def main() -> None:
    app = QApplication([])
    theme.load_fonts()
    app.setFont(theme.font(20))
    app.setStyleSheet(theme.STYLE)
    langs = Languages(app)
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(widget, name: str) -> None:
        widget.resize(1280, 800)
        widget.show()
        app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    base = dict(at=MORNING, member_id="m1", name="Mette Jensen", first_name="Mette")
    for lang in ("da", "en"):
        langs.switch(lang)
        scan = ScanScreen("Cowork Klitmøller")
        scan.set_clock("08:40")
        scan.set_in_now(4)
        scan.set_next_language(langs.next_language())
        scan.show_frame(demo_frame())
        shoot(scan, f"scan-{lang}")
        result = ResultScreen(CPH)
        result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, others_in=4, clips_left=2, **base))
        shoot(result, f"welcome-{lang}")
        result.show_result(ScanResult(outcome=Outcome.CHECKED_OUT,
                                      time_today=timedelta(hours=6, minutes=5), **base))
        shoot(result, f"goodbye-{lang}")
        result.show_result(ScanResult(outcome=Outcome.REFUSED, refusal=Refusal.EXPIRED, **base))
        shoot(result, f"refused-{lang}")
    langs.switch("da")
    scan = ScanScreen("Cowork Klitmøller")
    scan.set_clock("08:41")
    scan.set_in_now(4)
    scan.set_camera_problem("unavailable")
    shoot(scan, "camera-problem-da")
    result = ResultScreen(CPH)
    result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, others_in=0,
                                  valid_until=date(2026, 3, 6), **base))
    shoot(result, "welcome-plan-ending-da")
    scan = ScanScreen("Cowork Klitmøller")
    scan.set_clock("08:42")
    scan.set_in_now(4)
    scan.show_frame(demo_frame(20))
    scan.set_hint(True)
    shoot(scan, "hint-da")
    keypad = ManualEntryScreen()
    keypad.start()
    for ch in "K7QD4M":
        keypad.press(ch)
    shoot(keypad, "manual-entry-da")
    unlock = HostUnlockScreen()
    unlock.start()
    for d in "24":
        unlock.press(d)
    shoot(unlock, "host-pin-da")
    host = HostScreen(CPH)
    host.show_people([PresenceEntry("m1", "Mette Jensen", False, MORNING, None, None),
                      PresenceEntry("m2", "Lars Holm", False, MORNING + timedelta(minutes=42), None, None),
                      PresenceEntry("m3", "Åse Ørum", False, MORNING + timedelta(hours=1), None, None)])
    shoot(host, "host-view-da")
    from kiosk.ui.screens.host import RollCallScreen

    roll = RollCallScreen()
    roll.show_people(host._people)
    roll.buttons[1].setChecked(True)
    shoot(roll, "roll-call-da")


if __name__ == "__main__":
    main()
