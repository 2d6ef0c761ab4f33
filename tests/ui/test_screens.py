"""Scan and result screens, with the real translations."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.checkin import Notice, Outcome, Refusal
from kiosk.services.checkin import ScanResult
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen

CPH = ZoneInfo("Europe/Copenhagen")
MORNING = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)  # 08:30 in Copenhagen


def welcome(**kw) -> ScanResult:
    base = dict(outcome=Outcome.CHECKED_IN, at=MORNING, member_id="m1", name="Mette Jensen",
                first_name="Mette", others_in=3)
    return ScanResult(**{**base, **kw})


def test_scan_screen_switches_language(qtbot, languages):
    screen = ScanScreen("Cowork Klitmøller")
    qtbot.addWidget(screen)
    screen.set_in_now(1)
    assert screen.instruction.text() == "Hold din QR-kode op mod kameraet"
    assert screen.in_now.text() == "1 her nu"
    languages.switch("en")
    assert screen.instruction.text() == "Hold your QR code up to the camera"
    assert screen.in_now.text() == "1 in now"


def test_scan_screen_camera_problem(qtbot, languages):
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.show()
    screen.set_camera_problem("unavailable")
    assert screen.camera_problem.isVisible() and "Kameraet virker ikke" in screen.camera_problem.text()
    screen.set_camera_problem(None)
    assert not screen.camera_problem.isVisible()


@pytest.mark.parametrize("problem", ["unavailable", "lost", "dark"])
def test_read_aloud_and_larger_text_stay_while_the_camera_has_a_problem(qtbot, languages, problem):
    """A person who cannot read the problem's words needs speech and larger text most."""
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.resize(1024, 600)
    screen.show()
    screen.set_read_aloud(True)
    screen.set_camera_problem(problem)
    assert screen.read_aloud_button.isVisible() and screen.larger_text_button.isVisible()
    assert not screen.whos_here_button.isVisible()  # who is in gives its room to the problem's words
    screen.set_camera_problem(None)
    assert screen.read_aloud_button.isVisible() and screen.whos_here_button.isVisible()


def test_welcome_in_danish_with_clips_and_warning(qtbot, languages):
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_result(welcome(clips_left=2, notices=(Notice.LOW_CLIPS,)))
    assert screen.kind == "welcome"
    assert screen.headline.text() == "Godmorgen, Mette"
    assert screen.lines[0].text() == "3 andre er her i dag"
    assert screen.warning.isVisible() and screen.warning.text() == "Kun 2 klip tilbage: fyld op hos en vært"
    # The clips left are said once: on the warning, not again among the lines.
    assert [line.text() for line in screen.lines if "klip" in line.text()] == []
    screen.show_result(welcome(clips_left=3))
    assert not screen.warning.isVisible()
    assert screen.lines[1].text() == "3 klip tilbage på dit klippekort"


def test_welcome_in_english_with_plan_end(qtbot, languages):
    languages.switch("en")
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_result(welcome(others_in=1, valid_until=date(2026, 3, 5), notices=(Notice.PLAN_ENDS_SOON,)))
    assert screen.lines[0].text() == "1 other is in today"
    assert screen.lines[1].text() == "Membership valid until Thursday, March 5, 2026"
    assert screen.warning.text() == "Your membership ends soon: renew it with a host"


def test_a_guest_welcome_says_the_day_pass_ends_tonight_in_german(qtbot, languages):
    languages.switch("de")
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(welcome(first_name="Jürgen", others_in=0, guest=True, valid_until=date(2026, 3, 2),
                               notices=(Notice.DAYPASS_TONIGHT,)))
    assert screen.headline.text() == "Guten Morgen, Jürgen"
    assert screen.lines[1].text() == "Ihr Tagespass gilt bis zum Schließen heute Abend"
    screen.show_result(welcome(outcome=Outcome.REFUSED, refusal=Refusal.EXPIRED, guest=True))
    assert screen.headline.text() == "Ihr Tagespass ist abgelaufen"


def test_goodbye_shows_time_spent(qtbot, languages):
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(welcome(outcome=Outcome.CHECKED_OUT, time_today=timedelta(hours=3, minutes=12)))
    assert (screen.kind, screen.headline.text()) == ("goodbye", "Farvel, Mette")
    assert screen.lines[0].text() == "Du var her 3 t 12 min i dag"


def test_repeat_shows_the_repeated_answer(qtbot, languages):
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(welcome(outcome=Outcome.REPEAT, repeated=Outcome.CHECKED_IN))
    assert screen.kind == "welcome"


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("refusal", list(Refusal))
def test_every_refusal_has_a_danish_reason_and_what_to_do(qtbot, languages, refusal):
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(ScanResult(outcome=Outcome.REFUSED, at=MORNING, refusal=refusal))
    danish = (screen.headline.text(), screen.lines[0].text())
    languages.switch("en")
    english = (screen.headline.text(), screen.lines[0].text())
    assert screen.kind == "refused" and all(danish) and all(english)
    assert danish != english


def test_result_returns_by_itself_and_on_tap(qtbot, languages):
    screen = ResultScreen(CPH, seconds=1)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.finished, timeout=3000):
        screen.show_result(welcome())
    screen.show_result(welcome())
    with qtbot.waitSignal(screen.finished, timeout=500):
        qtbot.mouseClick(screen, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)


def test_hint_points_at_the_camera(qtbot, languages):
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.show()
    screen.set_hint(True)
    assert screen.hint.isVisible()
    assert screen.hint.text() == "Hold koden op mod kameraet over skærmen, ikke mod skærmen"
    screen.set_hint(False)
    assert not screen.hint.isVisible()


def test_the_low_clips_warning_reads_right_in_english(qtbot, languages):
    languages.switch("en")
    screen = ResultScreen(CPH)
    qtbot.addWidget(screen)
    screen.show_result(welcome(clips_left=1, notices=(Notice.LOW_CLIPS,)))
    assert screen.warning.text() == "Only 1 clip left: top up with a host"
    assert [line.text() for line in screen.lines if "clip" in line.text()] == []


def test_the_scan_screen_says_what_the_camera_does_in_the_doors_language(qtbot, languages):
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.set_contact("ida@example.dk")
    assert screen.camera_notice.text().startswith("Kameraet læser kun koder. Det gemmer ingen billeder.")
    assert "ida@example.dk" in screen.camera_notice.text().replace("\u200b", "")
    languages.switch("de")
    assert "keine Bilder" in screen.camera_notice.text()


def test_the_keypad_promises_neither_in_nor_out(qtbot, languages):
    """It said "Tjek ind" when the code would check the person out."""
    from kiosk.ui.screens.manual_entry import ManualEntryScreen

    keypad = ManualEntryScreen()
    qtbot.addWidget(keypad)
    assert keypad.ok_button.text() == "OK"


def test_the_door_counts_who_is_in_in_one_wording(qtbot, languages):
    # "4 jetzt da" in the corner and "4 sind gerade da" below it read as two different counts.
    from kiosk.domain.social import HereNow

    languages.switch("de")
    screen = ScanScreen("X")
    qtbot.addWidget(screen)
    screen.set_in_now(4)
    screen.set_here(HereNow(named=(), others=4))
    assert screen.in_now.text() == "4 jetzt da"
    assert screen.here_line.candidates()[-1] == "4 jetzt da"
    screen.set_here(HereNow(named=(("Anna", ()),), others=3))
    assert screen.here_line.candidates()[0] == "Jetzt da: Anna und 3 weitere"
