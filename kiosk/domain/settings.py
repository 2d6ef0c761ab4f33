"""The space's settings that the door's rules and screens need."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .blanking import BlankingRule
from .checklists import MAX_LINE_LEN, MAX_LINES, checklist_lines, checklist_problem
from .door import DoorPolicy
from .guests import VisitorType, parse_visitor_types
from .hours import HoursProblem, OpeningHours, parse_hours
from .problems import Code, Problem
from .visits import SpaceRules

LANGUAGES = ("da", "en", "de")
SPEECH_MODES = ("off", "on-request", "always")
TEXT_SIZES = ("normal", "large")


class InvalidSetting(Problem, ValueError):
    pass


_HOURS_WORDS = {
    "bad_time": "opening hours: {time!r} is not a time like 08:00",
    "bad_day": "opening hours: {day!r} is not a weekday or range like mon-fri",
    "bad_range": "opening hours: {range!r} is not a range like 08:00-17:00",
    "range_backwards": "opening hours: {range!r} ends before it starts",
    "bad_date": "closed days: {date!r} is not a date like 2026-12-24 or dk-holidays",
}


OLD_HOURS = ("opening_time", "closing_time")  # the settings opening_hours replaced


def hours_from_times(opening: str | None, closing: str | None) -> str:
    """An earlier version's one opening and closing time, as opening hours on every weekday. A
    time kept as typed ("2300", "7:00:00") is read as Python reads it; one that is no time at all
    falls back to the old default."""
    def hhmm(text: str | None, default: str) -> str:
        with suppress(ValueError, AttributeError):
            return time.fromisoformat((text or "").strip()).strftime("%H:%M")
        return default

    return f"mon-sun {hhmm(opening, '07:00')}-{hhmm(closing, '22:00')}"


@dataclass(frozen=True)
class SpaceSettings:
    space_name: str = "Coworking"
    timezone: str = "Europe/Copenhagen"
    guard_seconds: int = 60
    language: str = "da"  # the language the door starts in and returns to
    languages: str = "da,en,de"  # offered by the one-tap language button, in this order
    retention_days: int = 30  # guests' personal data is deleted this many days after their visit
    mobilepay_number: str = ""  # shown to guests who pay with MobilePay
    contact: str = ""  # who answers questions (a phone or an e-mail), named in the door's camera notice
    visitor_types: str = ""  # JSON list (kiosk.domain.guests); "" = day pass, guest of a member, event
    result_seconds: int = 5  # how long a result screen stays before the scan screen returns
    host_card_needs_pin: bool = True  # a host card opens the host view only with its holder's PIN
    camera: str = ""  # a stable device path (/dev/v4l/by-id/...), an index, or a file; "" = find one
    camera_width: int = 1280
    camera_height: int = 720
    camera_fps: int = 15  # asked of the webcam; 15 reads as fast as 30 (decoding runs at 15/s) for half the CPU
    blank_after_minutes: int = 5  # outside opening hours the screen goes dark after this many idle minutes; 0 = never
    opening_checklist: str = ""  # one item a line, shown to the first person in; "" = none
    closing_checklist: str = ""  # one item a line, shown to the last one out; "" = none
    critical_mass: int = 5  # "enough people in": the host view's share of open days with at least this many
    # The space's hours (domain.hours): "mon-fri 07:00-22:00; sat 09:00-17:00". They open the door
    # (with a lock), close visits forgotten that day at the day's closing time, let the screen go
    # dark outside them and span the host view's hour chart. Migration 0011 wrote them from the
    # one opening_time/closing_time of earlier versions; 0013 removed those two.
    opening_hours: str = "mon-sun 07:00-22:00"
    closed_days: str = ""  # "2026-12-24, dk-holidays": dates, and every Danish public holiday
    closed_now: bool = False  # a host's switch (an event, illness): only open visits and hosts open
    cards_open_inside_hours: bool = True  # a printed card or typed code alone opens inside opening hours
    max_sync_age_hours: int = 24  # an enrolled kiosk refuses after-hours openings after this long unsynced
    held_open_seconds: int = 30  # with a door sensor: a door still open this long after it opened is "held open"
    fobs: bool = False  # RFID fobs (a USB reader typing their UID) open like a card: off unless a host turns it on
    # Reading the door aloud: "on-request" (a tap on "Read aloud" or a key of a USB keypad starts it
    # for one person, the idle door stops it), "always", or "off".
    speech: str = "on-request"
    # The door's text when nobody has asked: "normal", or "large" (larger text, higher contrast).
    # Anyone can make it large for themselves with one tap ("A A"); the idle door returns to this.
    text_size: str = "normal"

    def offered_languages(self) -> list[str]:
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]

    def checklist(self, kind: str) -> list[str]:
        """The lines of the opening or the closing checklist ("opening", "closing")."""
        return checklist_lines(self.opening_checklist if kind == "opening" else self.closing_checklist)

    def guest_types(self) -> tuple[VisitorType, ...]:
        return parse_visitor_types(self.visitor_types)

    def rules(self) -> SpaceRules:
        hours = self.hours()
        return SpaceRules(tz=ZoneInfo(self.timezone), closing_time=hours.span()[1], guard_seconds=self.guard_seconds,
                          hours=hours)

    def blanking(self) -> BlankingRule:
        return BlankingRule(tz=ZoneInfo(self.timezone), hours=self.hours(), idle_minutes=self.blank_after_minutes)

    def local_day(self, at: datetime) -> date:
        return at.astimezone(ZoneInfo(self.timezone)).date()

    def closing_time_on(self, day: date) -> str:
        """When the space closes on a local day ("17:00"), as a guest's day pass says it; a day the
        hours do not open: the latest closing of the week (a visit is closed then if forgotten)."""
        return self.rules().closing_at(day).astimezone(ZoneInfo(self.timezone)).strftime("%H:%M")

    def hours(self) -> OpeningHours:
        return parse_hours(self.opening_hours, self.closed_days)

    def door_policy(self) -> DoorPolicy:
        return DoorPolicy(self.hours(), closed_now=self.closed_now,
                          cards_open_inside_hours=self.cards_open_inside_hours,
                          max_sync_age=timedelta(hours=self.max_sync_age_hours))

    def validate(self) -> SpaceSettings:
        try:
            self.hours()
        except HoursProblem as wrong:
            raise InvalidSetting(_HOURS_WORDS[wrong.code].format(**wrong.args_), Code.SETTING_RANGE,
                                 field="closed_days" if wrong.code == "bad_date" else "opening_hours") from None
        if not 5 <= self.held_open_seconds <= 3600:
            raise InvalidSetting("held_open_seconds must be 5 to 3600", Code.SETTING_BETWEEN,
                                 field="held_open_seconds", low=5, high=3600)
        if not 1 <= self.max_sync_age_hours <= 24 * 30:
            raise InvalidSetting("max_sync_age_hours must be 1 to 720", Code.SETTING_RANGE, field="max_sync_age_hours")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidSetting(f"unknown time zone {self.timezone!r}", Code.SETTING_RANGE, field="timezone") from None
        offered = self.offered_languages()
        if not offered or any(lang not in LANGUAGES for lang in offered) or len(set(offered)) != len(offered):
            raise InvalidSetting(f"languages must be a comma-separated choice of {', '.join(LANGUAGES)}",
                                 Code.SETTING_LANGUAGES, choices=",".join(LANGUAGES))
        if self.language not in offered:
            raise InvalidSetting("the start language must be one of the offered languages", Code.SETTING_START_LANGUAGE)
        if not 1 <= self.retention_days <= 3650:
            raise InvalidSetting("retention must be 1 to 3650 days", Code.SETTING_RETENTION, low=1, high=3650)
        if len(self.mobilepay_number) > 20 or any(ch not in "0123456789 +" for ch in self.mobilepay_number):
            raise InvalidSetting("the MobilePay number may have digits, spaces and + only (at most 20)",
                                 Code.SETTING_MOBILEPAY, limit=20)
        try:
            parse_visitor_types(self.visitor_types)
        except ValueError as exc:
            raise InvalidSetting(str(exc), Code.SETTING_VISITOR_TYPES) from None
        if not 0 <= self.guard_seconds <= 3600:
            raise InvalidSetting("guard window must be 0 to 3600 seconds", Code.SETTING_GUARD, low=0, high=3600)
        if self.language not in LANGUAGES:
            raise InvalidSetting(f"language must be one of {', '.join(LANGUAGES)}", Code.SETTING_START_LANGUAGE)
        if not 1 <= self.result_seconds <= 60:
            raise InvalidSetting("result screen time must be 1 to 60 seconds", Code.SETTING_RANGE,
                                 field="result_seconds", low=1, high=60)
        if len(self.contact) > 80:
            raise InvalidSetting("the contact may be at most 80 characters", Code.SETTING_CONTACT, limit=80)
        if not self.space_name.strip() or len(self.space_name) > 80:
            raise InvalidSetting("space name must be 1 to 80 characters", Code.SETTING_SPACE_NAME, limit=80)
        if not (160 <= self.camera_width <= 4096 and 120 <= self.camera_height <= 2160):
            raise InvalidSetting("camera resolution must be between 160x120 and 4096x2160", Code.SETTING_RANGE,
                                 field="camera", low="160x120", high="4096x2160")
        if not 5 <= self.camera_fps <= 60:
            raise InvalidSetting("camera frame rate must be 5 to 60", Code.SETTING_BETWEEN,
                                 field="camera_fps", low=5, high=60)
        if not 0 <= self.blank_after_minutes <= 240:
            raise InvalidSetting("blank_after_minutes must be 0 (never) to 240", Code.SETTING_BETWEEN,
                                 field="blank_after_minutes", low=0, high=240)
        for text in (self.opening_checklist, self.closing_checklist):
            problem = checklist_problem(text)
            if problem:
                raise InvalidSetting(problem, Code.SETTING_CHECKLIST, lines=MAX_LINES, length=MAX_LINE_LEN)
        if not 1 <= self.critical_mass <= 500:
            raise InvalidSetting("critical mass must be 1 to 500 people", Code.SETTING_CRITICAL_MASS, low=1, high=500)
        if self.speech not in SPEECH_MODES:
            raise InvalidSetting(f"speech must be one of {', '.join(SPEECH_MODES)}", Code.SETTING_RANGE)
        if self.text_size not in TEXT_SIZES:
            raise InvalidSetting(f"text_size must be one of {', '.join(TEXT_SIZES)}", Code.SETTING_RANGE,
                                 field="text_size", low="normal", high="large")
        return self

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> SpaceSettings:
        kwargs: dict[str, object] = {}
        known = {f.name: f for f in fields(cls)}
        for name, value in values.items():
            if name not in known:
                raise InvalidSetting(f"unknown setting {name!r}; settings are {', '.join(known)}", Code.SETTING_RANGE,
                                     field=name)
            if known[name].type in ("bool", bool):
                if value.strip().lower() not in ("true", "false", "yes", "no", "on", "off", "1", "0"):
                    raise InvalidSetting(f"{name} must be on or off, not {value!r}", Code.SETTING_RANGE, field=name)
                kwargs[name] = value.strip().lower() in ("true", "yes", "on", "1")
            elif known[name].type in ("int", int):
                try:
                    kwargs[name] = int(value)
                except ValueError:
                    raise InvalidSetting(f"{name} must be a whole number, not {value!r}", Code.SETTING_NUMBER,
                                         field=name, value=value) from None
            else:
                kwargs[name] = value
        return cls(**kwargs).validate()  # type: ignore[arg-type]

    @classmethod
    def from_stored(cls, values: dict[str, str]) -> SpaceSettings:
        """Settings as a kiosk stored them. The one opening_time/closing_time of earlier versions
        became opening_hours (migrations 0011 and 0013); a copy restored from such a version
        without them is read the same way."""
        fixed = {k: v for k, v in values.items() if k not in OLD_HOURS}
        if "opening_hours" not in fixed and any(k in values for k in OLD_HOURS):
            fixed["opening_hours"] = hours_from_times(values.get("opening_time"), values.get("closing_time"))
        return cls.from_mapping(fixed)

    def to_mapping(self) -> dict[str, str]:
        return {f.name: (("on" if getattr(self, f.name) else "off") if f.type in ("bool", bool)
                         else str(getattr(self, f.name))) for f in fields(self)}


# Fields checked together: a value that is fine with the other one typed at the same time.
_CHECKED_TOGETHER = (("languages", "language"),)


def field_problems(current: SpaceSettings, typed: dict[str, str]) -> dict[str, InvalidSetting]:
    """What is wrong with each typed value, by field, so it can be said at the field: each is
    checked on its own against the stored settings (the times, and the languages, as a pair).
    Empty when every value is fine on its own; SpaceSettings.from_mapping still checks them all."""
    stored = current.to_mapping()
    problems: dict[str, InvalidSetting] = {}
    for name, value in typed.items():
        change = {name: value}
        for group in _CHECKED_TOGETHER:
            if name in group:
                change.update({other: typed[other] for other in group if other in typed})
        try:
            SpaceSettings.from_mapping({**stored, **change})
        except InvalidSetting as exc:
            problems[name] = exc
    return problems
