"""A member's card at the camera while a host works in the host view (a long shift at the door):
the check-in is kept and welcomed, then the host is back where they were, with what they typed
and not yet saved; no checklist pops up over the host's work."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk import app
from kiosk.core.members import NewMember
from tests.ui.touch import tap, tap_when_shown

# A result screen stays result_seconds (5 s), so the waits for it to end allow 15 s on a loaded machine.
LONG = "Kaffeemaschine einschalten, Fenster im Obergeschoss öffnen und die Heizung prüfen!"[:80]


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_check_in_during_host_work_returns_to_the_host_view(qtbot, full_door, kiosk, clock):
    door = full_door
    app.apply_settings(kiosk, replace(kiosk.settings, opening_checklist="Licht an",
                                      closing_checklist="Licht aus"))
    door.follow_settings(kiosk.settings)
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    tap(qtbot, door.host.tab_buttons["settings"])
    page = door.host.settings
    qtbot.waitUntil(lambda: page.edits["critical_mass"].text() != "", timeout=3000)
    typed = "\n".join([LONG] * 12)
    page.checklist_edits["opening_checklist"].setPlainText(typed)  # not saved yet

    for expected in ("checked_in", "checked_out"):  # the first in, then the last out: both had a checklist
        clock.advance(minutes=30)
        door.answers.last_result = None
        door.codes.submit_code(card.code)
        qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
        assert door.answers.last_result.outcome.value == expected
        assert door.window.stack.currentWidget() is door.result  # the member is answered at once
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is not door.result, timeout=15_000)
        assert door.window.stack.currentWidget() is door.host, door.window.stack.currentWidget()
        assert door.host.pages.currentWidget() is door.host._holders["settings"]
        assert page.checklist_edits["opening_checklist"].toPlainText() == typed
    door.host.hold()


def test_the_host_view_closing_by_itself_behind_a_welcome_goes_to_the_door(qtbot, full_door, kiosk):
    door = full_door
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    door.answers.last_result = None
    door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    door.host.close_view()  # its two minutes ran out while the welcome showed
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=15_000)


def test_a_members_card_while_a_guest_registers_keeps_the_guests_typing(qtbot, full_door, kiosk):
    door = full_door
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    tap(qtbot, door.scan.guest_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
    tap(qtbot, door.guest.language_buttons["de"])
    door.guest.keyboard.type_text("Jürgen Weiß")
    door.answers.last_result = None
    door.codes.submit_code(card.code)  # a member walks in behind the guest and holds up their card
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    assert door.answers.last_result.outcome.value == "checked_in"
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is not door.result, timeout=15_000)
    assert door.window.stack.currentWidget() is door.guest
    assert door.guest.current() == "name" and door.guest.name_edit.text() == "Jürgen Weiß"
    door.guest.cancel()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=15_000)


def test_the_lost_card_button_is_on_a_7_inch_panel_when_a_long_named_member_is_picked(qtbot, full_door, kiosk):
    """A touchscreen does not scroll by dragging: the member's actions must show without it."""
    door = full_door
    long_name = "Maximiliane Wilhelmine von Hohenzollern-Sigmaringen-Klitmøll"  # 60 characters
    kiosk.members.add(NewMember(name=long_name))
    door.window.setFixedSize(1024, 600)
    door.languages.switch("de")
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    tap(qtbot, door.host.tab_buttons["members"])
    page = door.host.members
    qtbot.waitUntil(lambda: bool(page._shown), timeout=5000)
    qtbot.waitUntil(lambda: any(b.objectName() == f"member-{page._shown[0].id}" and b.isVisible()
                                for b in page.findChildren(QPushButton)), timeout=5000)
    tap_when_shown(qtbot, page, f"member-{page._shown[0].id}")
    viewport = door.host._holders["members"].viewport()
    seen = viewport.rect()

    def in_view(button) -> bool:  # type: ignore[no-untyped-def]
        return (button.isVisible() and seen.contains(button.mapTo(viewport, button.rect().topLeft()))
                and seen.contains(button.mapTo(viewport, button.rect().bottomRight())))

    # The member's actions are scrolled into view once the layout has settled: wait for that.
    qtbot.waitUntil(lambda: all(in_view(page.action_buttons[k]) for k in ("new_card", "erase")), timeout=5000)
    for key in ("new_card", "erase"):
        button = page.action_buttons[key]
        top_left = button.mapTo(viewport, button.rect().topLeft())
        bottom_right = button.mapTo(viewport, button.rect().bottomRight())
        assert seen.contains(top_left) and seen.contains(bottom_right), (key, top_left, bottom_right, seen)
    door.host.hold()


def test_people_scanning_out_during_the_roll_call_keep_the_roll_call_up(qtbot, full_door, kiosk):
    door = full_door
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    kiosk.checkin.check_in_code(card.code)
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    tap(qtbot, door.host.roll_call_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.roll_call, timeout=5000)
    door.answers.last_result = None
    door.codes.submit_code(card.code)  # leaving the building, past the door
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is not door.result, timeout=15_000)
    assert door.window.stack.currentWidget() is door.roll_call
