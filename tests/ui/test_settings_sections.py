"""Issue 24: Settings at 1024x600 in sections (never one 2,100 px form), and each value checked
where it is typed: what is wrong is said under the field, in the language on screen, and the
value stays as typed until it is fixed; nothing is saved while something is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.touch import tap

WRONG = {  # field, typed, what the host reads under it (en, da, de)
    "retention_days": ("abc", ("abc is not a whole number", "abc er ikke et helt tal", "abc ist keine ganze Zahl")),
    "guard_seconds": ("99999", ("0 to 3600 seconds", "0 til 3600 sekunder", "0 bis 3600 Sekunden")),
    "blank_after_minutes": ("500", ("from 0 to 240", "fra 0 til 240", "von 0 bis 240")),
    "mobilepay_number": ("12-34", ("digits, spaces and +", "cifre, mellemrum og +", "Ziffern, Leerzeichen und +")),
}


@pytest.fixture
def door(full_door):  # type: ignore[no-untyped-def]
    full_door.window.setFixedSize(1024, 600)
    full_door.host_view.on_host_unlock("open")
    return full_door


def type_in(qtbot, door, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tap the field (the keyboard comes up), clear it and type, then leave it (Enter)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(door.host.keyboard.isVisible, timeout=3000)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def inside_viewport(area, widget) -> bool:  # type: ignore[no-untyped-def]
    top = widget.mapTo(area.viewport(), QPoint(0, 0))
    return top.y() >= 0 and top.y() + widget.height() <= area.viewport().height()


@pytest.mark.parametrize("lang", ["en", "da", "de"])
def test_a_wrong_value_is_said_at_its_field_and_nothing_is_saved(qtbot, door, kiosk, lang):
    door.languages.switch(lang)
    host, page = door.host, door.host.settings
    tap(qtbot, host.tab_buttons["settings"])
    before = kiosk.settings
    index = ("en", "da", "de").index(lang)
    for name, (typed, said) in WRONG.items():
        section = next(k for k, names in page.SECTIONS.items() if name in names)
        tap(qtbot, page.sections.buttons[section])
        edit = page.edits[name]
        type_in(qtbot, door, edit, typed)
        problem = page.problems[name]
        qtbot.waitUntil(problem.isVisible, timeout=3000)
        assert said[index] in problem.text(), (name, problem.text())
        # Next to the field: right under it, and on screen with the keyboard up.
        qtbot.waitUntil(lambda e=edit, p=problem: 0 <= p.geometry().top() - e.geometry().bottom() <= 16,
                        timeout=3000)  # once the layout has made room for it
        qtbot.waitUntil(lambda p=problem: inside_viewport(host._holders["settings"], p), timeout=3000)
        assert edit.text() == typed  # the value stays as typed: nothing is lost
    tap(qtbot, page.sections.buttons["space"])
    host.set_keyboard(False)
    tap(qtbot, page.save_button)
    assert page.sections.current == "guests"  # the first field with a problem is brought on screen
    assert page.problems["retention_days"].isVisible()
    qtbot.wait(300)  # nothing to wait for: nothing may be saved
    assert kiosk.settings == before
    # Fixed, one by one: each message goes once the field is right, then it saves.
    for name, value in (("retention_days", "30"), ("guard_seconds", "60"), ("blank_after_minutes", "0"),
                        ("mobilepay_number", "12 34 56 78")):
        section = next(k for k, names in page.SECTIONS.items() if name in names)
        tap(qtbot, page.sections.buttons[section])
        type_in(qtbot, door, page.edits[name], value)
        assert not page.problems[name].isVisible()
    host.set_keyboard(False)
    tap(qtbot, page.save_button)
    qtbot.waitUntil(lambda: kiosk.settings.mobilepay_number == "12 34 56 78", timeout=5000)
    assert (kiosk.settings.retention_days, kiosk.settings.guard_seconds) == (30, 60)


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_settings_are_sections_that_fit_a_7_inch_panel_with_the_keyboard_up(qtbot, door, lang):
    door.languages.switch(lang)
    host, page = door.host, door.host.settings
    tap(qtbot, host.tab_buttons["settings"])
    area = host._holders["settings"]
    assert [s.key for s in page.sections.sections][:7] == [
        "space", "door", "guests", "screen", "checklists", "texts", "pin"]
    for button in page.sections.buttons.values():  # every word of a section's name shows whole
        label = button.label
        qtbot.waitUntil(lambda lb=label: lb.heightForWidth(lb.width()) <= lb.height() + 2, timeout=3000)
        for word in button.text().split():
            wide = label.fontMetrics().horizontalAdvance(word)
            assert wide <= label.contentsRect().width(), (lang, button.text(), word, wide, label.width())
    for section in page.sections.sections:
        tap(qtbot, page.sections.buttons[section.key])
        assert [s.key for s in page.sections.sections if s.isVisible()] == [section.key]
        qtbot.waitUntil(lambda: page.height() <= 900, timeout=3000)  # one section: not a 2,100 px form
        fields = [w for w in section.findChildren(QLineEdit) if w.isVisible()]
        if not fields:
            continue
        qtbot.mouseClick(fields[-1], Qt.MouseButton.LeftButton)  # the last field: the lowest on the page
        qtbot.waitUntil(host.keyboard.isVisible, timeout=3000)
        qtbot.waitUntil(lambda f=fields[-1]: inside_viewport(area, f), timeout=3000)
        # The page's main button stands beside the keys.
        primary = page.primary()
        assert host.keyboard_action.isVisible() and host.keyboard_action.text() == primary.text()
        host.set_keyboard(False)
    assert host.width() <= 1024 and host.height() <= 600
