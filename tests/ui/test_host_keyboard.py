"""Issue 24: the host view at 1024x600 with the keyboard up. Tapping a focused field brings the
keyboard back; a member's scan does not close it; a new clip card's clip count stays above it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kiosk.core.members import NewMember
from kiosk.domain.members import PlanKind
from tests.ui.touch import tap


def inside_viewport(area, widget) -> bool:  # type: ignore[no-untyped-def]
    top = widget.mapTo(area.viewport(), QPoint(0, 0))
    return top.y() >= 0 and top.y() + widget.height() <= area.viewport().height()


def open_host(door) -> None:  # type: ignore[no-untyped-def]
    door.window.setFixedSize(1024, 600)
    door.host_view.on_host_unlock("open")


def test_tapping_the_focused_field_brings_the_keyboard_back(qtbot, full_door):
    open_host(full_door)
    host, page = full_door.host, full_door.host.members
    tap(qtbot, host.tab_buttons["members"])
    tap(qtbot, page.add_button)
    qtbot.mouseClick(page.name_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)
    host.set_keyboard(False)  # the keyboard's own key put it away
    assert page.name_edit.hasFocus()
    qtbot.mouseClick(page.name_edit, Qt.MouseButton.LeftButton)  # the same field, tapped again
    qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)


def test_a_members_scan_does_not_close_the_keyboard(qtbot, full_door, kiosk):
    mette = kiosk.members.add(NewMember(name="Mette Jensen"))
    open_host(full_door)
    host, page = full_door.host, full_door.host.members
    tap(qtbot, host.tab_buttons["members"])
    tap(qtbot, page.add_button)
    qtbot.mouseClick(page.name_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)
    host.keyboard.type_text("Lars")
    full_door.answers.last_result = None
    full_door.codes.submit_code(mette.code)
    qtbot.waitUntil(lambda: full_door.answers.last_result is not None, timeout=5000)
    qtbot.waitUntil(lambda: full_door.window.stack.currentWidget() is host, timeout=15_000)
    assert host.keyboard.isVisible() and page.name_edit.text() == "Lars"
    host.keyboard.type_text(" Holm")  # the keys still type into the field
    assert page.name_edit.text() == "Lars Holm"


def test_a_new_clip_cards_clip_count_stays_above_the_keyboard(qtbot, full_door):
    open_host(full_door)
    host, page = full_door.host, full_door.host.members
    tap(qtbot, host.tab_buttons["members"])
    tap(qtbot, page.add_button)
    page._pick_plan(PlanKind.CLIPCARD)
    qtbot.waitUntil(page.clips_edit.isVisible, timeout=3000)
    qtbot.mouseClick(page.clips_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)
    area = host._holders["members"]
    qtbot.waitUntil(lambda: inside_viewport(area, page.clips_edit), timeout=3000)
    assert page.clips_edit.mapTo(host, QPoint(0, page.clips_edit.height())).y() <= host.keyboard.mapTo(
        host, QPoint(0, 0)).y()


def test_a_new_cards_message_is_read_in_full_at_1024x600(qtbot, full_door, kiosk, tmp_path):
    from tests.ui.touch import tap_when_shown

    mette = kiosk.members.add(NewMember(name="Mette Jensen"))
    open_host(full_door)
    host, page = full_door.host, full_door.host.members
    tap(qtbot, host.tab_buttons["members"])
    tap_when_shown(qtbot, page, f"member-{mette.member.id}")
    tap(qtbot, page.action_buttons["new_card"])
    tap(qtbot, host.confirmation.yes_button)
    qtbot.waitUntil(lambda: "code" in page.status.text() or "kode" in page.status.text(), timeout=5000)
    status, area = page.status, host._holders["members"]
    qtbot.waitUntil(lambda: status.heightForWidth(status.width()) <= status.height() + 2, timeout=3000)
    right = status.mapTo(area.viewport(), QPoint(status.width(), 0)).x()
    assert right <= area.viewport().width()  # not wider than the page: wrapped, never cut off
    assert ".pdf" in status.text()
    qtbot.waitUntil(lambda: inside_viewport(area, status), timeout=3000)
