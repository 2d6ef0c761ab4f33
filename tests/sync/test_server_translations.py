"""The host pages' catalogs: every string of the templates and code translated to Danish and
German, the committed .mo files compiled from the .po files, placeholders kept."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

WEB = Path(__file__).resolve().parents[2] / "kiosk" / "server" / "web"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def source_strings() -> set[str | tuple[str, ...]]:
    method_map, options_map = parse_mapping_cfg((WEB / "babel.cfg").open())
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    found: set[str | tuple[str, ...]] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(WEB), method_map, options_map, keywords=keywords):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


@pytest.mark.parametrize("lang", ["da", "de"])
def test_every_string_is_translated_and_compiled(lang):
    po_path = WEB / "locale" / lang / "LC_MESSAGES" / "messages.po"
    with po_path.open("rb") as f:
        catalog = read_po(f, locale=lang)
    compiled = gettext.GNUTranslations((po_path.with_suffix(".mo")).open("rb"))
    ids = {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}
    missing = {s for s in source_strings() if (s if isinstance(s, str) else tuple(s)) not in ids}
    assert not missing, f"run tools/update_server_translations.sh: {sorted(map(str, missing))}"
    for m in catalog:
        if not m.id:
            continue
        assert "fuzzy" not in m.flags, m.id
        singular = m.id if isinstance(m.id, str) else m.id[0]
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        assert all(strings), f"{lang}: no translation of {singular!r}"
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(str(m.id))), (lang, text)
        if isinstance(m.id, str):
            assert compiled.gettext(m.id) == m.string, f"{lang}: stale .mo; run tools/update_server_translations.sh"
        else:
            assert compiled.ngettext(m.id[0], m.id[1], 5) == m.string[1], f"{lang}: the .mo is stale"
