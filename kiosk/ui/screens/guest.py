"""Guest / day pass: a short touch flow, one decision per screen, with the app's own keyboard.

language -> name -> e-mail and company (optional) -> why here -> [whom they visit] -> house
rules -> privacy notice -> [price and how to pay] -> the day pass on screen.

Nothing is stored until the last decision: leaving, cancelling or walking away (the flow
times out when untouched) forgets everything typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.guests import (
    GUEST_COMPANY_MAX,
    GUEST_EMAIL_MAX,
    GUEST_NAME_MAX,
    SEARCH_MIN,
    GuestForm,
    InvalidGuest,
    VisitorType,
    clean_email,
    clean_text,
    format_price,
)
from kiosk.domain.policies import Policy, PolicyKind
from kiosk.ui import theme
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.qr_view import QrView
from kiosk.ui.widgets import Retranslates, clear_layout, make_label, scroller, touch_button

IDLE_MS = 90_000  # a step left untouched this long: back to the scan screen, nothing kept
PASS_IDLE_MS = 60_000  # the day pass stays this long for a photo
SEARCH_DELAY_MS = 250

STYLE = f"""
QWidget#GuestFlow {{ background: {theme.PAPER}; }}
QWidget#GuestFlow QPushButton {{
    font-size: 28px; font-weight: bold; color: {theme.INK}; background: white;
    border: 2px solid #c9c2b3; border-radius: 14px; min-height: 64px; padding: 0 28px;
}}
QWidget#GuestFlow QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}
QWidget#GuestFlow QPushButton#Primary {{ background: {theme.ACCENT}; color: white; border: none; }}
QWidget#GuestFlow QPushButton#Quiet {{ background: transparent; border: 2px solid #c9c2b3;
    font-size: 22px; min-height: 54px; }}
QWidget#GuestFlow QPushButton#Choice {{ text-align: left; padding: 0 32px; min-height: 76px; }}
QWidget#GuestFlow QLineEdit {{
    font-size: 32px; color: {theme.INK}; background: white; border: 3px solid #c9c2b3;
    border-radius: 12px; padding: 6px 16px;
}}
QWidget#GuestFlow QLineEdit:focus {{ border-color: {theme.ACCENT}; }}
QLabel#Title {{ font-size: 44px; font-weight: bold; }}
QLabel#Help {{ font-size: 24px; color: {theme.MUTED}; }}
QLabel#Error {{ font-size: 24px; font-weight: bold; color: {theme.REFUSED}; }}
QLabel#Policy {{ font-size: 24px; background: white; border-radius: 12px; padding: 22px; }}
QLabel#Price {{ font-size: 56px; font-weight: bold; color: {theme.ACCENT}; }}
QLabel#StepDots {{ font-size: 22px; color: {theme.MUTED}; }}
"""


@dataclass(frozen=True)
class GuestOffer:
    """What the flow offers, read from the kiosk's settings and texts when it opens."""

    types: tuple[VisitorType, ...]
    policies: dict[PolicyKind, Policy]
    languages: list[str]
    retention_days: int = 30
    mobilepay_number: str = ""
    closing_time: str = "22:00"


@dataclass
class _Draft:
    language: str = "da"
    name: str = ""
    email: str = ""
    company: str = ""
    visitor_type: VisitorType | None = None
    host: tuple[str, str] | None = None  # member id, name
    consents: dict[str, int] = field(default_factory=dict)
    payment_method: str | None = None


class _Page(QWidget):
    """One step: a title, a help line, its own content, an error line."""

    def __init__(self, key: str, fill: bool = False) -> None:
        super().__init__()
        self.key = key
        self.title = make_label(name="Title", wrap=True)
        self.help = make_label(name="Help", wrap=True)
        self.error = make_label(name="Error", wrap=True)
        self.error.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(self.body, 1 if fill else 0)
        layout.addWidget(self.error)
        if not fill:
            layout.addStretch(1)

    def set_texts(self, title: str, help_text: str = "") -> None:
        self.title.setText(title)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class _CurrentPageStack(QStackedWidget):
    """Only the page on screen decides the minimum size: a long text page must not push the
    keyboard of a short page off a 800-pixel screen."""

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()


class GuestFlow(Retranslates, QWidget):
    cancelled = Signal()  # back to the scan screen; nothing was stored
    language_chosen = Signal(str)
    host_search = Signal(str)  # typed letters; answered by set_hosts
    submitted = Signal(object)  # GuestForm; answered by show_pass or show_error
    finished = Signal()  # the guest is done with the pass screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuestFlow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.offer: GuestOffer | None = None
        self.draft = _Draft()
        self._history: list[str] = []
        self._busy = False

        self.back_button = touch_button(name="Quiet")
        self.cancel_button = touch_button(name="Quiet")
        self.dots = make_label(name="StepDots")
        self.back_button.clicked.connect(self.back)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.dots)
        top.addStretch(1)
        top.addWidget(self.cancel_button)

        self.pages = _CurrentPageStack()
        self.page: dict[str, _Page] = {}
        for key in ("language", "name", "contact", "reason", "host", "rules", "privacy", "payment", "pass"):
            self.page[key] = _Page(key, fill=key in ("rules", "privacy", "pass"))
            self.pages.addWidget(self.page[key])
        self._build_language()
        self._build_name()
        self._build_contact()
        self._build_reason()
        self._build_host()
        self._build_policy("rules")
        self._build_policy("privacy")
        self._build_payment()
        self._build_pass()

        self.keyboard = OnScreenKeyboard()
        self.keyboard.enter.connect(self.next_from_text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.keyboard)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._timed_out)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.host_search.emit(self.search.text()))
        self.retranslate()

    # --- building the pages -----------------------------------------------------------------
    def _build_language(self) -> None:
        self.language_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for lang, name in LANGUAGE_NAMES.items():
            b = touch_button(name)
            b.setObjectName("Primary")
            b.setMinimumWidth(260)
            b.clicked.connect(lambda _=False, lang=lang: self.choose_language(lang))
            self.language_buttons[lang] = b
            row.addWidget(b)
        row.addStretch(1)
        self.page["language"].body.addLayout(row)

    def _line(self, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit + 20)  # a little over: the plain message at the field explains the limit
        edit.installEventFilter(self)
        edit.returnPressed.connect(self.next_from_text)
        return edit

    def _next_row(self, page: _Page, skip: bool = False) -> QPushButton:
        row = QHBoxLayout()
        row.addStretch(1)
        if skip:
            self.skip_button = touch_button(name="Quiet")
            self.skip_button.clicked.connect(self._skip_contact)
            row.addWidget(self.skip_button)
        b = touch_button(name="Primary")
        b.setMinimumWidth(240)
        b.clicked.connect(self.next_from_text)
        row.addWidget(b)
        page.body.addLayout(row)
        return b

    def _build_name(self) -> None:
        page = self.page["name"]
        self.name_edit = self._line(GUEST_NAME_MAX)
        page.body.addWidget(self.name_edit)
        self.name_next = self._next_row(page)

    def _build_contact(self) -> None:
        page = self.page["contact"]
        self.email_edit = self._line(GUEST_EMAIL_MAX)
        self.company_edit = self._line(GUEST_COMPANY_MAX)
        page.body.addWidget(self.email_edit)
        page.body.addWidget(self.company_edit)
        self.contact_next = self._next_row(page, skip=True)

    def _build_reason(self) -> None:
        self.reason_box = QVBoxLayout()
        self.reason_box.setSpacing(14)
        self.page["reason"].body.addLayout(self.reason_box)
        self.reason_buttons: dict[str, QPushButton] = {}

    def _build_host(self) -> None:
        page = self.page["host"]
        self.search = self._line(40)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        page.body.addWidget(self.search)
        self.host_box = QVBoxLayout()
        self.host_box.setSpacing(10)
        page.body.addLayout(self.host_box)
        self.host_buttons: list[QPushButton] = []
        self.no_hosts = make_label(name="Help", wrap=True)
        self.no_hosts.hide()
        page.body.addWidget(self.no_hosts)

    def _build_policy(self, key: str) -> None:
        page = self.page[key]
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.PlainText)  # the host's text, shown as written
        text.setObjectName("Policy")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = scroller(text)
        scroll.setMinimumHeight(240)
        page.body.addWidget(scroll, 1)
        accept = touch_button(name="Primary")
        accept.clicked.connect(lambda _=False, key=key: self.accept_policy(key))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(accept)
        page.body.addLayout(row)
        if key == "rules":
            self.rules_text, self.rules_accept = text, accept
        else:
            self.privacy_text, self.privacy_accept = text, accept

    def _build_payment(self) -> None:
        page = self.page["payment"]
        self.price = make_label(name="Price")
        page.body.addWidget(self.price)
        self.pay_buttons: dict[str, QPushButton] = {}
        for method in ("mobilepay", "host", "invoice"):
            b = touch_button(name="Choice")
            b.clicked.connect(lambda _=False, m=method: self.choose_payment(m))
            page.body.addWidget(b)
            self.pay_buttons[method] = b

    def _build_pass(self) -> None:
        page = self.page["pass"]
        self.qr = QrView()
        self.qr.setMinimumSize(400, 400)
        self.pass_lines = [make_label(px=34 if i == 0 else 26, bold=i == 0, wrap=True) for i in range(4)]
        self.short_code = make_label(px=30, bold=True)
        info = QVBoxLayout()
        info.setSpacing(18)
        for label in self.pass_lines[:3]:
            info.addWidget(label)
        info.addWidget(self.short_code)
        info.addWidget(self.pass_lines[3])
        info.addStretch(1)
        self.done_button = touch_button(name="Primary")
        self.done_button.clicked.connect(self._done)
        info.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addWidget(self.qr, 1)
        row.addLayout(info, 1)
        page.body.addLayout(row, 1)

    # --- driving the flow -------------------------------------------------------------------
    def start(self, offer: GuestOffer, language: str) -> None:
        self.offer = offer
        self.draft = _Draft(language=language)
        self._history = []
        self._busy = False
        for edit in (self.name_edit, self.email_edit, self.company_edit, self.search):
            edit.clear()
        for lang, b in self.language_buttons.items():
            b.setVisible(lang in offer.languages)
        self._fill_reasons()
        self.set_hosts([])
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any touch keeps the flow open
        self._go("language" if len(offer.languages) > 1 else "name", remember=False)

    def current(self) -> str:
        page = self.pages.currentWidget()
        assert isinstance(page, _Page)
        return page.key

    def _go(self, key: str, remember: bool = True) -> None:
        if remember and self.pages.currentWidget() is not None and self._history[-1:] != [self.current()]:
            self._history.append(self.current())
        page = self.page[key]
        page.show_error("")
        self.pages.setCurrentWidget(page)
        self.pages.updateGeometry()
        text_field = {"name": self.name_edit, "contact": self.email_edit, "host": self.search}.get(key)
        self.keyboard.setVisible(text_field is not None)
        if text_field is not None:
            self.keyboard.set_layout(self.draft.language)
            self.keyboard.attach(text_field, capitals=key == "name")
        else:
            self.keyboard.attach(None)
        self.back_button.setVisible(key not in ("language", "pass") and bool(self._history))
        self.cancel_button.setVisible(key != "pass")
        self._update_dots()
        self._touch()

    def back(self) -> None:
        if self._history and not self._busy:
            self._go(self._history.pop(), remember=False)

    def cancel(self) -> None:
        """Leave without storing anything."""
        self._stop()
        self.draft = _Draft()
        for edit in (self.name_edit, self.email_edit, self.company_edit, self.search):
            edit.clear()
        self.cancelled.emit()

    def _stop(self) -> None:
        self._idle.stop()
        self._search_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _timed_out(self) -> None:
        if self.current() == "pass":
            self._done()
        elif not self._busy:
            self.cancel()

    def _done(self) -> None:
        self._stop()
        self.finished.emit()

    def _touch(self) -> None:
        self._idle.start(PASS_IDLE_MS if self.current() == "pass" else IDLE_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            self._touch()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QLineEdit) and watched.isVisible():
            self.keyboard.attach(watched, capitals=watched in (self.name_edit, self.company_edit))
        return False

    def choose_language(self, lang: str) -> None:
        self.draft.language = lang
        self.language_chosen.emit(lang)
        self._go("name")

    def next_from_text(self) -> None:
        step = self.current()
        if step == "name":
            self._take_name()
        elif step == "contact":
            self._take_contact()
        elif step == "host" and len(self.host_buttons) == 1 and self.host_buttons[0].isVisible():
            self.host_buttons[0].click()

    def _take_name(self) -> None:
        try:
            self.draft.name = clean_text(self.name_edit.text(), GUEST_NAME_MAX, "name", required=True)
        except InvalidGuest as bad:
            self.page["name"].show_error(self._problem(bad, GUEST_NAME_MAX))
            return
        self._go("contact")

    def _take_contact(self) -> None:
        try:
            self.draft.email = clean_email(self.email_edit.text())
        except InvalidGuest as bad:
            self.page["contact"].show_error(self._problem(bad, GUEST_EMAIL_MAX))
            self.keyboard.attach(self.email_edit)
            return
        try:
            self.draft.company = clean_text(self.company_edit.text(), GUEST_COMPANY_MAX, "company")
        except InvalidGuest as bad:
            self.page["contact"].show_error(self._problem(bad, GUEST_COMPANY_MAX))
            self.keyboard.attach(self.company_edit, capitals=True)
            return
        self._go("reason")

    def _skip_contact(self) -> None:
        self.email_edit.clear()
        self.company_edit.clear()
        self.draft.email = self.draft.company = ""
        self._go("reason")

    def _problem(self, bad: InvalidGuest, limit: int) -> str:
        message = str(bad)
        if message == "empty":
            return self.tr("Please type your name.")
        if message.startswith("too long"):
            return self.tr("That is too long: at most %1 characters.").replace("%1", str(limit))
        if "e-mail" in message:
            return self.tr("That does not look like an e-mail address (like name@example.com).")
        return self.tr("Some of those characters cannot be used. Please type it again.")

    def _fill_reasons(self) -> None:
        clear_layout(self.reason_box)
        self.reason_buttons = {}
        assert self.offer is not None
        for vtype in self.offer.types:
            b = touch_button(name="Choice")
            b.clicked.connect(lambda _=False, t=vtype: self.choose_reason(t))
            self.reason_box.addWidget(b)
            self.reason_buttons[vtype.key] = b
        self._label_reasons()

    def _label_reasons(self) -> None:
        if self.offer is None:
            return
        for vtype in self.offer.types:
            price = format_price(vtype.price_ore) if vtype.price_ore else self.tr("free")
            self.reason_buttons[vtype.key].setText(f"{vtype.name(self.draft.language)}   ·   {price}")

    def choose_reason(self, vtype: VisitorType) -> None:
        self.draft.visitor_type = vtype
        self.draft.host = None
        if vtype.needs_host:
            self.search.clear()
            self.set_hosts([])
            self._go("host")
        else:
            self._show_policy("rules")

    def set_hosts(self, hosts: list) -> None:  # type: ignore[type-arg]
        """Members matching what was typed (HostChoice list), at most a few."""
        clear_layout(self.host_box)
        self.host_buttons = []
        for host in hosts:
            b = touch_button(host.name, name="Choice")
            b.clicked.connect(lambda _=False, h=host: self.choose_host(h.member_id, h.name))
            self.host_box.addWidget(b)
            self.host_buttons.append(b)
        typed = len(self.search.text().replace(" ", ""))
        self.no_hosts.setText(self.tr("Nobody by that name. Check the spelling, or ask at the desk.")
                              if typed >= SEARCH_MIN and not hosts else "")
        self.no_hosts.setVisible(typed >= SEARCH_MIN and not hosts)

    def choose_host(self, member_id: str, name: str) -> None:
        self.draft.host = (member_id, name)
        self._show_policy("rules")

    def _show_policy(self, key: str) -> None:
        self._policy_text(key)
        self._go(key)

    def _policy_text(self, key: str) -> None:
        assert self.offer is not None
        kind = PolicyKind.HOUSE_RULES if key == "rules" else PolicyKind.PRIVACY
        policy = self.offer.policies[kind]
        label = self.rules_text if key == "rules" else self.privacy_text
        label.setText(policy.text(self.draft.language, self.offer.retention_days))

    def accept_policy(self, key: str) -> None:
        assert self.offer is not None
        kind = PolicyKind.HOUSE_RULES if key == "rules" else PolicyKind.PRIVACY
        self.draft.consents[kind.value] = self.offer.policies[kind].version
        if key == "rules":
            self._show_policy("privacy")
        elif self.draft.visitor_type is not None and self.draft.visitor_type.price_ore:
            self._label_payment()
            self._go("payment")
        else:
            self._submit()

    def _label_payment(self) -> None:
        assert self.offer is not None and self.draft.visitor_type is not None
        self.price.setText(format_price(self.draft.visitor_type.price_ore))
        number = self.offer.mobilepay_number
        self.pay_buttons["mobilepay"].setText(
            self.tr("MobilePay to %1").replace("%1", number) if number else self.tr("MobilePay"))
        self.pay_buttons["host"].setText(self.tr("I pay the host"))
        self.pay_buttons["invoice"].setText(self.tr("Send me an invoice"))

    def choose_payment(self, method: str) -> None:
        self.draft.payment_method = method
        self._submit()

    def _submit(self) -> None:
        if self._busy:
            return
        assert self.draft.visitor_type is not None
        self._busy = True
        self.submitted.emit(GuestForm(
            name=self.draft.name, visitor_type=self.draft.visitor_type.key, email=self.draft.email,
            company=self.draft.company, host_member_id=self.draft.host[0] if self.draft.host else None,
            payment_method=self.draft.payment_method, language=self.draft.language,
            consents=dict(self.draft.consents)))

    def show_error(self, message: str) -> None:
        """Registration failed (storage, or a text changed meanwhile): say so where they are."""
        self._busy = False
        self.page[self.current()].show_error(
            self.tr("Your registration could not be saved. Please try again, or tell a host.")
            + f"\n({message})")

    def show_pass(self, day_pass) -> None:  # type: ignore[no-untyped-def]
        """The guest is registered and checked in: their pass, to photograph."""
        self._busy = False
        self._pass = day_pass
        self.qr.set_text(day_pass.code)
        self._label_pass()
        self._history = []
        self._go("pass", remember=False)

    def _label_pass(self) -> None:
        day_pass = getattr(self, "_pass", None)
        if day_pass is None or self.offer is None:
            return
        first = day_pass.name.split()[0] if day_pass.name.split() else day_pass.name
        day = QLocale().toString(QDate(day_pass.valid_on.year, day_pass.valid_on.month, day_pass.valid_on.day),
                                 QLocale.FormatType.LongFormat)
        self.pass_lines[0].setText(self.tr("Welcome, %1! You are checked in.").replace("%1", first))
        self.pass_lines[1].setText(self.tr("Take a photo of this code. Show it to the camera when you "
                                           "come back in and when you leave."))
        self.pass_lines[2].setText(self.tr("Valid on %1 until %2.").replace("%1", day)
                                   .replace("%2", self.offer.closing_time))
        self.short_code.setText(self.tr("Code: %1").replace("%1", day_pass.short_code))
        host = self.draft.host
        self.pass_lines[3].setText(self.tr("Please let %1 know that you are here.")
                                   .replace("%1", host[1]) if host else "")
        self.pass_lines[3].setVisible(bool(host))

    def _update_dots(self) -> None:
        order = ["name", "contact", "reason", "host", "rules", "privacy", "payment", "pass"]
        if self.current() in order:
            i = order.index(self.current())
            self.dots.setText(" ".join("●" if j <= i else "○" for j in range(len(order))))
        else:
            self.dots.setText("")

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        p = self.page
        p["language"].set_texts(self.tr("Welcome! Which language?"),
                                self.tr("Register as a guest in a minute. Nothing is kept until the end."))
        p["name"].set_texts(self.tr("What is your name?"),
                            self.tr("First name and last name, as you like to be called."))
        self.name_next.setText(self.tr("Next"))
        p["contact"].set_texts(self.tr("E-mail and company"),
                               self.tr("Both are optional. We only use them for a receipt or an invoice."))
        self.email_edit.setPlaceholderText(self.tr("E-mail"))
        self.company_edit.setPlaceholderText(self.tr("Company"))
        self.contact_next.setText(self.tr("Next"))
        self.skip_button.setText(self.tr("Skip"))
        p["reason"].set_texts(self.tr("Why are you here today?"))
        p["host"].set_texts(self.tr("Whom are you visiting?"), self.tr("Type at least three letters of their name."))
        p["rules"].set_texts(self.tr("House rules"))
        self.rules_accept.setText(self.tr("I accept the house rules"))
        p["privacy"].set_texts(self.tr("Your data"))
        self.privacy_accept.setText(self.tr("I accept"))
        p["payment"].set_texts(self.tr("The price for today"), self.tr("How will you pay? No payment is taken here."))
        p["pass"].set_texts(self.tr("Your day pass"))
        self.done_button.setText(self.tr("Done"))
        self._label_reasons()
        if self.offer is not None and self.draft.visitor_type is not None:
            self._label_payment()
        if self.offer is not None and self.current() in ("rules", "privacy"):
            self._policy_text(self.current())
        self._label_pass()
