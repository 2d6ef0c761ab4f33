"""The space's settings, visitor types and prices, house rules and privacy texts, the host PIN."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.guests import VisitorType, dump_visitor_types, format_price, parse_kroner
from kiosk.domain.host import PinProblem, pin_problem
from kiosk.domain.policies import PolicyKind
from kiosk.domain.settings import InvalidSetting, SpaceSettings, field_problems
from kiosk.ui import theme
from kiosk.ui.error_text import describe
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import (
    discard,
    make_label,
    touch_button,
)

from .desk import HostDesk
from .door_settings import DoorSettingsSection
from .page import Page
from .settings_sections import FieldGrid, SettingsSection, SettingsSections


class VisitorTypeRow:
    """One visitor type in the settings: its name in one language (the one on screen when the
    row was made: a later language switch must not file that text under another language),
    its price, and whether a host member is needed."""

    def __init__(self, vtype: VisitorType | None, lang: str) -> None:
        self.vtype, self.lang = vtype, lang
        self.name = QLineEdit(vtype.name(lang) if vtype else "")
        self.name.setObjectName(f"type-name-{vtype.key if vtype else 'new'}")
        self.price = QLineEdit(format_price(vtype.price_ore if vtype else 0, currency=""))
        self.price.setObjectName(f"type-price-{vtype.key if vtype else 'new'}")
        self.name.setFixedHeight(44)
        self.name.setCursorPosition(0)  # show the start of a long name
        self.price.setMinimumWidth(120)
        self.price.setFixedHeight(44)
        self.needs_host = touch_button()
        self.needs_host.setCheckable(True)
        self.needs_host.setChecked(bool(vtype and vtype.needs_host))
        self.retranslate()

    def retranslate(self) -> None:
        self.needs_host.setText(QCoreApplication.translate("SettingsPage", "Host needed"))

    def value(self, index: int) -> VisitorType | None:
        """The edited type; None when its name was cleared (removed). ValueError on a bad price."""
        name = self.name.text().strip()
        if not name:
            return None
        ore = parse_kroner(self.price.text())
        if self.vtype is None:
            key = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:16] or "type"
            return VisitorType(f"{key}_{index}", {self.lang: name}, ore, self.needs_host.isChecked())
        names = {**self.vtype.names, self.lang: name}
        return VisitorType(self.vtype.key, names, ore, self.needs_host.isChecked())

    def remove(self) -> None:
        for widget in (self.name, self.price, self.needs_host):
            discard(widget)


class SettingsPage(Page):
    """The space's settings, the guest prices, the house rules and privacy texts, the host PIN:
    in sections (settings_sections.py), one on screen at a time, each field checked where it is
    typed."""

    saved = Signal(object)  # the new SpaceSettings, once stored: the screens follow them

    # The settings fields by section, in order on screen.
    SECTIONS: ClassVar[dict[str, tuple[str, ...]]] = {
        "space": ("space_name", "languages", "critical_mass"),  # the hours are in the door's section
        "guests": ("mobilepay_number", "retention_days"),
        "screen": ("camera", "guard_seconds", "blank_after_minutes"),
    }
    FIELDS = tuple(name for names in SECTIONS.values() for name in names)
    CHECKLISTS = ("opening_checklist", "closing_checklist")

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.setObjectName("SettingsPage")
        self.setStyleSheet("QWidget#SettingsPage QPushButton { font-size: 20px; min-height: 48px; }"
                           "QWidget#SettingsPage QLabel { font-size: 20px; }")
        self.sections = SettingsSections()
        self.labels: dict[str, Any] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, Any] = {}  # field -> the label under it that says what is wrong
        grids: dict[str, FieldGrid] = {}
        for key, names in self.SECTIONS.items():
            grids[key] = grid = FieldGrid()
            for name in names:
                self.labels[name] = make_label(px=22, wrap=True)
                edit = QLineEdit()
                edit.setMinimumWidth(200)
                edit.setFixedHeight(44)  # never squeezed: the page scrolls instead
                edit.setObjectName(f"setting-{name}")
                edit.editingFinished.connect(lambda n=name: self.check_field(n))
                edit.textEdited.connect(lambda _t, n=name: self.problems[n].hide())
                self.edits[name] = edit
                self.problems[name] = grid.add(name, self.labels[name], edit)
        self.pin_label = make_label(px=22, wrap=True)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("setting-pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setFixedHeight(44)
        pin_grid = FieldGrid()
        self.pin_problem = pin_grid.add("pin", self.pin_label, self.pin_edit)  # what is wrong, at the field
        self.pin_problem.setObjectName("PinProblem")
        self.pin_edit.textEdited.connect(lambda _t: self.pin_problem.hide())
        self.pin_edit.editingFinished.connect(self._check_pin)
        # Visitor types: name (in the language on screen), price, whether a host member is needed.
        self.types_title = make_label(px=20, bold=True, wrap=True)
        self.types_grid = QGridLayout()
        self.types_grid.setHorizontalSpacing(8)
        self.types_grid.setColumnStretch(0, 3)
        self.types_grid.setColumnStretch(1, 1)
        self.type_rows: list[VisitorTypeRow] = []
        self.types_problem = make_label(px=20, wrap=True, name="problem-visitor_types")
        self.types_problem.setStyleSheet(f"color: {theme.REFUSED};")
        self.types_problem.hide()
        self.add_type_button = touch_button()
        self.add_type_button.clicked.connect(lambda: self._add_type_row(None))
        # Unstaffed days: one item a line; empty = not shown.
        self.checklist_titles: dict[str, Any] = {}
        self.checklist_edits: dict[str, QPlainTextEdit] = {}
        for name in self.CHECKLISTS:
            self.checklist_titles[name] = make_label(px=20, bold=True, wrap=True)
            lines_edit = QPlainTextEdit()
            lines_edit.setObjectName(f"setting-{name}")
            lines_edit.setStyleSheet("font-size: 20px; background: white;")
            lines_edit.setMinimumHeight(140)
            self.checklist_edits[name] = lines_edit
        self.save_button = touch_button(name="Primary")
        self.save_button.clicked.connect(self.save)

        self.policy_kind = PolicyKind.HOUSE_RULES
        self.policy_lang = "da"
        self.policy_buttons: dict[tuple[PolicyKind, str], QPushButton] = {}
        picks = QGridLayout()
        for r, kind in enumerate(PolicyKind):
            for c, lang in enumerate(("da", "en", "de")):
                b = touch_button()
                b.setCheckable(True)
                b.clicked.connect(lambda _=False, k=kind, lang=lang: self.pick_policy(k, lang))
                picks.addWidget(b, r, c)
                self.policy_buttons[(kind, lang)] = b
        self.policy_edit = QPlainTextEdit()
        self.policy_edit.setObjectName("PolicyText")
        self.policy_edit.setStyleSheet("font-size: 20px; background: white;")
        self.policy_edit.setMinimumHeight(240)
        self.policy_version = make_label(px=18, wrap=True)
        self.policy_save = touch_button(name="Primary")
        self.policy_save.clicked.connect(self.save_policy)

        space = SettingsSection("space", lambda: self.tr("The space"))
        space.body.addLayout(grids["space"])
        guests = SettingsSection("guests", lambda: self.tr("Guests"))
        guests.body.addLayout(grids["guests"])
        guests.body.addWidget(self.types_title)
        guests.body.addLayout(self.types_grid)
        guests.body.addWidget(self.types_problem)
        guests.body.addWidget(self.add_type_button, 0, Qt.AlignmentFlag.AlignLeft)
        screen = SettingsSection("screen", lambda: self.tr("Camera and screen"))
        screen.body.addLayout(grids["screen"])
        checklists = SettingsSection("checklists", lambda: self.tr("Checklists"))
        for name in self.CHECKLISTS:
            checklists.body.addWidget(self.checklist_titles[name])
            checklists.body.addWidget(self.checklist_edits[name])
        texts = SettingsSection("texts", lambda: self.tr("Rules and privacy"), own_save=self.policy_save)
        texts.body.addLayout(picks)
        texts.body.addWidget(self.policy_edit, 1)
        texts.body.addWidget(self.policy_version)
        texts.body.addWidget(self.policy_save, 0, Qt.AlignmentFlag.AlignLeft)
        pin = SettingsSection("pin", lambda: self.tr("Host PIN"))
        pin.body.addLayout(pin_grid)
        # The door's lock, opening hours and closed days: its own section, with its own Save.
        self.door_section = DoorSettingsSection(tasks, desk)
        door = SettingsSection("door", lambda: self.tr("Door and hours"), own_save=self.door_section.save_button)
        door.body.addWidget(self.door_section)
        for section in (space, door, guests, screen, checklists, texts, pin):
            self.sections.add(section)
        self.sections.shown.connect(self._section_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._policies: dict[PolicyKind, Any] = {}
        self.retranslate()

    def add_section(self, section: SettingsSection) -> None:
        """One more part of Settings (its own widgets, and its own save button or the page's)."""
        self.sections.add(section)

    def _section_shown(self, key: str) -> None:
        own = self.sections.section(key).own_save
        self.save_button.setVisible(own is None)  # a section that saves on its own has its button
        self.primary_changed.emit()

    def check_field(self, name: str) -> bool:
        """Say at the field what is wrong with the value typed there (nothing when it is fine)."""
        typed = {n: e.text().strip() for n, e in self.edits.items()}
        problem = field_problems(self.desk.settings(), typed).get(name)
        self.problems[name].hide()
        if problem is None:
            return True
        self.problems[name].setText(describe(problem))
        self.problems[name].show()
        self._in_view(self.problems[name])
        return False

    def _in_view(self, label: QWidget) -> None:
        # Once the layout has made room for the message (a few events later), scroll it on screen.
        for ms in (0, 50, 200):
            QTimer.singleShot(ms, lambda: self.bring_into_view(label))

    def _check_pin(self) -> bool:
        pin = self.pin_edit.text().strip()
        problem = pin_problem(pin) if pin else None
        if problem is None:
            self.pin_problem.hide()
            return True
        self.pin_problem.setText(self.tr("The PIN must be 4 to 8 digits.") if problem is PinProblem.RULES else
                                 self.tr("That PIN is too easy to guess (like 1111, 1234 or a year). "
                                         "Choose another."))
        self.pin_problem.show()
        self._in_view(self.pin_problem)
        return False

    def _show_problem(self, field: QWidget) -> None:
        """Bring the section of the first field with a problem on screen."""
        section = self.sections.section_of(field)
        if section is not None and section.key != self.sections.current:
            self.sections.show_section(section.key)

    @staticmethod
    def _lang() -> str:
        return QLocale().name()[:2]

    def _add_type_row(self, vtype: VisitorType | None) -> None:
        row = VisitorTypeRow(vtype, self._lang())
        index = len(self.type_rows)
        self.types_grid.addWidget(row.name, index, 0)
        self.types_grid.addWidget(row.price, index, 1)
        self.types_grid.addWidget(row.needs_host, index, 2)
        self.type_rows.append(row)

    def primary(self) -> QPushButton:
        return self.sections.section(self.sections.current).own_save or self.save_button

    def refresh(self) -> None:
        settings = self.desk.settings()
        for label in (*self.problems.values(), self.pin_problem, self.types_problem):
            label.hide()
        for name, edit in self.edits.items():
            edit.setText(str(getattr(settings, name)))
        for name, lines_edit in self.checklist_edits.items():
            lines_edit.setPlainText(getattr(settings, name))
        for type_row in self.type_rows:
            type_row.remove()
        self.type_rows = []
        for vtype in settings.guest_types():
            self._add_type_row(vtype)
        self.pin_edit.clear()
        self.door_section.refresh()
        self.tasks.run(self.desk.guests.policies, self._got_policies, self.fail)

    def _got_policies(self, policies: dict[PolicyKind, Any]) -> None:
        self._policies = policies
        self.pick_policy(self.policy_kind, self.policy_lang)

    def pick_policy(self, kind: PolicyKind, lang: str) -> None:
        self.policy_kind, self.policy_lang = kind, lang
        for key, b in self.policy_buttons.items():
            b.setChecked(key == (kind, lang))
        policy = self._policies.get(kind)
        self.policy_edit.setPlainText(policy.texts.get(lang, "") if policy else "")
        self.policy_version.setText(self.tr("Version %1; a change makes a new version that guests accept from "
                                            "then on.").replace("%1", str(policy.version if policy else "?")))

    def save_policy(self) -> None:
        kind, lang = self.policy_kind, self.policy_lang
        policy = self._policies.get(kind)
        texts = {**(policy.texts if policy else {}), lang: self.policy_edit.toPlainText()}

        def saved(new: Any) -> None:
            self._policies[kind] = new
            self.pick_policy(kind, lang)
            self.say(self.tr("Saved as version %1.").replace("%1", str(new.version)))

        self.tasks.run(lambda: self.desk.guests.set_policy(kind, texts), saved, self.fail)

    def save(self) -> None:
        wrong = [name for name in self.edits if not self.check_field(name)]
        if not self._check_pin():
            wrong.append("pin")
        types: list[VisitorType] = []
        self.types_problem.hide()
        try:
            types = [t for t in (row.value(i) for i, row in enumerate(self.type_rows, 1)) if t]
        except ValueError:
            self.types_problem.setText(self.tr("A price is a number of kroner, like 150 or 150,50."))
            self.types_problem.show()
            wrong.append("visitor_types")
        else:
            if not types:
                self.types_problem.setText(self.tr("Keep at least one visitor type."))
                self.types_problem.show()
                wrong.append("visitor_types")
        if wrong:
            first = wrong[0]
            self._show_problem(self.pin_edit if first == "pin" else self.types_problem if first == "visitor_types"
                               else self.edits[first])
            self.fail(self.tr("Nothing was saved: see what is marked in red."))
            return
        current = self.desk.settings()
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values.update({name: "\n".join(line.strip() for line in lines.toPlainText().splitlines() if line.strip())
                       for name, lines in self.checklist_edits.items()})
        try:
            changed = SpaceSettings.from_mapping({**current.to_mapping(), **values})
            changed = replace(changed, visitor_types=dump_visitor_types(types)).validate()
        except (InvalidSetting, ValueError) as exc:  # a rule across fields (or the checklists)
            self.fail(describe(exc))
            return
        pin = self.pin_edit.text().strip()

        def apply() -> SpaceSettings:
            result = self.desk.save_settings(changed)
            if pin:
                self.desk.host.set_pin(pin)
            return result

        def done(settings: SpaceSettings) -> None:
            self.say(self.tr("Saved. A new camera or time zone applies at the next start."))
            self.saved.emit(settings)

        self.tasks.run(apply, done, self.fail)
        self.pin_edit.clear()

    def retranslate(self) -> None:
        names = {"space_name": self.tr("Space name"),
                 "blank_after_minutes": self.tr("Dark when closed, after idle (min, 0 = never)"),
                 "guard_seconds": self.tr("Repeat scan guard (s)"),
                 "retention_days": self.tr("Delete guests after (days)"),
                 "mobilepay_number": self.tr("MobilePay number"),
                 "languages": self.tr("Languages (da,en,de)"), "camera": self.tr("Camera"),
                 "critical_mass": self.tr("Critical mass (people)")}
        for name, text in names.items():
            self.labels[name].setText(text)
        self.sections.retranslate()
        for name, problem in self.problems.items():
            if problem.isVisible():  # said again in the language now on screen
                self.check_field(name)
        self.types_title.setText(self.tr("Visitor types: name, price in kr., host member needed. "
                                         "Clear a name to remove the type."))
        self.add_type_button.setText(self.tr("+ Visitor type"))
        self.checklist_titles["opening_checklist"].setText(
            self.tr("Opening checklist: shown to the first one in when no host is there. One item a line; "
                    "empty = not shown."))
        self.checklist_titles["closing_checklist"].setText(
            self.tr("Closing checklist: shown to the last one out. One item a line; empty = not shown."))
        for type_row in self.type_rows:
            type_row.retranslate()
        self.pin_label.setText(self.tr("New host PIN"))
        self.save_button.setText(self.tr("Save settings"))
        self.policy_save.setText(self.tr("Save text"))
        for (kind, lang), b in self.policy_buttons.items():
            b.setText((self.tr("Rules") if kind is PolicyKind.HOUSE_RULES else self.tr("Privacy")) + f" {lang}")
