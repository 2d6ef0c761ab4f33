"""An on-screen keyboard inside the app: kiosk sessions cannot count on a compositor's keyboard.

Danish, German and English layouts (æ ø å, ä ö ü ß), a shift key, a second page of symbols
for e-mail addresses and accented letters (its key says so: "@ é"), a backspace that repeats
while held and a key that clears the field (not beside it). An e-mail field gets @ and . on
the first page. The letters a Danish, German or English name needs are on the
first page of that language; every other one of them and the common accents (é, è, ñ, ç ...)
are on the second page, whatever the layout.
It types into whichever QLineEdit or QPlainTextEdit it is attached to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets import Retranslates, clear_layout

LAYOUTS = {
    "da": ["1234567890", "qwertyuiopå", "asdfghjklæø", "zxcvbnm-'"],
    "de": ["1234567890", "qwertzuiopü", "asdfghjklöä", "yxcvbnmß-'"],
    "en": ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm-'"],
}
SYMBOLS = ["@._-+&/()'", "æøåäöüßéèêë", "áàâíìîóòôúùñ", "çčšžłœ!?,:;"]

STYLE = f"""
QWidget#Keyboard {{ background: #dcd6c8; border-radius: 14px; }}
QWidget#Keyboard QPushButton {{
    font-size: 28px; color: {theme.INK}; background: white; border: none; border-radius: 8px;
    min-width: 48px; min-height: 48px; padding: 0;
}}
QWidget#Keyboard QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}
QWidget#Keyboard QPushButton#KeyWide {{ background: #efeae0; font-size: 22px; }}
QWidget#Keyboard QPushButton#KeyWide:checked {{ background: {theme.ACCENT}; color: white; }}
QWidget#Keyboard QPushButton#KeyEnter {{ background: {theme.ACCENT}; color: white; font-size: 22px; }}
"""


class OnScreenKeyboard(Retranslates, QWidget):
    enter = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self.setProperty("text_growth", 1.0)  # its keys' letters are large already; the field above grows
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        self._target: QLineEdit | QPlainTextEdit | None = None
        self._capitals = False
        self._layout = "da"
        self._symbols = False
        self._email = False  # typing an e-mail address: @ and . join the letters' last row
        self._enter_label = ""  # what the Enter key says where it does more than go on ("" : Next)
        self.keys: dict[str, QPushButton] = {}
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        self.shift = self._wide("⇧", checkable=True)
        self.symbols = self._wide("@ é", checkable=True)  # the page of symbols and accents
        self.space = self._wide(" ")
        self.space.setMinimumWidth(240)
        self.backspace = self._wide("⌫")
        self.backspace.setAutoRepeat(True)  # held down, it keeps deleting, like any keyboard
        self.backspace.setAutoRepeatDelay(500)
        self.backspace.setAutoRepeatInterval(80)
        self.clear_key = self._wide("")
        self.enter_key = self._wide("", name="KeyEnter")
        self.enter_key.setMinimumWidth(160)
        self.shift.toggled.connect(self._relabel)
        self.symbols.toggled.connect(self._toggle_symbols)
        self.space.clicked.connect(lambda: self._type(" "))
        self.backspace.clicked.connect(self._backspace)
        self.clear_key.clicked.connect(self._clear)
        self.enter_key.clicked.connect(self._enter)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        # "Clear" (the whole field) far from backspace (one letter): a finger meant for one must
        # not wipe what was typed.
        for w in (self.shift, self.symbols, self.clear_key, self.space, self.backspace, self.enter_key):
            bottom.addWidget(w)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        outer.addLayout(self._rows)
        outer.addLayout(bottom)
        self._build()
        self.retranslate()

    def attach(self, target: QLineEdit | QPlainTextEdit | None, capitals: bool = False) -> None:
        """Type into target from now on; capitals: the first letter is a capital (names). After
        a space the person presses shift when they want one ("Ludwig van Beethoven")."""
        self._target, self._capitals = target, capitals
        email = target is not None and bool(target.inputMethodHints() & Qt.InputMethodHint.ImhEmailCharactersOnly)
        if email != self._email:  # an e-mail field: @ and . on the first page, no page switching
            self._email = email
            self._build()
        if target is not None:
            target.setFocus()
        self._auto_shift()

    def set_enter_label(self, text: str) -> None:
        """The Enter key says what it does on this step, as the screen's own button does
        (translated by the screen); "" for the usual Next."""
        self._enter_label = text
        self.enter_key.setText(text or self.tr("Next"))

    def _enter(self) -> None:
        if isinstance(self._target, QPlainTextEdit):
            self._target.insertPlainText("\n")  # a new line in a longer text
        else:
            self.enter.emit()

    def _text(self) -> str:
        if isinstance(self._target, QPlainTextEdit):
            return self._target.toPlainText()
        return self._target.text() if self._target is not None else ""

    def _auto_shift(self) -> None:
        if self._target is None or self._symbols:
            return
        text = self._text()
        self.shift.setChecked(self._capitals and not text)

    def set_layout(self, lang: str) -> None:
        if lang in LAYOUTS and lang != self._layout:
            self._layout = lang
            self._build()

    def _wide(self, text: str, checkable: bool = False, name: str = "KeyWide") -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setCheckable(checkable)
        return b

    def _build(self) -> None:
        clear_layout(self._rows)
        self.keys = {}
        rows = SYMBOLS if self._symbols else LAYOUTS[self._layout]
        if self._email and not self._symbols:
            rows = [*rows[:-1], rows[-1] + "@."]
        for chars in rows:
            line = QGridLayout()
            line.setSpacing(6)
            for i, ch in enumerate(chars):
                key = QPushButton()
                key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                key.setProperty("char", ch)
                key.clicked.connect(lambda _=False, ch=ch: self._type(self._shown(ch)))
                line.addWidget(key, 0, i)
                self.keys[ch] = key
            self._rows.addLayout(line)
        self._relabel()

    def _shown(self, ch: str) -> str:
        """The character a key types now: a capital while shift is down (ß has none)."""
        return ch.upper() if self.shift.isChecked() and ch != "ß" else ch

    def _relabel(self) -> None:
        for ch, key in self.keys.items():
            key.setText(self._shown(ch).replace("&", "&&"))  # a lone & would be a shortcut mark, not shown

    def _toggle_symbols(self, on: bool) -> None:
        self._symbols = on
        if on:
            self.shift.setChecked(False)
        self._build()
        self._auto_shift()

    def _type(self, text: str) -> None:
        if self._target is None:
            return
        if isinstance(self._target, QPlainTextEdit):
            self._target.insertPlainText(text)
        else:
            self._target.insert(text)
        if self.shift.isChecked() and text.strip():
            self.shift.setChecked(False)  # one capital, like a phone keyboard
        self._auto_shift()

    def _backspace(self) -> None:
        if isinstance(self._target, QPlainTextEdit):
            self._target.textCursor().deletePreviousChar()
        elif self._target is not None:
            self._target.backspace()
        self._auto_shift()

    def _clear(self) -> None:
        if self._target is not None:
            self._target.clear()
        self._auto_shift()

    def type_text(self, text: str) -> None:
        """Press the keys for a text, one by one (tests and demos): every character must be on
        the current page, or on the other page, which is switched to and back."""
        for ch in text:
            if ch == " ":
                self.space.click()
                continue
            want_upper = ch != ch.lower()
            base = ch.lower() if want_upper else ch
            if base not in self.keys:
                self.symbols.click()
            if base not in self.keys and ch in self.keys:
                base, want_upper = ch, False
            if base not in self.keys:
                raise ValueError(f"{ch!r} is not on this keyboard")
            if base.isalpha() and want_upper != self.shift.isChecked():
                self.shift.click()
            self.keys[base].click()
            if self.symbols.isChecked():
                self.symbols.click()

    def retranslate(self) -> None:
        self.enter_key.setText(self._enter_label or self.tr("Next"))
        self.space.setText(self.tr("space"))
        self.clear_key.setText(self.tr("Clear"))
        # Keys drawn as symbols are named in words for speech and assistive tools.
        self.shift.setAccessibleName(self.tr("Capital letters"))
        self.backspace.setAccessibleName(self.tr("Delete last character"))
