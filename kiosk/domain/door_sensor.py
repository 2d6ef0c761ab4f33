"""The door sensor's rules (pure): from one reading to the next, what is worth a record.

A door that opens while the kiosk had granted no opening in the window before is "forced open";
a door still open `held_after` after it opened is "held open"; either ends with "closed". A
sensor that stops answering is said once ("sensor_failed"), and once when it answers again
("sensor_back"): one record per change of state, never one per reading. The state is small and
kept by the service between readings and across restarts, so a restart in the middle of an
episode neither repeats nor invents one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

OPEN, CLOSED, UNKNOWN, NOT_ANSWERING = "open", "closed", "unknown", "not_answering"
HELD_OPEN, FORCED_OPEN, CLOSED_AGAIN = "door_held_open", "door_forced_open", "door_closed"
SENSOR_FAILED, SENSOR_BACK = "sensor_failed", "sensor_back"
SENSOR_KINDS = (HELD_OPEN, FORCED_OPEN, CLOSED_AGAIN, SENSOR_FAILED, SENSOR_BACK)


@dataclass(frozen=True)
class SensorPolicy:
    held_after: timedelta  # a host setting (held_open_seconds, default 30 s)
    grant_window: timedelta  # an opening granted this long before the door opened explains it


@dataclass(frozen=True)
class SensorState:
    door: str = UNKNOWN  # open | closed | unknown (never read yet, or not since the sensor came back)
    open_since: datetime | None = None
    alarm: str | None = None  # door_held_open | door_forced_open while it lasts
    answering: bool = True

    def to_json(self) -> str:
        return json.dumps({"door": self.door, "open_since": self.open_since.isoformat() if self.open_since else None,
                           "alarm": self.alarm, "answering": self.answering})

    @classmethod
    def from_json(cls, text: str | None) -> SensorState:
        try:
            v = json.loads(text or "{}")
            since = v.get("open_since")
            return cls(door=v.get("door", UNKNOWN) if v.get("door") in (OPEN, CLOSED) else UNKNOWN,
                       open_since=datetime.fromisoformat(since) if since else None,
                       alarm=v.get("alarm") if v.get("alarm") in (HELD_OPEN, FORCED_OPEN) else None,
                       answering=v.get("answering") is not False)
        except (ValueError, TypeError, AttributeError):
            return cls()


@dataclass(frozen=True)
class SensorNote:
    kind: str  # one of SENSOR_KINDS
    detail: str = ""  # seconds open, or what the sensor said


def sensor_step(state: SensorState, reading: str, detail: str, now: datetime, last_granted: datetime | None,
                policy: SensorPolicy) -> tuple[SensorState, list[SensorNote]]:
    """The next state and what to record, for one reading (open, closed, unknown, not_answering)."""
    notes: list[SensorNote] = []
    if reading == NOT_ANSWERING:
        if state.answering:
            notes.append(SensorNote(SENSOR_FAILED, detail))
        return replace(state, answering=False), notes
    if not state.answering:
        notes.append(SensorNote(SENSOR_BACK))
        # An open door stays the same episode; a closed one may have opened unseen meanwhile.
        state = replace(state, answering=True, door=OPEN if state.door == OPEN else UNKNOWN)
    if reading == CLOSED:
        if state.alarm is not None:
            notes.append(SensorNote(CLOSED_AGAIN, _seconds(state.open_since, now)))
        return SensorState(door=CLOSED), notes
    if reading != OPEN:
        return state, notes  # it answered without a state: nothing is known that was not before
    if state.door != OPEN:
        granted = last_granted is not None and timedelta(0) <= now - last_granted <= policy.grant_window
        # Only a door seen closed before can be seen being forced: after a start, or after the
        # sensor came back, an open door may have been opened by anyone at any time.
        forced = state.door == CLOSED and not granted
        state = SensorState(door=OPEN, open_since=now, alarm=FORCED_OPEN if forced else None)
        if forced:
            notes.append(SensorNote(FORCED_OPEN))
    if state.alarm is None and state.open_since is not None and now - state.open_since >= policy.held_after:
        state = replace(state, alarm=HELD_OPEN)
        notes.append(SensorNote(HELD_OPEN, _seconds(state.open_since, now)))
    return state, notes


def _seconds(since: datetime | None, now: datetime) -> str:
    return str(int((now - since).total_seconds())) if since is not None else ""
