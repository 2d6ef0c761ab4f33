"""One source for each text: translations live in the catalogs the tools read (.ts for screens,
.po for the server's pages and the printed documents), never in a Python table of sentences by
language, and no catalog keeps entries its code no longer has."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
KIOSK = ROOT / "kiosk"
# Data the host edits and keeps per language (the defaults of editable texts), not translations.
HOST_DATA = {"kiosk/domain/policies.py", "kiosk/domain/guests.py"}
CATALOGS = [  # (source folder, domain)
    (KIOSK / "server" / "web", "messages"),
    (KIOSK / "core" / "documents", "documents"),
]


def _wording(value: ast.expr | None) -> bool:
    """A sentence (words with a space) or a table of them; not a name or a keyboard row."""
    if isinstance(value, ast.Dict):
        return True
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return " " in value.value.strip()
    return isinstance(value, ast.JoinedStr | ast.BinOp)


def sentence_tables(path: Path) -> list[int]:
    """Lines of dict literals keyed by both "da" and "de" whose values are words: a table of
    translations (language names and keyboard layouts are not)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            by_key = {k.value: v for k, v in zip(node.keys, node.values, strict=True)
                      if isinstance(k, ast.Constant)}
            if {"da", "de"} <= set(by_key) and (_wording(by_key["da"]) or _wording(by_key["de"])):
                found.append(node.lineno)
    return found


def test_no_python_table_of_translated_sentences():
    tables = {str(p.relative_to(ROOT)): lines for p in KIOSK.rglob("*.py")
              if (lines := sentence_tables(p)) and str(p.relative_to(ROOT)) not in HOST_DATA}
    assert tables == {}, "translations belong in the .ts/.po catalogs (docs/contributing.md)"


def test_the_check_finds_a_table(tmp_path):
    module = tmp_path / "words.py"
    module.write_text('WORDS = {"da": {"hello": "hej"}, "de": {"hello": "hallo"}, "en": {}}\n'
                      'ASK = {"da": "Vælg dit sprog.", "de": "Wählen Sie Ihre Sprache."}\n'
                      'NAMES = {"da": "Dansk", "de": "Deutsch"}\n')
    assert sentence_tables(module) == [1, 2]


def extracted(folder: Path) -> set[str]:
    method_map, options_map = parse_mapping_cfg((folder / "babel.cfg").open())
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    return {m if isinstance(m, str) else m[0]
            for _f, _l, m, _c, _ctx in extract_from_dir(str(folder), method_map, options_map, keywords=keywords)}


@pytest.mark.parametrize(("folder", "domain"), CATALOGS)
@pytest.mark.parametrize("lang", ["da", "de"])
def test_every_catalog_holds_its_codes_strings_only_all_translated_and_compiled(folder, domain, lang):
    po = folder / "locale" / lang / "LC_MESSAGES" / f"{domain}.po"
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    source = extracted(folder)
    assert sorted(source - ids) == [], f"not in {po.name}: run the update script and translate"
    assert sorted(ids - source) == [], f"dead entries in {po.name}: run the update script"
    assert not catalog.obsolete, f"obsolete entries in {po.name}"
    compiled = gettext.GNUTranslations(po.with_suffix(".mo").open("rb"))
    for m in catalog:
        if m.id and isinstance(m.id, str):
            assert m.string and "fuzzy" not in m.flags, (lang, m.id)
            assert compiled.gettext(m.id) == m.string, f"{lang}: stale {domain}.mo"


def test_the_printed_words_come_from_the_documents_catalog():
    from kiosk.core.documents.vector import words

    assert words("da")["evacuation"] == "Evakueringsliste"
    assert words("de")["in building"].format(n=3, at="10:00") == "3 im Gebäude um 10:00"
    assert words("en")["hold"] == "Hold the code up to the camera" == words("fr")["hold"]
