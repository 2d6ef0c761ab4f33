"""What every page of the host view has: the tasks thread, the desk, a status line."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui import theme
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import Retranslates, make_label

from .desk import HostDesk


class Page(Retranslates, QWidget):
    """A page that says what happened on its status line (saved, failed and why), in the
    language on screen."""

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__()
        self.tasks, self.desk = tasks, desk
        self.status = make_label(px=22, wrap=True)
        self.status.setObjectName("HostStatus")

    def say(self, text: str, ok: bool = True) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.ACCENT if ok else theme.REFUSED}; font-size: 22px;")

    def fail(self, message: str) -> None:
        self.say(message, ok=False)

    def refresh(self) -> None:
        """Called when the page is shown."""

    def primary(self) -> QPushButton | None:
        """The page's main button (Create, Save), shown beside the on-screen keyboard too."""
        return None
