"""A member's card at the camera while a host works in the host view (a long shift at the door):
the check-in is kept and welcomed, then the host is back where they were, with what they typed
and not yet saved; no checklist pops up over the host's work."""

from __future__ import annotations

from dataclasses import replace

from kiosk import app
from kiosk.core.members import NewMember
from tests.ui.touch import tap

LONG = "Kaffeemaschine einschalten, Fenster im Obergeschoss öffnen und die Heizung prüfen!"[:80]


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
        door.last_result = None
        door.submit_code(card.code)
        qtbot.waitUntil(lambda: door.last_result is not None, timeout=5000)
        assert door.last_result.outcome.value == expected
        assert door.window.stack.currentWidget() is door.result  # the member is answered at once
        qtbot.waitUntil(lambda: door.window.stack.currentWidget() is not door.result, timeout=5000)
        assert door.window.stack.currentWidget() is door.host, door.window.stack.currentWidget()
        assert door.host.pages.currentWidget() is door.host._holders["settings"]
        assert page.checklist_edits["opening_checklist"].toPlainText() == typed
    door.host.hold()


def test_the_host_view_closing_by_itself_behind_a_welcome_goes_to_the_door(qtbot, full_door, kiosk):
    door = full_door
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    door.host.open_view()
    door.window.stack.setCurrentWidget(door.host)
    door.last_result = None
    door.submit_code(card.code)
    qtbot.waitUntil(lambda: door.last_result is not None, timeout=5000)
    door.host.close_view()  # its two minutes ran out while the welcome showed
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=5000)


def test_a_members_card_while_a_guest_registers_keeps_the_guests_typing(qtbot, full_door, kiosk):
    door = full_door
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    tap(qtbot, door.scan.guest_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)
    tap(qtbot, door.guest.language_buttons["de"])
    door.guest.keyboard.type_text("Jürgen Weiß")
    door.last_result = None
    door.submit_code(card.code)  # a member walks in behind the guest and holds up their card
    qtbot.waitUntil(lambda: door.last_result is not None, timeout=5000)
    assert door.last_result.outcome.value == "checked_in"
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is not door.result, timeout=5000)
    assert door.window.stack.currentWidget() is door.guest
    assert door.guest.current() == "name" and door.guest.name_edit.text() == "Jürgen Weiß"
    door.guest.cancel()
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=5000)
