"""A partner space's member at the door, in Danish, German and English (issue 22): the welcome
says where from and which day of the allowance; a refusal says why and where to ask. The texts
come from the .ts catalogs (the real translators), the month from the language's locale."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.checkin import Outcome, Refusal
from kiosk.services.checkin import ScanResult
from kiosk.services.visitors import VisitorInfo
from kiosk.ui.screens.result_screen import ResultScreen

CPH = ZoneInfo("Europe/Copenhagen")
AT = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("lang", "head", "count"), [
    ("da", "Velkommen fra Klitmøller, Anna", "Dag 2 af 5 i december"),
    ("de", "Willkommen aus Klitmøller, Anna", "Tag 2 von 5 im Dezember"),
    ("en", "Welcome from Klitmøller, Anna", "Day 2 of 5 in December"),
])
def test_a_visitor_is_welcomed_from_their_home_space_with_the_day_of_the_month(qtbot, languages, lang, head,
                                                                                count) -> None:
    languages.switch(lang)
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(ScanResult(outcome=Outcome.CHECKED_IN, at=AT, member_id="0123456789abcdef",
                                  name="Anna (Klitmøller)", first_name="Anna", others_in=3,
                                  visitor=VisitorInfo(home="Klitmøller", first_name="Anna", day_number=2,
                                                      allowance=5, month=12)))
    assert screen.kind == "welcome"
    assert screen.headline.text() == head
    assert screen.lines[0].text() == count
    screen.stop()


@pytest.mark.parametrize(("lang", "head", "ask"), [
    ("da", "Du har brugt dine 5 dage her denne måned", "Spørg en vært her om et dagspas, eller spørg hos Klitmøller."),
    ("de", "Sie haben Ihre 5 Tage hier in diesem Monat genutzt",
     "Fragen Sie einen Gastgeber hier nach einem Tagespass oder fragen Sie bei Klitmøller."),
    ("en", "You have used your 5 days here this month", "Ask a host here about a day pass, or ask at Klitmøller."),
])
def test_day_six_of_five_is_refused_saying_where_to_ask(qtbot, languages, lang, head, ask) -> None:
    languages.switch(lang)
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(ScanResult(outcome=Outcome.REFUSED, at=AT, refusal=Refusal.PARTNER,
                                  visitor=VisitorInfo(home="Klitmøller", day_number=5, allowance=5, month=12,
                                                      refusal="partner_allowance_used")))
    assert screen.kind == "refused"
    assert screen.headline.text() == head
    assert screen.lines[0].text() == ask
    screen.stop()
