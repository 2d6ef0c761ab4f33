"""The space's settings that the door's rules and screens need."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .visits import SpaceRules

LANGUAGES = ("da", "en")


class InvalidSetting(ValueError):
    pass


@dataclass(frozen=True)
class SpaceSettings:
    space_name: str = "Coworking"
    timezone: str = "Europe/Copenhagen"
    closing_time: str = "22:00"
    guard_seconds: int = 60
    language: str = "da"
    result_seconds: int = 5  # how long a result screen stays before the scan screen returns
    camera: str = ""  # a stable device path (/dev/v4l/by-id/...), an index, or a file; "" = find one
    camera_width: int = 1280
    camera_height: int = 720
    camera_fps: int = 15  # asked of the webcam; 15 reads as fast as 30 (decoding runs at 15/s) for half the CPU

    def rules(self) -> SpaceRules:
        return SpaceRules(tz=ZoneInfo(self.timezone), closing_time=time.fromisoformat(self.closing_time),
                          guard_seconds=self.guard_seconds)

    def validate(self) -> SpaceSettings:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidSetting(f"unknown time zone {self.timezone!r}") from None
        try:
            time.fromisoformat(self.closing_time)
        except ValueError:
            raise InvalidSetting(f"closing time {self.closing_time!r} is not like 22:00") from None
        if not 0 <= self.guard_seconds <= 3600:
            raise InvalidSetting("guard window must be 0 to 3600 seconds")
        if self.language not in LANGUAGES:
            raise InvalidSetting(f"language must be one of {', '.join(LANGUAGES)}")
        if not 1 <= self.result_seconds <= 60:
            raise InvalidSetting("result screen time must be 1 to 60 seconds")
        if not self.space_name.strip() or len(self.space_name) > 80:
            raise InvalidSetting("space name must be 1 to 80 characters")
        if not (160 <= self.camera_width <= 4096 and 120 <= self.camera_height <= 2160):
            raise InvalidSetting("camera resolution must be between 160x120 and 4096x2160")
        if not 5 <= self.camera_fps <= 60:
            raise InvalidSetting("camera frame rate must be 5 to 60")
        return self

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> SpaceSettings:
        kwargs: dict[str, object] = {}
        known = {f.name: f for f in fields(cls)}
        for name, value in values.items():
            if name not in known:
                raise InvalidSetting(f"unknown setting {name!r}; settings are {', '.join(known)}")
            if known[name].type in ("int", int):
                try:
                    kwargs[name] = int(value)
                except ValueError:
                    raise InvalidSetting(f"{name} must be a whole number, not {value!r}") from None
            else:
                kwargs[name] = value
        return cls(**kwargs).validate()  # type: ignore[arg-type]

    def to_mapping(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}
