"""The host's screens: a PIN keypad to unlock, and the host view (who is in; check out by hand)."""

from __future__ import annotations

from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.presence import PresenceEntry
from kiosk.ui import theme
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.screens.host_pages import BusyPage, HostDesk, MembersPage, Page, SettingsPage, TodayPage
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import Retranslates, clear_layout, make_label, reason_choice, scroller, touch_button

IDLE_MS = 120_000  # the host view closes itself after two minutes untouched
BUTTONS = f"""
QPushButton {{ font-size: 26px; font-weight: bold; color: {theme.INK}; background: white;
               border: 2px solid #c9c2b3; border-radius: 12px; min-height: 56px; padding: 0 16px; }}
QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}
QPushButton#Primary {{ background: {theme.ACCENT}; color: white; border: none; }}
QPushButton#Primary:disabled {{ background: #9fb8b0; }}
QPushButton#Danger {{ background: {theme.REFUSED}; color: white; border: none; }}
QPushButton#Tab {{ font-size: 21px; min-height: 48px; padding: 0 12px; }}
QPushButton#Tab:checked, QPushButton:checked {{ background: {theme.BAR}; color: white; border: none; }}
"""
FIELDS = f"""
QLineEdit {{ font-size: 22px; color: {theme.INK}; background: white; border: 2px solid #c9c2b3;
             border-radius: 10px; padding: 4px 10px; min-height: 30px; }}
QLineEdit:focus {{ border-color: {theme.ACCENT}; }}
QScrollArea {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


class HostUnlockScreen(Retranslates, QWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HostUnlock")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#HostUnlock {{ background: {theme.PAPER}; }}" + BUTTONS)
        self._pin = ""
        self.title = make_label(centred=True, px=40, bold=True, wrap=True)
        self.dots = make_label(centred=True, px=64, bold=True, wrap=True)
        self.message = make_label(centred=True, px=26, wrap=True)
        self.message.setStyleSheet(f"color: {theme.REFUSED};")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.digit_buttons = {}
        for i, d in enumerate("123456789"):
            self.digit_buttons[d] = touch_button(d)
            grid.addWidget(self.digit_buttons[d], i // 3, i % 3)
        self.back_button, self.ok_button = touch_button("⌫"), touch_button(name="Primary")
        self.digit_buttons["0"] = touch_button("0")
        grid.addWidget(self.back_button, 3, 0)
        grid.addWidget(self.digit_buttons["0"], 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        for d, b in self.digit_buttons.items():
            b.clicked.connect(lambda _=False, d=d: self.press(d))
        self.back_button.clicked.connect(self.backspace)
        self.ok_button.clicked.connect(lambda: self.submitted.emit(self._pin))
        self.cancel_button = touch_button()
        self.cancel_button.clicked.connect(self.cancel)
        keypad = QWidget()
        keypad.setLayout(grid)
        keypad.setFixedWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 24, 60, 24)  # 40 made it 611 px high: past a 600 px panel
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addWidget(keypad, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(30_000)
        self._idle.timeout.connect(self.cancel)
        self.retranslate()

    def start(self) -> None:
        self._pin = ""
        self.message.clear()
        self._refresh()

    def press(self, digit: str) -> None:
        if len(self._pin) < 8:
            self._pin += digit
        self._refresh()

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._refresh()

    def cancel(self) -> None:
        self._idle.stop()
        self._pin = ""
        self.cancelled.emit()

    def refused(self, why: str) -> None:
        """The worker's answer to a wrong PIN: 'wrong', 'locked' or 'no_pin'."""
        self._pin = ""
        self._refresh()
        self.message.setText({
            "wrong": self.tr("Wrong PIN. Try again."),
            "locked": self.tr("Too many wrong PINs. The keypad is locked for five minutes."),
            "no_pin": self.tr("No host PIN is set on this kiosk (kiosk host-pin)."),
        }.get(why, why))

    def _refresh(self) -> None:
        self._idle.start()
        self.dots.setText("●" * len(self._pin) or "·")
        self.ok_button.setEnabled(len(self._pin) >= 4)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Host PIN"))
        self.ok_button.setText(self.tr("Open"))
        self.cancel_button.setText(self.tr("Cancel"))


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
                 desk: HostDesk | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setObjectName("HostScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#HostScreen {{ background: {theme.PAPER}; }}" + BUTTONS + FIELDS)
        self.title = make_label(px=32, bold=True)
        self.count = make_label(px=28)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        holder = QWidget()
        holder.setLayout(self.rows)
        scroll = scroller(holder)
        in_now = QWidget()
        in_now_layout = QVBoxLayout(in_now)
        in_now_layout.setContentsMargins(0, 0, 0, 0)
        in_now_layout.addWidget(self.count)
        in_now_layout.addWidget(scroll, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(in_now)
        self.tab_buttons: dict[str, QPushButton] = {}
        tabs = QHBoxLayout()
        tabs.setSpacing(8)
        self.page_of: dict[str, QWidget] = {"in_now": in_now}
        self._holders: dict[str, QWidget] = {"in_now": in_now}
        self.today = self.members = self.busy = self.settings = None
        if tasks is not None and desk is not None:
            self.today = TodayPage(tasks, desk, tz)
            self.members = MembersPage(tasks, desk)
            self.busy = BusyPage(tasks, desk)
            self.settings = SettingsPage(tasks, desk)
            self.today.changed.connect(self.refresh_requested)
            self.settings.saved.connect(self.settings_saved)
            self.page_of.update(today=self.today, members=self.members, busy=self.busy, settings=self.settings)
            for key in ("today", "members", "busy", "settings"):
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
        self.keyboard.enter.connect(self.keyboard.hide)
        self.keyboard_button = touch_button(name="Tab")
        self.keyboard_button.clicked.connect(self._toggle_keyboard)
        tabs.addWidget(self.keyboard_button)
        self.close_button = touch_button(name="Primary")
        self.quit_button = touch_button(name="Danger")
        self.roll_call_button = touch_button(name="Danger")
        self.close_button.clicked.connect(self.close_view)
        self.quit_button.clicked.connect(self.quit_requested)
        self.window_button = touch_button()
        self.window_button.clicked.connect(self.fullscreen_toggle_requested)
        self.roll_call_button.clicked.connect(lambda: self.roll_call_requested.emit(list(self._people)))
        bottom = QHBoxLayout()
        bottom.addWidget(self.quit_button)
        bottom.addWidget(self.window_button)
        bottom.addStretch(1)
        bottom.addWidget(self.roll_call_button)
        bottom.addWidget(self.close_button)
        self.print_button = touch_button()
        self.print_button.clicked.connect(self.print_requested)
        bottom.insertWidget(2, self.print_button)
        self.message = make_label(px=22, wrap=True)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(24)
        head.addLayout(tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keyboard)
        layout.addLayout(bottom)
        self._people: list[PresenceEntry] = []
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.close_view)
        self.retranslate()

    def show_page(self, key: str) -> None:
        for k, b in self.tab_buttons.items():
            b.setChecked(k == key)
        page = self.page_of[key]
        self.pages.setCurrentWidget(self._holders[key])
        self.keyboard.hide()
        if key == "in_now":
            self.refresh_requested.emit()
        elif isinstance(page, Page):
            page.refresh()

    def _toggle_keyboard(self) -> None:
        self.keyboard.setVisible(not self.keyboard.isVisible())
        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QPlainTextEdit)):
            self.keyboard.attach(focused)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def evacuation_written(self, path: str) -> None:
        self.say(self.tr("Evacuation list: %1").replace("%1", path))

    def open_view(self) -> None:
        self.message.clear()
        self._idle.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any touch anywhere keeps the view open

    def hold(self) -> None:
        """Stop the idle timer: a roll call must not vanish after two minutes."""
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def close_view(self) -> None:
        self.hold()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            self._idle.start()
        if (event.type() == QEvent.Type.FocusIn and isinstance(watched, (QLineEdit, QPlainTextEdit))
                and self.isAncestorOf(watched)):
            self.keyboard.attach(watched, capitals=watched.objectName() == "MemberName")
            self.keyboard.show()  # a touchscreen has no keys: the app's own keyboard comes up
        return False

    def show_people(self, people: list[PresenceEntry]) -> None:
        self._people = people
        clear_layout(self.rows)
        for entry in people:
            self.rows.addWidget(self._row(entry))
        self.rows.addStretch(1)
        self.count.setText(self.tr("%n in now", "", len(people)))

    def _row(self, entry: PresenceEntry) -> QWidget:
        row = QWidget()
        row.setObjectName(f"row-{entry.member_id}")
        line = QHBoxLayout(row)
        text = f"{entry.name}  ·  {entry.checked_in_at.astimezone(self.tz).strftime('%H:%M')}"
        if entry.guest:
            text += "  ·  " + (self.tr("visiting %1").replace("%1", entry.host_name) if entry.host_name
                               else self.tr("guest"))
        name = make_label(text, px=28, wrap=True)
        line.addWidget(name, 1)
        out = touch_button(self.tr("Check out"))
        out.setObjectName("CheckOut")
        reasons = reason_choice(out, [("forgot", self.tr("Forgot to check out")),
                                      ("left_without_scanning", self.tr("Left without scanning")),
                                      ("other", self.tr("Other reason"))],
                                partial(self.check_out_requested.emit, entry.member_id), "reason-")
        line.addWidget(out)
        line.addWidget(reasons)
        return row

    def retranslate(self) -> None:
        self.title.setText(self.tr("Host view"))
        self.close_button.setText(self.tr("Close"))
        self.quit_button.setText(self.tr("Quit the kiosk"))
        self.window_button.setText(self.tr("Window"))
        self.roll_call_button.setText(self.tr("Evacuation list"))
        self.print_button.setText(self.tr("Evacuation PDF"))
        self.keyboard_button.setText(self.tr("Keyboard"))
        for key, text in (("in_now", self.tr("In now")), ("today", self.tr("Today")), ("members", self.tr("Members")),
                          ("busy", self.tr("How busy")), ("settings", self.tr("Settings"))):
            if key in self.tab_buttons:
                self.tab_buttons[key].setText(text)
        self.show_people(self._people)


class RollCallScreen(Retranslates, QWidget):
    """Everyone in the building, one big button each: tap when they are at the assembly point.
    Works with no network: it is made from the kiosk's own database."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RollCall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#RollCall {{ background: {theme.PAPER}; }}" + BUTTONS +
                           f"QPushButton:checked {{ background: {theme.WELCOME}; color: white; border: none; }}")
        self.title = make_label(px=40, bold=True)
        self.counter = make_label(px=30, bold=True)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = scroller(holder)
        self.back_button = touch_button(name="Primary")
        self.back_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.counter)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)
        self.buttons: list[QPushButton] = []
        self.retranslate()

    def show_people(self, people: list[PresenceEntry]) -> None:
        clear_layout(self.grid)
        self.buttons = []
        for i, entry in enumerate(sorted(people, key=lambda e: e.name.casefold())):
            b = touch_button(self.tr("%1 (guest)").replace("%1", entry.name) if entry.guest else entry.name)
            b.setCheckable(True)
            b.setObjectName(f"person-{entry.member_id}")
            b.toggled.connect(self._count)
            self.grid.addWidget(b, i // 2, i % 2)
            self.buttons.append(b)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch((len(people) + 1) // 2, 1)  # rows stay at the top
        self._count()

    def _count(self) -> None:
        ticked = sum(b.isChecked() for b in self.buttons)
        self.counter.setText(self.tr("%1 of %2 accounted for").replace("%1", str(ticked))
                             .replace("%2", str(len(self.buttons))))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Evacuation: everyone in the building"))
        self.back_button.setText(self.tr("Back"))
        self._count()
