"""The host view's pages with the real door worker thread, the real services and SQLite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.core.members import NewMember
from kiosk.domain.countdown import Countdown
from kiosk.domain.guests import GuestForm
from kiosk.domain.members import PlanKind
from tests.ui.touch import tap, tap_when_shown


@pytest.fixture
def door(full_door):  # type: ignore[no-untyped-def]
    full_door.host_view.on_host_unlock("open")
    return full_door


def consents(kiosk) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k.value: p.version for k, p in kiosk.guests.policies().items()}


def test_today_shows_guests_with_their_host_and_checks_in_by_hand(qtbot, door, kiosk):
    [lars, kim] = kiosk.members.add_many([NewMember(name="Lars Holm"), NewMember(name="Kim Berg")])
    kiosk.guests.register(GuestForm(name="Ole Gæst", visitor_type="guest", host_member_id=lars.member.id,
                                    company="Ole ApS", consents=consents(kiosk)))
    host = door.host
    tap(qtbot, host.tab_buttons["today"])
    qtbot.waitUntil(lambda: "1" in host.today.summary.text(), timeout=3000)
    row = host.today.findChild(type(host.today.summary), f"visit-{kiosk.presence.on().visits[0].member_id}")
    assert row is not None and "Ole ApS" in row.text() and "Lars Holm" in row.text()
    host.today.search.setText("kim")
    host.today.search.textEdited.emit("kim")
    tap_when_shown(qtbot, host.today, f"checkin-{kim.member.id}")
    tap_when_shown(qtbot, host.today, "checkin-reason-code_will_not_read")
    qtbot.waitUntil(lambda: "Kim Berg" in host.today.status.text(), timeout=3000)
    assert {e.name for e in kiosk.presence.on().in_now} == {"Ole Gæst", "Kim Berg"}
    with kiosk.store.transaction() as tx:
        event = tx.events()[-1]
    assert (event.kind.value, event.source, event.reason) == ("check_in", "host", "code_will_not_read")


def test_members_page_tops_up_pauses_and_issues_a_new_card(qtbot, door, kiosk):
    [kim] = kiosk.members.add_many([NewMember(name="Kim Klip", plan=PlanKind.CLIPCARD, clips=2)])
    page = door.host.members
    tap(qtbot, door.host.tab_buttons["members"])
    tap_when_shown(qtbot, page, f"member-{kim.member.id}")
    assert page.selected is not None and page.selected.id == kim.member.id
    page.amount.setText("450,00")
    tap(qtbot, page.method_buttons["cash"])
    tap(qtbot, page.topup_buttons[10])
    qtbot.waitUntil(lambda: "10" in page.status.text(), timeout=3000)
    assert kiosk.members.search("kim")[0].plan.clips_total == 12
    with kiosk.store.transaction() as tx:
        [payment] = tx.payments(kim.member.id)
    assert (payment.amount_ore, payment.method, payment.clips) == (45000, "cash", 10)
    page.until_edit.setText("2027-06-30")
    tap(qtbot, page.save_button)
    qtbot.waitUntil(lambda: str(kiosk.members.search("kim")[0].plan.valid_until) == "2027-06-30", timeout=3000)
    qtbot.waitUntil(page.save_button.isEnabled, timeout=3000)  # off while the save ran (saves once)
    page.until_edit.setText("30/06/2027")
    tap(qtbot, page.save_button)
    assert "2026-12-31" in page.status.text()  # the plain message says what a date looks like
    tap(qtbot, page.action_buttons["suspend"])
    qtbot.waitUntil(lambda: kiosk.members.search("kim")[0].status.value == "suspended", timeout=3000)
    tap(qtbot, page.action_buttons["new_card"])  # a lost card: asked once, with what will happen
    confirmation = door.host.confirmation
    assert "Kim Klip" in confirmation.question.text() and "hver anden dør" in confirmation.question.text()
    tap(qtbot, page.action_buttons["new_card"])  # a second tap of the same button does not do it
    with kiosk.store.reading() as tx:
        assert [c.revoked for c in tx.cards_of(kim.member.id)] == [False]
    tap(qtbot, confirmation.yes_button)
    qtbot.waitUntil(lambda: ".pdf" in page.status.text(), timeout=5000)
    assert kiosk.checkin.check_in_code(kim.code).refusal.value == "revoked"
    with kiosk.store.reading() as tx:
        new = [c for c in tx.cards_of(kim.member.id) if not c.revoked]
    assert [c.serial for c in new] == [2]
    import re

    [short] = re.findall(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b", page.status.text())  # the new card's code, shown
    assert kiosk.checkin.check_in_short_code(short).name == "Kim Klip"
    assert "new_card" in [line.entry.action for line in kiosk.host.audit.recent()]


def test_busy_page_charts_the_day_and_settings_save(qtbot, door, kiosk):
    [a, b] = kiosk.members.add_many([NewMember(name="A"), NewMember(name="B")])
    kiosk.checkin.check_in_code(a.code)
    kiosk.checkin.check_in_code(b.code)
    kiosk.guests.register(GuestForm(name="G", visitor_type="event", consents=consents(kiosk)))
    kiosk.clock.advance(hours=2)
    busy = door.host.busy
    tap(qtbot, door.host.tab_buttons["busy"])
    tap(qtbot, busy.period_buttons[1])
    # The tab opens on a longer period: wait for the one-day answer, not the first one to arrive.
    qtbot.waitUntil(lambda: busy.data is not None and busy.data.total == 3
                    and len(busy.per_day.series[0]) == 1, timeout=5000)
    assert busy.per_day.series == [[2], [1]]
    assert sum(busy.by_hour.totals()) == pytest.approx(6.0)  # three people, two hours each
    tap(qtbot, busy.export_button)
    qtbot.waitUntil(lambda: ".csv" in busy.status.text(), timeout=3000)

    settings = door.host.settings
    tap(qtbot, door.host.tab_buttons["settings"])
    settings.edits["retention_days"].setText("14")
    settings.edits["space_name"].setText("Bright Park Bornholm")
    settings.edits["mobilepay_number"].setText("55 66 77 88")
    settings.edits["languages"].setText("da,de")
    [daypass, _guest, event] = settings.type_rows
    daypass.price.setText("175,50")
    event.name.clear()  # removed
    tap(qtbot, settings.sections.buttons["guests"])  # Settings is in sections, one on screen at a time
    tap(qtbot, settings.add_type_button)
    qtbot.waitUntil(lambda: settings.type_rows[-1].needs_host.isVisible(), timeout=3000)
    settings.type_rows[-1].name.setText("Workshop")
    settings.type_rows[-1].price.setText("250")
    tap(qtbot, settings.type_rows[-1].needs_host)
    tap(qtbot, settings.save_button)
    qtbot.waitUntil(lambda: kiosk.settings.retention_days == 14, timeout=3000)
    assert kiosk.privacy.retention_days == 14
    qtbot.waitUntil(lambda: door.scan.space_name.text() == "Bright Park Bornholm", timeout=3000)
    assert door.languages.offered == ["da", "de"] and list(door.scan.language_buttons) == ["da", "de"]
    assert door.scan.language_buttons["da"].isChecked()
    assert door.settings.mobilepay_number == "55 66 77 88"  # the next guest sees the new number
    types = {t.key: t for t in kiosk.guests.visitor_types()}
    assert types["daypass"].price_ore == 17550 and "event" not in types
    assert types["guest"].names["de"] == "Ich besuche ein Mitglied"  # other languages kept
    [workshop] = [t for t in types.values() if t.key.startswith("workshop")]
    assert (workshop.name("da"), workshop.price_ore, workshop.needs_host) == ("Workshop", 25000, True)
    settings.edits["guard_seconds"].setText("9999")
    tap(qtbot, settings.save_button)
    assert "3600" in settings.problems["guard_seconds"].text()  # refused at the field, nothing saved
    assert settings.sections.current == "screen" and "Intet blev gemt" in settings.status.text()
    assert kiosk.settings.guard_seconds == 60
    tap(qtbot, settings.sections.buttons["texts"])
    assert not settings.save_button.isVisible()  # the texts have their own save
    settings.policy_edit.setPlainText("Nye husregler")
    tap(qtbot, settings.policy_save)
    qtbot.waitUntil(lambda: "version 2" in settings.status.text(), timeout=3000)
    assert kiosk.guests.policies()[next(iter(kiosk.guests.policies()))].version == 2



def test_csv_import_from_the_host_view_shows_progress_and_reports_bad_rows(qtbot, door, kiosk):
    folder = kiosk.data_dir / "import"
    folder.mkdir()
    good = folder / "members.csv"
    good.write_text("name,email,plan,clips\n" + "".join(f"Person {i},p{i}@example.dk,clipcard,10\n"
                                                         for i in range(120)), encoding="utf-8")
    page = door.host.members
    tap(qtbot, door.host.tab_buttons["members"])
    steps: list[tuple[int, int]] = []
    page.progress.valueChanged.connect(lambda v: steps.append((v, page.progress.maximum())))
    tap(qtbot, page.import_button)
    tap_when_shown(qtbot, page, f"csv-{good}")
    qtbot.waitUntil(lambda: "120" in page.status.text(), timeout=5000)
    assert len(kiosk.members.roster()) == 120
    assert (120, 120) in steps and any(done < total for done, total in steps if total)

    bad = folder / "bad.csv"
    bad.write_text("name,email,plan,clips\nAnne,anne@example.dk,clipcard,ten\n,x@example.dk,monthly,\n",
                   encoding="utf-8")
    good.unlink()
    tap(qtbot, page.import_button)
    tap_when_shown(qtbot, page, f"csv-{bad}")
    # Said in the host view's language from the error's code, never the parser's English message.
    qtbot.waitUntil(lambda: "Linje 2" in page.status.text(), timeout=5000)
    assert page.status.text() == ("Intet blev importeret: Linje 2: ten er ikke et helt antal klip. "
                                  "Linjer med fejl i alt: 2.")
    assert len(kiosk.members.roster()) == 120  # nothing added


def test_only_the_host_view_leaves_fullscreen_and_goes_back(qtbot, door):
    window = door.window
    tap(qtbot, door.host.window_button)  # windowed for development -> the kiosk's fullscreen
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    window.allow_close = False
    tap(qtbot, door.host.window_button)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    assert window.isVisible() and not window.close()  # a normal window, still not closable
    window.allow_close = True


def test_every_page_follows_a_language_switch(qtbot, door, kiosk):
    host = door.host
    tap(qtbot, host.tab_buttons["settings"])  # visitor type names shown in Danish
    assert host.members.add_button.text() == "Nyt medlem"
    door.languages.switch("de")
    assert host.tab_buttons["members"].text() == "Mitglieder"
    assert host.members.add_button.text() == "Neues Mitglied"
    assert host.busy.export_button.text() == "CSV exportieren"
    assert host.today.check_in_title.text() == "Jemanden von Hand einchecken"
    assert host.settings.save_button.text() == "Einstellungen speichern"
    assert host.keyboard.space.text() == "Leerzeichen"
    # Saving after the switch files the Danish names under Danish, not under German.
    tap(qtbot, host.settings.save_button)
    qtbot.waitUntil(lambda: "Gespeichert" in host.settings.status.text(), timeout=3000)
    daypass = next(t for t in kiosk.guests.visitor_types() if t.key == "daypass")
    assert daypass.names["de"] == "Tagespass: Ich möchte heute hier arbeiten"
    assert daypass.names["da"] == "Dagspas: jeg vil arbejde her i dag"


@pytest.mark.parametrize("language", ["da", "en", "de"])
def test_the_host_view_shows_what_the_door_said(qtbot, door, kiosk, language):
    [lars] = kiosk.members.add_many([NewMember(name="Lars Demo", plan=PlanKind.CLIPCARD, clips=10)])
    assert kiosk.checkin.check_in_code(lars.code).clips_left == 9
    door.languages.switch(language)
    page = door.host.members
    door.host.show_page("members")
    qtbot.waitUntil(lambda: page.findChild(type(page.add_button), f"member-{lars.member.id}") is not None,
                    timeout=3000)
    line = page.findChild(type(page.add_button), f"member-{lars.member.id}").text()
    assert "9" in line and "10" in line, line
    page.select(page._shown[0])
    assert "9" in page.clips_label.text(), page.clips_label.text()


LONG = "Anne-Sophie Østergaard-Bjørnskov Christiansen von Hohenzollern-Sigmaringen Ærø!"


def test_check_out_by_hand_has_a_way_back_and_says_it_is_done(qtbot, door, kiosk):
    [lars] = kiosk.members.add_many([NewMember(name=LONG)])
    kiosk.checkin.check_in_code(lars.code)
    host = door.host
    host.show_page("in_now")
    tap_when_shown(qtbot, host, "CheckOut")
    back = host.findChild(QPushButton, "reason-back")
    qtbot.waitUntil(back.isVisible, timeout=3000)
    tap(qtbot, back)  # changed their mind: the reasons go, the check-out button is back
    qtbot.waitUntil(lambda: host.findChild(QPushButton, "CheckOut").isVisible(), timeout=3000)
    assert not back.isVisible() and kiosk.presence.count_in_now() == 1
    tap_when_shown(qtbot, host, "CheckOut")
    tap_when_shown(qtbot, host, "reason-forgot")
    qtbot.waitUntil(lambda: "Anne-Sophie" in host.message.text() and kiosk.presence.count_in_now() == 0,
                    timeout=3000)
    qtbot.waitUntil(lambda: host.message.text() == f"{LONG} er tjekket ud.", timeout=3000)  # confirmed


def test_roll_call_keeps_everyone_on_screen_and_its_ticks(qtbot, door, kiosk):
    names = [LONG, "Åse Ørum", "Bo"]
    cards = kiosk.members.add_many([NewMember(name=n) for n in names])
    for c in cards:
        kiosk.checkin.check_in_code(c.code)
    door.host_refresh_requested.emit()
    qtbot.waitUntil(lambda: len(door.host._people) == 3, timeout=3000)
    for size in ((1024, 600), (1280, 800), (1920, 1080)):
        door.window.resize(*size)
        tap(qtbot, door.host.roll_call_button)
        roll = door.roll_call
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.roll_call, timeout=3000)
        qtbot.wait(100)
        viewport = roll.list_area.viewport()
        for b in roll.buttons:
            left = b.mapTo(viewport, b.rect().topLeft()).x()
            assert left >= 0 and left + b.width() <= viewport.width(), (size, b.text(), left, b.width())
            assert b.label.heightForWidth(b.label.width()) <= b.label.height() + 2, b.text()
        assert roll.list_area.horizontalScrollBar().maximum() == 0
        tap(qtbot, roll.buttons[0])
        assert roll.counter.text().startswith("1 af 3"), roll.counter.text()
        tap(qtbot, roll.back_button)  # back to the host view, and in again: the tick is kept
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.host, timeout=3000)
        tap(qtbot, door.host.roll_call_button)
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.roll_call, timeout=3000)
        assert roll.counter.text().startswith("1 af 3") and roll.buttons[0].isChecked()
        tap(qtbot, roll.over_button)  # the evacuation is over: the next one starts afresh
        tap(qtbot, door.host.roll_call_button)
        assert roll.counter.text().startswith("0 af 3")
        tap(qtbot, roll.back_button)


def test_the_roll_call_outlasts_the_host_views_idle_close(qtbot, door, kiosk):
    [bo] = kiosk.members.add_many([NewMember(name="Bo")])
    kiosk.checkin.check_in_code(bo.code)
    # The two minutes, shortened; the e2e test has the real ones.
    door.host.hold()
    door.host.countdown.set_lengths(Countdown(warn_after=0, ends_after=3), second_ms=20)
    door.host.open_view()
    tap(qtbot, door.host.roll_call_button)
    # Nothing is left to close the view behind the roll call: no countdown and no check due.
    assert not door.host.countdown.active and not door.host.countdown.pending()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.roll_call, timeout=3000)
    assert not door.host.countdown.pending()  # showing the roll call started nothing again
    tap(qtbot, door.roll_call.back_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)


def test_a_new_clip_card_takes_its_clip_count(qtbot, door, kiosk):
    page = door.host.members
    tap(qtbot, door.host.tab_buttons["members"])
    tap(qtbot, page.add_button)
    assert not page.clips_edit.isVisible()  # monthly: no clips
    tap(qtbot, page.plan_buttons[PlanKind.CLIPCARD])
    assert page.clips_edit.isVisible()
    page.name_edit.setText("Kim Klip")
    page.clips_edit.setText("0")
    tap(qtbot, page.save_button)
    assert "1000" in page.status.text() and not kiosk.members.roster()
    page.clips_edit.setText("25")
    tap(qtbot, page.save_button)
    qtbot.waitUntil(lambda: len(kiosk.members.roster()) == 1, timeout=3000)
    [kim] = kiosk.members.roster()
    assert (kim.plan.kind, kim.plan.clips_total) == (PlanKind.CLIPCARD, 25)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_keyboard_never_hides_the_create_button(qtbot, door, kiosk, size):
    from zoneinfo import ZoneInfo

    from kiosk import app
    from kiosk.ui.screens.host_pages.view import HostScreen

    host = HostScreen(ZoneInfo("Europe/Copenhagen"), tasks=door.tasks, desk=app.host_desk(kiosk))
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    host.open_view()
    tap(qtbot, host.tab_buttons["members"])
    page = host.members
    tap(qtbot, page.add_button)
    tap(qtbot, page.plan_buttons[PlanKind.CLIPCARD])
    viewport = host._holders["members"].viewport()

    def on_screen(widget) -> bool:  # type: ignore[no-untyped-def]
        """Whole, inside the window, not under the keyboard, and (on the page) inside its view."""
        top = widget.mapTo(host, widget.rect().topLeft())
        if not widget.isVisible() or top.y() < 0 or top.y() + widget.height() > host.height():
            return False
        if host.keyboard.isAncestorOf(widget) or widget is host.keyboard_action:
            return True
        view_top = viewport.mapTo(host, viewport.rect().topLeft()).y()
        keys_top = host.keyboard.mapTo(host, host.keyboard.rect().topLeft()).y()
        return view_top <= top.y() and top.y() + widget.height() <= min(view_top + viewport.height(), keys_top)

    for field, text in ((page.name_edit, "Kim Klip"), (page.email_edit, "kim@example.dk"),
                        (page.until_edit, ""), (page.clips_edit, "12")):
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # a finger on the field: the keyboard comes up
        qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)
        qtbot.wait(400)
        assert on_screen(field), field.objectName()
        create = [b for b in (page.save_button, host.keyboard_action) if on_screen(b)]
        assert create and create[0].text() == page.save_button.text() == "Opret og lav kort", field.objectName()
        if text:
            field.setText(text)
    tap(qtbot, create[0])
    qtbot.waitUntil(lambda: len(kiosk.members.roster()) == 1, timeout=3000)
    assert kiosk.members.roster()[0].plan.clips_total == 12
    host.hold()
