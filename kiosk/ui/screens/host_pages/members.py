"""Members: search, add, edit, pause, new card, top up, print cards, import a CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember, parse_date
from kiosk.domain.guests import format_price, parse_kroner
from kiosk.domain.members import Member, MemberStatus, PlanKind
from kiosk.ui.error_text import describe
from kiosk.ui.screens.host_pages.written import where
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import (
    WrapButton,
    clear_layout,
    make_label,
    scroller,
    touch_button,
)

from .desk import HostDesk
from .page import Page


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
        rows = scroller(holder)
        # At least five members in view: on a 7" panel the page scrolls rather than squeeze the list.
        rows.setMinimumHeight(5 * 62)
        left.addWidget(rows, 1)
        left.addWidget(self.progress)
        row = QGridLayout()  # two a row: they fit a 7" panel in every language
        row.addWidget(self.add_button, 0, 0, 1, 2)
        row.addWidget(self.sheet_button, 1, 0)
        row.addWidget(self.import_button, 1, 1)
        left.addLayout(row)

        # the selected member, or a new one
        self.detail_title = make_label(px=28, bold=True, wrap=True)
        self.detail_title.hide()  # the host view's heading says it, above the scrolling page
        self.name_edit, self.email_edit, self.until_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_edit.setObjectName("MemberName")
        self.email_edit.setObjectName("MemberEmail")
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.until_edit.setObjectName("MemberUntil")
        self.plan_buttons: dict[PlanKind, QPushButton] = {}
        plans = QHBoxLayout()
        for kind in PlanKind:
            b = touch_button()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=kind: self._pick_plan(k))
            plans.addWidget(b)
            self.plan_buttons[kind] = b
        self.clips_label = make_label(px=22, wrap=True)
        # A new clip card's clips: how many the member bought (later ones come as top-ups).
        self.clips_edit = QLineEdit("10")
        self.clips_edit.setObjectName("MemberClips")
        self.clips_title = make_label(px=22)
        clips_row = QHBoxLayout()
        clips_row.addWidget(self.clips_title)
        clips_row.addWidget(self.clips_edit, 1)
        # The door lock's 24/7 right (key-holders): shown once a lock is set, on a standalone kiosk
        # (an enrolled one gets it from the server, with the roster).
        self.any_hour = touch_button(name="MemberAnyHour")
        self.any_hour.setCheckable(True)
        # A fob: the next UID its USB reader types goes to the selected member (take_fob).
        self.fob_button = touch_button(name="MemberFob")
        self.fob_button.setCheckable(True)
        self.fob_button.clicked.connect(self._wait_for_fob)
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
        right.addLayout(clips_row)
        right.addWidget(self.clips_label)
        right.addWidget(self.any_hour, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.fob_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.setStyleSheet("QWidget#MembersPage QPushButton { font-size: 20px; min-height: 48px; padding: 0 8px; }")
        self.detail = QWidget()
        self.detail.setLayout(right)
        self.detail.setMinimumWidth(400)
        right.setSpacing(8)
        right.setContentsMargins(0, 0, 0, 0)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.selected: Member | None = None
        self._any_hour_was = False
        self._saving = False
        self._today: date | None = None  # the space's day, read with the list (expired members are marked)
        self._plan = PlanKind.MONTHLY
        self._shown: list[Member] = []
        self._left: dict[str, int] = {}  # clip cards' clips left, by the door's own rule
        self.retranslate()
        self.select(None)

    def primary(self) -> QPushButton:
        return self.save_button

    def refresh(self) -> None:
        query = self.search.text()
        admin = self.desk.members

        presence = self.desk.presence

        def find() -> tuple[list[Member], dict[str, int], date]:
            found = admin.search(query)
            return found, admin.clips_left(found), presence.today()

        def found(answer: tuple[list[Member], dict[str, int], date]) -> None:
            self._today = answer[2]
            self.show_members(answer[0], answer[1])

        self.tasks.run(find, found, self.fail)

    def show_members(self, members: list[Member], clips_left: dict[str, int] | None = None) -> None:
        self._shown = members
        if clips_left is not None:
            self._left = clips_left
        self._fill_list([(self._line(m), f"member-{m.id}", partial(self.select, m)) for m in members])
        if self.selected is not None:
            self.select(next((m for m in members if m.id == self.selected.id), self.selected))

    def _line(self, m: Member) -> str:
        plan = {PlanKind.MONTHLY: self.tr("monthly"), PlanKind.CLIPCARD: self.tr("clip card"),
                PlanKind.DAYPASS: self.tr("day pass")}[m.plan.kind]
        if m.id in self._left:
            plan = self.tr("clip card, %1 of %2 left").replace("%1", str(self._left[m.id])).replace(
                "%2", str(m.plan.clips_total))
        paused = "  ·  " + self.tr("paused") if m.status is MemberStatus.SUSPENDED else ""
        until = m.plan.valid_until
        if until is not None and self._today is not None and until < self._today:
            # An expired member does not look like any other: the door refuses their card.
            paused += "  ·  " + self.tr("expired %1").replace("%1", until.isoformat())
        return f"{m.name}  ·  {plan}{paused}"

    def select(self, member: Member | None) -> None:
        picked = member is not None and (self.selected is None or self.selected.id != member.id)
        changed = (member.id if member else None) != (self.selected.id if self.selected else None)
        self.selected = member
        editing = member is not None
        if picked:
            # On a 7" panel the member's actions (a lost card above all) were below the fold, and a
            # touchscreen does not scroll by dragging: shown as the member is picked.
            QTimer.singleShot(0, self._reveal_actions)
        self.detail_title.setText(member.name if member else self.tr("New member"))
        self.name_edit.setText(member.name if member else "")
        self.email_edit.setText(member.email if member else "")
        until = member.plan.valid_until if member else None
        self.until_edit.setText(until.isoformat() if until else "")
        self._pick_plan(member.plan.kind if member else PlanKind.MONTHLY)
        self._show_any_hour(member)
        for b in self.action_buttons.values():
            b.setVisible(editing)
        if changed and self.confirmation is not None:
            self.confirmation.dismiss()  # a question is for the member it was asked about
        clip = editing and member is not None and member.plan.kind is PlanKind.CLIPCARD
        for w in (self.topup_title, self.amount, *self.topup_buttons.values(), *self.method_buttons.values()):
            w.setVisible(clip)
        left = self._left.get(member.id) if clip and member else None
        self.clips_label.setText(self.tr("%n clip(s) left", "", left) + "  ·  "
                                 + self.tr("%n clip(s) in all", "", member.plan.clips_total)
                                 if member and left is not None else "")
        self._show_clips_field()
        self.save_button.setText(self.tr("Save") if editing else self.tr("Add and make a card"))
        self.primary_changed.emit()  # the keyboard's copy of the button says the same
        self.page_title = (self.tr("Editing %1").replace("%1", member.name) if member is not None
                        else self.tr("New member"))
        self.heading_changed.emit(self.page_title)
        if member is not None:
            self.action_buttons["suspend"].setText(self.tr("Reactivate") if member.status is MemberStatus.SUSPENDED
                                            else self.tr("Pause membership"))

    def _door_rights_here(self) -> bool:
        door = self.desk.door
        return door is not None and door.active and not self.desk.members.server_owned

    def _wait_for_fob(self) -> None:
        waiting = self.fob_button.isChecked() and self.selected is not None
        self.fob_button.setChecked(waiting)
        if waiting:
            focused = QApplication.focusWidget()
            if focused is not None:
                focused.clearFocus()  # the reader's keys go to the window's hand-scanner buffer
            self.say(self.tr("Hold the fob to its reader now."))

    def take_fob(self, typed: str) -> bool:
        """A USB reader typed something: a fob for the selected member, if this page waits for one."""
        member = self.selected
        if member is None or not self.fob_button.isChecked() or not self.isVisible():
            return False
        self.fob_button.setChecked(False)

        def done(_: object) -> None:
            self.say(self.tr("The fob opens for %1 like their card, inside opening hours.").replace("%1", member.name))

        self.tasks.run(lambda: self.desk.door.enrol_fob(member.id, typed), done, self.fail)
        return True

    def _show_any_hour(self, member: Member | None) -> None:
        self.fob_button.setVisible(member is not None and self.desk.door is not None and self.desk.door.active)
        self.fob_button.setChecked(False)
        self.any_hour.setVisible(self._door_rights_here())
        self.any_hour.setChecked(False)
        self._any_hour_was = False
        if member is None or not self._door_rights_here():
            return

        def shown(on: bool) -> None:
            if self.selected is not None and self.selected.id == member.id:
                self.any_hour.setChecked(on)
                self._any_hour_was = on

        self.tasks.run(lambda: self.desk.door.any_hour(member.id), shown, self.fail)

    def _reveal_actions(self) -> None:
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        bottom = self.action_buttons["erase"]
        if area is not None and bottom.isVisible():
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the scroll range first
            area.ensureWidgetVisible(bottom, 0, 8)

    def _pick_plan(self, kind: PlanKind) -> None:
        self._plan = kind
        for k, b in self.plan_buttons.items():
            b.setChecked(k is kind)
        self._show_clips_field()

    def _show_clips_field(self) -> None:
        """The clip count is asked for a new clip card only; a member's card grows by top-ups."""
        shown = self.selected is None and self._plan is PlanKind.CLIPCARD
        self.clips_title.setVisible(shown)
        self.clips_edit.setVisible(shown)

    def _pick_method(self, method: str) -> None:
        self._method = method
        for m, b in self.method_buttons.items():
            b.setChecked(m == method)

    def new_member(self) -> None:
        self.select(None)
        self.clips_edit.setText("10")
        self.name_edit.setFocus()

    def save(self) -> None:
        member = self.selected
        clips = member.plan.clips_total if member and member.plan.kind is PlanKind.CLIPCARD else 0
        if member is None and self._plan is PlanKind.CLIPCARD:
            text = self.clips_edit.text().strip()
            if not text.isdigit() or not 1 <= int(text) <= 1000:
                self.fail(self.tr("A clip card needs a number of clips, 1 to 1000."))
                return
            clips = int(text)
        try:
            until = parse_date(self.until_edit.text(), self.tr("valid until"))
        except InvalidInput as exc:
            self.fail(describe(exc))
            return
        new = NewMember(name=self.name_edit.text(), email=self.email_edit.text(), plan=self._plan,
                        clips=clips if self._plan is PlanKind.CLIPCARD else 0, valid_until=until)
        admin = self.desk.members
        door = self.desk.door if self._door_rights_here() else None
        any_hour = self.any_hour.isChecked()
        if self._saving:
            return  # a second tap while the first is saving: it saves once
        self._set_saving(True)
        if member is None:
            def added(result: Any) -> None:
                self._set_saving(False)
                # The form is emptied: a second tap on "Add and make a card" cannot add them twice.
                self.new_member()
                if result == "requested":
                    self.say(self.tr("Sent to the server; the member arrives with the next sync."))
                else:
                    self.say(self.tr("Added %1. Card written to %2").replace("%1", new.name.strip())
                             .replace("%2", where(result)))
                self.search.setText(new.name.strip())
                self.refresh()

            def add() -> str:
                if admin.server_owned:
                    admin.request("add", new=new)
                    return "requested"
                issued = admin.add(new)
                if door is not None and any_hour:
                    door.set_any_hour(issued.member.id, True)
                return self.desk.files.card(issued.member.id)

            self.tasks.run(add, added, self._save_failed)
        else:
            def saved(result: Any) -> None:
                self._set_saving(False)
                self._done(result, self.tr("Saved."))

            was = self._any_hour_was

            def edit() -> Any:
                result = admin.edit(member.id, new)
                if door is not None and any_hour != was:
                    door.set_any_hour(member.id, any_hour)
                return result

            self.tasks.run(edit, saved, self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        """While a save runs, its button is off (and so the keyboard's copy of it)."""
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.primary_changed.emit()

    def _save_failed(self, message: str) -> None:
        self._set_saving(False)
        self.fail(message)

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
            self._lost_card(member)
        elif key == "print":
            self.tasks.run(lambda: files.card(member.id),
                           lambda path: self.say(self.tr("Card written to %1").replace("%1", where(path))), self.fail)
        elif key == "erase":
            self.ask(self.tr("Erase %1? Their name, cards, visits and payments are deleted for good, here and at "
                             "every door after its next sync.").replace("%1", member.name),
                     self.tr("Yes, erase %1").replace("%1", member.name),
                     lambda: self.tasks.run(lambda: self.desk.privacy.erase(member.id), self._erased, self.fail))

    def _lost_card(self, member: Member) -> None:
        """A lost card, asked once: every card of the member is revoked and a new one
        issued, printed and its short code shown. On an enrolled kiosk the server signs cards:
        the change goes there as a roster request, and nothing is printed here."""
        admin, files = self.desk.members, self.desk.files

        def issue() -> tuple[str, str] | str:
            card = admin.new_card(member.id)
            return "requested" if card is None else (card.short_code, files.card(member.id))

        def done(result: tuple[str, str] | str) -> None:
            if isinstance(result, str):  # "requested"
                self.say(self.tr("Sent to the server: it stops the old card and signs the new one. This kiosk "
                                 "cannot print it: print it from the server's host pages."))
            else:
                short, path = result
                self.say(self.tr("The old card no longer works. New card: code %1, written to %2")
                         .replace("%1", short).replace("%2", where(path)))
            self.refresh()

        self.ask(self.tr("Stop %1's card and issue a new one? The old card stops working at this door now, and "
                         "at every other door after its next sync.").replace("%1", member.name),
                 self.tr("Yes, new card"), lambda: self.tasks.run(issue, done, self.fail))

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
            b = WrapButton(text, name, px=20)
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
                       lambda path: self.say(self.tr("%n card(s) written to %1", "", len(ids))
                                             .replace("%1", where(path))),
                       self.fail)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name or e-mail"))
        self.add_button.setText(self.tr("New member"))
        self.sheet_button.setText(self.tr("Print these cards"))
        self.import_button.setText(self.tr("Import CSV"))
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.email_edit.setPlaceholderText(self.tr("E-mail (optional)"))
        self.until_edit.setPlaceholderText(self.tr("Valid until, like 2026-12-31 (optional)"))
        self.clips_title.setText(self.tr("Clips"))
        self.any_hour.setText(self.tr("Opens the door at any hour (24/7)"))
        self.fob_button.setText(self.tr("Enrol a fob"))
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

