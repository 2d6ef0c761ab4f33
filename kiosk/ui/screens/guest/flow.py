"""Guest / day pass: a short touch flow, one decision per screen, with the app's own keyboard.

The steps and what was decided live in a Qt-free model (kiosk.domain.guest_flow); each step is
a page of its own in this package; this widget shows the current page, the keyboard, the back
and cancel buttons, and keeps the idle timer. Nothing is stored until the last decision:
leaving, cancelling or walking away (the flow times out when untouched) forgets everything typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.countdown import Countdown, DoorTimeouts
from kiosk.domain.guest_flow import GuestDraft, GuestFlowModel, GuestOffer, Step
from kiosk.domain.guests import InvalidGuest, VisitorType
from kiosk.services.guests import DayPass, HostChoice
from kiosk.ui.countdown import CountdownBanner, IdleCountdown
from kiosk.ui.keyboard import OnScreenKeyboard
from kiosk.ui.qr_view import QrView
from kiosk.ui.widgets import CurrentStack, Retranslates, is_compact, make_label, scroller, touch_button

from .contact import ContactPage
from .day_pass import DayPassPage
from .host import HostPage
from .language import LanguagePage
from .name import NamePage
from .page import StepPage
from .payment import PaymentPage
from .policy import PolicyPage
from .reason import ReasonPage
from .style import COMPACT, STYLE
from .tell_host import TellHostPage
from .texts import problem_text

__all__ = ["GuestFlow", "GuestOffer"]


class GuestFlow(Retranslates, QWidget):
    cancelled = Signal()  # back to the scan screen; nothing was stored
    language_chosen = Signal(str)
    host_search = Signal(str)  # typed letters; answered by set_hosts
    submitted = Signal(object)  # GuestForm; answered by show_pass or show_error
    finished = Signal()  # the guest is done with the pass screen

    def __init__(self, parent: QWidget | None = None, timeouts: DoorTimeouts | None = None) -> None:
        # The lengths (DoorTimeouts.guest): a step untouched 60 s warns ("Are you still there?",
        # counting down, "More time"), at 90 s back to the scan screen with nothing kept; the day
        # pass stays 60 s for a photo.
        super().__init__(parent)
        self.timeouts = timeouts or DoorTimeouts()
        self.setObjectName("GuestFlow")
        # The larger text grows less here (kiosk/ui/text_size.py): a step, its field and the keyboard on one page.
        self.setProperty("text_growth", 1.2)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self.compact = False  # the small panel's look (resizeEvent)
        self.model = GuestFlowModel()

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

        m = self.model
        self.language_page, self.name_page = LanguagePage(m), NamePage(m)
        self.contact_page, self.reason_page, self.host_page = ContactPage(m), ReasonPage(m), HostPage(m)
        self.tell_host_page = TellHostPage(m)
        self.rules_page, self.privacy_page = PolicyPage(Step.RULES, m), PolicyPage(Step.PRIVACY, m)
        self.payment_page, self.pass_page = PaymentPage(m), DayPassPage(m)
        self.page: dict[str, StepPage] = {}
        self.pages = CurrentStack()
        for p in (self.language_page, self.name_page, self.contact_page, self.reason_page, self.host_page,
                  self.tell_host_page, self.rules_page, self.privacy_page, self.payment_page, self.pass_page):
            self.page[p.key] = p
            self.pages.addWidget(p)
            if (field := p.text_field()) is not None:
                field.installEventFilter(self)
        for edit in (self.contact_page.company,):
            edit.installEventFilter(self)

        self.language_page.chosen.connect(self.choose_language)
        self.name_page.done.connect(self.next_from_text)
        self.contact_page.done.connect(self.next_from_text)
        self.contact_page.skipped.connect(self._skip_contact)
        self.reason_page.chosen.connect(self.choose_reason)
        self.host_page.done.connect(self.next_from_text)
        self.host_page.chosen.connect(self.choose_host)
        self.tell_host_page.answered.connect(self.tell_host)
        self.rules_page.accepted.connect(lambda: self.accept_policy(Step.RULES))
        self.privacy_page.accepted.connect(lambda: self.accept_policy(Step.PRIVACY))
        self.payment_page.chosen.connect(self.choose_payment)
        self.pass_page.done.connect(self._done)

        self.keyboard = OnScreenKeyboard()
        self.keyboard.enter.connect(self.next_from_text)
        self.keyboard.hide()  # shown on the steps with a text field

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 2, 32, 2)  # a step with the keyboard at 600 px, in the larger text
        layout.setSpacing(4)
        layout.addLayout(top)
        # Where a step and the keyboard do not both fit (the Pi's 800x480), the step scrolls
        # under a finger above the keyboard, which stays whole; the field being typed in is
        # scrolled into view (_keep_in_view), and the keyboard's own Next key is the step's.
        self.page_area = scroller(self.pages)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setStyleSheet("QScrollArea { background: transparent; }")
        self.page_area.viewport().setAutoFillBackground(False)
        self.pages.setAutoFillBackground(False)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(self.keyboard)

        # The warning before the flow gives up on a guest: over the top of the flow, never in its
        # layout (it once pushed the page down ~88 px and squashed the keyboard's rows).
        self.countdown = IdleCountdown(self.timeouts.guest, self.timeouts.second_ms, self, name="guest")
        self.countdown.time_up.connect(self._timed_out)
        self.still_there = CountdownBanner(self, self.countdown, self._still_there_text)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.timeouts.host_search_ms)
        self._search_timer.timeout.connect(lambda: self.host_search.emit(self.host_page.search.text()))
        self.host_page.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = is_compact(self)
        if compact != self.compact:
            self.compact = compact
            self.setStyleSheet(STYLE + COMPACT if compact else STYLE)

    # --- the widgets tests and demos tap ------------------------------------------------------
    @property
    def language_buttons(self) -> dict[str, QPushButton]:
        return self.language_page.buttons

    @property
    def name_edit(self) -> QLineEdit:
        return self.name_page.edit

    @property
    def name_next(self) -> QPushButton:
        return self.name_page.next

    @property
    def email_edit(self) -> QLineEdit:
        return self.contact_page.email

    @property
    def company_edit(self) -> QLineEdit:
        return self.contact_page.company

    @property
    def contact_next(self) -> QPushButton:
        return self.contact_page.next

    @property
    def skip_button(self) -> QPushButton:
        return self.contact_page.skip

    @property
    def reason_buttons(self) -> dict[str, QPushButton]:
        return self.reason_page.buttons

    @property
    def search(self) -> QLineEdit:
        return self.host_page.search

    @property
    def host_buttons(self) -> list[QPushButton]:
        return self.host_page.buttons

    @property
    def tell_host_buttons(self) -> tuple[QPushButton, QPushButton]:
        """(no, yes): may the member they visit be told the guest's name?"""
        return self.tell_host_page.no, self.tell_host_page.yes

    @property
    def rules_accept(self) -> QPushButton:
        return self.rules_page.accept

    @property
    def rules_text(self) -> QLabel:
        return self.rules_page.text

    @property
    def privacy_accept(self) -> QPushButton:
        return self.privacy_page.accept

    @property
    def privacy_text(self) -> QLabel:
        return self.privacy_page.text

    @property
    def price(self) -> QLabel:
        return self.payment_page.price

    @property
    def pay_buttons(self) -> dict[str, QPushButton]:
        return self.payment_page.buttons

    @property
    def qr(self) -> QrView:
        return self.pass_page.qr

    @property
    def pass_lines(self) -> list[QLabel]:
        return self.pass_page.lines

    @property
    def done_button(self) -> QPushButton:
        return self.pass_page.done_button

    @property
    def offer(self) -> GuestOffer | None:
        return self.model.offer

    @property
    def draft(self) -> GuestDraft:
        return self.model.draft

    # --- driving the flow ---------------------------------------------------------------------
    def start(self, offer: GuestOffer, language: str) -> None:
        first = self.model.start(offer, language)
        self._clear_fields()
        self.reason_page.fill_types()
        self.host_page.set_hosts([])
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any touch keeps the flow open
        self._show(first)

    def current(self) -> str:
        return self.model.step.value

    def _clear_fields(self) -> None:
        for edit in (self.name_edit, self.email_edit, self.company_edit, self.search):
            edit.clear()

    def _show(self, step: Step) -> None:
        """Put the model's current step on screen."""
        page = self.page[step.value]
        page.show_error("")
        page.enter()
        self.pages.setCurrentWidget(page)
        self.pages.updateGeometry()
        self.page_area.verticalScrollBar().setValue(0)  # a new step starts at its top
        field = page.text_field()
        self.keyboard.setVisible(field is not None)
        if field is not None:
            self.keyboard.set_layout(self.model.draft.language)
            self.keyboard.attach(field, capitals=step is Step.NAME)
            self._keep_in_view(field)
        else:
            self.keyboard.attach(None)
        self.back_button.setVisible(self.model.can_go_back())
        self.cancel_button.setVisible(step is not Step.PASS)
        self._update_dots()
        self._touch()

    def back(self) -> None:
        step = self.model.back()
        if step is not None:
            self._show(step)

    def cancel(self) -> None:
        """Leave without storing anything."""
        self._stop()
        self.model.draft = type(self.model.draft)()
        self._clear_fields()
        self.cancelled.emit()

    @property
    def still_there_text(self) -> QLabel:
        return self.still_there.label

    @property
    def still_there_button(self) -> QPushButton:
        return self.still_there.more_time

    def _stop(self) -> None:
        self.countdown.stop()
        self.still_there.hide()
        self._search_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _timed_out(self) -> None:
        if self.model.step is Step.PASS:
            self._done()
        elif not self.model.busy:
            self.cancel()

    def _done(self) -> None:
        self._stop()
        self.finished.emit()

    def _touch(self) -> None:
        # Nothing to lose on the pass: no warning there, just time for a photo.
        self.countdown.start(Countdown(warn_after=0, ends_after=self.timeouts.guest_pass)
                             if self.model.step is Step.PASS else self.timeouts.guest)

    def _still_there_text(self, left: int) -> str:
        """A minute untouched: ask before forgetting what they typed, counting the seconds down."""
        return (self.tr("Are you still there? In %1 seconds this starts over and what you typed is forgotten.")
                .replace("%1", str(left)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            self._touch()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QLineEdit) and watched.isVisible():
            self.keyboard.attach(watched, capitals=watched in (self.name_edit, self.company_edit))
            self._keep_in_view(watched)
        return False

    def _keep_in_view(self, field: QWidget) -> None:
        """The field typed in stays in sight above the keyboard (a step that scrolls at 800x480);
        once the layout has placed it, as a step just shown has no geometry yet."""
        QTimer.singleShot(0, self, lambda: self.page_area.ensureWidgetVisible(field, 0, 12)
                          if field.isVisible() else None)

    def choose_language(self, lang: str) -> None:
        step = self.model.choose_language(lang)
        self.language_chosen.emit(lang)
        self._show(step)

    def next_from_text(self) -> None:
        step = self.model.step
        if step is Step.NAME:
            self._take_name()
        elif step is Step.CONTACT:
            self._take_contact()
        elif step is Step.HOST:
            self.host_page.explain()

    def _take_name(self) -> None:
        try:
            step = self.model.take_name(self.name_edit.text())
        except InvalidGuest as bad:
            self.name_page.show_error(problem_text(bad))
            return
        self._show(step)

    def _take_contact(self) -> None:
        try:
            step = self.model.take_contact(self.email_edit.text(), self.company_edit.text())
        except InvalidGuest as bad:
            self.contact_page.show_error(problem_text(bad))
            if bad.field == "email":
                self.keyboard.attach(self.email_edit)
            else:
                self.keyboard.attach(self.company_edit, capitals=True)
            return
        self._show(step)

    def _skip_contact(self) -> None:
        self.email_edit.clear()
        self.company_edit.clear()
        self._show(self.model.skip_contact())

    def choose_reason(self, vtype: VisitorType) -> None:
        step = self.model.choose_reason(vtype)
        if step is Step.HOST:
            self.search.clear()
            self.host_page.set_hosts([])
        self._show(step)

    def set_hosts(self, hosts: list[HostChoice]) -> None:
        self.host_page.set_hosts(hosts)

    def choose_host(self, member_id: str, name: str) -> None:
        self._show(self.model.choose_host(member_id, name))

    def tell_host(self, share_name: bool) -> None:
        self._show(self.model.tell_host(share_name))

    def accept_policy(self, step: Step | str) -> None:
        step = Step(step)
        following = self.model.accept_policy(step)
        if following is None:
            self._submit()
        else:
            self._show(following)

    def choose_payment(self, method: str) -> None:
        self.model.choose_payment(method)
        self._submit()

    def _submit(self) -> None:
        form = self.model.form()
        if form is not None:
            self.submitted.emit(form)

    def show_error(self, message: str) -> None:
        """Registration failed (storage, or a text changed meanwhile): say so where they are."""
        self.model.failed()
        self._touch()  # the time ran on while the kiosk was busy: give the guest theirs again
        self.page[self.current()].show_error(
            self.tr("Your registration could not be saved. Please try again, or tell a host.")
            + f"\n({message})")

    def show_pass(self, day_pass: DayPass) -> None:
        """The guest is registered and checked in: their pass, to photograph."""
        self.pass_page.show_pass(day_pass)
        self._show(self.model.registered())

    def _update_dots(self) -> None:
        progress = self.model.progress()
        if progress is None:
            self.dots.setText("")
        else:
            done, total = progress
            self.dots.setText(" ".join("●" if j < done else "○" for j in range(total)))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Back"))
        self.cancel_button.setText(self.tr("Cancel"))
