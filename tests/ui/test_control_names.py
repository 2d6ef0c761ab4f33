"""Every control a person can use on the door's screens has a name in words, in the language on
screen (EN 301 549 11.4.1.2: name, role, value), so speech and assistive tools can say it: a key
drawn as a symbol (⌫, ⇧) is named in words; a button that paints its own text carries it; a
text field is named by its question or its own word."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from kiosk.ui.gallery import door_scenes

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit)


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def said_in_words(name: str) -> bool:
    """Letters or digits, or the one punctuation mark a keyboard key types ('-', "'")."""
    if any(ch.isalnum() for ch in name):
        return True
    return len(name) == 1 and unicodedata.category(name)[0] == "P"


def named_controls(lang: str) -> tuple[dict[str, str], list[str]]:
    names: dict[str, str] = {}
    problems: list[str] = []
    for scene, top in door_scenes(lang):
        top.resize(1024, 600)
        top.show()
        for widget in top.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
                continue
            name = name_of(widget)
            if not said_in_words(name):
                problems.append(f"{scene}: {type(widget).__name__} {widget.objectName()!r} is named {name!r}")
            names[f"{scene}/{widget.objectName()}/{name}"] = name
        top.hide()
    return names, problems


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_every_control_on_the_door_has_a_name_in_words(qapp, languages, lang):
    languages.switch(lang)
    _names, problems = named_controls(lang)
    assert problems == []


def test_the_names_follow_the_language_on_screen(qapp, languages):
    said = {}
    for lang in ("da", "en", "de"):
        languages.switch(lang)
        names, _ = named_controls(lang)
        said[lang] = set(names.values())
    for symbol_key in ("Slet sidste tegn", "Delete last character", "Letztes Zeichen löschen"):
        assert sum(symbol_key in s for s in said.values()) == 1, symbol_key
    assert "Delete last character" in said["en"] and "Slet sidste tegn" in said["da"]
    assert "Letztes Zeichen löschen" in said["de"]
