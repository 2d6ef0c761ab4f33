"""The host view forgives (issue 24): a destructive tap asks once and says what will happen,
a form saves once, a wrong value is refused where it is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.core.members import NewMember
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.services.host import Unlock
from kiosk.ui.widgets import WrapButton
from tests.ui.touch import tap, tap_when_shown


@pytest.fixture
def door(full_door):  # type: ignore[no-untyped-def]
    full_door.languages.switch("en")
    full_door.host_view.on_host_unlock("open")
    return full_door


def test_quit_asks_once_and_says_what_happens_and_sits_away_from_window(qtbot, door):
    host = door.host
    quits: list[bool] = []
    host.quit_requested.disconnect(door.host_view.quit_by_host)  # the test's app must go on running
    host.quit_requested.connect(lambda: quits.append(True))
    tap(qtbot, host.quit_button)
    assert quits == []
    assert host.confirmation.isVisible() and "stops checking people in" in host.confirmation.question.text()
    tap(qtbot, host.confirmation.no_button)  # Cancel changes nothing
    assert quits == [] and not host.confirmation.isVisible()
    tap(qtbot, host.quit_button)
    tap(qtbot, host.confirmation.yes_button)
    assert quits == [True]
    # Not beside "Window": a finger meant for one must not hit the other.
    gap = host.window_button.geometry().left() - host.quit_button.geometry().right()
    assert gap > 150, gap


def test_a_question_is_dismissed_when_the_tab_changes_and_erase_asks(qtbot, door, kiosk):
    [lars] = kiosk.members.add_many([NewMember(name="Lars Holm")])
    host, page = door.host, door.host.members
    tap(qtbot, host.tab_buttons["members"])
    tap_when_shown(qtbot, page, f"member-{lars.member.id}")
    tap(qtbot, page.action_buttons["erase"])
    assert "Lars Holm" in host.confirmation.question.text() and "for good" in host.confirmation.question.text()
    page.say("an old message")
    tap(qtbot, host.tab_buttons["today"])
    assert not host.confirmation.isVisible() and page.status.text() == ""
    tap(qtbot, host.tab_buttons["members"])
    tap_when_shown(qtbot, page, f"member-{lars.member.id}")
    tap(qtbot, page.action_buttons["erase"])
    tap(qtbot, host.confirmation.yes_button)
    qtbot.waitUntil(lambda: kiosk.members.search("Lars") == [], timeout=5000)


def test_a_new_member_is_added_once_however_often_create_is_tapped(qtbot, door, kiosk):
    host, page = door.host, door.host.members
    tap(qtbot, host.tab_buttons["members"])
    tap(qtbot, page.add_button)
    page.name_edit.setText("Mette Jensen")
    tap(qtbot, page.save_button)
    page.save()  # a quick double tap: the button is off while the first one saves
    assert not page.save_button.isEnabled()
    qtbot.waitUntil(lambda: "Mette Jensen" in page.status.text(), timeout=5000)
    assert page.name_edit.text() == "" and page.selected is None  # the form is emptied once saved
    tap(qtbot, page.save_button)  # and tapped again: an empty name is refused, nothing added
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=5000)
    assert [m.name for m in kiosk.members.roster()] == ["Mette Jensen"]


def test_editing_shows_whose_record_is_open_and_the_keyboard_button_says_save(qtbot, door, kiosk):
    [mette] = kiosk.members.add_many([NewMember(name="Mette Jensen")])
    host, page = door.host, door.host.members
    door.window.setFixedSize(1024, 600)
    tap(qtbot, host.tab_buttons["members"])
    tap(qtbot, page.add_button)
    qtbot.mouseClick(page.name_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)
    assert host.keyboard_action.text() == "Add and make a card"
    tap_when_shown(qtbot, page, f"member-{mette.member.id}")
    assert host.keyboard_action.text() == "Save"  # the side button follows the member opened
    assert host.page_heading.isVisible() and "Mette Jensen" in host.page_heading.text()
    # The heading is outside the scrolling page: scrolled to the bottom, it is still in view.
    area = host._holders["members"]
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    top = host.page_heading.mapTo(host, host.page_heading.rect().topLeft())
    assert top.y() >= 0 and not area.isAncestorOf(host.page_heading)


def test_a_weak_pin_is_refused_at_the_field_and_nothing_is_saved(qtbot, door, kiosk):
    host, settings = door.host, door.host.settings
    tap(qtbot, host.tab_buttons["settings"])
    settings.edits["space_name"].setText("Havnehuset")
    settings.pin_edit.setText("1234")
    tap(qtbot, settings.save_button)
    assert settings.pin_problem.isVisible() and "too easy" in settings.pin_problem.text()
    assert kiosk.settings.space_name != "Havnehuset" and kiosk.host.unlock("1234").result is Unlock.NO_PIN
    settings.pin_edit.setText("2580")
    tap(qtbot, settings.save_button)
    qtbot.waitUntil(lambda: kiosk.settings.space_name == "Havnehuset", timeout=5000)
    qtbot.waitUntil(lambda: kiosk.host.unlock("2580").result is Unlock.OPEN, timeout=5000)
    assert not settings.pin_problem.isVisible()


def test_the_old_opening_and_closing_time_are_no_settings_any_more(kiosk):
    with pytest.raises(InvalidSetting):
        SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), "closing_time": "23:00"})
    # What an earlier version saved (even typed as "2300") still starts the kiosk, as opening hours.
    assert SpaceSettings.from_stored({"closing_time": "2300"}).opening_hours == "mon-sun 07:00-23:00"


def test_an_expired_member_is_marked_and_the_list_shows_five_at_1024x600(qtbot, door, kiosk):
    from datetime import date

    kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(8)]
                           + [NewMember(name="Lars Holm", valid_until=date(2001, 1, 31))])
    door.window.setFixedSize(1024, 600)
    page = door.host.members
    tap(qtbot, door.host.tab_buttons["members"])
    qtbot.waitUntil(lambda: len(page._shown) == 9, timeout=5000)
    qtbot.waitUntil(lambda: page.findChild(WrapButton, f"member-{page._shown[0].id}") is not None, timeout=5000)
    lars = next(m for m in page._shown if m.name == "Lars Holm")
    row = page.findChild(WrapButton, f"member-{lars.id}")
    assert "expired 2001-01-31" in row.text()
    rows = [page.findChild(WrapButton, f"member-{m.id}") for m in page._shown]
    viewport = rows[0].parentWidget().parentWidget()  # the list's own scroll area

    def whole_rows_in_view() -> int:
        return sum(1 for r in rows if r.isVisible() and 0 < r.geometry().bottom() <= viewport.height())

    qtbot.waitUntil(lambda: whole_rows_in_view() >= 5, timeout=5000)


def test_check_out_reasons_keep_back_in_view(qtbot, door, kiosk):
    cards = kiosk.members.add_many([NewMember(name=f"Person {i}") for i in range(8)])
    for card in cards:
        kiosk.checkin.check_in_code(card.code)
    door.window.setFixedSize(1024, 600)
    host = door.host
    host.refresh_requested.emit()
    last = cards[-1].member.id
    qtbot.waitUntil(lambda: host.findChild(QWidget, f"row-{last}") is not None, timeout=5000)
    row = host.findChild(QWidget, f"row-{last}")
    area = host._in_now_scroll
    out = row.findChild(QPushButton, "CheckOut")
    qtbot.waitUntil(out.isVisible, timeout=5000)
    area.ensureWidgetVisible(out)
    tap(qtbot, out)
    back = row.findChild(QPushButton, "reason-back")

    def back_in_view() -> bool:
        top = back.mapTo(area.viewport(), back.rect().topLeft())
        return back.isVisible() and top.y() >= 0 and top.y() + back.height() <= area.viewport().height()

    qtbot.waitUntil(back_in_view, timeout=3000)


def test_the_space_name_the_owner_typed_fits_the_top_bar_at_1024(qtbot, full_door):
    """Issue 24: "Klitmøller Kontorfælless..." in the door's top bar: a smaller font first."""
    door = full_door
    door.window.setFixedSize(1024, 600)
    door.window.stack.setCurrentWidget(door.scan)
    door.scan.space_name.setText("Klitmøller Kontorfællesskab")
    qtbot.waitUntil(lambda: door.scan.space_name.shown_text() == "Klitmøller Kontorfællesskab", timeout=3000)
    door.scan.space_name.setText("Klitmøller Kontorfællesskab og Værksted for Iværksættere ved Vesterhavet")
    qtbot.waitUntil(lambda: door.scan.space_name.shown_text().endswith("…"), timeout=3000)  # then it elides


def test_whos_here_on_a_kiosk_without_a_server_points_to_no_members_page(qtbot, languages):
    from kiosk.ui.screens.whos_here import WhosHereScreen

    languages.switch("en")
    screen = WhosHereScreen()
    qtbot.addWidget(screen)
    assert "own page" not in screen.hint.text() and "Guests are never named" in screen.hint.text()
    screen.set_member_pages(True)  # enrolled: the server's members' page exists
    assert "own page" in screen.hint.text()
