"""The host view's Settings, the door's section: which lock (as `kiosk lock set`), testing it (as
`kiosk lock test`), the opening hours and closed days (domain.hours), Danish public holidays,
whether a card alone opens inside hours, the "closed now" switch and the sync age limit; the door
sensor (a Shelly's input, a Nuki's door sensor) and when a door open is "held open".

One Save for the whole section: everything is checked first (a wrong hour, a lock without its
password) and said at its field in the language on screen, nothing typed is lost; only then are
the settings and the lock stored, on the host-tasks thread. Taking the lock away asks once. A
password or token is never shown: an empty field keeps the one set."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from kiosk.domain.hours import DK_HOLIDAYS, HoursProblem, parse_hours
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.lock.config import KINDS, MAX_INPUT, LockConfig, LockConfigProblem, parse_gpio_line
from kiosk.ui import theme
from kiosk.ui.error_text import describe
from kiosk.ui.tasks import Tasks
from kiosk.ui.widgets import make_label, touch_button

from .desk import HostDesk
from .page import Page

FIELDS = ("url", "password", "token", "lock_id", "line", "seconds", "sensor_input")
SHOWN = {"none": (), "shelly": ("url", "password", "seconds", "sensor_input"),
         "nuki": ("url", "token", "lock_id", "seconds"), "gpio": ("line", "seconds")}
HOURS_FIELDS = ("opening_hours", "closed_days", "max_sync_age_hours", "held_open_seconds")
HELD_OPEN_RANGE = (5, 3600)  # as SpaceSettings.validate
MAX_SYNC_AGE_HOURS = 24 * 30  # as SpaceSettings.validate


class DoorSettingsSection(Page):
    """The door's settings; a section of the host view's Settings page."""

    def __init__(self, tasks: Tasks, desk: HostDesk) -> None:
        super().__init__(tasks, desk)
        self.setObjectName("DoorSettings")
        self.setStyleSheet("QWidget#DoorSettings QPushButton { font-size: 20px; min-height: 48px; }"
                           "QWidget#DoorSettings QLabel { font-size: 20px; }")
        self._config = LockConfig()
        self.title = make_label(px=22, bold=True, wrap=True)
        self.kind_buttons: dict[str, QPushButton] = {}
        kinds = QHBoxLayout()
        for kind in KINDS:
            b = touch_button(name=f"lock-kind-{kind}")
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=kind: self.choose(k))
            kinds.addWidget(b)
            self.kind_buttons[kind] = b
        kinds.addStretch(1)
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setColumnStretch(1, 1)
        self.labels: dict[str, Any] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.problems: dict[str, Any] = {}
        for i, name in enumerate(FIELDS + HOURS_FIELDS):
            self.labels[name] = make_label(px=20, wrap=True)
            edit = QLineEdit()
            edit.setObjectName(f"door-{name}")
            edit.setFixedHeight(44)
            edit.setMinimumWidth(200)
            if name in ("password", "token"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            problem = make_label(px=18, wrap=True, name=f"door-problem-{name}")
            problem.setStyleSheet(f"color: {theme.REFUSED};")
            problem.hide()
            edit.textEdited.connect(lambda _t, p=problem: p.hide())
            self.edits[name], self.problems[name] = edit, problem
            form.addWidget(self.labels[name], 2 * i, 0)
            form.addWidget(edit, 2 * i, 1)
            form.addWidget(problem, 2 * i + 1, 1)
        self.active_low = self._toggle("door-active-low")
        self.door_sensor = self._toggle("door-nuki-sensor")
        self.holidays = self._toggle("door-dk-holidays")
        self.cards_inside = self._toggle("door-cards-inside-hours")
        self.closed_now = self._toggle("door-closed-now")
        self.save_button = touch_button(name="Primary")
        self.save_button.clicked.connect(self.save)
        self.test_button = touch_button(name="door-test")
        self.test_button.clicked.connect(self.test)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(kinds)
        layout.addLayout(form)
        for toggle in (self.active_low, self.door_sensor, self.holidays, self.cards_inside, self.closed_now):
            layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._kind = "none"
        self.retranslate()

    @staticmethod
    def _toggle(name: str) -> QPushButton:
        b = touch_button(name=name)
        b.setCheckable(True)
        return b

    # --- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        door = self.desk.door
        self._config = door.config if door is not None else LockConfig()
        c = self._config
        settings = self.desk.settings()
        self.edits["url"].setText(c.url)
        self.edits["lock_id"].setText(c.lock_id)
        self.edits["line"].setText(f"{c.chip}:{c.line}" if c.chip else "")
        self.edits["seconds"].setText(str(c.seconds))
        for secret in ("password", "token"):
            self.edits[secret].clear()
        self.active_low.setChecked(c.active_low)
        self.edits["sensor_input"].setText("" if c.sensor_input is None else str(c.sensor_input))
        self.door_sensor.setChecked(c.door_sensor)
        self.edits["held_open_seconds"].setText(str(settings.held_open_seconds))
        closed = [d.strip() for d in settings.closed_days.split(",") if d.strip()]
        self.holidays.setChecked(any(d.lower() == DK_HOLIDAYS for d in closed))
        self.edits["opening_hours"].setText(settings.opening_hours)
        self.edits["closed_days"].setText(", ".join(d for d in closed if d.lower() != DK_HOLIDAYS))
        self.edits["max_sync_age_hours"].setText(str(settings.max_sync_age_hours))
        self.cards_inside.setChecked(settings.cards_open_inside_hours)
        self.closed_now.setChecked(settings.closed_now)
        for problem in self.problems.values():
            problem.hide()
        self.choose(c.kind)
        self.retranslate()

    def choose(self, kind: str) -> None:
        self._kind = kind
        for k, b in self.kind_buttons.items():
            b.setChecked(k == kind)
        for name in FIELDS:
            shown = name in SHOWN[kind]
            self.labels[name].setVisible(shown)
            self.edits[name].setVisible(shown)
            if not shown:
                self.problems[name].hide()
        self.active_low.setVisible(kind == "gpio")
        self.door_sensor.setVisible(kind == "nuki")
        self.test_button.setEnabled(self._config.kind != "none")

    # --- saving -------------------------------------------------------------------------------
    def lock_config(self) -> LockConfig:
        """The lock as typed; LockConfigProblem when it is not one."""
        old, e = self._config, self.edits
        if self._kind == "none":
            return LockConfig()
        seconds_text = e["seconds"].text().strip()
        if not seconds_text.isdigit():
            raise LockConfigProblem("bad_seconds")
        same = old.kind == self._kind
        chip, line = ("", 0)
        if self._kind == "gpio":
            chip, line = parse_gpio_line(e["line"].text().strip())
        sensor_text = e["sensor_input"].text().strip() if self._kind == "shelly" else ""
        if sensor_text and not sensor_text.isdigit():
            raise LockConfigProblem("bad_sensor_input", most=MAX_INPUT)
        return LockConfig(
            kind=self._kind, url=e["url"].text().strip().rstrip("/"),
            password=e["password"].text() or (old.password if same else ""),
            token=e["token"].text() or (old.token if same else ""),
            lock_id=e["lock_id"].text().strip(), chip=chip, line=line,
            active_low=self.active_low.isChecked(), seconds=int(seconds_text),
            sensor_input=int(sensor_text) if sensor_text else None,
            door_sensor=self._kind == "nuki" and self.door_sensor.isChecked()).validate()

    def door_settings(self, current: SpaceSettings) -> SpaceSettings:
        """The settings as typed; HoursProblem or InvalidSetting when they are not right."""
        hours = self.edits["opening_hours"].text().strip()
        closed = [d.strip() for d in self.edits["closed_days"].text().replace(";", ",").split(",") if d.strip()]
        if self.holidays.isChecked():
            closed.append(DK_HOLIDAYS)
        closed_text = ", ".join(closed)
        parse_hours(hours, closed_text)
        age = self.edits["max_sync_age_hours"].text().strip()
        if not age.isdigit() or not 1 <= int(age) <= MAX_SYNC_AGE_HOURS:
            raise InvalidSetting("max_sync_age_hours must be 1 to 720", field="max_sync_age_hours")
        held = self.edits["held_open_seconds"].text().strip()
        if not held.isdigit() or not HELD_OPEN_RANGE[0] <= int(held) <= HELD_OPEN_RANGE[1]:
            raise InvalidSetting("held_open_seconds must be 5 to 3600", field="held_open_seconds")
        return replace(current, opening_hours=hours, closed_days=closed_text, max_sync_age_hours=int(age),
                       held_open_seconds=int(held),
                       cards_open_inside_hours=self.cards_inside.isChecked(),
                       closed_now=self.closed_now.isChecked()).validate()

    def save(self) -> None:
        for problem in self.problems.values():
            problem.hide()
        try:
            config = self.lock_config()
        except LockConfigProblem as wrong:
            self._at_field(_LOCK_FIELD.get(wrong.code, "url"), self._lock_words(wrong.code))
            return
        try:
            settings = self.door_settings(self.desk.settings())
        except HoursProblem as wrong:
            field = "closed_days" if wrong.code == "bad_date" else "opening_hours"
            self._at_field(field, self._hours_words(wrong.code, wrong.args_))
            return
        except InvalidSetting as wrong:
            if wrong.params.get("field") == "max_sync_age_hours":
                self._at_field("max_sync_age_hours", self.tr("Hours since the last sync: a number from 1 to 720."))
            elif wrong.params.get("field") == "held_open_seconds":
                self._at_field("held_open_seconds", self.tr("Seconds before a door is held open: 5 to 3600."))
            else:
                self.fail(describe(wrong))
            return
        if config.kind == "none" and self._config.kind != "none":
            self.ask(self.tr("Without a lock the door only records check-ins: no scan opens it any more, "
                             "and the lock's settings here are forgotten."),
                     self.tr("Remove the lock"), lambda: self._store(settings, config))
            return
        self._store(settings, config)

    def _store(self, settings: SpaceSettings, config: LockConfig) -> None:
        door = self.desk.door

        def apply() -> tuple[SpaceSettings, LockConfig]:
            saved = self.desk.save_settings(settings)
            if door is not None and config != door.config:
                door.set_lock(config)
            return saved, config

        def done(result: tuple[SpaceSettings, LockConfig]) -> None:
            self.save_button.setEnabled(True)
            self._config = result[1]
            self.edits["password"].clear()
            self.edits["token"].clear()
            self.choose(self._kind)
            self.say(self.tr("The door's settings are saved."))

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.fail(message)

        self.save_button.setEnabled(False)  # one save at a time: it comes back on with the answer
        self.tasks.run(apply, done, failed)

    def test(self) -> None:
        """Opens the saved lock once and says what answered (`kiosk lock test`)."""
        door = self.desk.door
        if door is None or not door.active:
            self.fail(self.tr("No lock is saved yet: choose one, save, then test it."))
            return
        self.tasks.run(door.test, self._tested, self.fail)

    def _tested(self, result: Any) -> None:
        if result.opened:
            self.say(self.tr("The lock answered and opened: %1").replace("%1", result.answered_by))
        else:
            self.fail(self.tr("The lock did not open: %1 (%2)").replace("%1", result.answered_by or "-")
                      .replace("%2", self._status_words(result.status.value)))

    def _at_field(self, field: str, text: str) -> None:
        self.problems[field].setText(text)
        self.problems[field].show()
        self.fail(self.tr("Nothing was saved: see the door's settings."))

    # --- words --------------------------------------------------------------------------------
    def _lock_words(self, code: str) -> str:
        return {
            "bad_seconds": self.tr("Seconds the door stays open: a number from 1 to 30."),
            "bad_url": self.tr("The lock's address is like http://192.168.1.20"),
            "password_required": self.tr("A Shelly needs its password: a Shelly without one is refused."),
            "token_required": self.tr("The Nuki Bridge's token is needed."),
            "bad_lock_id": self.tr("The Nuki lock's id is a number (the bridge's /list shows it)."),
            "bad_line": self.tr("The GPIO line is like gpiochip0:17"),
            "bad_sensor_input": self.tr("The Shelly's input for the door contact: 0 to 3, or empty for none."),
        }.get(code, self.tr("This lock setting is not right."))

    def _hours_words(self, code: str, args: dict[str, object]) -> str:
        what = str(next(iter(args.values()), ""))
        return {
            "bad_day": self.tr("%1 is not a weekday: use mon, tue, wed, thu, fri, sat, sun (mon-fri)."),
            "bad_time": self.tr("%1 is not a time like 08:00."),
            "bad_range": self.tr("%1 is not a range like 08:00-17:00."),
            "range_backwards": self.tr("%1 ends before it starts."),
            "bad_date": self.tr("%1 is not a date like 2026-12-24."),
        }.get(code, self.tr("These hours are not right.")).replace("%1", what)

    def _status_words(self, status: str) -> str:
        return {
            "not_answering": self.tr("it does not answer"), "wrong_secret": self.tr("wrong password or token"),
            "insecure": self.tr("it has no password: refused"), "failed": self.tr("it answered with an error"),
            "no_lock": self.tr("no lock set"),
        }.get(status, status)

    def retranslate(self) -> None:
        self.title.setText(self.tr("The door lock and its hours"))
        names = {"none": self.tr("No lock"), "shelly": self.tr("Shelly relay"), "nuki": self.tr("Nuki lock"),
                 "gpio": self.tr("GPIO relay")}
        for kind, b in self.kind_buttons.items():
            b.setText(names[kind])
        secret_set = self.tr("set; leave empty to keep it")
        labels = {
            "url": self.tr("Address"), "password": self.tr("Password"), "token": self.tr("Bridge token"),
            "lock_id": self.tr("Nuki lock id"), "line": self.tr("GPIO line"),
            "seconds": self.tr("Seconds open"),
            "sensor_input": self.tr("Door contact on the Shelly's input (0-3; empty: none)"),
            "held_open_seconds": self.tr("A door open this long is held open (seconds)"),
            "opening_hours": self.tr("Opening hours (mon-fri 08:00-17:00; sat 10:00-14:00)"),
            "closed_days": self.tr("Closed days (2026-12-24, 2026-12-31)"),
            "max_sync_age_hours": self.tr("After hours, refuse when not synced for (hours)"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
        self.edits["password"].setPlaceholderText(secret_set if self._config.password else "")
        self.edits["token"].setPlaceholderText(secret_set if self._config.token else "")
        self.active_low.setText(self.tr("Relay on when the line is low"))
        self.door_sensor.setText(self.tr("Watch the Nuki's door sensor (held or forced open)"))
        self.holidays.setText(self.tr("Closed on Danish public holidays"))
        self.cards_inside.setText(self.tr("A card alone opens inside opening hours"))
        self.closed_now.setText(self.tr("Closed now (only people inside and hosts open)"))
        self.save_button.setText(self.tr("Save the door's settings"))
        self.test_button.setText(self.tr("Test the lock"))


_LOCK_FIELD = {"bad_seconds": "seconds", "bad_url": "url", "password_required": "password",
               "token_required": "token", "bad_lock_id": "lock_id", "bad_line": "line", "unknown_kind": "url",
               "bad_sensor_input": "sensor_input"}


