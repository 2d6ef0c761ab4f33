"""Which lock the door has, as the host set it (`kiosk lock set ...`, the host view), and checks
on it. Stored as one JSON value in the kiosk's settings; the secrets stay on this kiosk."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from urllib.parse import urlsplit

from .port import MAX_OPEN_SECONDS

KINDS = ("none", "shelly", "nuki", "gpio")
MAX_INPUT = 3  # a Shelly has inputs 0 to 3 at most (Pro 4PM)


class LockConfigProblem(ValueError):
    """A lock setting a person got wrong: a code and its arguments, worded by each interface."""

    def __init__(self, code: str, **args: object) -> None:
        super().__init__(code)
        self.code, self.args_ = code, args


@dataclass(frozen=True)
class LockConfig:
    kind: str = "none"
    url: str = ""  # shelly, nuki
    password: str = ""  # shelly
    token: str = ""  # nuki
    lock_id: str = ""  # nuki
    chip: str = ""  # gpio
    line: int = 0  # gpio
    active_low: bool = False  # gpio
    seconds: int = 5  # how long the door stays released
    sensor_input: int | None = None  # shelly: the input wired to the door's contact (Input.GetStatus)
    door_sensor: bool = False  # nuki: read the lock's door sensor (the bridge's /lockState)

    @property
    def has_sensor(self) -> bool:
        """Whether the door has a sensor to watch (held open, forced open)."""
        return (self.kind == "shelly" and self.sensor_input is not None) or (self.kind == "nuki" and self.door_sensor)

    def validate(self) -> LockConfig:
        if self.kind not in KINDS:
            raise LockConfigProblem("unknown_kind", kind=self.kind)
        if not 1 <= self.seconds <= MAX_OPEN_SECONDS:
            raise LockConfigProblem("bad_seconds", most=MAX_OPEN_SECONDS)
        if self.kind in ("shelly", "nuki"):
            parts = urlsplit(self.url)
            if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
                raise LockConfigProblem("bad_url", url=self.url)
        if self.kind == "shelly" and not self.password:
            raise LockConfigProblem("password_required")
        if self.kind == "nuki":
            if not self.token:
                raise LockConfigProblem("token_required")
            if not self.lock_id.isdigit():
                raise LockConfigProblem("bad_lock_id", lock_id=self.lock_id)
        if self.sensor_input is not None and not 0 <= self.sensor_input <= MAX_INPUT:
            raise LockConfigProblem("bad_sensor_input", most=MAX_INPUT)
        if self.kind == "gpio" and (not self.chip or self.line < 0):
            raise LockConfigProblem("bad_line", line=f"{self.chip}:{self.line}")
        return self

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> LockConfig:
        if not text:
            return cls()
        try:
            values = json.loads(text)
            return cls(**values).validate()
        except (ValueError, TypeError):
            return cls()  # a damaged value is no lock, never an open door

    def public(self) -> dict[str, object]:
        """What `kiosk lock show` and the host view may show: never a password or token."""
        shown = asdict(replace(self, password="", token=""))
        shown["password"] = "set" if self.password else ""
        shown["token"] = "set" if self.token else ""
        return shown


def parse_gpio_line(text: str) -> tuple[str, int]:
    """"gpiochip0:17" -> ("gpiochip0", 17)."""
    chip, sep, line = text.rpartition(":")
    if not sep or not chip or not line.isdigit():
        raise LockConfigProblem("bad_line", line=text)
    return chip, int(line)
