"""The host view: who is in now (check out by hand), the page tabs, the bottom bar."""

from __future__ import annotations

import logging
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.countdown import DoorTimeouts
from kiosk.domain.presence import PresenceEntry
from kiosk.ui import theme
from kiosk.ui.confirm import Confirmation
from kiosk.ui.countdown import CountdownBanner, IdleCountdown
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.screens.host import BUTTONS, FIELDS
from kiosk.ui.screens.host_pages.door import DoorRow
from kiosk.ui.screens.host_pages.written import where
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import (
    Retranslates,
    WrapButton,
    breakable,
    clear_layout,
    make_label,
    reason_choice,
    scroller,
    touch_button,
)

from .audit import AuditPage
from .busy import BusyPage
from .desk import HostDesk
from .members import MembersPage
from .page import Page
from .settings import SettingsPage
from .today import TodayPage

log = logging.getLogger(__name__)


class HostScreen(Retranslates, QWidget):
    """Who is in now, each with a way to check them out by hand; closing and quitting the kiosk."""

    closed = Signal()
    quit_requested = Signal()
    fullscreen_toggle_requested = Signal()
    check_out_requested = Signal(str, str)  # member id, reason
    roll_call_requested = Signal(object)  # list[PresenceEntry]: everyone in the building now
    refresh_requested = Signal()
    settings_saved = Signal(object)  # SpaceSettings
    print_requested = Signal()  # the evacuation list as a PDF (and to the printer, if there is one)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None, tasks: Tasks | None = None,
                 desk: HostDesk | None = None, timeouts: DoorTimeouts | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.timeouts = timeouts or DoorTimeouts()
        self.setObjectName("HostScreen")
        # The larger text is for the person at the door (kiosk/ui/text_size.py): the host view keeps
        # its sizes, its tabs and tables have no room for more at 1024 px; it takes the darker colours.
        self.setProperty("text_growth", 1.0)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # The bottom bar's buttons at the tabs' size: five of them fit 1024 px in German too.
        self.setStyleSheet(f"QWidget#HostScreen {{ background: {theme.PAPER}; }}" + BUTTONS + FIELDS
                           + 'QPushButton[bar="true"] { font-size: 21px; min-height: 48px; padding: 0 12px; }'
                           # six tabs and "Keyboard" in one row at 1024 px, in German too
                           + 'QPushButton#Tab { font-size: 19px; padding: 0 9px; }')
        self.title = make_label(px=22, bold=True)  # the window's name for screen readers; tabs say where
        self.count = make_label(px=28)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        holder = QWidget()
        holder.setLayout(self.rows)
        scroll = scroller(holder)
        self._in_now_scroll = scroll
        in_now = QWidget()
        in_now_layout = QVBoxLayout(in_now)
        in_now_layout.setContentsMargins(0, 0, 0, 0)
        self.print_button = touch_button()
        self.print_button.clicked.connect(self.print_requested)
        self.print_button.setProperty("bar", True)
        count_line = QHBoxLayout()
        count_line.addWidget(self.count, 1)
        count_line.addWidget(self.print_button)  # the list of who is in now, as a PDF
        # What the owner cannot see from the door: low disk, a clock not to trust (kiosk doctor's checks).
        self.warning = make_label(px=20, wrap=True)
        self.warning.setObjectName("HostWarning")
        self.warning.setStyleSheet(f"color: {theme.INK}; background: {theme.WARNING}; border-radius: 8px;"
                                   "padding: 8px 14px;")
        self.warning.hide()
        self._warnings: list[tuple[str, dict[str, object]]] = []
        self._tasks, self._desk = tasks, desk
        in_now_layout.addWidget(self.warning)
        # With a lock: open the door (a delivery) and test the lock (host_pages/door.py).
        self.door_row = DoorRow(tasks, desk.door) if tasks is not None and desk is not None and desk.door else None
        if self.door_row is not None:
            in_now_layout.addWidget(self.door_row)
        in_now_layout.addLayout(count_line)
        in_now_layout.addWidget(scroll, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(in_now)
        self.tab_buttons: dict[str, QPushButton] = {}
        tabs = QHBoxLayout()
        tabs.setSpacing(6)
        self.page_of: dict[str, QWidget] = {"in_now": in_now}
        self._holders: dict[str, QWidget] = {"in_now": in_now}
        self.today = self.members = self.busy = self.settings = None
        self.audit: AuditPage | None = None
        if tasks is not None and desk is not None:
            self.today = TodayPage(tasks, desk, tz)
            self.members = MembersPage(tasks, desk)
            self.busy = BusyPage(tasks, desk)
            self.settings = SettingsPage(tasks, desk)
            self.today.changed.connect(self.refresh_requested)
            self.settings.saved.connect(self.settings_saved)
            self.audit = AuditPage(tasks, desk, tz)
            self.page_of.update(today=self.today, members=self.members, busy=self.busy, settings=self.settings,
                                log=self.audit)
            for key in ("today", "members", "busy", "settings", "log"):
                # In a scroll area: with the keyboard up, a page scrolls instead of squeezing.
                self._holders[key] = scroller(self.page_of[key])
                self.pages.addWidget(self._holders[key])
        for key in self.page_of:
            b = touch_button(name="Tab")
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=key: self.show_page(k))
            tabs.addWidget(b)
            self.tab_buttons[key] = b
        tabs.addStretch(1)
        self.tab_buttons["in_now"].setChecked(True)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        self.keyboard.enter.connect(lambda: self.set_keyboard(False))
        # Beside the keyboard, the page's own main button (Create, Save): on a 7" panel the
        # keyboard leaves room for little more than the field being typed in.
        self.keyboard_action = WrapButton(name="KeyboardAction", px=20)
        self.keyboard_action.setStyleSheet(f"QPushButton {{ background: {theme.ACCENT}; border: none; }}")
        self.keyboard_action.label.setStyleSheet("color: white; background: transparent;")
        self.keyboard_action.clicked.connect(self._keyboard_action)
        self.keyboard_action.setFixedWidth(220)
        self.keyboard_button = touch_button(name="Tab")
        self.keyboard_button.clicked.connect(self._toggle_keyboard)
        tabs.addWidget(self.keyboard_button)
        self.close_button = touch_button(name="Primary")
        self.quit_button = touch_button(name="Danger")
        self.roll_call_button = touch_button(name="Danger")
        for b in (self.close_button, self.quit_button, self.roll_call_button):
            b.setProperty("bar", True)
        self.close_button.clicked.connect(self.close_view)
        # What the page on screen is about ("Editing Mette Jensen"): above the scrolling page, so
        # it stays in view while the host scrolls down the form.
        self.page_heading = make_label(px=24, bold=True, wrap=True, name="PageHeading")
        self.page_heading.hide()
        for page in self.page_of.values():
            if isinstance(page, Page):
                page.primary_changed.connect(self._sync_primary)
                page.heading_changed.connect(lambda _text: self._show_heading())
        # Every destructive action of the view (quit here, a lost card, an erasure on the pages)
        # asks once, in this one place above the bottom bar, and says what will happen.
        self.confirmation = Confirmation()
        for page in self.page_of.values():
            if isinstance(page, Page):
                page.confirmation = self.confirmation
        self.quit_button.clicked.connect(self.ask_quit)
        self.window_button = touch_button()
        self.window_button.clicked.connect(self.fullscreen_toggle_requested)
        self.roll_call_button.clicked.connect(lambda: self.roll_call_requested.emit(list(self._people)))
        bottom = QHBoxLayout()
        self.bar = [self.quit_button, self.window_button, self.roll_call_button, self.close_button]
        # Quit alone at the left, away from "Window" (a finger meant for one must not hit the other).
        bottom.addWidget(self.quit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.window_button)
        bottom.addWidget(self.roll_call_button)
        bottom.addWidget(self.close_button)
        self.window_button.setProperty("bar", True)
        self.message = make_label(px=22, wrap=True)
        head = QHBoxLayout()
        self.title.hide()  # room for the tabs on a 7" panel; the tab that is checked says where
        head.addLayout(tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.page_heading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.confirmation)
        typing = QHBoxLayout()
        typing.addWidget(self.keyboard, 1)
        typing.addWidget(self.keyboard_action)
        layout.addLayout(typing)
        layout.addLayout(bottom)
        self.keyboard_action.hide()
        self._people: list[PresenceEntry] = []
        self._checking_out: dict[str, str] = {}  # member id -> name, until the list shows them out
        # Two minutes untouched close the view (DoorTimeouts.host_view); the last 30 s count down
        # over the top of it with "More time".
        self.countdown = IdleCountdown(self.timeouts.host_view, self.timeouts.second_ms, self, name="host_view")
        self.countdown.time_up.connect(self.close_view)
        self.countdown_banner = CountdownBanner(self, self.countdown, self._closing_text)
        self.retranslate()

    def ask_quit(self) -> None:
        self.confirmation.ask(self.tr("Quit the kiosk? The door stops checking people in, and the screen stays "
                                      "dark until the kiosk is started again."),
                              self.tr("Yes, quit the kiosk"), self.quit_requested.emit)

    def show_page(self, key: str) -> None:
        self.confirmation.dismiss()  # a question belongs to the page it was asked on
        self.message.clear()  # and old messages too: they were about the page left
        for other in self.page_of.values():
            if isinstance(other, Page):
                other.status.clear()
        for k, b in self.tab_buttons.items():
            b.setChecked(k == key)
        page = self.page_of[key]
        self.pages.setCurrentWidget(self._holders[key])
        self.set_keyboard(False)
        if key == "in_now":
            self.refresh_requested.emit()
            self.check_warnings()
        elif isinstance(page, Page):
            page.refresh()
        self._show_heading()

    def _current_page(self) -> QWidget | None:
        holder = self.pages.currentWidget()
        return next((self.page_of[k] for k, h in self._holders.items() if h is holder), None)

    def _show_heading(self) -> None:
        page = self._current_page()
        text = page.page_title if isinstance(page, Page) else ""
        self.page_heading.setText(text)
        self.page_heading.setVisible(bool(text))

    def _sync_primary(self) -> None:
        """The keyboard's copy of the page's main button says and does what the button does
        ("Save" while a member is open, off while saving)."""
        page = self._current_page()
        primary = page.primary() if isinstance(page, Page) else None
        if primary is not None:
            self.keyboard_action.setText(primary.text())
            self.keyboard_action.setEnabled(primary.isEnabled())

    def set_keyboard(self, shown: bool, field: QWidget | None = None) -> None:
        """The keyboard up: the bottom bar steps aside (the keyboard's own key hides it again),
        the page's main button stands beside the keys, and the field typed in stays in view."""
        self.keyboard.setVisible(shown)
        for b in self.bar:
            b.setVisible(not shown)
        page = self.pages.currentWidget()
        current = next((self.page_of[k] for k, h in self._holders.items() if h is page), None)
        primary = current.primary() if isinstance(current, Page) else None
        self.keyboard_action.setVisible(shown and primary is not None and primary.isVisible())
        self._sync_primary()
        field = field or QApplication.focusWidget()
        if shown and isinstance(page, QScrollArea) and field is not None and page.isAncestorOf(field):
            # Once the layouts have made room for the keys (a few events later; the keys change
            # for a number field), scroll to the field.
            # (ensureWidgetVisible would show only a line edit's cursor, not the whole field.)
            for ms in (0, 50, 200):
                QTimer.singleShot(ms, lambda: self._show_whole(page, field))

    @staticmethod
    def _show_whole(area: QScrollArea, field: QWidget) -> None:
        inner = area.widget()
        if inner is None or not inner.isAncestorOf(field):
            return
        centre = field.mapTo(inner, field.rect().center())
        area.ensureVisible(centre.x(), centre.y(), field.width() // 2, field.height() // 2 + 8)

    def _keyboard_action(self) -> None:
        page = self.pages.currentWidget()
        current = next((self.page_of[k] for k, h in self._holders.items() if h is page), None)
        if isinstance(current, Page) and (primary := current.primary()) is not None and primary.isEnabled():
            primary.click()
            self._sync_primary()

    def _toggle_keyboard(self) -> None:
        self.set_keyboard(not self.keyboard.isVisible())
        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QPlainTextEdit)):
            self.keyboard.attach(focused)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def evacuation_written(self, path: str) -> None:
        self.say(self.tr("Evacuation list: %1").replace("%1", where(path)))

    def check_warnings(self) -> None:
        """Read the warnings on the host-tasks thread (a disk and a clock reading, one query)."""
        if self._tasks is not None and self._desk is not None:
            self._tasks.run(self._desk.warnings, self.show_warnings,
                            lambda message: log.warning("host view warnings: %s", message))

    def show_warnings(self, warnings: list[tuple[str, dict[str, object]]]) -> None:
        self._warnings = warnings
        texts = []
        for what, data in warnings:
            if what == "low_disk":
                free = int(str(data.get("free_bytes", 0))) // (1024 * 1024)
                texts.append(self.tr("Only %1 MB free on the kiosk's disk. Check-ins stop when it is full: "
                                     "delete old files or use a bigger card.").replace("%1", str(free)))
            elif what == "clock_behind":
                texts.append(self.tr("The kiosk's clock is behind its last check-in: it was probably reset at "
                                     "start. Check-ins stay in order; connect the network so the clock can "
                                     "set itself."))
            elif what == "lock_failed":
                texts.append(self.tr("The door's lock did not answer the last time it was asked to open. "
                                     "Check its power and network, then test it (kiosk lock test)."))
            elif what == "door_held_open":
                texts.append(self.tr("The door is held open: it has not closed since it opened. Close it."))
            elif what == "door_forced_open":
                texts.append(self.tr("The door was opened without the kiosk opening it and is still open. "
                                     "Check who is there."))
            elif what == "sensor_failed":
                texts.append(self.tr("The door sensor does not answer: a door held or forced open goes unseen. "
                                     "Check the lock's power and network (kiosk lock sensor)."))
            elif what == "clock_unsynchronised":
                texts.append(self.tr("The kiosk's clock is not synchronised: check-in times may be wrong until it "
                                     "is. Connect the network."))
        self.warning.setText("\n".join(texts))
        self.warning.setVisible(bool(texts))

    def open_view(self) -> None:
        self.message.clear()
        if self.door_row is not None:
            self.door_row.refresh()
        self.confirmation.dismiss()
        self.check_warnings()
        self.countdown.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any touch anywhere keeps the view open

    def hold(self) -> None:
        """Stop the idle timer: a roll call must not vanish after two minutes."""
        self.countdown.stop()
        self.countdown_banner.hide()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def close_view(self) -> None:
        self.confirmation.dismiss()
        self.hold()
        log.info("host view closed", extra={"event": "host_view_closed"})
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            self.countdown.touch()
        if (event.type() == QEvent.Type.FocusIn and isinstance(watched, (QLineEdit, QPlainTextEdit))
                and self.isAncestorOf(watched)):
            self.keyboard.attach(watched, capitals=watched.objectName() == "MemberName")
            self.set_keyboard(True, watched)  # a touchscreen has no keys: the app's own keyboard comes up
        elif event.type() == QEvent.Type.MouseButtonRelease and not self.keyboard.isVisible():
            # A tap on the field that has the focus already (the keys were put away): no FocusIn
            # comes, so the tap itself brings them back. A text box's tap lands on its viewport.
            field = watched.parent() if isinstance(watched.parent(), QPlainTextEdit) else watched
            if (isinstance(field, (QLineEdit, QPlainTextEdit)) and field.hasFocus() and self.isAncestorOf(field)
                    and not field.isReadOnly()):
                self.keyboard.attach(field, capitals=field.objectName() == "MemberName")
                self.set_keyboard(True, field)
        return False

    def show_people(self, people: list[PresenceEntry]) -> None:
        self._people = people
        # A check-out by hand is confirmed once the kiosk's own list no longer has the person.
        still_in = {e.member_id for e in people}
        done = [name for member_id, name in self._checking_out.items() if member_id not in still_in]
        if done:
            self.say(self.tr("%1 is checked out.").replace("%1", ", ".join(done)))
        self._checking_out = {k: v for k, v in self._checking_out.items() if k in still_in}
        clear_layout(self.rows)
        for entry in people:
            self.rows.addWidget(self._row(entry))
        self.rows.addStretch(1)
        self.count.setText(self.tr("%n in now", "", len(people)))

    def _row(self, entry: PresenceEntry) -> QWidget:
        """A person in now: the name (wrapping under itself, never squeezed beside buttons), a
        check-out button; tapped, the reasons show on a line of their own with a way back."""
        row = QWidget()
        row.setObjectName(f"row-{entry.member_id}")
        lines = QVBoxLayout(row)
        lines.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        text = f"{entry.name}  ·  {entry.checked_in_at.astimezone(self.tz).strftime('%H:%M')}"
        if entry.guest:
            text += "  ·  " + (self.tr("visiting %1").replace("%1", entry.host_name) if entry.host_name
                               else self.tr("guest"))
        name = make_label(breakable(text), px=26, wrap=True)
        line.addWidget(name, 1)
        out = touch_button(self.tr("Check out"))
        out.setObjectName("CheckOut")
        line.addWidget(out, 0, Qt.AlignmentFlag.AlignTop)
        lines.addLayout(line)

        def pick(reason: str) -> None:
            self._checking_out[entry.member_id] = entry.name
            self.say(self.tr("Checking out %1 ...").replace("%1", entry.name))
            self.check_out_requested.emit(entry.member_id, reason)

        reasons = reason_choice(out, [("forgot", self.tr("Forgot to check out")),
                                      ("left_without_scanning", self.tr("Left without scanning")),
                                      ("other", self.tr("Other reason"))], pick, "reason-", vertical=True)
        back = touch_button(self.tr("Back"))
        back.setObjectName("reason-back")
        cast(QBoxLayout, reasons.layout()).addWidget(back)
        back.clicked.connect(reasons.hide)
        back.clicked.connect(out.show)
        # The reasons open below the name: scrolled into view down to "Back", never past the fold.
        out.clicked.connect(lambda: QTimer.singleShot(0, lambda: self._in_now_scroll.ensureWidgetVisible(back, 0, 8)))
        lines.addWidget(reasons)
        return row

    def _closing_text(self, left: int) -> str:
        return self.tr("Nobody has touched the host view for a while: it closes in %1 seconds.").replace(
            "%1", str(left))

    def retranslate(self) -> None:
        if self.door_row is not None:
            self.door_row.retranslate()
        self.title.setText(self.tr("Host view"))
        self.close_button.setText(self.tr("Close"))
        self.quit_button.setText(self.tr("Quit the kiosk"))
        self.window_button.setText(self.tr("Window"))
        self.roll_call_button.setText(self.tr("Evacuation list"))
        self.print_button.setText(self.tr("Evacuation PDF"))
        self.keyboard_button.setText(self.tr("Keyboard"))
        for key, text in (("in_now", self.tr("In now")), ("today", self.tr("Today")), ("members", self.tr("Members")),
                          ("busy", self.tr("How busy")), ("settings", self.tr("Settings")), ("log", self.tr("Log"))):
            if key in self.tab_buttons:
                self.tab_buttons[key].setText(text)
        self.show_people(self._people)
        self.show_warnings(self._warnings)
