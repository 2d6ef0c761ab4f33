"""The checklists of unstaffed days: which answer brings which list, and what a host may save."""

from dataclasses import replace

import pytest

from kiosk.domain.checklists import Checklist, checklist_for, checklist_lines, checklist_problem
from kiosk.domain.settings import InvalidSetting, SpaceSettings


@pytest.mark.parametrize(("checked_in", "checked_out", "others", "guest", "expected"), [
    (True, False, 0, False, Checklist.OPENING),  # nobody else in: the first one opens up
    (True, False, 1, False, None),
    (False, True, 0, False, Checklist.CLOSING),  # nobody left: the last one closes up
    (False, True, 2, False, None),
    (True, False, 0, True, None),  # guests get no list (an alarm code is not a visitor's)
    (False, True, 0, True, None),
    (False, False, 0, False, None),  # a repeat or a refusal
])
def test_which_answer_brings_which_list(checked_in, checked_out, others, guest, expected):
    assert checklist_for(checked_in, checked_out, others, guest) is expected


def test_lines_are_trimmed_and_blank_lines_dropped():
    assert checklist_lines("  Lyset  tændt \n\n\tKaffe\n") == ["Lyset tændt", "Kaffe"]
    assert checklist_lines("") == []


def test_what_a_host_may_not_save():
    assert checklist_problem("\n".join(["x"] * 12)) is None
    assert "12" in (checklist_problem("\n".join(["x"] * 13)) or "")
    assert "80" in (checklist_problem("x" * 81) or "")
    assert checklist_problem("Alarm\u202e") is not None  # a bidi override is no item
    with pytest.raises(InvalidSetting):
        replace(SpaceSettings(), closing_checklist="x" * 81).validate()
    with pytest.raises(InvalidSetting):
        replace(SpaceSettings(), critical_mass=0).validate()


def test_settings_keep_the_lists_through_their_stored_form():
    settings = replace(SpaceSettings(), opening_checklist="Lyset\nKaffe", closing_checklist="Alarm",
                       critical_mass=3).validate()
    again = SpaceSettings.from_mapping(settings.to_mapping())
    assert again == settings
    assert again.checklist("opening") == ["Lyset", "Kaffe"] and again.checklist("closing") == ["Alarm"]
    assert SpaceSettings().checklist("opening") == [] and SpaceSettings().critical_mass == 5
