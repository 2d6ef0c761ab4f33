"""Larger text and higher contrast: one tap on "A A" for this person, every screen follows (also
the ones made after the tap), the idle door returns to the host's default (`text_size`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import app
from kiosk.domain.problems import Code
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.services.members import NewMember
from kiosk.ui import theme
from kiosk.ui.text_size import TextSize, connect_text_size, grown


@pytest.fixture
def text_size(full_door):  # type: ignore[no-untyped-def]
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    door = full_door
    size = TextSize(qapp, lambda: door.settings.text_size, door.window.stack, door.scan)
    connect_text_size(size, door)
    yield size
    size._session = False  # the next test's door is a normal one, whatever the default was
    size.refresh()
    qapp.removeEventFilter(size)


def px(label) -> int:  # type: ignore[no-untyped-def]
    return label.font().pixelSize()


def scan(qtbot, door, code: str) -> None:  # type: ignore[no-untyped-def]
    door.answers.last_result = None
    door.codes.submit_code(code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)


def test_one_tap_makes_the_text_larger_and_darker_until_the_door_is_idle(qtbot, full_door, kiosk, text_size):
    door = full_door
    card = kiosk.members.add(NewMember(name="Mette Jensen"))
    button = door.scan.larger_text_button
    assert button.isVisible() and button.accessibleName() and not button.isChecked()
    normal_sub = px(door.scan.sub_instruction)  # from the application's style sheet: 22 px
    assert normal_sub == 22 and theme.HIGH_CONTRAST[theme.MUTED] not in QApplication.instance().styleSheet()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert text_size.large and button.isChecked()
    qtbot.waitUntil(lambda: px(door.scan.sub_instruction) > normal_sub, timeout=2000)
    assert theme.HIGH_CONTRAST[theme.MUTED] in QApplication.instance().styleSheet()

    # The result screen's headline is set after the tap (theme.font(64 or less)): it follows too.
    scan(qtbot, door, card.code)
    assert door.window.stack.currentWidget() is door.result
    headline = door.result.headline
    # The window is 1280x800: the roomy layout's 64 px headline, grown by the result screen's
    # step for that size (1.5, widgets.size_growth): 64 + 20 at most.
    assert door.result.property("text_growth") == 1.5
    assert px(headline) == grown(64, 1.5)

    door.answers.after_result()  # the result times out: the idle scan screen again, for the next person
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)
    assert not text_size.large and not button.isChecked()
    assert px(door.scan.sub_instruction) == normal_sub
    assert theme.HIGH_CONTRAST[theme.MUTED] not in QApplication.instance().styleSheet()
    scan(qtbot, door, card.code)  # a second scan, later the same day (a check-out): normal text
    assert px(door.result.headline) == 64


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_the_hosts_default_makes_the_door_large_and_a_tap_makes_it_normal_for_one(qtbot, full_door, kiosk,
                                                                                  text_size):
    door = full_door
    app.apply_settings(kiosk, replace(kiosk.settings, text_size="large"))
    door.host.settings_saved.emit(kiosk.settings)  # as the host view's settings page does on saving
    assert text_size.large and door.scan.larger_text_button.isChecked()
    large_sub = px(door.scan.sub_instruction)
    assert large_sub > 22
    qtbot.mouseClick(door.scan.larger_text_button, Qt.MouseButton.LeftButton)
    assert not text_size.large and px(door.scan.sub_instruction) == 22
    door.codes.show_manual_entry()  # someone else's turn begins when the door is idle again
    door.stage.show_scan()
    qtbot.waitUntil(lambda: text_size.large, timeout=2000)
    assert px(door.scan.sub_instruction) == large_sub


def test_text_size_is_normal_or_large_and_anything_else_is_named():
    assert SpaceSettings().text_size == "normal"
    assert SpaceSettings(text_size="large").validate().text_size == "large"
    with pytest.raises(InvalidSetting) as caught:
        SpaceSettings(text_size="huge").validate()
    assert caught.value.code is Code.SETTING_RANGE and caught.value.params["field"] == "text_size"


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_the_host_view_keeps_its_sizes_and_fits_while_the_door_is_large(qtbot, full_door, kiosk, text_size):
    """The larger text is for the person at the door; a host opening the host view while it is on
    (or with `text_size large`) gets every page whole at 1024x600, in the darker colours."""
    from tests.ui.test_host_layout import check_every_page, crowd

    app.apply_settings(kiosk, replace(kiosk.settings, text_size="large"))
    full_door.host.settings_saved.emit(kiosk.settings)
    assert text_size.large
    crowd(kiosk)
    found = check_every_page(qtbot, full_door, kiosk, (1024, 600), "crowd-large")
    assert not found, "\n".join(found[:40]) + f"\n... {len(found)} in all"
