"""Settings in sections: one part on screen at a time under a row of section buttons, so a
7" panel with the keyboard up shows the field typed in and what is wrong with it, never one
2,100 px form. A section is a widget in a list (SettingsSections.add): another part of the
kiosk adds its own the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets import WrapButton, make_label


class SectionButton(WrapButton):
    """A section's button: three to a row (a 7" panel in German: "Kamera und Bildschirm",
    "Regeln und Datenschutz" on one line each), its text wrapping if it must."""

    def sizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))


class SettingsSection(QWidget):
    """One part of Settings. title: its button's text in the language on screen (a callable, so
    the section's owner translates it in its own context). own_save: the section's own main
    button (a text saved on its own); None for the page's "Save settings"."""

    def __init__(self, key: str, title: Callable[[], str], own_save: QPushButton | None = None) -> None:
        super().__init__()
        self.key, self.title, self.own_save = key, title, own_save
        self.setObjectName(f"section-{key}")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)


class FieldGrid(QGridLayout):
    """Label, field, and under the field what is wrong with it (hidden until something is)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(4)
        self.setColumnStretch(1, 1)
        self.problems: dict[str, QLabel] = {}

    def add(self, name: str, label: QLabel, field: QWidget) -> QLabel:
        row = self.rowCount()
        self.addWidget(label, row, 0)
        self.addWidget(field, row, 1)
        problem = make_label(px=20, wrap=True, name=f"problem-{name}")
        problem.setStyleSheet(f"color: {theme.REFUSED};")
        problem.hide()
        self.addWidget(problem, row + 1, 1)
        self.problems[name] = problem
        return problem


class SettingsSections(QWidget):
    """The section buttons and the one section shown under them."""

    shown = Signal(str)  # the key of the section now on screen
    COLUMNS = 3

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[SettingsSection] = []
        self.buttons: dict[str, SectionButton] = {}
        self.row = QGridLayout()
        self.row.setSpacing(6)
        self.area = QVBoxLayout()
        self.area.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(self.row)
        layout.addLayout(self.area)
        self.current = ""

    def add(self, section: SettingsSection) -> None:
        """One more section, with its button at the end of the row."""
        button = SectionButton(name=f"section-button-{section.key}", px=20)
        button.setCheckable(True)
        button.setMinimumHeight(48)
        button.clicked.connect(lambda _=False, k=section.key: self.show_section(k))
        index = len(self.sections)
        self.row.addWidget(button, index // self.COLUMNS, index % self.COLUMNS)
        self.buttons[section.key] = button
        self.sections.append(section)
        self.area.addWidget(section)
        section.setVisible(not self.current)
        if not self.current:
            self.current = section.key
            button.setChecked(True)
        button.setText(section.title())

    def section(self, key: str) -> SettingsSection:
        return next(s for s in self.sections if s.key == key)

    def show_section(self, key: str) -> None:
        for s in self.sections:  # hidden sections take no room: the page is as tall as the one shown
            s.setVisible(s.key == key)
            self.buttons[s.key].setChecked(s.key == key)
        self.current = key
        self.shown.emit(key)

    def section_of(self, widget: QWidget) -> SettingsSection | None:
        return next((s for s in self.sections if s.isAncestorOf(widget)), None)

    def retranslate(self) -> None:
        for s in self.sections:
            self.buttons[s.key].setText(s.title())
