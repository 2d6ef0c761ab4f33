"""Errors on the kiosk's screens are worded from their code in the language on screen: every
code the kiosk can show has a Danish, English and German sentence, and the host view's pages
show a refused CSV file, a bad setting and a refused top-up in Danish and German."""

from __future__ import annotations

import re

import pytest

from kiosk.core.errors import InvalidInput, StorageFailed
from kiosk.core.members import parse_member_csv
from kiosk.domain.problems import KIOSK, SHOWN_ON, Code, Problem
from kiosk.ui.error_text import WORDING, describe
from tests.ui.touch import tap, tap_when_shown

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def example(code: Code) -> Problem:
    params = {name: f"<{name}>" for name in PLACEHOLDER.findall(WORDING[code])}
    return Problem("an English message for the log", code, **params)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("code", [c for c in Code if KIOSK in SHOWN_ON[c]])
def test_every_code_the_kiosk_shows_has_a_wording_in_each_language(languages, code):
    assert code in WORDING, f"kiosk/ui/error_text.py has no wording for {code}"
    seen = {}
    for lang in ("da", "en", "de"):
        languages.switch(lang)
        seen[lang] = describe(example(code))
        assert "{" not in seen[lang] and "an English message" not in seen[lang], (lang, seen[lang])
        for name in PLACEHOLDER.findall(WORDING[code]):
            assert f"<{name}>" in seen[lang], (lang, name, seen[lang])
    assert seen["en"] == WORDING[code].format(**{n: f"<{n}>" for n in PLACEHOLDER.findall(WORDING[code])})
    assert seen["da"] != seen["en"] and seen["de"] != seen["en"] and seen["da"] != seen["de"]


def test_an_error_without_a_wording_says_a_plain_sentence_not_its_message(languages, caplog):
    languages.switch("de")
    said = describe(ValueError("Traceback-ish English"))
    assert said == "Das kann nicht verwendet werden. Bitte prüfen Sie Ihre Eingabe."
    assert "Traceback-ish English" in caplog.text  # kept for whoever reads the log


def test_a_bad_csv_line_is_worded_with_its_own_mistake(languages):
    with pytest.raises(InvalidInput) as bad:
        parse_member_csv(b"name,email,plan,clips\nAnne,anne@example.dk,clipcard,ten\n")
    assert str(bad.value) == "line 2: clips 'ten' is not a whole number"  # the command line's English
    languages.switch("de")
    assert describe(bad.value) == "Zeile 2: ten ist keine ganze Zahl von Besuchen."
    languages.switch("da")
    assert describe(StorageFailed("the disk is full: free some space (x)", Code.DISK_FULL)) == \
        "Disken er fuld: frigør noget plads."


@pytest.fixture
def door(full_door):  # type: ignore[no-untyped-def]
    full_door.host_view.on_host_unlock("open")
    return full_door


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "Intet blev importeret: Filen har en overskrift, men ingen medlemmer."),
    ("de", "Nichts wurde importiert: Die Datei hat eine Kopfzeile, aber keine Mitglieder."),
])
def test_the_host_view_says_why_a_csv_was_refused_in_its_language(qtbot, door, kiosk, lang, expected):
    folder = kiosk.data_dir / "import"
    folder.mkdir()
    (folder / "empty.csv").write_text("name,email\n", encoding="utf-8")
    door.languages.switch(lang)
    page = door.host.members
    tap(qtbot, door.host.tab_buttons["members"])
    tap(qtbot, page.import_button)
    tap_when_shown(qtbot, page, f"csv-{folder / 'empty.csv'}")
    qtbot.waitUntil(lambda: page.status.text() == expected, timeout=5000)


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "Gæster slettes efter 1 til 3650 dage."),
    ("de", "Gäste werden nach 1 bis 3650 Tagen gelöscht."),
])
def test_a_bad_setting_is_refused_in_the_host_views_language(qtbot, door, kiosk, lang, expected):
    door.languages.switch(lang)
    settings = door.host.settings
    tap(qtbot, door.host.tab_buttons["settings"])
    settings.edits["retention_days"].setText("0")
    tap(qtbot, settings.save_button)
    assert settings.problems["retention_days"].text() == expected  # said at the field
    assert kiosk.settings.retention_days == 30  # nothing saved


@pytest.mark.parametrize(("works", "expected"), [(True, "(an den Drucker geschickt)"),
                                                 (False, "(der Drucker hat sie nicht angenommen: lp: no printer")])
def test_what_the_printer_did_is_said_in_the_screens_language(kiosk, languages, tmp_path, monkeypatch,
                                                                works, expected):
    # The printer is hardware: a stand-in `lp` on PATH answers as CUPS's would.
    from kiosk import app
    from kiosk.ui.screens.host_pages.written import where

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text("#!/bin/sh\nexit 0\n" if works else "#!/bin/sh\necho 'lp: no printer' >&2\nexit 1\n")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    written = app.host_files(kiosk).evacuation()
    languages.switch("de")
    said = where(written)
    assert said.startswith(str(written)) and expected in said and "sent to the printer" not in said


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", ["Perioden slutter, før den begynder.", "Vælg en periode på højst 366 dage.",
            "Vælg, hvordan klippene blev betalt: ",
            "Kiosken er ikke (længere) tilsluttet en server, så den kan ikke bede serveren om det."]),
    ("de", ["Der Zeitraum endet, bevor er beginnt.", "Wählen Sie einen Zeitraum von höchstens 366 Tagen.",
            "Wählen Sie, wie die Besuche bezahlt wurden: ",
            "Dieser Kiosk ist mit keinem Server (mehr) verbunden und kann den Server daher nicht darum bitten."]),
])
def test_the_services_refusals_are_worded_from_their_own_codes(kiosk, languages, lang, expected):
    # Each once fell back to "That cannot be used ..." for want of a code of its own.
    from datetime import date

    refusals = []
    for attempt in (lambda: kiosk.stats.period(date(2026, 3, 10), date(2026, 3, 1)),
                    lambda: kiosk.stats.period(date(2025, 1, 1), date(2026, 3, 1)),
                    lambda: kiosk.members.top_up("M1", 5, 0, "bitcoin"),
                    lambda: kiosk.members.request("update", "M1")):
        with pytest.raises(InvalidInput) as refused:
            attempt()
        refusals.append(refused.value)
    languages.switch(lang)
    said = [describe(r) for r in refusals]
    assert said[0] == expected[0] and said[1] == expected[1] and said[3] == expected[3]
    assert said[2].startswith(expected[2]) and "mobilepay" in said[2] and "bitcoin" not in said[2]


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "Teksten er for lang: højst 4000 tegn."),
    ("de", "Der Text ist zu lang: höchstens 4000 Zeichen."),
])
def test_a_house_rules_text_too_long_is_refused_in_the_host_views_language(qtbot, door, kiosk, lang, expected):
    door.languages.switch(lang)
    settings = door.host.settings
    tap(qtbot, door.host.tab_buttons["settings"])
    tap(qtbot, settings.sections.buttons["texts"])  # the house rules: a section of its own
    qtbot.waitUntil(lambda: settings.policy_edit.toPlainText() != "", timeout=5000)  # the current text came
    before = kiosk.guests.policies()
    settings.policy_edit.setPlainText("x" * 4001)
    tap(qtbot, settings.policy_save)
    qtbot.waitUntil(lambda: settings.status.text() == expected, timeout=5000)
    assert kiosk.guests.policies() == before  # nothing saved
    assert settings.policy_edit.toPlainText() == "x" * 4001  # and nothing lost
