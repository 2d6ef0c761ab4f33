"""The host view's pages beyond "in now": today's visits, members, how busy, settings.

Every database call goes through Tasks (the host-tasks thread); the pages only show answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import time
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember, parse_date
from kiosk.domain.guests import VisitorType, dump_visitor_types, format_price, parse_kroner
from kiosk.domain.members import Member, MemberStatus, PlanKind
from kiosk.domain.policies import PolicyKind
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.domain.stats import Busyness
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.host import HostAccess
from kiosk.services.members import MemberAdmin
from kiosk.services.presence import PresenceEntry, PresenceService
from kiosk.services.privacy import PrivacyService
from kiosk.services.stats import StatsService
from kiosk.ui import theme
from kiosk.ui.charts import GUEST_COLOUR, MEMBER_COLOUR, BarChart
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import (
    Retranslates,
    clear_layout,
    discard,
    make_label,
    reason_choice,
    scroller,
    touch_button,
)


class HostFilesPort(Protocol):
    def card(self, member_id: str) -> str: ...
    def sheet(self, member_ids: list[str]) -> str: ...
    def evacuation(self) -> str: ...
    def visits(self, first: Any, last: Any) -> str: ...
    def csv_files(self) -> list[str]: ...
    def prune(self, days: int) -> int: ...
    def read_file(self, path: str) -> bytes: ...


@dataclass
class HostDesk:
    """The services the host view uses, handed over by the composition root."""

    checkin: CheckInService
    presence: PresenceService
    members: MemberAdmin
    stats: StatsService
    guests: GuestService
    host: HostAccess
    privacy: PrivacyService
    files: HostFilesPort
    settings: Callable[[], SpaceSettings]
    save_settings: Callable[[SpaceSettings], SpaceSettings]


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


# --- today ---------------------------------------------------------------------------------
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
        self.check_in_title = make_label(px=24, bold=True)
        side = QVBoxLayout()
        side.addWidget(self.check_in_title)
        side.addWidget(self.search)
        side.addLayout(self.found)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(440)
        body = QHBoxLayout()
        body.addWidget(scroller(holder), 1)
        body.addWidget(side_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._visits: list[PresenceEntry] = []
        self.retranslate()

    def refresh(self) -> None:
        self.tasks.run(lambda: self.desk.presence.on().visits, self.show_visits, self.fail)

    def show_visits(self, visits: list[PresenceEntry]) -> None:
        self._visits = visits
        clear_layout(self.rows)
        guests = sum(v.guest for v in visits)
        self.summary.setText(self.tr("Today: %n visit(s)", "", len(visits)) + ", "
                             + self.tr("%n of them guest(s)", "", guests))
        for v in visits:
            self.rows.addWidget(self._row(v))
        self.rows.addStretch(1)

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
        row = make_label(f"{hhmm} – {out}    {who}", px=24, wrap=True)
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
            box = QGridLayout(line)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(make_label(m.name, px=22, wrap=True), 0, 0)
            b = touch_button(self.tr("Check in"))
            b.setObjectName(f"checkin-{m.id}")
            box.addWidget(b, 0, 1)
            # The reason is asked for and kept with the check-in (like a check-out by hand).
            reasons = reason_choice(b, [("no_card", self.tr("No card with them")),
                                        ("code_will_not_read", self.tr("The code will not read")),
                                        ("other", self.tr("Other reason"))],
                                    partial(self.check_in, m), "checkin-reason-", vertical=True)
            box.addWidget(reasons, 1, 0, 1, 2)
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
        if self._visits:
            self.show_visits(self._visits)


# --- members -------------------------------------------------------------------------------
class MembersPage(Page):
    """Search, add, edit, suspend, new card, top up, print a card or a sheet of cards."""

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.search = QLineEdit()
        self.search.setObjectName("HostSearch")
        self.search.textEdited.connect(lambda _t: self.refresh())
        self.list = QVBoxLayout()
        self.list.setSpacing(6)
        holder = QWidget()
        holder.setLayout(self.list)
        self.add_button = touch_button(name="Primary")
        self.sheet_button = touch_button()
        self.import_button = touch_button()
        self.add_button.clicked.connect(self.new_member)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.import_button.clicked.connect(self.choose_import)
        self.progress = QProgressBar()
        self.progress.setObjectName("ImportProgress")
        self.progress.hide()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(scroller(holder), 1)
        left.addWidget(self.progress)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.sheet_button)
        row.addWidget(self.import_button)
        left.addLayout(row)

        # the selected member, or a new one
        self.detail_title = make_label(px=28, bold=True, wrap=True)
        self.name_edit, self.email_edit, self.until_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_edit.setObjectName("MemberName")
        self.email_edit.setObjectName("MemberEmail")
        self.until_edit.setObjectName("MemberUntil")
        self.plan_buttons: dict[PlanKind, QPushButton] = {}
        plans = QHBoxLayout()
        for kind in PlanKind:
            b = touch_button()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=kind: self._pick_plan(k))
            plans.addWidget(b)
            self.plan_buttons[kind] = b
        self.clips_label = make_label(px=22)
        self.save_button = touch_button(name="Primary")
        self.save_button.clicked.connect(self.save)
        self.action_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, key in enumerate(("suspend", "new_card", "print", "erase")):
            b = touch_button(name="Danger" if key == "erase" else "")
            b.clicked.connect(lambda _=False, k=key: self.act(k))
            grid.addWidget(b, i // 2, i % 2)
            self.action_buttons[key] = b
        self.topup_title = make_label(px=22, bold=True)
        self.topup_buttons: dict[int, QPushButton] = {}
        topups = QHBoxLayout()
        for clips in (5, 10, 20):
            b = touch_button(f"+{clips}")
            b.clicked.connect(lambda _=False, c=clips: self.top_up(c))
            topups.addWidget(b)
            self.topup_buttons[clips] = b
        self.method_buttons: dict[str, QPushButton] = {}
        methods = QHBoxLayout()
        for method in ("mobilepay", "cash", "invoice"):
            b = touch_button()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, m=method: self._pick_method(m))
            methods.addWidget(b)
            self.method_buttons[method] = b
        self.amount = QLineEdit()
        self.amount.setObjectName("TopUpAmount")
        self._method = "mobilepay"
        self.method_buttons["mobilepay"].setChecked(True)

        right = QVBoxLayout()
        right.addWidget(self.detail_title)
        right.addWidget(self.name_edit)
        right.addWidget(self.email_edit)
        right.addWidget(self.until_edit)
        right.addLayout(plans)
        right.addWidget(self.clips_label)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addLayout(grid)
        right.addWidget(self.topup_title)
        right.addLayout(methods)
        right.addWidget(self.amount)
        right.addLayout(topups)
        right.addStretch(1)
        self.setObjectName("MembersPage")
        # Smaller buttons than the rest of the host view: three side by side under the list,
        # a dozen in the detail column, all within 1280 pixels.
        self.setStyleSheet("QWidget#MembersPage QPushButton { font-size: 20px; min-height: 46px; }")
        self.detail = QWidget()
        self.detail.setLayout(right)
        self.detail.setFixedWidth(540)
        right.setSpacing(8)
        right.setContentsMargins(0, 0, 0, 0)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.selected: Member | None = None
        self._plan = PlanKind.MONTHLY
        self._shown: list[Member] = []
        self.retranslate()
        self.select(None)

    def refresh(self) -> None:
        query = self.search.text()
        self.tasks.run(lambda: self.desk.members.search(query), self.show_members, self.fail)

    def show_members(self, members: list[Member]) -> None:
        self._shown = members
        self._fill_list([(self._line(m), f"member-{m.id}", partial(self.select, m)) for m in members])
        if self.selected is not None:
            self.select(next((m for m in members if m.id == self.selected.id), self.selected))

    def _line(self, m: Member) -> str:
        plan = {PlanKind.MONTHLY: self.tr("monthly"), PlanKind.CLIPCARD: self.tr("clip card"),
                PlanKind.DAYPASS: self.tr("day pass")}[m.plan.kind]
        if m.plan.kind is PlanKind.CLIPCARD:
            plan += f" ({m.plan.clips_total})"
        paused = "  ·  " + self.tr("paused") if m.status is MemberStatus.SUSPENDED else ""
        return f"{m.name}  ·  {plan}{paused}"

    def select(self, member: Member | None) -> None:
        self.selected = member
        editing = member is not None
        self.detail_title.setText(member.name if member else self.tr("New member"))
        self.name_edit.setText(member.name if member else "")
        self.email_edit.setText(member.email if member else "")
        until = member.plan.valid_until if member else None
        self.until_edit.setText(until.isoformat() if until else "")
        self._pick_plan(member.plan.kind if member else PlanKind.MONTHLY)
        for b in self.action_buttons.values():
            b.setVisible(editing)
        clip = editing and member is not None and member.plan.kind is PlanKind.CLIPCARD
        for w in (self.topup_title, self.amount, *self.topup_buttons.values(), *self.method_buttons.values()):
            w.setVisible(clip)
        self.clips_label.setText(self.tr("%n clip(s) in all", "", member.plan.clips_total)
                                 if clip and member else "")
        self.save_button.setText(self.tr("Save") if editing else self.tr("Add and make a card"))
        if member is not None:
            self.action_buttons["suspend"].setText(self.tr("Reactivate") if member.status is MemberStatus.SUSPENDED
                                            else self.tr("Pause membership"))

    def _pick_plan(self, kind: PlanKind) -> None:
        self._plan = kind
        for k, b in self.plan_buttons.items():
            b.setChecked(k is kind)

    def _pick_method(self, method: str) -> None:
        self._method = method
        for m, b in self.method_buttons.items():
            b.setChecked(m == method)

    def new_member(self) -> None:
        self.select(None)
        self.name_edit.setFocus()

    def save(self) -> None:
        member = self.selected
        clips = member.plan.clips_total if member and member.plan.kind is PlanKind.CLIPCARD else 10
        try:
            until = parse_date(self.until_edit.text(), self.tr("valid until"))
        except InvalidInput as exc:
            self.fail(str(exc))
            return
        new = NewMember(name=self.name_edit.text(), email=self.email_edit.text(), plan=self._plan,
                        clips=clips if self._plan is PlanKind.CLIPCARD else 0, valid_until=until)
        admin = self.desk.members
        if member is None:
            def added(result: Any) -> None:
                if result == "requested":
                    self.say(self.tr("Sent to the server; the member arrives with the next sync."))
                else:
                    self.say(self.tr("Added %1. Card written to %2").replace("%1", new.name.strip())
                             .replace("%2", str(result)))
                self.search.setText(new.name.strip())
                self.refresh()

            def add() -> str:
                if admin.server_owned:
                    admin.request("add", new=new)
                    return "requested"
                issued = admin.add(new)
                return self.desk.files.card(issued.member.id)

            self.tasks.run(add, added, self.fail)
        else:
            self.tasks.run(lambda: admin.edit(member.id, new), lambda r: self._done(r, self.tr("Saved.")), self.fail)

    def _done(self, result: Any, text: str) -> None:
        self.say(self.tr("Sent to the server; it applies with the next sync.") if result == "requested" else text)
        self.refresh()

    def act(self, key: str) -> None:
        member = self.selected
        if member is None:
            return
        admin, files = self.desk.members, self.desk.files
        if key == "suspend":
            pause = member.status is not MemberStatus.SUSPENDED
            self.tasks.run(lambda: admin.set_suspended(member.id, pause),
                           lambda r: self._done(r, self.tr("Paused.") if pause else self.tr("Active again.")),
                           self.fail)
        elif key == "new_card":
            def issue() -> str:
                card = admin.new_card(member.id)
                return "requested" if card is None else files.card(member.id)

            self.tasks.run(issue, lambda r: self._done(r, self.tr("New card issued; the old one no longer works. "
                                                                  "Written to %1").replace("%1", str(r))),
                           self.fail)
        elif key == "print":
            self.tasks.run(lambda: files.card(member.id),
                           lambda path: self.say(self.tr("Card written to %1").replace("%1", path)), self.fail)
        elif key == "erase":
            if self.action_buttons["erase"].property("armed"):
                self.action_buttons["erase"].setProperty("armed", False)
                self.tasks.run(lambda: self.desk.privacy.erase(member.id), self._erased, self.fail)
            else:
                self.action_buttons["erase"].setProperty("armed", True)
                self.say(self.tr("Tap Erase again to delete %1 and all their data for good.")
                         .replace("%1", member.name), ok=False)

    def _erased(self, _result: object) -> None:
        self.say(self.tr("Erased."))
        self.select(None)
        self.refresh()

    def top_up(self, clips: int) -> None:
        member = self.selected
        if member is None:
            return
        try:
            amount = parse_kroner(self.amount.text())
        except ValueError:
            self.fail(self.tr("The amount must be a number, like 450 or 450,00."))
            return
        method = self._method
        self.tasks.run(lambda: self.desk.members.top_up(member.id, clips, amount, method),
                       lambda r: self._done(r, self.tr("%1 clips added, %2 paid by %3.").replace("%1", str(clips))
                                            .replace("%2", format_price(amount)).replace("%3", method)),
                       self.fail)
        self.amount.clear()

    def choose_import(self) -> None:
        """The CSV files on a USB stick or in <data dir>/import, one button each."""
        self.tasks.run(self.desk.files.csv_files, self.show_files, self.fail)

    def show_files(self, paths: list[str]) -> None:
        if not paths:
            self.fail(self.tr("No CSV file found. Put it on a USB stick, or in the kiosk's import folder."))
        self._fill_list([(f"{Path(path).name}  ·  {Path(path).parent}", f"csv-{path}", partial(self.import_file, path))
                         for path in paths])

    def _fill_list(self, rows: list[tuple[str, str, Callable[[], None]]]) -> None:
        """The left-hand list: one full-width button per row (text, object name, what a tap does)."""
        clear_layout(self.list)
        for text, name, action in rows:
            b = touch_button(text)
            b.setObjectName(name)
            b.setStyleSheet("text-align: left; padding-left: 18px;")
            b.clicked.connect(lambda _=False, action=action: action())
            self.list.addWidget(b)
        self.list.addStretch(1)

    def import_file(self, path: str) -> None:
        admin, files = self.desk.members, self.desk.files
        self.progress.setRange(0, 0)
        self.progress.show()
        self.say(self.tr("Importing %1 ...").replace("%1", path))

        def run(report: Callable[[int, int], None]) -> int:
            return len(admin.import_csv(files.read_file(path), progress=report))

        def progressed(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        def finished(count: int) -> None:
            self.progress.hide()
            self.say(self.tr("%n member(s) imported from %1", "", count).replace("%1", path))
            self.refresh()

        def failed(message: str) -> None:
            self.progress.hide()
            self.fail(self.tr("Nothing was imported: %1").replace("%1", message))

        self.tasks.run_with_progress(run, progressed, finished, failed)

    def print_sheet(self) -> None:
        ids = [m.id for m in self._shown]
        if not ids:
            self.fail(self.tr("No members to print."))
            return
        self.tasks.run(lambda: self.desk.files.sheet(ids),
                       lambda path: self.say(self.tr("%n card(s) written to %1", "", len(ids)).replace("%1", path)),
                       self.fail)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name or e-mail"))
        self.add_button.setText(self.tr("New member"))
        self.sheet_button.setText(self.tr("Print these cards"))
        self.import_button.setText(self.tr("Import CSV"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.email_edit.setPlaceholderText(self.tr("E-mail (optional)"))
        self.until_edit.setPlaceholderText(self.tr("Valid until, like 2026-12-31 (optional)"))
        for kind, text in ((PlanKind.MONTHLY, self.tr("Monthly")), (PlanKind.CLIPCARD, self.tr("Clip card")),
                           (PlanKind.DAYPASS, self.tr("Day pass"))):
            self.plan_buttons[kind].setText(text)
        self.action_buttons["new_card"].setText(self.tr("New card (lost)"))
        for method, text in (("mobilepay", self.tr("MobilePay")), ("cash", self.tr("Cash")),
                             ("invoice", self.tr("Invoice"))):
            self.method_buttons[method].setText(text)
        self.action_buttons["print"].setText(self.tr("Print card"))
        self.action_buttons["erase"].setText(self.tr("Erase"))
        self.topup_title.setText(self.tr("Top up the clip card"))
        self.amount.setPlaceholderText(self.tr("Amount paid, kr."))
        self.select(self.selected)
        if self._shown:
            self.show_members(self._shown)


# --- how busy ------------------------------------------------------------------------------
class BusyPage(Page):
    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.days = 7
        self.period_buttons: dict[int, QPushButton] = {}
        top = QHBoxLayout()
        for days in (1, 7, 30, 90):
            b = touch_button()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, d=days: self.choose(d))
            top.addWidget(b)
            self.period_buttons[days] = b
        top.addStretch(1)
        self.export_button = touch_button()
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        self.totals = make_label(px=24, bold=True, wrap=True)
        self.per_day, self.by_hour, self.by_weekday = BarChart(), BarChart(), BarChart()
        self.per_day.setObjectName("ChartPerDay")
        self.by_hour.setObjectName("ChartByHour")
        self.by_weekday.setObjectName("ChartByWeekday")
        charts = QGridLayout()
        charts.addWidget(self.per_day, 0, 0, 1, 2)
        charts.addWidget(self.by_hour, 1, 0)
        charts.addWidget(self.by_weekday, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addLayout(charts, 1)
        layout.addWidget(self.status)
        self.data: Busyness | None = None
        self.retranslate()

    def choose(self, days: int) -> None:
        self.days = days
        self.refresh()

    def refresh(self) -> None:
        for d, b in self.period_buttons.items():
            b.setChecked(d == self.days)
        days = self.days
        self.tasks.run(lambda: self.desk.stats.period(days=days), self.show_data, self.fail)

    def show_data(self, data: Busyness) -> None:
        self.data = data
        self.totals.setText(self.tr("%1 to %2: %3 member visits, %4 guest visits")
                            .replace("%1", data.start.strftime("%d.%m.")).replace("%2", data.end.strftime("%d.%m."))
                            .replace("%3", str(data.members)).replace("%4", str(data.guests)))
        labels = [d.strftime("%d.%m") if len(data.per_day) > 1 else d.strftime("%d.%m.%Y") for d, _, _ in data.per_day]
        self.per_day.set_data(self.tr("Visits per day (green members, yellow guests)"), labels,
                              [m for _, m, _ in data.per_day], [g for _, _, g in data.per_day])
        # The opening hours, widened to any hour someone was in (an early bird, a late night).
        settings = self.desk.settings()
        opens, closes = time.fromisoformat(settings.opening_time), time.fromisoformat(settings.closing_time)
        busy = [h for h, people in enumerate(data.by_hour) if people]
        first = min([opens.hour, *busy])
        last = max([closes.hour - (0 if closes.minute else 1), *busy])
        hours = list(range(first, last + 1))
        self.by_hour.set_data(self.tr("People present by hour of day (average)"), [f"{h}" for h in hours],
                              [data.by_hour[h] for h in hours], decimals=1)
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        self.by_weekday.set_data(self.tr("Visits by weekday (average)"), names, data.by_weekday, decimals=1)

    def export(self) -> None:
        if self.data is None:
            return
        first, last = self.data.start, self.data.end
        self.tasks.run(lambda: self.desk.files.visits(first, last),
                       lambda path: self.say(self.tr("Visits written to %1").replace("%1", path)), self.fail)

    def retranslate(self) -> None:
        for days, text in ((1, self.tr("1 day")), (7, self.tr("7 days")), (30, self.tr("30 days")),
                           (90, self.tr("90 days"))):
            self.period_buttons[days].setText(text)
        self.export_button.setText(self.tr("Export CSV"))
        if self.data is not None:
            self.show_data(self.data)


# --- settings ------------------------------------------------------------------------------
class VisitorTypeRow:
    """One visitor type in the settings: its name in one language (the one on screen when the
    row was made: a later language switch must not file that text under another language),
    its price, and whether a host member is needed."""

    def __init__(self, vtype: VisitorType | None, lang: str) -> None:
        self.vtype, self.lang = vtype, lang
        self.name = QLineEdit(vtype.name(lang) if vtype else "")
        self.name.setObjectName(f"type-name-{vtype.key if vtype else 'new'}")
        self.price = QLineEdit(format_price(vtype.price_ore if vtype else 0, currency=""))
        self.price.setObjectName(f"type-price-{vtype.key if vtype else 'new'}")
        self.name.setFixedHeight(44)
        self.name.setCursorPosition(0)  # show the start of a long name
        self.price.setMinimumWidth(120)
        self.price.setFixedHeight(44)
        self.needs_host = touch_button()
        self.needs_host.setCheckable(True)
        self.needs_host.setChecked(bool(vtype and vtype.needs_host))
        self.retranslate()

    def retranslate(self) -> None:
        self.needs_host.setText(QCoreApplication.translate("SettingsPage", "Host needed"))

    def value(self, index: int) -> VisitorType | None:
        """The edited type; None when its name was cleared (removed). ValueError on a bad price."""
        name = self.name.text().strip()
        if not name:
            return None
        ore = parse_kroner(self.price.text())
        if self.vtype is None:
            key = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:16] or "type"
            return VisitorType(f"{key}_{index}", {self.lang: name}, ore, self.needs_host.isChecked())
        names = {**self.vtype.names, self.lang: name}
        return VisitorType(self.vtype.key, names, ore, self.needs_host.isChecked())

    def remove(self) -> None:
        for widget in (self.name, self.price, self.needs_host):
            discard(widget)


class SettingsPage(Page):
    """The space's settings, the guest prices, the house rules and privacy texts, the host PIN."""

    saved = Signal(object)  # the new SpaceSettings, once stored: the screens follow them

    FIELDS = ("space_name", "opening_time", "closing_time", "guard_seconds", "retention_days",
              "mobilepay_number", "languages", "camera")

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.setObjectName("SettingsPage")
        self.setStyleSheet("QWidget#SettingsPage QPushButton { font-size: 20px; min-height: 44px; }"
                           "QWidget#SettingsPage QLabel { font-size: 20px; }")
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setColumnStretch(1, 1)
        self.labels: dict[str, Any] = {}
        self.edits: dict[str, QLineEdit] = {}
        for i, name in enumerate(self.FIELDS):
            self.labels[name] = make_label(px=22)
            edit = QLineEdit()
            edit.setMinimumWidth(200)
            edit.setFixedHeight(44)  # never squeezed: the page scrolls instead
            edit.setObjectName(f"setting-{name}")
            self.edits[name] = edit
            form.addWidget(self.labels[name], i, 0)
            form.addWidget(edit, i, 1)
        row = len(self.FIELDS)
        self.pin_label = make_label(px=22)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("setting-pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setFixedHeight(44)
        form.addWidget(self.pin_label, row, 0)
        form.addWidget(self.pin_edit, row, 1)
        # Visitor types: name (in the language on screen), price, whether a host member is needed.
        self.types_title = make_label(px=20, bold=True, wrap=True)
        self.types_grid = QGridLayout()
        self.types_grid.setHorizontalSpacing(8)
        self.types_grid.setColumnStretch(0, 3)
        self.types_grid.setColumnStretch(1, 1)
        self.type_rows: list[VisitorTypeRow] = []
        self.add_type_button = touch_button()
        self.add_type_button.clicked.connect(lambda: self._add_type_row(None))
        self.save_button = touch_button(name="Primary")
        self.save_button.clicked.connect(self.save)

        self.policy_kind = PolicyKind.HOUSE_RULES
        self.policy_lang = "da"
        self.policy_buttons: dict[tuple[PolicyKind, str], QPushButton] = {}
        picks = QGridLayout()
        for r, kind in enumerate(PolicyKind):
            for c, lang in enumerate(("da", "en", "de")):
                b = touch_button()
                b.setCheckable(True)
                b.clicked.connect(lambda _=False, k=kind, lang=lang: self.pick_policy(k, lang))
                picks.addWidget(b, r, c)
                self.policy_buttons[(kind, lang)] = b
        self.policy_edit = QPlainTextEdit()
        self.policy_edit.setObjectName("PolicyText")
        self.policy_edit.setStyleSheet("font-size: 20px; background: white;")
        self.policy_version = make_label(px=18, wrap=True)
        self.policy_save = touch_button(name="Primary")
        self.policy_save.clicked.connect(self.save_policy)
        right = QVBoxLayout()
        right.addLayout(picks)
        right.addWidget(self.policy_edit, 1)
        right.addWidget(self.policy_version)
        right.addWidget(self.policy_save, 0, Qt.AlignmentFlag.AlignLeft)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.types_title)
        left.addLayout(self.types_grid)
        left.addWidget(self.add_type_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 5)
        body.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._policies: dict[PolicyKind, Any] = {}
        self.retranslate()

    @staticmethod
    def _lang() -> str:
        return QLocale().name()[:2]

    def _add_type_row(self, vtype: VisitorType | None) -> None:
        row = VisitorTypeRow(vtype, self._lang())
        index = len(self.type_rows)
        self.types_grid.addWidget(row.name, index, 0)
        self.types_grid.addWidget(row.price, index, 1)
        self.types_grid.addWidget(row.needs_host, index, 2)
        self.type_rows.append(row)

    def refresh(self) -> None:
        settings = self.desk.settings()
        for name, edit in self.edits.items():
            edit.setText(str(getattr(settings, name)))
        for type_row in self.type_rows:
            type_row.remove()
        self.type_rows = []
        for vtype in settings.guest_types():
            self._add_type_row(vtype)
        self.pin_edit.clear()
        self.tasks.run(self.desk.guests.policies, self._got_policies, self.fail)

    def _got_policies(self, policies: dict[PolicyKind, Any]) -> None:
        self._policies = policies
        self.pick_policy(self.policy_kind, self.policy_lang)

    def pick_policy(self, kind: PolicyKind, lang: str) -> None:
        self.policy_kind, self.policy_lang = kind, lang
        for key, b in self.policy_buttons.items():
            b.setChecked(key == (kind, lang))
        policy = self._policies.get(kind)
        self.policy_edit.setPlainText(policy.texts.get(lang, "") if policy else "")
        self.policy_version.setText(self.tr("Version %1; a change makes a new version that guests accept from "
                                            "then on.").replace("%1", str(policy.version if policy else "?")))

    def save_policy(self) -> None:
        kind, lang = self.policy_kind, self.policy_lang
        policy = self._policies.get(kind)
        texts = {**(policy.texts if policy else {}), lang: self.policy_edit.toPlainText()}

        def saved(new: Any) -> None:
            self._policies[kind] = new
            self.pick_policy(kind, lang)
            self.say(self.tr("Saved as version %1.").replace("%1", str(new.version)))

        self.tasks.run(lambda: self.desk.guests.set_policy(kind, texts), saved, self.fail)

    def save(self) -> None:
        current = self.desk.settings()
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        try:
            changed = SpaceSettings.from_mapping({**current.to_mapping(), **values})
            types = [t for t in (row.value(i) for i, row in enumerate(self.type_rows, 1)) if t]
            if not types:
                raise InvalidSetting(self.tr("Keep at least one visitor type."))
            changed = replace(changed, visitor_types=dump_visitor_types(types)).validate()
        except (InvalidSetting, ValueError) as exc:
            self.fail(str(exc))
            return
        pin = self.pin_edit.text().strip()

        def apply() -> SpaceSettings:
            result = self.desk.save_settings(changed)
            if pin:
                self.desk.host.set_pin(pin)
            return result

        def done(settings: SpaceSettings) -> None:
            self.say(self.tr("Saved. A new camera or time zone applies at the next start."))
            self.saved.emit(settings)

        self.tasks.run(apply, done, self.fail)
        self.pin_edit.clear()

    def retranslate(self) -> None:
        names = {"space_name": self.tr("Space name"), "opening_time": self.tr("Opens at"),
                 "closing_time": self.tr("Closes at"),
                 "guard_seconds": self.tr("Repeat scan guard (s)"),
                 "retention_days": self.tr("Delete guests after (days)"),
                 "mobilepay_number": self.tr("MobilePay number"),
                 "languages": self.tr("Languages (da,en,de)"), "camera": self.tr("Camera")}
        for name, text in names.items():
            self.labels[name].setText(text)
        self.types_title.setText(self.tr("Visitor types: name, price in kr., host member needed. "
                                         "Clear a name to remove the type."))
        self.add_type_button.setText(self.tr("+ Visitor type"))
        for type_row in self.type_rows:
            type_row.retranslate()
        self.pin_label.setText(self.tr("New host PIN"))
        self.save_button.setText(self.tr("Save settings"))
        self.policy_save.setText(self.tr("Save text"))
        for (kind, lang), b in self.policy_buttons.items():
            b.setText((self.tr("Rules") if kind is PolicyKind.HOUSE_RULES else self.tr("Privacy")) + f" {lang}")
