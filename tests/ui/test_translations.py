"""Every string has a Danish and a German translation, and the compiled .qm files match their
.ts sources."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.ui.i18n import LANGUAGES, TRANSLATIONS


@pytest.mark.parametrize("lang", ["da", "de"])
def test_translation_is_complete(lang):
    tree = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_english_has_every_plural_form():
    # The sources are English, but "%n clip(s)" needs its two English forms, or the door says "(s)".
    tree = ET.parse(TRANSLATIONS / "kiosk_en.ts")
    missing = [m.findtext("source") for m in tree.iter("message")
               if m.get("numerus") == "yes" and m.find("translation").get("type") == "unfinished"]
    assert missing == []


def test_compiled_files_are_current(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    lrelease = lrelease if lrelease.exists() else Path(shutil.which("pyside6-lrelease") or "")
    for lang in LANGUAGES:
        out = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), str(TRANSLATIONS / f"kiosk_{lang}.ts"), "-qm", str(out)],
                       check=True, capture_output=True)
        assert out.read_bytes() == (TRANSLATIONS / f"kiosk_{lang}.qm").read_bytes(), \
            f"run tools/update_translations.sh: kiosk_{lang}.qm is stale"


def test_every_message_has_a_context():
    # `tr = self.tr; tr("...")` hides strings from lupdate's context: they would never translate.
    for lang in LANGUAGES:
        tree = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts")
        assert all(ctx.findtext("name") for ctx in tree.iter("context"))


def test_a_clip_card_is_not_called_a_card_of_ten_in_german():
    # A 2-clip card was a "Zehnerkarte (2)": the German word says how many clips it has.
    tree = ET.parse(TRANSLATIONS / "kiosk_de.ts")
    texts = [t.text or "" for t in tree.iter("translation")] + [f.text or "" for f in tree.iter("numerusform")]
    assert not [t for t in texts if "zehner" in t.casefold()]
    assert any("Mehrfachkarte" in t for t in texts)
