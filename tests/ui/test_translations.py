"""The .ts files are the one source of the screens' texts: every string of kiosk/ui is in them,
finished in Danish and German (and English plurals), nothing dead is kept, placeholders survive
translation, and the compiled .qm files match their .ts sources."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.ui.i18n import LANGUAGES, TRANSLATIONS

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}")


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).with_name(name)
    return str(tool if tool.exists() else Path(shutil.which(name) or name))


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> message."""
    found = {}
    for ctx in ET.parse(ts).iter("context"):
        for m in ctx.iter("message"):
            found[(ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")] = m
    return found


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def problems(ts: Path, *, plurals_only: bool = False) -> list[str]:
    """What a translator still has to do in one .ts file."""
    found = []
    for (ctx, source, _), m in messages(ts).items():
        if plurals_only and m.get("numerus") != "yes":
            continue
        forms = texts(m)
        if unfinished(m) or not forms or not all(t.strip() for t in forms):
            found.append(f"{ctx}: {source!r} has no finished translation")
            continue
        for text in forms:
            if set(PLACEHOLDER.findall(text)) - {"%n"} != set(PLACEHOLDER.findall(source)) - {"%n"}:
                found.append(f"{ctx}: {source!r} -> {text!r} changes the placeholders")
    return found


@pytest.mark.parametrize("lang", ["da", "de"])
def test_every_message_is_translated(lang):
    assert problems(TRANSLATIONS / f"kiosk_{lang}.ts") == []


def test_english_has_every_plural_form():
    # The sources are English, but "%n clip(s)" needs its two English forms, or the door says "(s)".
    assert problems(TRANSLATIONS / "kiosk_en.ts", plurals_only=True) == []


def test_the_check_finds_an_unfinished_an_empty_and_a_broken_translation(tmp_path):
    ts = tmp_path / "kiosk_de.ts"
    text = (TRANSLATIONS / "kiosk_de.ts").read_text(encoding="utf-8")
    text = text.replace("<translation>Auschecken</translation>", '<translation type="unfinished"></translation>', 1)
    text = text.replace("<translation>Tastatur</translation>", "<translation></translation>", 1)
    text = text.replace("<translation>Code: %1</translation>", "<translation>Code:</translation>", 1)
    ts.write_text(text, encoding="utf-8")
    found = problems(ts)
    assert len(found) == 3, found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_the_screens_is_in_the_ts_and_nothing_else(lang, tmp_path):
    # lupdate over kiosk/ui into a copy: a new tr() string would arrive there unfinished, a
    # string no longer in the code would be dropped. Either way the .ts in git is behind.
    copy = tmp_path / f"kiosk_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"kiosk_{lang}.ts", copy)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    have, want = set(messages(TRANSLATIONS / f"kiosk_{lang}.ts")), set(messages(copy))
    assert sorted(want - have) == [], "new strings: run tools/update_translations.sh and translate them"
    assert sorted(have - want) == [], "strings no longer in kiosk/ui: run tools/update_translations.sh"


def test_compiled_files_are_current(tmp_path):
    for lang in LANGUAGES:
        out = tmp_path / f"{lang}.qm"
        subprocess.run([qt_tool("pyside6-lrelease"), str(TRANSLATIONS / f"kiosk_{lang}.ts"), "-qm", str(out)],
                       check=True, capture_output=True)
        assert out.read_bytes() == (TRANSLATIONS / f"kiosk_{lang}.qm").read_bytes(), \
            f"run tools/update_translations.sh: kiosk_{lang}.qm is stale"


def test_every_message_has_a_context():
    # `tr = self.tr; tr("...")` hides strings from lupdate's context: they would never translate.
    for lang in LANGUAGES:
        tree = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts")
        assert all(ctx.findtext("name") for ctx in tree.iter("context"))


def test_no_translation_table_outside_the_ts_files():
    # One source: the tables of tools/fill_translations.py once overwrote what translators wrote.
    root = Path(__file__).resolve().parents[2]
    assert not (root / "tools" / "fill_translations.py").exists()
    script = (root / "tools" / "update_translations.sh").read_text()
    assert "python" not in script and "-no-obsolete" in script


def test_a_clip_card_is_not_called_a_card_of_ten_in_german():
    # A 2-clip card was a "Zehnerkarte (2)": the German word says how many clips it has.
    tree = ET.parse(TRANSLATIONS / "kiosk_de.ts")
    texts = [t.text or "" for t in tree.iter("translation")] + [f.text or "" for f in tree.iter("numerusform")]
    assert not [t for t in texts if "zehner" in t.casefold()]
    assert any("Mehrfachkarte" in t for t in texts)


def test_the_guest_is_asked_for_a_language_in_each_language(qtbot):
    from kiosk.domain.guest_flow import GuestFlowModel
    from kiosk.ui.screens.guest.language import LanguagePage

    page = LanguagePage(GuestFlowModel())
    qtbot.addWidget(page)
    page.retranslate()
    shown = page.title.text()
    assert "Vælg dit sprog" in shown and "Wählen Sie Ihre Sprache" in shown and "Choose your language" in shown


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pin_pads_spoken_states_have_one_source(lang):
    """The host's PIN pad and the door's card + PIN pad say their states in the same words: one
    message each, in the keypad's context, translated (issue 23: one source for each text)."""
    found = messages(TRANSLATIONS / f"kiosk_{lang}.ts")
    for state in ("Digit typed.", "Digit removed.", "Wrong PIN. Try again.",
                  "Too many wrong PINs. The keypad is locked for a while."):
        contexts = [ctx for ctx, source, _ in found if source == state]
        assert contexts == ["PinKeypad"], (state, contexts)
        if lang != "en":
            assert not unfinished(found[("PinKeypad", state, "")]) and texts(found[("PinKeypad", state, "")])


def test_both_pin_pads_say_a_state_in_the_same_translated_words(qtbot, languages):
    from kiosk.ui.screens.door_pin import DoorPinScreen
    from kiosk.ui.screens.host import HostUnlockScreen

    host, door = HostUnlockScreen(), DoorPinScreen()
    for screen in (host, door):
        qtbot.addWidget(screen)
    for lang, typed in (("da", "Ciffer tastet."), ("de", "Ziffer eingegeben."), ("en", "Digit typed.")):
        languages.switch(lang)
        host.press("1")
        door.press("1")
        assert host.speech()[1] == door.speech()[1] == typed
