"""The host view's log page: what hosts did by hand, newest first (services.audit)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QVBoxLayout

from kiosk.services.audit import AuditLine
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import breakable, clear_layout, make_label

from .desk import HostDesk
from .page import Page


class AuditPage(Page):
    def __init__(self, tasks: Tasks, desk: HostDesk, tz: ZoneInfo) -> None:
        super().__init__(tasks, desk)
        self.tz = tz
        self.heading = make_label(px=24, bold=True, wrap=True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self._lines: list[AuditLine] = []
        self.retranslate()

    def refresh(self) -> None:
        audit = self.desk.host.audit
        if audit is not None:
            self.tasks.run(audit.recent, self.show_lines, self.fail)

    def show_lines(self, lines: list[AuditLine]) -> None:
        self._lines = lines
        clear_layout(self.rows)
        for line in lines:
            e = line.entry
            who = line.actor_name or (self.tr("at the machine") if e.actor is None else e.actor)
            whom = line.subject_name or (e.subject or "")
            text = "   ".join(part for part in (e.at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"), who,
                                               self._action(e.action), whom, e.detail) if part)
            row = make_label(breakable(text), px=20, wrap=True)  # plain text: names as typed
            row.setObjectName(f"audit-{e.action}")
            self.rows.addWidget(row)
        if not lines:
            self.rows.addWidget(make_label(self.tr("Nothing done by hand yet."), px=20))

    def _action(self, action: str) -> str:
        return {
            "check_out": self.tr("checked out by hand"), "check_in": self.tr("checked in by hand"),
            "add": self.tr("added"), "import": self.tr("imported members"), "edit": self.tr("edited"),
            "suspend": self.tr("paused"), "reactivate": self.tr("reactivated"), "new_card": self.tr("new card"),
            "top_up": self.tr("topped up"), "erase": self.tr("erased"), "export": self.tr("exported"),
            "evacuation_list": self.tr("evacuation list"), "settings": self.tr("changed settings"),
            "host_view": self.tr("opened the host view"),
            "door_pin_wrong": self.tr("wrong door PIN after their card"),
            "door_pin_locked": self.tr("card refused for a while: too many wrong door PINs"),
            "door_held_open": self.tr("door held open (seconds)"),
            "door_forced_open": self.tr("door opened without the kiosk opening it (forced?)"),
            "door_closed": self.tr("door closed again (seconds it was open)"),
            "sensor_failed": self.tr("the door sensor did not answer"),
            "sensor_back": self.tr("the door sensor answers again"),
        }.get(action, action)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What hosts did by hand (kept for a year; ids and reasons, no names stored)"))
        self.show_lines(self._lines)
