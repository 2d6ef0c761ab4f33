from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme
from kiosk.ui.i18n import Languages


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    theme.load_fonts()
    qapp.setStyleSheet(theme.STYLE)
    langs = Languages(qapp)
    langs.switch("da")
    yield langs
    langs.switch("en")
