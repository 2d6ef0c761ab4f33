"""The space's settings, visitor types and prices, house rules and privacy texts, the host PIN."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from kiosk.domain.guests import VisitorType, dump_visitor_types, format_price, parse_kroner
from kiosk.domain.host import PinProblem, pin_problem
from kiosk.domain.policies import PolicyKind
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.ui import theme
from kiosk.ui.error_text import describe
from kiosk.ui.tasks import Tasks
from kiosk.ui.time_picker import TimePicker
from kiosk.ui.widgets import (
    discard,
    make_label,
    touch_button,
)

from .desk import HostDesk
from .page import Page


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
        self.name.setAccessibleName(QCoreApplication.translate("SettingsPage", "Visitor type's name"))
        self.price.setAccessibleName(QCoreApplication.translate("SettingsPage", "Price in kr."))

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
    """The space's settings, the guest prices, the house rules and privacy texts, the host PIN."""

    saved = Signal(object)  # the new SpaceSettings, once stored: the screens follow them

    FIELDS = ("space_name", "opening_time", "closing_time", "blank_after_minutes", "guard_seconds",
              "retention_days", "mobilepay_number", "languages", "camera", "critical_mass")
    CHECKLISTS = ("opening_checklist", "closing_checklist")

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.setObjectName("SettingsPage")
        self.setStyleSheet("QWidget#SettingsPage QPushButton { font-size: 20px; min-height: 48px; }"
                           "QWidget#SettingsPage QLabel { font-size: 20px; }")
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setColumnStretch(1, 1)
        self.labels: dict[str, Any] = {}
        self.edits: dict[str, QLineEdit | TimePicker] = {}
        for i, name in enumerate(self.FIELDS):
            self.labels[name] = make_label(px=22)
            edit: QLineEdit | TimePicker
            if name in ("opening_time", "closing_time"):
                edit = TimePicker(name=f"setting-{name}")  # − and +: a time cannot be mistyped
            else:
                edit = QLineEdit()
                edit.setMinimumWidth(200)
                edit.setFixedHeight(44)  # never squeezed: the page scrolls instead
                edit.setObjectName(f"setting-{name}")
            self.edits[name] = edit
            form.addWidget(self.labels[name], i, 0)
            form.addWidget(edit, i, 1)
        row = len(self.FIELDS)
        self.pin_label = make_label(px=22)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("setting-pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setFixedHeight(44)
        form.addWidget(self.pin_label, row, 0)
        form.addWidget(self.pin_edit, row, 1)
        self.pin_problem = make_label(px=20, wrap=True, name="PinProblem")  # what is wrong, at the field
        self.pin_problem.setStyleSheet(f"color: {theme.REFUSED};")
        self.pin_problem.hide()
        form.addWidget(self.pin_problem, row + 1, 1)
        self.pin_edit.textEdited.connect(lambda _t: self.pin_problem.hide())
        # Visitor types: name (in the language on screen), price, whether a host member is needed.
        self.types_title = make_label(px=20, bold=True, wrap=True)
        self.types_grid = QGridLayout()
        self.types_grid.setHorizontalSpacing(8)
        self.types_grid.setColumnStretch(0, 3)
        self.types_grid.setColumnStretch(1, 1)
        self.type_rows: list[VisitorTypeRow] = []
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
        right = QVBoxLayout()
        right.addLayout(picks)
        right.addWidget(self.policy_edit, 1)
        right.addWidget(self.policy_version)
        right.addWidget(self.policy_save, 0, Qt.AlignmentFlag.AlignLeft)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.types_title)
        left.addLayout(self.types_grid)
        left.addWidget(self.add_type_button, 0, Qt.AlignmentFlag.AlignLeft)
        for name in self.CHECKLISTS:
            left.addWidget(self.checklist_titles[name])
            left.addWidget(self.checklist_edits[name])
        left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        # One column: the texts below the settings, so a 7" panel needs no sideways scrolling.
        body = QVBoxLayout()
        body.setSpacing(24)
        body.addLayout(left)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._policies: dict[PolicyKind, Any] = {}
        self.retranslate()

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
        return self.save_button

    def refresh(self) -> None:
        settings = self.desk.settings()
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
        self.tasks.run(self.desk.guests.policies, self._got_policies, self.fail)

    def _got_policies(self, policies: dict[PolicyKind, Any]) -> None:
        self._policies = policies
        self.pick_policy(self.policy_kind, self.policy_lang)

    def pick_policy(self, kind: PolicyKind, lang: str) -> None:
        self.policy_kind, self.policy_lang = kind, lang
        for key, b in self.policy_buttons.items():
            b.setChecked(key == (kind, lang))
        self._name_policy()
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
        pin = self.pin_edit.text().strip()
        problem = pin_problem(pin) if pin else None
        if problem is not None:
            self.pin_problem.setText(self.tr("The PIN must be 4 to 8 digits.") if problem is PinProblem.RULES else
                                     self.tr("That PIN is too easy to guess (like 1111, 1234 or a year). "
                                             "Choose another."))
            self.pin_problem.show()
            self.fail(self.tr("Nothing was saved: see the PIN."))
            return
        self.pin_problem.hide()
        current = self.desk.settings()
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values.update({name: "\n".join(line.strip() for line in lines.toPlainText().splitlines() if line.strip())
                       for name, lines in self.checklist_edits.items()})
        try:
            changed = SpaceSettings.from_mapping({**current.to_mapping(), **values})
            types = [t for t in (row.value(i) for i, row in enumerate(self.type_rows, 1)) if t]
            if not types:
                self.fail(self.tr("Keep at least one visitor type."))
                return
            changed = replace(changed, visitor_types=dump_visitor_types(types)).validate()
        except (InvalidSetting, ValueError) as exc:
            self.fail(describe(exc))
            return

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

    def _name_policy(self) -> None:
        kind = self.tr("House rules") if self.policy_kind is PolicyKind.HOUSE_RULES else self.tr("Privacy notice")
        self.policy_edit.setAccessibleName(f"{kind} ({self.policy_lang})")

    def retranslate(self) -> None:
        names = {"space_name": self.tr("Space name"), "opening_time": self.tr("Opens at"),
                 "closing_time": self.tr("Closes at"),
                 "blank_after_minutes": self.tr("Dark when closed, after idle (min, 0 = never)"),
                 "guard_seconds": self.tr("Repeat scan guard (s)"),
                 "retention_days": self.tr("Delete guests after (days)"),
                 "mobilepay_number": self.tr("MobilePay number"),
                 "languages": self.tr("Languages (da,en,de)"), "camera": self.tr("Camera"),
                 "critical_mass": self.tr("Critical mass (people)")}
        for name, text in names.items():
            self.labels[name].setText(text)
            field = self.edits[name]
            # Each field is named by its label (EN 301 549 11.4.1.2; tests/ui/test_host_control_names.py).
            if isinstance(field, TimePicker):
                field.set_name(text)
            else:
                field.setAccessibleName(text)
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
        self.pin_edit.setAccessibleName(self.pin_label.text())
        for name, lines_edit in self.checklist_edits.items():
            lines_edit.setAccessibleName(self.tr("Opening checklist") if name == "opening_checklist"
                                         else self.tr("Closing checklist"))
        self._name_policy()
        self.save_button.setText(self.tr("Save settings"))
        self.policy_save.setText(self.tr("Save text"))
        for (kind, lang), b in self.policy_buttons.items():
            b.setText((self.tr("Rules") if kind is PolicyKind.HOUSE_RULES else self.tr("Privacy")) + f" {lang}")
