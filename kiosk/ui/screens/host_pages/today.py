"""Today's visits (members and guests, who hosts whom) and check-in by hand."""

from __future__ import annotations

from functools import partial
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.members import Member
from kiosk.domain.presence import PresenceEntry
from kiosk.ui.charts import GUEST_COLOUR, MEMBER_COLOUR
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import (
    WrapButton,
    breakable,
    clear_layout,
    make_label,
    reason_choice,
    scroller,
    touch_button,
)

from .desk import HostDesk
from .page import Page


class TodayPage(Page):
    """Who came today (members and guests, times, who hosts whom), and check-in by hand."""

    changed = Signal()

    def __init__(self, tasks: Tasks, desk: HostDesk, tz: Any) -> None:
        super().__init__(tasks, desk)
        self.tz = tz
        self.summary = make_label(px=26, bold=True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        holder = QWidget()
        holder.setLayout(self.rows)
        self.search = QLineEdit()
        self.search.setObjectName("HostSearch")
        self.search.textEdited.connect(lambda _t: self._find())
        self.found = QVBoxLayout()
        self.found.setSpacing(6)
        self.check_in_title = make_label(px=24, bold=True, wrap=True)
        side = QVBoxLayout()
        side.addWidget(self.check_in_title)
        side.addWidget(self.search)
        side.addLayout(self.found)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(400)
        body = QHBoxLayout()
        body.addWidget(scroller(holder), 1)
        body.addWidget(side_box, 1)
        self.setObjectName("TodayPage")
        self.setStyleSheet("QWidget#TodayPage QPushButton { font-size: 21px; min-height: 48px; padding: 0 10px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._visits: list[PresenceEntry] = []
        self._approved: set[str] | None = None
        self.retranslate()

    def refresh(self) -> None:
        door = self.desk.door if self.desk.door is not None and self.desk.door.active else None

        def read() -> tuple[list[PresenceEntry], set[str] | None]:
            return self.desk.presence.on().visits, (door.approved_today() if door is not None else None)

        self.tasks.run(read, lambda answer: self.show_visits(*answer), self.fail)

    def show_visits(self, visits: list[PresenceEntry], approved: set[str] | None = None) -> None:
        """approved: with a lock, the guests whose day pass opens the door today (None: no lock)."""
        self._visits, self._approved = visits, approved
        clear_layout(self.rows)
        guests = sum(v.guest for v in visits)
        self.summary.setText(self.tr("Today: %n visit(s)", "", len(visits)) + ", "
                             + self.tr("%n of them guest(s)", "", guests))
        for v in visits:
            self.rows.addWidget(self._row(v))
            if approved is not None and v.guest and v.member_id not in approved:
                # A guest's day pass opens the door only once a host lets them in (issue 20).
                b = WrapButton(self.tr("Let %1 in at the door today").replace("%1", v.name),
                               f"approve-{v.member_id}", px=22)
                b.clicked.connect(lambda _=False, v=v, b=b: self.approve(v, b))
                self.rows.addWidget(b)
        self.rows.addStretch(1)

    def approve(self, guest: PresenceEntry, button: QPushButton | None = None) -> None:
        if button is not None:
            button.setEnabled(False)  # one tap: the page is drawn again once it is saved
        door = self.desk.door

        def done(_: object) -> None:
            self.say(self.tr("%1's day pass opens the door today, inside opening hours.").replace("%1", guest.name))
            self.refresh()

        self.tasks.run(lambda: door.approve_guest(guest.member_id, None), done, self.fail)

    def _row(self, v: PresenceEntry) -> QWidget:
        hhmm = v.checked_in_at.astimezone(self.tz).strftime("%H:%M")
        out = v.checked_out_at.astimezone(self.tz).strftime("%H:%M") if v.checked_out_at else self.tr("in now")
        who = v.name
        if v.guest:
            extra = [self.tr("guest")]
            if v.company:
                extra.append(v.company)
            if v.host_name:
                extra.append(self.tr("visiting %1").replace("%1", v.host_name))
            who += "  ·  " + ", ".join(extra)
        row = make_label(breakable(f"{hhmm} – {out}    {who}"), px=24, wrap=True)
        row.setObjectName(f"visit-{v.member_id}")
        row.setStyleSheet("background: white; border-radius: 8px; padding: 8px 14px;"
                          + (f"border-left: 8px solid {GUEST_COLOUR};" if v.guest else
                             f"border-left: 8px solid {MEMBER_COLOUR};"))
        return row

    def _find(self) -> None:
        query = self.search.text()
        if len(query.strip()) < 2:
            clear_layout(self.found)
            return
        self.tasks.run(lambda: self.desk.members.search(query, limit=6), self.show_found, self.fail)

    def show_found(self, members: list[Member]) -> None:
        clear_layout(self.found)
        for m in members:
            line = QWidget()
            box = QVBoxLayout(line)
            box.setContentsMargins(0, 0, 0, 0)
            # The name is the button: a long one wraps inside it, never squeezed beside it.
            b = WrapButton(self.tr("Check in %1").replace("%1", m.name), f"checkin-{m.id}", px=22)
            box.addWidget(b)
            # The reason is asked for and kept with the check-in (like a check-out by hand).
            reasons = reason_choice(b, [("no_card", self.tr("No card with them")),
                                        ("code_will_not_read", self.tr("The code will not read")),
                                        ("other", self.tr("Other reason"))],
                                    partial(self.check_in, m), "checkin-reason-", vertical=True)
            b.clicked.connect(b.show)  # the name stays above its reasons: whose check-in this is
            b.setCheckable(True)
            back = touch_button(self.tr("Back"))
            back.setObjectName("checkin-back")
            back.clicked.connect(reasons.hide)
            back.clicked.connect(lambda _=False, b=b: b.setChecked(False))
            cast(QBoxLayout, reasons.layout()).addWidget(back)
            box.addWidget(reasons)
            self.found.addWidget(line)

    def check_in(self, member: Member, reason: str) -> None:
        def done(result: Any) -> None:
            if result.refusal is not None:
                self.fail(self.tr("%1 was not checked in: %2").replace("%1", member.name)
                          .replace("%2", result.refusal.value.replace("_", " ")))
            else:
                self.say(self.tr("%1 is checked in.").replace("%1", member.name))
            self.search.clear()
            clear_layout(self.found)
            self.refresh()
            self.changed.emit()

        self.tasks.run(lambda: self.desk.checkin.host_check_in(member.id, reason), done, self.fail)

    def retranslate(self) -> None:
        self.check_in_title.setText(self.tr("Check someone in by hand"))
        self.search.setPlaceholderText(self.tr("Type a member's name"))
        self.search.setAccessibleName(self.search.placeholderText())
        if self._visits:
            self.show_visits(self._visits, self._approved)

