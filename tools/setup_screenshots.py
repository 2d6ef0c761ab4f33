"""Render every step of the first-run set-up into docs/screenshots: German at 1024x600 (the
smallest panel) and the last step in Danish at 1920x1080. Real widgets in a window of exactly
the panel's size (as the kiosk window is), offscreen Qt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/setup_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from kiosk.core.enrollment import enrollment_qr_text
from kiosk.domain.setup_flow import Mode
from kiosk.services.setup import JoinProblem
from kiosk.ui import theme
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.setup import SetupScreen

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
URL, CODE = "https://kiosk.hanstholm.dk", "7K2M9QXW4T"


def walk(s: SetupScreen, lang: str, shoot) -> None:  # type: ignore[no-untyped-def]
    """Every step, as a host's taps would go, with a picture after each."""
    shoot("1-language")
    s.choose_language(lang)
    s.keyboard.type_text("Kulturhaus Hanstholm")
    shoot("2-name")
    s.next_step()
    shoot("3-hours")
    s.next_step()
    for ch in "24":
        s._pin_key(ch)
    shoot("4-pin")
    for ch in "68":
        s._pin_key(ch)
    s.next_step()
    shoot("5-pin-again")
    for ch in "2468":
        s._pin_key(ch)
    s.next_step()
    shoot("6-mode")
    s.choose_mode(Mode.JOIN)
    s.url_field.setFocus()
    s.keyboard.type_text(URL)
    shoot("7-server")
    s.code_field.setText(CODE)
    s.next_step()
    s.join_failed(JoinProblem.WRONG_CODE, "")
    shoot("8-server-error")
    s.scan_instead()
    shoot("9-scan")
    s.scanned(enrollment_qr_text(URL, CODE))
    shoot("9b-qr-read")
    s.model.set_server(URL, CODE)
    s.finished("front-door")
    shoot("10-ready")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.load_fonts()
    app.setFont(theme.font(20))
    app.setStyleSheet(theme.STYLE)
    langs = Languages(app)
    for lang, size, every in (("de", (1024, 600), True), ("da", (1920, 1080), False)):
        langs.switch(lang)
        window = QWidget()
        window.setFixedSize(*size)
        box = QVBoxLayout(window)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        s = SetupScreen(lang)
        s.language_chosen.connect(langs.switch)
        box.addWidget(s)
        window.show()

        def shoot(name: str, window: QWidget = window, lang: str = lang, every: bool = every,
                  size: tuple[int, int] = size) -> None:
            if not every and name != "10-ready":
                return
            for _ in range(3):
                app.processEvents()
            suffix = "" if every else f"-{size[0]}x{size[1]}"
            window.grab().save(str(OUT / f"setup-{name}-{lang}{suffix}.png"))

        walk(s, lang, shoot)
        window.close()
    print(f"wrote the set-up screenshots to {OUT}")


if __name__ == "__main__":
    main()
