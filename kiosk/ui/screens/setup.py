"""The first-run set-up on the door's screen: one step at a time, big buttons, the app's own keyboard.

The steps and their rules are kiosk.domain.setup_flow.SetupFlow; this widget only shows the
current step and asks the model. When the host confirms, `finish_requested` carries the draft to
the wiring (kiosk.ui.main), which runs the use case off the GUI thread and answers with
`joined()` or `join_failed()`.
"""

from __future__ import annotations

import html
import urllib.parse

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.core.enrollment import parse_enrollment_qr
from kiosk.domain.setup_flow import STEP_MINUTES, Mode, Problem, SetupDraft, SetupFlow, Step
from kiosk.services.setup import JoinProblem
from kiosk.ui import theme
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.screens.host import BUTTONS, FIELDS
from kiosk.ui.widgets import CurrentStack, PreviewView, Retranslates, WrapButton, breakable, make_label, touch_button

PIN_MAX = 8


def shown_host(url: str) -> str:
    """server_host, breakable after its dots (a label wraps a 200-character name on a narrow panel)."""
    return breakable(server_host(url).replace(".", ".\u200b"))


def server_host(url: str) -> str:
    """The machine (and port) an address names, as a person must check it."""
    try:
        parts = urllib.parse.urlsplit(url)
        return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else url
    except ValueError:
        return url


class ChoiceButton(WrapButton):
    """A choice as a heading and, under it in smaller plain type, what it means (issue 24: the
    "alone or server" step ran the two together). Its text is the translated "heading\nmeaning";
    text() answers it as given."""

    def setText(self, text: str) -> None:
        self._plain = text
        head, _, rest = text.partition("\n")
        self.label.setTextFormat(Qt.TextFormat.RichText)  # our own words, escaped: no one's markup
        self.label.setText(f'<div style="font-size: 28px; font-weight: bold;">{html.escape(breakable(head))}</div>'
                           f'<div style="font-size: 22px; font-weight: normal; margin-top: 8px;">'
                           f'{html.escape(breakable(rest))}</div>')
        self.setAccessibleName(f"{head}. {rest}" if rest else head)
        self.updateGeometry()

    def text(self) -> str:
        return getattr(self, "_plain", "")


class SetupScreen(Retranslates, QWidget):
    language_chosen = Signal(str)
    finish_requested = Signal(object)  # SetupDraft
    done = Signal()  # "Start the kiosk" on the last step

    def __init__(self, language: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetupScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"QWidget#SetupScreen {{ background: {theme.PAPER}; }}" + BUTTONS + FIELDS
                           + "QLineEdit { font-size: 28px; min-height: 44px; }"
                           + "QPushButton#Primary, QPushButton#Back { font-size: 28px; min-height: 64px; }")
        self.model = SetupFlow(language)
        self._problem: Problem | None = None
        self._join_error = ""
        self._pin = ""

        self.title = make_label(px=34, bold=True, wrap=True)
        self.explain = make_label(px=22, wrap=True)
        self.message = make_label(px=22, wrap=True)
        self.message.setStyleSheet(f"color: {theme.REFUSED};")
        # On the PIN steps the message's room is kept while there is none, two lines high, so a
        # wrong PIN does not move the keys under the next tap (issue 24: they jumped 36 px).
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.pages = CurrentStack()  # as tall as the step on show, not the tallest step
        self.pages.currentChanged.connect(lambda _i: self.pages.updateGeometry())
        self.keyboard = OnScreenKeyboard()
        self.keyboard.enter.connect(self.next_step)
        self.back_button = touch_button(name="Back")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = touch_button(name="Primary")
        self.next_button.clicked.connect(self.next_step)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button, 1)
        nav.addStretch(1)
        nav.addWidget(self.next_button, 2)

        self.language_buttons: dict[str, WrapButton] = {}
        lang_page = QWidget()
        lang_row = QHBoxLayout(lang_page)
        for lang, name in LANGUAGE_NAMES.items():
            button = WrapButton(name, px=34)
            button.setMinimumHeight(120)
            button.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            button.clicked.connect(lambda _=False, lang=lang: self.choose_language(lang))
            lang_row.addWidget(button)
            self.language_buttons[lang] = button

        self.name_field = QLineEdit()
        self.name_field.setMaxLength(80)
        name_page = self._one_field_page(self.name_field)

        hours_page = QWidget()
        hours = QGridLayout(hours_page)
        self.hours_labels: dict[str, object] = {}
        self.hour_values: dict[str, object] = {}
        self.hour_buttons: dict[str, tuple[object, object]] = {}
        for row, which in enumerate(("opening", "closing")):
            label, value = make_label(px=28), make_label(px=44, bold=True, centred=True)
            minus, plus = touch_button("−"), touch_button("+")
            for b in (minus, plus):
                b.setMinimumSize(110, 56)
                b.setAutoRepeat(True)
                b.setAutoRepeatDelay(500)
                b.setAutoRepeatInterval(150)
            minus.clicked.connect(lambda _=False, w=which: self._move(w, -STEP_MINUTES))
            plus.clicked.connect(lambda _=False, w=which: self._move(w, STEP_MINUTES))
            hours.addWidget(label, row, 0)
            hours.addWidget(minus, row, 1)
            hours.addWidget(value, row, 2)
            hours.addWidget(plus, row, 3)
            self.hours_labels[which], self.hour_values[which] = label, value
            self.hour_buttons[which] = (minus, plus)
        hours.setColumnStretch(0, 2)
        hours.setColumnStretch(2, 1)

        pin_page = QWidget()
        pin_layout = QVBoxLayout(pin_page)
        self.pin_display = make_label(px=48, bold=True, centred=True)
        pad = QGridLayout()
        pad.setSpacing(8)
        self.pin_keys: dict[str, object] = {}
        for i, ch in enumerate("123456789⌫0"):
            key = touch_button(ch)
            key.setMinimumHeight(52)
            key.clicked.connect(lambda _=False, ch=ch: self._pin_key(ch))
            pad.addWidget(key, i // 3, i % 3)
            self.pin_keys[ch] = key
        pin_layout.addWidget(self.pin_display)
        pin_layout.addLayout(pad, 1)

        mode_page = QWidget()
        mode_row = QHBoxLayout(mode_page)
        self.standalone_button = ChoiceButton(px=28)
        self.join_button = ChoiceButton(px=28)
        for b in (self.standalone_button, self.join_button):
            b.setMinimumHeight(140)
            b.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mode_row.addWidget(b)
        self.standalone_button.clicked.connect(lambda: self.choose_mode(Mode.STANDALONE))
        self.join_button.clicked.connect(lambda: self.choose_mode(Mode.JOIN))

        server_page = QWidget()
        server = QGridLayout(server_page)
        server.setContentsMargins(0, 0, 0, 0)
        self.url_label, self.code_label = make_label(px=22), make_label(px=22)
        self.url_field, self.code_field = QLineEdit(), QLineEdit()
        self.url_field.setPlaceholderText("https://")
        self.code_field.setMaxLength(20)
        self.scan_button = touch_button(name="Tab")
        self.scan_button.clicked.connect(self.scan_instead)
        server.addWidget(self.url_label, 0, 0)
        server.addWidget(self.url_field, 0, 1)
        server.addWidget(self.code_label, 1, 0)
        server.addWidget(self.code_field, 1, 1)
        server.addWidget(self.scan_button, 0, 2, 2, 1)
        server.setColumnStretch(1, 1)
        for field in (self.url_field, self.code_field):
            field.installEventFilter(self)

        scan_page = QWidget()
        scan_layout = QVBoxLayout(scan_page)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewView()
        scan_layout.addWidget(self.preview, 1)

        waiting_page = QWidget()
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        self.summary = make_label(px=30, wrap=True)
        done_layout.addWidget(self.summary)
        done_layout.addStretch(1)

        self._page_of = {Step.LANGUAGE: lang_page, Step.NAME: name_page, Step.HOURS: hours_page,
                         Step.PIN: pin_page, Step.PIN_AGAIN: pin_page, Step.MODE: mode_page,
                         Step.SERVER: server_page, Step.SCAN: scan_page, Step.JOINING: waiting_page,
                         Step.DONE: done_page}
        for page in dict.fromkeys(self._page_of.values()):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keyboard)
        layout.addLayout(nav)
        self.retranslate()
        self._show()

    @staticmethod
    def _one_field_page(field: QLineEdit) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field)
        box.addStretch(1)
        return page

    # --- what a tap does -------------------------------------------------------------------
    def choose_language(self, lang: str) -> None:
        self.model.choose_language(lang)
        self.language_chosen.emit(lang)  # the wiring switches the app's language (retranslate)
        self._show()

    def choose_mode(self, mode: Mode) -> None:
        self.model.choose_mode(mode)
        self._show()

    def scan_instead(self) -> None:
        self._problem, self._join_error = None, ""
        self.model.scan_instead()
        self._show()

    def _move(self, which: str, minutes: int) -> None:
        self.model.move_hours(which, minutes)
        self._problem = None
        self._show()

    def _pin_key(self, ch: str) -> None:
        self._pin = self._pin[:-1] if ch == "⌫" else (self._pin + ch)[:PIN_MAX]
        self._problem = None
        self._show()

    def go_back(self) -> None:
        self._pin, self._problem, self._join_error, self._from_qr = "", None, "", False
        self.model.back()
        self._show()

    def next_step(self) -> None:
        step, problem = self.model.step, None
        if step is Step.NAME:
            problem = self.model.set_name(self.name_field.text())
        elif step is Step.HOURS:
            problem = self.model.confirm_hours()
        elif step is Step.PIN:
            problem = self.model.set_pin(self._pin)
            self._pin = ""
        elif step is Step.PIN_AGAIN:
            problem = self.model.confirm_pin(self._pin)
            self._pin = ""
        elif step is Step.SERVER:
            problem = self.model.set_server(self.url_field.text(), self.code_field.text())
        elif step is Step.DONE:
            if self.model.draft.mode is Mode.STANDALONE and not self._finished:
                self._request_finish()
                return
            self.done.emit()
            return
        self._problem, self._join_error, self._from_qr = problem, "", False
        if self.model.step is Step.JOINING:
            self._request_finish()
        self._show()

    _finished = False

    def _request_finish(self) -> None:
        draft = self.model.draft
        self.finish_requested.emit(SetupDraft(**vars(draft)))
        self.next_button.setEnabled(False)
        self.back_button.hide()  # what is being saved must stay what the summary shows

    def scanned(self, text: str) -> None:
        """A code the camera read while this screen is up: on the QR step, the server's QR."""
        if self.model.step is not Step.SCAN:
            return
        found = parse_enrollment_qr(text)
        self._join_error = ""
        if found is None:
            self._problem = Problem.NOT_A_SETUP_QR
            self._show()
            return
        url, code = found
        self._problem = self.model.qr_read(url, code)
        if self._problem is None:  # the host sees the address and taps Join: nothing joins by itself
            self.url_field.setText(url)
            self.code_field.setText(code)
            self._from_qr = True
        self._show()

    _from_qr = False

    def show_frame(self, image: QImage) -> None:
        if self.model.step is Step.SCAN:
            self.preview.show_frame(image)

    @property
    def wants_camera(self) -> bool:
        return self.model.step is Step.SCAN

    # --- answers from the use case ---------------------------------------------------------
    def finished(self, kiosk_name: str) -> None:
        self._finished = True
        if self.model.step is Step.JOINING:
            self.model.joined()
        self._kiosk_name = kiosk_name
        self.next_button.setEnabled(True)
        self._show()

    def failed(self, message: str) -> None:
        """The join (or the save) did not happen: say why, go back to the address, keep nothing."""
        self._join_error = message
        if self.model.step is Step.JOINING:
            self.model.join_failed()
        self.next_button.setEnabled(True)
        self._show()

    _kiosk_name = ""

    def join_failed(self, problem: JoinProblem, detail: str) -> None:
        text = {
            JoinProblem.AWAY: self.tr("The server did not answer. Check the address and that this kiosk is "
                                 "on the network, then try again."),
            JoinProblem.WRONG_CODE: self.tr("The server did not accept the code: it is wrong, used or older "
                                       "than 24 hours. Add the kiosk again on the server's page for a new one."),
            JoinProblem.PLAIN_HTTP: self.tr("An http:// address to another machine would send the kiosk's key "
                                       "unencrypted. Use the server's https:// address."),
            JoinProblem.INCOMPATIBLE: self.tr("The server and this kiosk are different versions that cannot "
                                         "work together. Update the older one."),
            JoinProblem.OWN_MEMBERS: self.tr("This kiosk already has members of its own; join it from the "
                                        "command line instead (kiosk enroll)."),
        }.get(problem, self.tr("Joining did not work: %1").replace("%1", detail))
        self.failed(text)

    # --- drawing ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.url_field, self.code_field):
            self.keyboard.attach(watched, capitals=False)
        if (event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
                and watched in (self.url_field, self.code_field) and self.keyboard.isHidden()):
            self.keyboard.show()  # to change what the QR said
            self.keyboard.set_layout(self.model.draft.language)
            self.keyboard.attach(watched, capitals=False)
        return super().eventFilter(watched, event)

    def _show(self) -> None:
        step = self.model.step
        self.pages.setCurrentWidget(self._page_of[step])
        self.retranslate()
        self.back_button.setVisible(step not in (Step.LANGUAGE, Step.JOINING)
                                    and not (step is Step.DONE and self._finished))
        self.next_button.setVisible(step not in (Step.LANGUAGE, Step.MODE, Step.SCAN, Step.JOINING))
        field = {Step.NAME: self.name_field, Step.SERVER: self.url_field}.get(step)
        if step is Step.SERVER and self._from_qr:
            field = None  # read, not typed: the address in full instead (a tap on a field brings the keys)
        self.keyboard.setVisible(field is not None)
        if field is not None:
            self.keyboard.set_layout(self.model.draft.language)
            self.keyboard.attach(field, capitals=step is Step.NAME)
            field.setFocus()
        for which, value in self.hour_values.items():
            value.setText(getattr(self.model.draft, which))  # type: ignore[attr-defined]
        self.pin_display.setText("●" * len(self._pin) or "····")

    def retranslate(self) -> None:
        step = self.model.step
        titles = {
            Step.LANGUAGE: self.tr("Set up this kiosk: choose its language"),
            Step.NAME: self.tr("What is the space called?"),
            Step.HOURS: self.tr("When is the space open?"),
            Step.PIN: self.tr("Choose the host PIN"),
            Step.PIN_AGAIN: self.tr("Type the host PIN again"),
            Step.MODE: self.tr("Alone, or with a server?"),
            Step.SERVER: self.tr("Join a server"),
            Step.SCAN: self.tr("Hold the server's QR code up to the camera"),
            Step.JOINING: self.tr("Joining the server …"),
            Step.DONE: self.tr("The kiosk is ready") if self._finished else self.tr("Everything is chosen"),
        }
        explains = {
            Step.LANGUAGE: "Vælg sprog · Choose a language · Sprache wählen",
            Step.NAME: self.tr("Shown at the top of the door's screen and on the members' cards."),
            Step.HOURS: self.tr("Outside these hours the screen goes dark when nobody is there; visits "
                           "still open at closing time are closed."),
            Step.PIN: self.tr("4 to 8 digits. It opens the host view at the door; the first host you "
                         "add takes it over as their own."),
            Step.PIN_AGAIN: self.tr("The same digits once more, so a typing slip cannot lock you out."),
            Step.MODE: "",
            Step.SERVER: self.tr("On the server's page Kiosks, add a kiosk: it shows the address and a "
                            "one-time code, and a QR code of both."),
            Step.SCAN: self.tr("The server's page Kiosks shows it after you add a kiosk."),
            Step.JOINING: self.tr("This takes a few seconds."),
            Step.DONE: "",
        }
        if step is Step.SERVER and self._from_qr:
            # The machine by itself, on its own line: a long address in the field shows only a part.
            explains[step] = self.tr("Read from the QR code, the server at:\n%1\nCheck that it is yours, "
                                     "then tap Join.").replace("%1", shown_host(self.url_field.text()))
        self.title.setText(titles[step])
        self.explain.setText(explains[step])
        # An error replaces the explanation where the keyboard is up: both and the keys do not fit
        # on a 600 px panel. On the PIN steps both stay, in room kept for them (the keys stay put).
        keypad = step in (Step.PIN, Step.PIN_AGAIN)
        self.explain.setVisible(bool(explains[step]) and (keypad or not (self._join_error or self._problem)))
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 6 if keypad else 0)
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Start the kiosk") if step is Step.DONE and self._finished
                                 else self.tr("Save and start") if step is Step.DONE else
                                 self.tr("Join") if step is Step.SERVER else self.tr("Next"))
        # The keyboard's Enter does what the button does (next_step): on the server step it joins.
        self.keyboard.set_enter_label(self.next_button.text() if step is Step.SERVER else "")
        for which, label in self.hours_labels.items():
            label.setText(self.tr("Opens at") if which == "opening" else self.tr("Closes at"))  # type: ignore[attr-defined]
        self.standalone_button.setText(self.tr("This kiosk alone\nmembers are added at the door"))
        self.join_button.setText(self.tr("Join a server\nthe members come from the server"))
        self.url_label.setText(self.tr("Address"))
        self.code_label.setText(self.tr("Code"))
        self.scan_button.setText(self.tr("Scan the QR code"))
        self.message.setText(self._join_error or self._problem_text(self._problem))
        self.message.setVisible(bool(self.message.text()))
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(keypad)  # elsewhere a hidden message takes no room
        self.message.setSizePolicy(policy)
        draft = self.model.draft
        lines = [self.tr("Space: %1").replace("%1", draft.space_name),
                 self.tr("Open %1 to %2").replace("%1", draft.opening).replace("%2", draft.closing),
                 self.tr("Language: %1").replace("%1", LANGUAGE_NAMES.get(draft.language, draft.language))]
        if draft.mode is Mode.JOIN:
            lines.append(self.tr("Server: %1").replace("%1", draft.server_url))
            if self._kiosk_name:
                lines.append(self.tr("This kiosk is called %1 there.").replace("%1", self._kiosk_name))
        else:
            lines.append(self.tr("Standalone: add members in the host view (Host, then the PIN)."))
        self.summary.setText("\n".join(lines))

    def _problem_text(self, problem: Problem | None) -> str:
        return {
            None: "",
            Problem.NAME_EMPTY: self.tr("Type the space's name."),
            Problem.NAME_LONG: self.tr("The name can be at most 80 characters."),
            Problem.HOURS_ORDER: self.tr("The space must open before it closes."),
            Problem.PIN_RULES: self.tr("The PIN must be 4 to 8 digits."),
            Problem.PIN_WEAK: self.tr("That PIN is too easy to guess (like 1111, 1234 or a year). Choose another."),
            Problem.PIN_MISMATCH: self.tr("The two PINs were not the same. Choose the PIN again."),
            Problem.URL_MISSING: self.tr("Type the server's address."),
            Problem.URL_SCHEME: self.tr("The address starts with https:// (or http://)."),
            Problem.CODE_MISSING: self.tr("Type the code the server's page shows."),
            Problem.NOT_A_SETUP_QR: self.tr("That is not the server's set-up QR code. Use the one on the "
                                       "server's page Kiosks."),
        }[problem]
