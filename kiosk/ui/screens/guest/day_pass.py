"""The last step: the day pass on screen, to photograph."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.guest_flow import GuestFlowModel, Step
from kiosk.domain.guests import money_text
from kiosk.services.guests import DayPass
from kiosk.ui.qr_view import QrView
from kiosk.ui.widgets import breakable, make_label, scroller, touch_button

from .page import StepPage


class DayPassPage(StepPage):
    fill = True
    done = Signal()

    def __init__(self, model: GuestFlowModel) -> None:
        super().__init__(Step.PASS, model)
        self.day_pass: DayPass | None = None  # the DayPass shown
        self.qr = QrView()
        self.qr.setMinimumSize(300, 300)
        self.lines = [make_label(px=30 if i == 0 else 24, bold=i == 0, wrap=True) for i in range(4)]
        self.pay_line = make_label(px=24, bold=True, wrap=True)  # how to pay, when they chose MobilePay
        self.short_code = make_label(px=30, bold=True)
        texts = QWidget()
        info = QVBoxLayout(texts)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(14)
        for label in self.lines[:3]:
            info.addWidget(label)
        info.addWidget(self.short_code)
        # The host's name beside the QR has a 450 px column: a long hyphenated name must fit it.
        self.lines[3].setProperty("text_growth", 1.0)
        info.addWidget(self.lines[3])
        info.addWidget(self.pay_line)
        info.addStretch(1)
        self.done_button = touch_button(name="Primary")
        self.done_button.clicked.connect(self.done)
        column = QVBoxLayout()
        column.addWidget(scroller(texts), 1)  # long names on a small screen: the words scroll, Done stays
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(self.qr, 1)
        row.addLayout(column, 1)
        self.row = row
        self.body.addLayout(row, 1)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrow panel (the Pi's 800 px): a smaller code, more of the row for the words.
        narrow = self.width() < 900
        self.qr.setMinimumSize(*((180, 180) if narrow else (300, 300)))
        self.row.setStretch(0, 1)
        self.row.setStretch(1, 2 if narrow else 1)
        self.row.setSpacing(16 if narrow else 32)

    def show_pass(self, day_pass: DayPass) -> None:
        self.day_pass = day_pass
        self.qr.set_text(day_pass.code)
        self._title()
        self._label()

    def _label(self) -> None:
        day_pass, offer = self.day_pass, self.model.offer
        if day_pass is None or offer is None:
            return
        first = day_pass.name.split()[0] if day_pass.name.split() else day_pass.name
        valid = day_pass.valid_on
        day = QLocale().toString(QDate(valid.year, valid.month, valid.day), QLocale.FormatType.LongFormat)
        self.lines[0].setText(breakable(self.tr("Welcome, %1! You are checked in.").replace("%1", first)))
        self.lines[1].setText(self.tr("Take a photo of this code. Show it to the camera when you "
                                      "come back in and when you leave."))
        self.lines[2].setText(self.tr("Valid on %1 until %2.").replace("%1", day).replace("%2", offer.closing_time))
        self.short_code.setText(self.tr("Code: %1").replace("%1", day_pass.short_code))
        host = self.model.draft.host
        self.lines[3].setText(breakable(self.tr("Please let %1 know that you are here.").replace("%1", host[1]))
                              if host else "")
        self.lines[3].setVisible(bool(host))
        draft = self.model.draft
        pay = ""
        if draft.payment_method == "mobilepay" and offer.mobilepay_number.strip() and self.model.price_ore():
            price = money_text(self.model.price_ore(), draft.language)
            pay = (self.tr("Please pay %1 with MobilePay to %2.").replace("%1", price)
                   .replace("%2", offer.mobilepay_number.strip()))
        self.pay_line.setText(pay)
        self.pay_line.setVisible(bool(pay))

    def speech_lines(self) -> list[str]:
        """The pass read aloud (EN 301 549 5.1.3.6): who is checked in, what the code is for
        and until when, whom to tell, how to pay; the code's own characters are not said."""
        shown = [*self.lines, self.pay_line]
        return [label.text().replace("\u200b", "") for label in shown if label.text() and not label.isHidden()]

    def _title(self) -> None:
        vtype = self.model.draft.visitor_type
        paid = vtype is not None and vtype.price_ore > 0
        self.set_texts(self.tr("Your day pass") if paid else self.tr("Your guest pass"))

    def retranslate(self) -> None:
        self._title()
        self.done_button.setText(self.tr("Done"))
        self._label()
