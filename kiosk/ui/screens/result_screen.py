"""The big, friendly answer after a scan: welcome, goodbye, or why not. Returns by itself."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.domain.checkin import Notice, Outcome, Refusal
from kiosk.domain.hours import OpeningHours
from kiosk.services.checkin import ScanResult
from kiosk.services.door import DoorResult
from kiosk.ui import theme
from kiosk.ui.door_panel import IN_AFTER_MS, DoorPanel, hours_text
from kiosk.ui.social_text import welcome_line
from kiosk.ui.widgets import ResultIcon, breakable, is_compact, make_label, touch_button
from kiosk.ui.workers import WelcomeSocial


class ResultScreen(QWidget):
    finished = Signal()
    hide_requested = Signal(str)  # member id: "Hide me" on their welcome
    speech_changed = Signal()  # a new answer is on screen (kiosk/ui/voice.py reads it aloud)

    def __init__(self, tz: ZoneInfo, seconds: int = 5, parent: QWidget | None = None, door_tick_ms: int = 1000,
                 in_after_ms: int = IN_AFTER_MS) -> None:
        super().__init__(parent)
        self.setObjectName("ResultScreen")
        # The larger text grows less here (kiosk/ui/text_size.py): an 80-letter name in the headline.
        self.setProperty("text_growth", 1.1)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._tz, self._seconds = tz, seconds
        self._result: ScanResult | None = None
        self._storage_error: str | None = None
        self._bug = False
        self._social: WelcomeSocial | None = None
        self._hidden = False  # "Hide me" was tapped on this welcome

        self.icon = ResultIcon()
        self.headline = make_label(centred=True, px=64, bold=True, wrap=True)
        self.lines = [make_label(centred=True, px=36 if i == 0 else 30, bold=i == 0, wrap=True) for i in range(3)]
        self.demo = make_label(centred=True, px=22, bold=True)
        self.warning = make_label(name="Warning", centred=True, px=32, bold=True, wrap=True)
        self.warning.hide()
        self.door = DoorPanel(door_tick_ms, in_after_ms)  # with a lock: the door's answer, In / Out
        self._hours: OpeningHours | None = None
        self._lang = "da"
        # The door may only withdraw being shown (a card can be copied): there is no "show me".
        self.hide_button = touch_button(name="HideMe")
        self.hide_button.clicked.connect(self._hide_me)
        self.hidden_note = make_label(centred=True, px=22, wrap=True)
        hide_row = QHBoxLayout()
        hide_row.addStretch(1)
        hide_row.addWidget(self.hide_button)
        hide_row.addStretch(1)
        self.countdown = QProgressBar()
        self.countdown.setTextVisible(False)
        self.countdown.setFixedHeight(10)

        self.compact = False  # the small panel's layout (set_compact)
        layout = QVBoxLayout(self)
        # No minimum from the roomy layout: a smaller panel must reach resizeEvent (set_compact).
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self._layout = layout
        layout.setContentsMargins(48, 20, 48, 0)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.headline)
        for line in self.lines:
            layout.addWidget(line)
        layout.addLayout(hide_row)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.warning)  # full width: aligned, it got its one-line height and clipped
        layout.addWidget(self.door)
        layout.addWidget(self.demo)
        layout.addStretch(2)
        layout.addWidget(self.countdown)

        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._tick)
        self._elapsed_ms = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_compact(is_compact(self))

    def set_compact(self, compact: bool) -> None:
        """On a panel under 1000x560 (the Pi's 800x480): a smaller badge, headline and lines."""
        if compact == self.compact:
            return
        self.compact = compact
        self.icon.setMaximumSize(*((100, 100) if compact else (170, 170)))
        self.icon.setMinimumSize(*((64, 64) if compact else (96, 96)))
        self._layout.setContentsMargins(*((24, 8, 24, 0) if compact else (48, 20, 48, 0)))
        self._layout.setSpacing(6 if compact else 12)
        for i, line in enumerate(self.lines):
            line.setFont(theme.font((28 if i == 0 else 24) if compact else (36 if i == 0 else 30), i == 0))
        self.warning.setFont(theme.font(24 if compact else 32, True))
        if self._result or self._storage_error or self._bug:
            self._render()

    # --- showing ----------------------------------------------------------------------------
    def show_result(self, result: ScanResult, social: WelcomeSocial | None = None) -> None:
        self._result, self._storage_error, self._bug = result, None, False
        self._social = social if social is not None and social.member_id == result.member_id else None
        self._hidden = False
        self.door.clear()
        self._render()
        self._restart()

    def show_door(self, door: DoorResult, member_id: str | None) -> None:
        """The lock's answer, after the result it belongs to (the welcome never waits for the lock)."""
        if self._result is None or self._result.member_id != member_id:
            return
        self.door.show_door(door, member_id)

    def set_opening_hours(self, hours: OpeningHours | None, lang: str) -> None:
        self._hours, self._lang = hours, lang

    def show_storage_error(self, message: str) -> None:
        self._result, self._storage_error, self._social, self._bug = None, message, None, False
        self.door.clear()
        self._render()
        self._restart()

    def show_bug(self) -> None:
        """Something went wrong that no one at the door can fix (it was logged): nothing was saved."""
        self._result, self._storage_error, self._social, self._bug = None, None, None, True
        self.door.clear()
        self._render()
        self._restart()

    @property
    def kind(self) -> str:
        if self._result is None:
            return "refused"
        shown = self._result.shown_as
        return {Outcome.CHECKED_IN: "welcome", Outcome.CHECKED_OUT: "goodbye"}.get(shown, "refused")

    def _restart(self) -> None:
        self._elapsed_ms = 0
        self.countdown.setRange(0, self._seconds * 1000)
        self.countdown.setValue(self._seconds * 1000)
        self._timer.start()

    def _tick(self) -> None:
        self._elapsed_ms += self._timer.interval()
        self.countdown.setValue(max(self._seconds * 1000 - self._elapsed_ms, 0))
        if self._elapsed_ms >= self._seconds * 1000:
            self._timer.stop()
            self.finished.emit()

    def stop(self) -> None:
        self._timer.stop()

    def _hide_me(self) -> None:
        if self._result is not None and self._result.member_id:
            self.hide_button.setEnabled(False)
            self.hide_requested.emit(self._result.member_id)

    def hidden(self, member_id: str) -> None:
        """The door withdrew this member's choice to be shown: say so, and how to undo it."""
        if self._result is None or self._result.member_id != member_id:
            return
        self._hidden = True
        self._render()
        self._restart()  # time to read it

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds

    def mousePressEvent(self, event: QMouseEvent) -> None:  # a tap dismisses
        self._timer.stop()
        self.finished.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and (self._result or self._storage_error or self._bug):
            self._render()
            self.door.retranslate()
        super().changeEvent(event)

    # --- texts ------------------------------------------------------------------------------
    def _render(self) -> None:
        kind = self.kind
        bg = {"welcome": theme.WELCOME, "goodbye": theme.GOODBYE}.get(kind, theme.REFUSED)
        self.setStyleSheet(f"QWidget#ResultScreen {{ background: {bg}; }} QLabel {{ color: white; }}"
                           f"QProgressBar {{ background: rgba(0,0,0,60); border: none; }}"
                           f"QProgressBar::chunk {{ background: rgba(255,255,255,160); }}"
                           f"QLabel#Warning {{ color: {theme.INK}; background: {theme.WARNING}; "
                           f"border-radius: 14px; padding: 10px 28px; }}")
        self.icon.set_kind(kind)
        texts = self._texts()
        self.headline.setText(breakable(texts[0]))
        # A long name gets a smaller headline, not a screen it runs off (80 letters happen).
        sizes = (44, 34, 28) if self.compact else (64, 48, 36)
        self.headline.setFont(theme.font(sizes[0] if len(texts[0]) <= 28 else sizes[1] if len(texts[0]) <= 48
                                         else sizes[2], True))
        for label, text in zip(self.lines, [*texts[1:], "", "", ""], strict=False):
            label.setText(breakable(text))
            label.setVisible(bool(text))
        warning = self._warning(self._result)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        offer_hide = bool(self._social and self._social.visible and not self._hidden and kind == "welcome")
        self.hide_button.setText(self.tr("Hide me"))
        self.hide_button.setEnabled(True)
        self.hide_button.setVisible(offer_hide)
        self.hide_button.setStyleSheet("QPushButton#HideMe { color: white; background: transparent; "
                                       "border: 2px solid white; border-radius: 24px; font-size: 22px; "
                                       "padding: 6px 24px; min-height: 36px; }")
        self.hidden_note.setText(self.tr("You are no longer shown at the door. To be shown again, "
                                         "choose it on your own member page.") if self._hidden else "")
        self.hidden_note.setVisible(self._hidden)
        demo = bool(self._result and self._result.demo)
        self.demo.setText(self.tr("Demo member: not a real person") if demo else "")
        self.demo.setVisible(demo)
        self.speech_changed.emit()

    def speech(self) -> tuple[str, str] | None:
        """What is on screen, to be read aloud: (what kind of answer, its words)."""
        if self._result is None and self._storage_error is None and not self._bug:
            return None
        texts = [*self._texts(), self._warning(self._result)]
        if self._hidden:
            texts.append(self.hidden_note.text())
        kind = self.kind
        if self._bug:
            kind = "bug"
        elif self._storage_error is not None:
            kind = "not_saved"
        elif kind == "refused" and self._result is not None and self._result.refusal is not None:
            kind = f"refused.{self._result.refusal.name.lower()}"
        return kind, ". ".join(t.rstrip(".!") for t in texts if t) + "."

    def _texts(self) -> list[str]:
        if self._bug:
            return [self.tr("Something went wrong"),
                    self.tr("The check-in was not recorded."),
                    self.tr("Please tell a host.")]
        if self._storage_error is not None:
            return [self.tr("Sorry, that did not work"),
                    self.tr("Your visit could not be saved."),
                    self.tr("Please try again, or tell a host.")]
        r = self._result
        assert r is not None
        if r.shown_as is Outcome.CHECKED_IN and r.visitor is not None:
            return [*self._visitor_welcome(r), *self._welcome_lines(r)[:1]]
        if r.shown_as is Outcome.CHECKED_IN:
            return [f"{self._greeting(r.at)}, {r.first_name}", *self._welcome_lines(r)]
        if r.shown_as is Outcome.CHECKED_OUT:
            return [self.tr("Goodbye, %1").replace("%1", r.first_name or ""),
                    self.tr("You were here %1 today").replace("%1", self._duration(r.time_today)),
                    self.tr("See you soon!")]
        if r.guest and r.refusal is Refusal.EXPIRED:
            return [self.tr("Your day pass has expired"),
                    self.tr("A day pass is valid on its day only. Register again for today.")]
        if r.refusal is Refusal.PARTNER and r.visitor is not None:
            return self._visitor_refusal(r.visitor.refusal or "", r.visitor.home, r.visitor.allowance)
        if r.refusal is Refusal.DOOR_CLOSED and r.door is not None and r.door.refusal is not None:
            return self._door_texts(r.door.refusal.value)
        return self._refusal_texts(r.refusal)

    def _visitor_welcome(self, r: ScanResult) -> list[str]:
        """A partner space's member (issue 22): "Welcome from Klitmøller, Anna", "Day 2 of 5 in December"."""
        v = r.visitor
        assert v is not None
        head = (self.tr("Welcome from %1, %2").replace("%1", v.home).replace("%2", v.first_name) if v.first_name
                else self.tr("Welcome from %1").replace("%1", v.home))
        month = QLocale().monthName(v.month, QLocale.FormatType.LongFormat) if 1 <= v.month <= 12 else ""
        count = (self.tr("Day %1 of %2 in %3").replace("%1", str(v.day_number)).replace("%2", str(v.allowance))
                 .replace("%3", month))
        return [head, count]

    def _visitor_refusal(self, why: str, home: str, allowance: int) -> list[str]:
        """Why a partner space's member is refused here, and where to ask (domain.partners.VisitorRefusal)."""
        ask_home = self.tr("Please ask at your home space, %1.").replace("%1", home)
        table = {
            "partner_not_eligible": (self.tr("Your membership does not include visits here"), ask_home),
            "partner_card_replaced": (self.tr("This card has been replaced"),
                                      self.tr("Use your newest card from %1.").replace("%1", home)),
            "partner_key_revoked": (self.tr("This card has been withdrawn"), ask_home),
            "partner_not_in_force": (self.tr("The partnership with %1 is not in force today").replace("%1", home),
                                     self.tr("Please ask a host here, or at %1.").replace("%1", home)),
            "partner_outside_hours": (self.tr("Visits from %1 are not agreed for this time").replace("%1", home),
                                      self.tr("Please come back within the agreed hours, or ask a host here.")),
            "partner_door_closed": (self.tr("The space is closed now"),
                                    self.tr("Opening hours: %1").replace("%1", hours_text(self._hours, self._lang))),
            "partner_allowance_used": (self.tr("You have used your %n day(s) here this month", "", allowance),
                                       self.tr("Ask a host here about a day pass, or ask at %1.").replace("%1", home)),
        }
        head, what_to_do = table.get(why, table["partner_not_eligible"])
        return [head, what_to_do]

    def _door_texts(self, why: str) -> list[str]:
        """Why the door stayed shut for a member, and what to do (domain.door.DoorRefusal)."""
        hours = hours_text(self._hours, self._lang)
        table = {
            "after_hours": (self.tr("The door is closed now"),
                            self.tr("Only members with 24/7 access can come in now. Opening hours: %1")
                            .replace("%1", hours)),
            "needs_phone_or_pin": (self.tr("A card alone does not open the door now"),
                                   self.tr("After opening hours, show the pass on your phone.")),
            "card_needs_pin": (self.tr("A card alone does not open the door"),
                               self.tr("Show the pass on your phone, or ask a host.")),
            "closed_now": (self.tr("The space is closed right now"),
                           self.tr("A host has closed it for now. Please come back later.")),
            "clock_unknown": (self.tr("The door cannot tell the time"),
                              self.tr("Until its clock is right, only key-holders can come in. Please call a host.")),
            "pin_locked": (self.tr("This card does not open the door for a while"),
                           self.tr("Too many wrong PINs. Show the pass on your phone, or ask a host.")),
            "sync_too_old": (self.tr("The door has been offline too long"),
                             self.tr("After opening hours it opens again once it is back online. Opening hours: %1")
                             .replace("%1", hours)),
        }
        head, what_to_do = table.get(why, table["closed_now"])
        return [head, what_to_do]

    def _greeting(self, at: datetime) -> str:
        hour = at.astimezone(self._tz).hour
        if hour < 10:
            return self.tr("Good morning")
        if hour < 17:
            return self.tr("Hello")
        return self.tr("Good evening")

    def _welcome_lines(self, r: ScanResult) -> list[str]:
        named = welcome_line(self._social.here) if self._social is not None else None
        lines = [named or (self.tr("%n other(s) in today", "", r.others_in) if r.others_in
                           else self.tr("You are the first one in"))]
        if r.clips_left is not None and Notice.LOW_CLIPS not in r.notices:  # else the warning says it
            lines.append(self.tr("%n clip(s) left on your clip card", "", r.clips_left))
        if Notice.DAYPASS_TONIGHT in r.notices:
            lines.append(self.tr("Your day pass is valid until we close tonight"))
        elif r.valid_until is not None:
            date_text = QLocale().toString(QDate(r.valid_until.year, r.valid_until.month, r.valid_until.day),
                                          QLocale.FormatType.LongFormat)
            lines.append(self.tr("Membership valid until %1").replace("%1", date_text))
        return lines

    def _warning(self, r: ScanResult | None) -> str:
        """The one thing the member should act on soon, shown on a yellow band."""
        if r is None or r.shown_as is not Outcome.CHECKED_IN:
            return ""
        if Notice.LOW_CLIPS in r.notices:
            return self.tr("Only %n clip(s) left: top up with a host", "", r.clips_left or 0)
        if Notice.PLAN_ENDS_SOON in r.notices:
            return self.tr("Your membership ends soon: renew it with a host")
        return ""

    def _duration(self, spent: timedelta) -> str:
        minutes = int(spent.total_seconds() // 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        return self.tr("%n minute(s)", "", minutes)

    def _refusal_texts(self, refusal: Refusal | None) -> list[str]:
        table = {
            Refusal.NOT_OURS: (self.tr("That is not a member card"),
                               self.tr("Show the QR code from your member card or day pass.")),
            Refusal.MALFORMED: (self.tr("The code could not be read"),
                                self.tr("Try again, or ask a host for a new card.")),
            Refusal.FOREIGN: (self.tr("This card is from another space"),
                              self.tr("Ask a host if you would like to work here today.")),
            Refusal.FORGED: (self.tr("This card is not valid"), self.tr("Please ask a host for help.")),
            Refusal.UNKNOWN_MEMBER: (self.tr("We do not know this card"), self.tr("Please ask a host to add you.")),
            Refusal.REVOKED: (self.tr("This card has been replaced"),
                              self.tr("Use your newest card, or ask a host.")),
            Refusal.SUSPENDED: (self.tr("Your membership is paused"), self.tr("Please talk to a host.")),
            Refusal.NOT_YET_VALID: (self.tr("Your membership has not started yet"),
                                    self.tr("Please talk to a host.")),
            Refusal.EXPIRED: (self.tr("Your membership has expired"),
                              self.tr("Renew it with a host, and you are welcome back.")),
            Refusal.NO_CLIPS: (self.tr("Your clip card is used up"), self.tr("Buy a new clip card from a host.")),
            Refusal.WRONG_ISSUER: (self.tr("This card is not valid here"),
                                   self.tr("It was not issued for this person by this space. Please ask a host.")),
            Refusal.KEY_REVOKED: (self.tr("This card has been withdrawn"),
                                  self.tr("Its signing key is no longer trusted. Ask a host for a new card.")),
            Refusal.PASS_EXPIRED: (self.tr("This phone pass has expired"),
                                   self.tr("Show the live pass on your phone, not a picture of it.")),
            Refusal.PHONE_REVOKED: (self.tr("This phone has been turned off"),
                                    self.tr("It was revoked on your page. Use your card, or set up the phone again.")),
            Refusal.PHONE_UNKNOWN: (self.tr("We do not know this phone yet"),
                                    self.tr("Use your card today. A new phone works here after the next update.")),
            Refusal.PASS_FORGED: (self.tr("This phone pass is not valid"), self.tr("Please ask a host for help.")),
        }
        head, what_to_do = table.get(refusal or Refusal.MALFORMED, table[Refusal.MALFORMED])
        return [head, what_to_do]

