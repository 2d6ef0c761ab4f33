"""Render every step of the first-run set-up into docs/screenshots: German at 1024x600 (the
smallest panel) and the last step in Danish at 1920x1080. Real widgets, offscreen Qt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/setup_screenshots.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.domain.setup_flow import Mode
from kiosk.services.setup import JoinProblem
from kiosk.ui import theme
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.setup import SetupScreen

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    theme.load_fonts()
    app.setFont(theme.font(20))
    app.setStyleSheet(theme.STYLE)
    langs = Languages(app)

    def shoot(s: SetupScreen, name: str, size: tuple[int, int]) -> None:
        s.resize(*size)
        s.show()
        for _ in range(3):
            app.processEvents()
        s.grab().save(str(OUT / f"{name}.png"))

    for lang, size, names in (("de", (1024, 600), True), ("da", (1920, 1080), False)):
        langs.switch(lang)
        s = SetupScreen(lang)
        s.language_chosen.connect(langs.switch)
        steps: list[tuple[str, object]] = [
            ("1-language", lambda: None),
            ("2-name", lambda: (s.choose_language(lang), s.keyboard.type_text("Kulturhaus Hanstholm"))),
            ("3-hours", s.next_step),
            ("4-pin", lambda: (s.next_step(), [s._pin_key(c) for c in "24"])),
            ("5-pin-again", lambda: ([s._pin_key(c) for c in "68"], s.next_step())),
            ("6-mode", lambda: ([s._pin_key(c) for c in "2468"], s.next_step())),
            ("7-server", lambda: (s.choose_mode(Mode.JOIN), s.url_field.setFocus(),
                                  s.keyboard.type_text("https://kiosk.hanstholm.dk"))),
            ("8-server-error", lambda: (s.code_field.setText("7K2M9QXW4T"), s.next_step(),
                                        s.join_failed(JoinProblem.WRONG_CODE, ""))),
            ("9-scan", s.scan_instead),
            ("10-ready", lambda: (s.model.set_server("https://kiosk.hanstholm.dk", "7K2M9QXW4T"),
                                  s.finished("front-door"))),
        ]
        for name, act in steps:
            act()  # type: ignore[operator]
            if names:
                shoot(s, f"setup-{name}-{lang}", size)
        if not names:
            shoot(s, f"setup-10-ready-{lang}-1920x1080", size)
        s.deleteLater()
    print(f"wrote the set-up screenshots to {OUT}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        main()
