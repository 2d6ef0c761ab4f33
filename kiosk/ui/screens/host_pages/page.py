"""What every page of the host view has: the tasks thread, the desk, a status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from kiosk.ui import theme
from kiosk.ui.confirm import Confirmation
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import Retranslates, make_label

from .desk import HostDesk


class Page(Retranslates, QWidget):
    """A page that says what happened on its status line (saved, failed and why), in the
    language on screen."""

    primary_changed = Signal()  # the main button's text or state changed (the keyboard shows a copy)
    heading_changed = Signal(str)  # what the page is about now ("Editing Mette"), kept above the scrolling page

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__()
        self.page_title = ""  # what the host view shows above the page (see heading_changed)
        self.tasks, self.desk = tasks, desk
        self.status = make_label(px=22, wrap=True)
        self.status.setObjectName("HostStatus")
        self.confirmation: Confirmation | None = None  # the host view's own, set when it takes the page

    def ask(self, question: str, action: str, on_yes: Callable[[], None]) -> None:
        """A destructive action asks once and says what will happen (the host view's confirmation)."""
        if self.confirmation is None:
            self.confirmation = Confirmation()
            self.layout().addWidget(self.confirmation)  # type: ignore[union-attr]
        self.confirmation.ask(question, action, on_yes)

    def say(self, text: str, ok: bool = True) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {theme.ACCENT if ok else theme.REFUSED}; font-size: 22px;")
        # On a 7" panel the status line can be below the fold of the page: what the host must
        # read (a new card's code and file) scrolls into view once the layout has made room for
        # it: a long message wraps to more lines a few events later (issue 24: it was cut off).
        for ms in (0, 50, 200):
            QTimer.singleShot(ms, self._show_status)

    def _show_status(self) -> None:
        self.bring_into_view(self.status)

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the page so widget is on screen (a message under a field, with the keyboard up)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and widget.isVisible():
            area.ensureWidgetVisible(widget, 0, 8)

    def fail(self, message: str) -> None:
        self.say(message, ok=False)

    def refresh(self) -> None:
        """Called when the page is shown."""

    def primary(self) -> QPushButton | None:
        """The page's main button (Create, Save), shown beside the on-screen keyboard too."""
        return None
