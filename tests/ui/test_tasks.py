"""A bug in a host task, on the real door's task thread: the host reads a plain message in the
door's language (as the door's own "Something went wrong" screen), and the traceback is logged."""

from __future__ import annotations

import logging

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.domain.problems import Code

SAID = {
    "da": "Noget gik galt; det er skrevet i kioskens log.",
    "en": "Something went wrong; it was written to the kiosk's log.",
    "de": "Etwas ist schiefgelaufen; es wurde im Protokoll des Kiosks festgehalten.",
}


def broken() -> int:
    return {}["no such key"]  # type: ignore[no-any-return]  # a bug in a service call


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_a_bug_in_a_task_is_said_in_the_doors_language_and_logged(qtbot, full_door, languages, lang,  # type: ignore[no-untyped-def]
                                                                  caplog) -> None:
    languages.switch(lang)
    answers: list[str] = []
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.tasks"):
        full_door.tasks.run(broken, lambda _v: answers.append("done?"), answers.append)
        qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [SAID[lang]]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_an_error_meant_for_a_person_is_worded_from_its_code(qtbot, full_door, languages) -> None:  # type: ignore[no-untyped-def]
    languages.switch("de")

    def refused() -> None:
        raise InvalidInput("a host PIN is 4 to 8 digits", Code.HOST_PIN_DIGITS)

    answers: list[str] = []
    full_door.tasks.run(refused, lambda _v: answers.append("done?"), answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == ["Eine Gastgeber-PIN hat 4 bis 8 Ziffern."]  # not the English message
