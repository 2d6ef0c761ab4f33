"""The on-screen keyboard, pressed key by key."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kiosk.ui.keyboard import LAYOUTS, SYMBOLS, OnScreenKeyboard


def test_names_get_capitals_and_every_nordic_and_german_letter_is_reachable(qtbot, languages):
    kb, edit = OnScreenKeyboard(), QLineEdit()
    qtbot.addWidget(kb)
    qtbot.addWidget(edit)
    kb.attach(edit, capitals=True)
    assert kb.shift.isChecked()  # the first letter of a name is a capital
    qtbot.mouseClick(kb.keys["s"], Qt.MouseButton.LeftButton)
    assert edit.text() == "S" and not kb.shift.isChecked()
    kb.type_text("øren Åberg-Müller")  # ü is not on the Danish page: the second page has it
    assert edit.text() == "Søren Åberg-Müller"
    kb.set_layout("de")
    assert set("üöäß") <= set(kb.keys) and kb.keys["z"] is not None
    for layout in LAYOUTS.values():  # every layout reaches every Nordic and German letter
        assert set("æøåäöüß") <= set("".join(layout) + "".join(SYMBOLS))
    qtbot.mouseClick(kb.backspace, Qt.MouseButton.LeftButton)
    assert edit.text() == "Søren Åberg-Mülle"
    entered = []
    kb.enter.connect(lambda: entered.append(True))
    qtbot.mouseClick(kb.enter_key, Qt.MouseButton.LeftButton)
    assert entered == [True]


def test_email_on_the_second_page_and_newlines_in_a_long_text(qtbot, languages):
    kb, edit, text = OnScreenKeyboard(), QLineEdit(), QPlainTextEdit()
    for w in (kb, edit, text):
        qtbot.addWidget(w)
    kb.attach(edit)
    assert not kb.shift.isChecked()  # an e-mail field starts in small letters
    kb.type_text("ida.bak@example.dk")
    assert edit.text() == "ida.bak@example.dk"
    edit.clear()
    kb.type_text("Bak & Co")  # '&' is a shortcut mark on a button: the key must still show it
    assert edit.text() == "Bak & Co"
    kb.symbols.click()
    assert kb.keys["&"].text() == "&&"  # drawn as a single &
    kb.symbols.click()
    kb.attach(text)
    kb.type_text("Regel")
    qtbot.mouseClick(kb.enter_key, Qt.MouseButton.LeftButton)  # a new line, not "next"
    kb.type_text("to")
    qtbot.mouseClick(kb.backspace, Qt.MouseButton.LeftButton)
    assert text.toPlainText() == "Regel\nt"


def test_backspace_repeats_while_held_and_the_clear_key_empties(qtbot, languages):
    kb, edit = OnScreenKeyboard(), QLineEdit()
    qtbot.addWidget(kb)
    qtbot.addWidget(edit)
    kb.show()
    kb.attach(edit)
    edit.setText("a" * 30)
    qtbot.mousePress(kb.backspace, Qt.MouseButton.LeftButton)
    qtbot.wait(1200)  # held for a second: the real auto-repeat timer keeps deleting
    qtbot.mouseRelease(kb.backspace, Qt.MouseButton.LeftButton)
    assert len(edit.text()) <= 25
    qtbot.mouseClick(kb.clear_key, Qt.MouseButton.LeftButton)
    assert edit.text() == ""
    assert kb.clear_key.text() == "Ryd"


def test_the_second_page_is_labelled_by_what_is_on_it(qtbot, languages):
    kb = OnScreenKeyboard()
    qtbot.addWidget(kb)
    kb.set_layout("en")
    kb.symbols.click()
    on_page = "".join(kb.keys)
    label = kb.symbols.text().replace(" ", "")
    assert all(ch in on_page for ch in label)  # it said "?123" over a page without digits
    assert "@" in on_page and "é" in on_page


def test_an_email_field_has_at_and_dot_on_the_first_page_and_clear_is_not_beside_backspace(qtbot, languages):
    """Issue 24: k.mueller@beispiel.de took 8 switches to the "@ é" page; "Löschen" (the whole
    field) sat next to backspace."""
    kb, edit = OnScreenKeyboard(), QLineEdit()
    qtbot.addWidget(kb)
    qtbot.addWidget(edit)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
    kb.set_layout("de")
    kb.attach(edit)
    switches: list[bool] = []
    kb.symbols.toggled.connect(switches.append)
    kb.type_text("k.mueller@beispiel.de")
    assert edit.text() == "k.mueller@beispiel.de" and switches == []
    name = QLineEdit()
    qtbot.addWidget(name)
    kb.attach(name, capitals=True)  # a name field: the letters' own rows again
    assert "@" not in kb.keys
    bottom = kb.layout().itemAt(1).layout()
    order = [bottom.itemAt(i).widget() for i in range(bottom.count())]
    assert abs(order.index(kb.clear_key) - order.index(kb.backspace)) > 1
