"""A finger for pytest-qt: tap what a person could tap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget


def tap(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_when_shown(qtbot, parent: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Tap a button a screen has just made, once Qt has shown it (a queued show), as a finger would."""
    qtbot.waitUntil(lambda: (b := parent.findChild(QPushButton, name)) is not None and b.isVisible(), timeout=3000)
    tap(qtbot, parent.findChild(QPushButton, name))
