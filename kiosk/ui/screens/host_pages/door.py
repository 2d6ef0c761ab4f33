"""The door lock on the host view's first page: open the door (a delivery) and test the lock.

Shown only once a lock is set. Opening needs a host whose PIN has at least 6 digits and is not an
easy one (the host typed it to open this view); the lock is called on the host-tasks thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.services.door import OPENED
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import make_label, touch_button


class DoorRow(QWidget):
    def __init__(self, tasks: Tasks, door: Any) -> None:  # door: services.door.DoorGate
        super().__init__()
        self._tasks, self._door = tasks, door
        self._host: str | None = None
        self._pin_ok = False
        self.open_button = touch_button(name="OpenDoor")
        self.test_button = touch_button(name="TestLock")
        for b in (self.open_button, self.test_button):
            b.setProperty("bar", True)
        self.open_button.clicked.connect(self._open)
        self.test_button.clicked.connect(self._test)
        self.status = make_label(px=20, wrap=True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.test_button)
        row.addWidget(self.status, 1)
        self.retranslate()
        self.refresh()

    def set_host(self, host_id: str | None, door_pin_ok: bool) -> None:
        """Who opened the host view, and whether their PIN is strong enough to open the door."""
        self._host, self._pin_ok = host_id, door_pin_ok
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(bool(self._door is not None and self._door.active))

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open the door"))
        self.test_button.setText(self.tr("Test the lock"))

    def _open(self) -> None:
        if not self._pin_ok:
            self.status.setText(self.tr("Opening the door from here needs a host PIN of at least 6 digits "
                                        "that is not easy to guess. Set one: kiosk host-pin."))
            return
        self._tasks.run(lambda: self._door.open_by_host(self._host), self._opened, self.status.setText)

    def _test(self) -> None:
        self._tasks.run(self._door.test, self._tested, self.status.setText)

    def _opened(self, result: Any) -> None:
        if result.door == OPENED:
            self.status.setText(self.tr("The door is open for %n second(s).", "", result.seconds))
        else:
            self.status.setText(self.tr("The lock did not answer. Check its power and network."))

    def _tested(self, result: Any) -> None:
        if result.opened:
            self.status.setText(self.tr("The lock answered and opened: %1").replace("%1", result.answered_by))
        else:
            self.status.setText(self.tr("The lock did not open: %1 (%2)").replace("%1", result.answered_by)
                                .replace("%2", result.status.value))
