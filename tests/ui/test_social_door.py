"""The social door with the real controller, the door worker's thread and the kiosk's real SQLite
file: names only of members who opted in, on every screen; "Hide me" holds at once; the opening
and closing checklists go to the first in and the last out only; critical mass on How busy."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.checklists import Checklist
from kiosk.domain.guests import GuestForm
from kiosk.domain.social import HereNow, Source, Visibility
from kiosk.domain.visits import Visit
from kiosk.ui.gallery import SIZES
from kiosk.ui.screens.scan_screen import ScanScreen
from tests.ui.touch import tap

SERIAL = itertools.count(1)


def show(kiosk, member_id: str, tags: tuple[str, ...] = ()) -> None:  # type: ignore[no-untyped-def]
    """The member chose on their own page to be shown (as the roster pull stores it)."""
    with kiosk.store.transaction() as tx:
        tx.set_visibility(Visibility(member_id, True, tags, 1, kiosk.clock.now(), Source.MEMBER_PAGE))


def texts(controller) -> str:  # type: ignore[no-untyped-def]
    """Every text the door's screens hold now, shown or not, and every candidate of the idle line;
    but the welcome's headline, which greets the one who showed their own card."""
    found = [w.text() for w in controller.window.findChildren(QLabel) if w is not controller.result.headline]
    found += [w.text() for w in controller.window.findChildren(QAbstractButton)]
    found += controller.scan.here_line.candidates()
    return "\n".join(found).replace("\u200b", "")


def consents(kiosk) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k.value: p.version for k, p in kiosk.guests.policies().items()}


def welcome(qtbot, door, code: str) -> None:  # type: ignore[no-untyped-def]
    door.answers.last_result = None
    door.codes.submit_code(code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)


CHOICES = st.lists(st.sampled_from(["none", "shown", "hidden", "withdrawn", "guest"]), min_size=1, max_size=9)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choices=CHOICES)
def test_a_member_who_did_not_opt_in_is_on_no_screen(qtbot, full_door, kiosk, choices):
    door = full_door
    kiosk.clock.advance(days=1)  # a new day: nobody of the last example is in
    door.stage.show_scan()
    run = next(SERIAL)
    seen: dict[str, str] = {}
    cards = []
    for i, choice in enumerate(choices):
        name = f"{choice.capitalize()}{run}x{i} Jensen"  # a first name no other person has
        seen[name.split()[0]] = choice
        if choice == "guest":
            kiosk.guests.register(GuestForm(name=name, visitor_type="daypass", payment_method="host",
                                            consents=consents(kiosk)))
            continue
        card = kiosk.members.add(NewMember(name=name))
        if choice in ("shown", "withdrawn"):
            show(kiosk, card.member.id, ("web design",))
        if choice == "hidden":
            with kiosk.store.transaction() as tx:
                tx.set_visibility(Visibility(card.member.id, False, (), 1, kiosk.clock.now(), Source.MEMBER_PAGE))
        if choice == "withdrawn":
            kiosk.social.withdraw(card.member.id)
        cards.append(card)
    for card in cards[:-1]:
        kiosk.checkin.check_in_code(card.code)
    if cards:  # the last one in at the door, with a welcome on screen (greeting them by name)
        welcome(qtbot, door, cards[-1].code)
        welcomed_text = texts(door)
        door.result.finished.emit()
    else:
        welcomed_text = ""
    door.count_requested.emit()
    total = len(choices)
    shown = sorted(first for first, choice in seen.items() if choice == "shown")
    qtbot.waitUntil(lambda: door.answers.here.total == total and sorted(n for n, _ in door.answers.here.named) == shown,
                    timeout=5000)
    tap(qtbot, door.scan.whos_here_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.whos_here, timeout=3000)
    everything = welcomed_text + "\n" + texts(door)
    for first, choice in seen.items():
        if choice != "shown":
            assert first not in everything, f"{choice} {first} is on a screen"
    assert [label.text().replace("\u200b", "") for label in door.whos_here.names] == sorted(shown, key=str.casefold)
    tap(qtbot, door.whos_here.close_button)
    assert door.window.stack.currentWidget() is door.scan


def test_hide_me_at_the_door_leaves_the_idle_line_at_once(qtbot, full_door, kiosk):
    door = full_door
    anna = kiosk.members.add(NewMember(name="Anna Holm"))
    lars = kiosk.members.add(NewMember(name="Lars Bak"))
    show(kiosk, anna.member.id, ("web design",))
    show(kiosk, lars.member.id, ("3D print",))
    kiosk.checkin.check_in_code(anna.code)
    welcome(qtbot, door, lars.code)
    # The welcome names the others, not the one who just came in, and offers "Hide me".
    assert "Anna er her" in [line.text() for line in door.result.lines]
    assert door.result.hide_button.isVisible()
    qtbot.waitUntil(lambda: "Lars (3D print)" in door.scan.here_line.candidates()[0], timeout=3000)
    tap(qtbot, door.result.hide_button)
    qtbot.waitUntil(lambda: door.result.hidden_note.isVisible(), timeout=3000)
    assert "medlemsside" in door.result.hidden_note.text()  # shown again only by their own choice
    assert not door.result.hide_button.isVisible()  # no "show me" at the door
    qtbot.waitUntil(lambda: all("Lars" not in c for c in door.scan.here_line.candidates()), timeout=3000)
    assert door.scan.here_line.text() == "Her nu: Anna (web design) og 1 anden"
    assert kiosk.social.visibility(lars.member.id).visible is False


def test_a_member_not_shown_gets_no_hide_me_and_counts_only(qtbot, full_door, kiosk):
    door = full_door
    cards = [kiosk.members.add(NewMember(name=f"Medlem{i} Jensen")) for i in range(3)]
    for card in cards[:2]:
        kiosk.checkin.check_in_code(card.code)
    welcome(qtbot, door, cards[2].code)
    assert not door.result.hide_button.isVisible()
    assert door.result.lines[0].text() == "2 andre er her i dag"
    door.result.finished.emit()
    qtbot.waitUntil(lambda: door.scan.here_line.text() == "3 her nu", timeout=3000)
    tap(qtbot, door.scan.whos_here_button)
    assert door.whos_here.others.text() == "3 her nu" and not door.whos_here.names


def test_whos_here_closes_by_itself(qtbot, full_door, monkeypatch):
    door = full_door
    door.whos_here._timer.setInterval(300)
    tap(qtbot, door.scan.whos_here_button)
    assert door.window.stack.currentWidget() is door.whos_here
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)


def test_checklists_go_to_the_first_in_and_the_last_out_only(qtbot, full_door, kiosk):
    door = full_door
    settings_now = replace(kiosk.settings, opening_checklist="Lyset\nKaffen\nSkiltet ud",
                           closing_checklist="Vinduer\nAlarm")
    app.apply_settings(kiosk, settings_now)
    anna, lars = (kiosk.members.add(NewMember(name=n)) for n in ("Anna Holm", "Lars Bak"))

    def answer(card, outcome: str) -> str:  # type: ignore[no-untyped-def]
        """Scan at the door; wait for the answer's screen to end; which screen came next."""
        welcome(qtbot, door, card.code)
        assert door.answers.last_result.outcome.value == outcome
        door.result.finished.emit()
        screen = door.window.stack.currentWidget()
        if screen is door.checklist:
            assert door.checklist.kind is not None
            return door.checklist.kind.value
        return "scan" if screen is door.scan else type(screen).__name__

    assert answer(anna, "checked_in") == Checklist.OPENING.value
    assert [line.text() for line in door.checklist.lines] == ["☐  Lyset", "☐  Kaffen", "☐  Skiltet ud"]
    tap(qtbot, door.checklist.done_button)
    assert door.window.stack.currentWidget() is door.scan
    kiosk.clock.advance(minutes=5)
    assert answer(lars, "checked_in") == "scan"  # Anna is in: Lars is not the first
    kiosk.clock.advance(minutes=5)
    assert answer(anna, "checked_out") == "scan"  # Lars is still in
    kiosk.clock.advance(minutes=5)
    assert answer(lars, "checked_out") == Checklist.CLOSING.value
    assert [line.text() for line in door.checklist.lines] == ["☐  Vinduer", "☐  Alarm"]
    # Both visits were saved before the checklist: it can time out or be left, nothing is lost.
    assert [v.checked_out_at is not None for v in kiosk.presence.on().visits] == [True, True]
    door.checklist._left_ms = 100
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)


def test_another_doors_visit_makes_this_one_not_the_first(qtbot, full_door, kiosk):
    """Who is in includes the visits of the other doors that sync brought here."""
    door = full_door
    app.apply_settings(kiosk, replace(kiosk.settings, opening_checklist="Lyset", closing_checklist="Alarm"))
    anna, lars = (kiosk.members.add(NewMember(name=n)) for n in ("Anna Holm", "Lars Bak"))
    today = kiosk.settings.rules().local_day(kiosk.clock.now())
    kiosk.sync.local.apply_visits([Visit("v-door-2", anna.member.id, today, kiosk.clock.now() - timedelta(hours=1),
                                         origin="door-2")])
    welcome(qtbot, door, lars.code)
    door.result.finished.emit()
    assert door.window.stack.currentWidget() is door.scan  # Anna is in, at the other door
    kiosk.clock.advance(minutes=5)
    welcome(qtbot, door, lars.code)
    assert door.answers.last_result.outcome.value == "checked_out"
    door.result.finished.emit()
    assert door.window.stack.currentWidget() is door.scan  # and still in: Lars is not the last


def test_no_checklist_when_the_host_left_it_empty_or_for_a_guest(qtbot, full_door, kiosk):
    door = full_door
    anna = kiosk.members.add(NewMember(name="Anna Holm"))
    welcome(qtbot, door, anna.code)
    door.result.finished.emit()
    assert door.window.stack.currentWidget() is door.scan
    app.apply_settings(kiosk, replace(kiosk.settings, closing_checklist="Alarm"))
    pass_ = kiosk.guests.register(GuestForm(name="Gæst Hansen", visitor_type="daypass", payment_method="host",
                                            consents=consents(kiosk)))
    kiosk.clock.advance(minutes=5)
    welcome(qtbot, door, anna.code)  # Anna out: the guest is still in
    door.result.finished.emit()
    assert door.window.stack.currentWidget() is door.scan
    kiosk.clock.advance(minutes=5)
    welcome(qtbot, door, pass_.code)  # the guest is the last out: guests get no checklist
    assert door.answers.last_result.outcome.value == "checked_out"
    door.result.finished.emit()
    assert door.window.stack.currentWidget() is door.scan


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_the_idle_line_names_as_many_as_fit_and_never_cuts(qtbot, languages, lang):
    """At each size the line shows the fullest text that fits (tags dropped before names, names
    folded into "and N others" before anything is cut), and it always keeps the count."""
    languages.switch(lang)
    scan = ScanScreen("Cowork")
    qtbot.addWidget(scan)
    long_tags = ("Förderanträge bei der EU-Kommiss", "Bienenhaltung", "3D-Druck")
    for here in (HereNow((("Anna", ("web design",)), ("Lars", ("3D print",))), 3),
                 HereNow(tuple((f"Maximiliane{i}", long_tags) for i in range(12)), 28),
                 HereNow((("W" * 90, ()),), 2), HereNow((), 5)):
        scan.set_here(here)
        for width, height in SIZES:
            scan.resize(width, height)
            scan.show()
            QApplication.processEvents()
            line = scan.here_line
            room = line.contentsRect().width()
            shown = line.text()
            assert line.fontMetrics().horizontalAdvance(shown) <= room, (lang, width, shown)
            candidates = line.candidates()
            fuller = candidates[:candidates.index(shown)]
            assert all(line.fontMetrics().horizontalAdvance(c) > room for c in fuller), (lang, width, shown)
            assert str(here.total) in shown or str(here.total - 1) in shown or any(
                str(here.total - k) in shown for k in range(len(here.named) + 1))
            assert line.mapTo(scan, line.rect().topLeft()).x() >= 0 and \
                line.mapTo(scan, line.rect().bottomRight()).x() <= width
    # At 1920 px the short line is whole, with its tags.
    scan.set_here(HereNow((("Anna", ("web design",)), ("Lars", ("3D print",))), 3))
    scan.resize(1920, 1080)
    QApplication.processEvents()
    assert "Anna (web design)" in scan.here_line.text() and "Lars (3D print)" in scan.here_line.text()


def test_critical_mass_on_how_busy(qtbot, full_door, kiosk):
    door = full_door
    app.apply_settings(kiosk, replace(kiosk.settings, critical_mass=2))
    cards = [kiosk.members.add(NewMember(name=f"Medlem{i} Jensen")) for i in range(3)]
    # Monday: three in; Tuesday: one; Wednesday: nobody (closed, not counted).
    for card in cards:
        kiosk.checkin.check_in_code(card.code)
    kiosk.clock.advance(days=1)
    kiosk.checkin.check_in_code(cards[0].code)
    kiosk.clock.advance(days=1)
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    busy = door.host.busy
    tap(qtbot, door.host.tab_buttons["busy"])
    tap(qtbot, busy.period_buttons[7])
    qtbot.waitUntil(lambda: busy.mass is not None and busy.mass.threshold == 2, timeout=5000)
    assert busy.mass_weekday.series == [[100, 0, 0, 0, 0, 0, 0]]
    assert busy.mass_month.series == [[50]]
    assert "2" in busy.mass_title.text()
    door.host.hold()


def test_the_host_edits_the_checklists_and_n_in_settings(qtbot, full_door, kiosk):
    door = full_door
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    tap(qtbot, door.host.tab_buttons["settings"])
    page = door.host.settings
    qtbot.waitUntil(lambda: page.edits["critical_mass"].text() == "5", timeout=3000)
    page.checklist_edits["opening_checklist"].setPlainText("Tænd lyset\n\n  Lav kaffe  \n")
    page.checklist_edits["closing_checklist"].setPlainText("Luk vinduerne")
    page.edits["critical_mass"].setText("4")
    tap(qtbot, page.save_button)
    qtbot.waitUntil(lambda: kiosk.settings.critical_mass == 4, timeout=3000)
    assert kiosk.settings.checklist("opening") == ["Tænd lyset", "Lav kaffe"]
    assert kiosk.settings.checklist("closing") == ["Luk vinduerne"]
    page.checklist_edits["closing_checklist"].setPlainText("x" * 81)
    tap(qtbot, page.save_button)
    assert "80" in page.status.text()  # a plain message; nothing saved
    assert kiosk.settings.checklist("closing") == ["Luk vinduerne"]
    door.host.hold()
