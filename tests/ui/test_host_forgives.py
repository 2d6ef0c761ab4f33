"""The host view forgives (issue 24): a destructive tap asks once and says what will happen,
a form saves once, a wrong value is refused where it is typed."""

from __future__ import annotations

import pytest

from kiosk.core.members import NewMember
from tests.ui.touch import tap, tap_when_shown


@pytest.fixture
def door(full_door):  # type: ignore[no-untyped-def]
    full_door.languages.switch("en")
    full_door.on_host_unlock("open")
    return full_door


def test_quit_asks_once_and_says_what_happens_and_sits_away_from_window(qtbot, door):
    host = door.host
    quits: list[bool] = []
    host.quit_requested.disconnect(door.quit_by_host)  # the test's app must go on running
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
