"""What the door asks of any lock, and what a lock answers."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

#: The longest any driver may take to answer `open` (the door's worker waits for it).
DEADLINE_SECONDS = 1.8
MAX_OPEN_SECONDS = 30


class LockStatus(enum.StrEnum):
    OPENED = "opened"  # the lock said it switched
    ANSWERED = "answered"  # a probe (kiosk doctor): it answered and took the secret, nothing switched
    NO_LOCK = "no_lock"  # no lock is set ("none"): nothing to open
    NOT_ANSWERING = "not_answering"  # no connection, or no answer before the deadline
    WRONG_SECRET = "wrong_secret"  # the password or token was refused
    INSECURE = "insecure"  # the device has no password: anyone on its network could switch it
    FAILED = "failed"  # it answered, but with an error or something that is not its protocol


@dataclass(frozen=True)
class LockResult:
    status: LockStatus
    answered_by: str  # which lock, as `kiosk lock show` names it ("shelly http://10.0.0.5 switch 0")
    detail: str = ""  # a short code for the log (an HTTP status, an error code): never shown to a person

    @property
    def opened(self) -> bool:
        return self.status is LockStatus.OPENED

    @property
    def failed(self) -> bool:
        """A lock is set and did not open: the member must be told and the host shown."""
        return self.status not in (LockStatus.OPENED, LockStatus.NO_LOCK, LockStatus.ANSWERED)


class DoorState(enum.StrEnum):
    """What a door sensor says (a Shelly input, a Nuki's door sensor)."""

    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"  # it answered, but has no state to give (a Nuki sensor calibrating, an input of no kind)
    NOT_ANSWERING = "not_answering"  # no answer, a refused secret or garbage: the sensor cannot be read


@dataclass(frozen=True)
class SensorReading:
    state: DoorState
    detail: str = ""  # a short code for the log, never shown to a person


class DoorSensor(Protocol):
    def read_door(self) -> SensorReading:
        """One reading, within the driver's deadline; never raises for the device's faults."""
        ...


class DoorLock(Protocol):
    kind: str

    def open(self, seconds: int) -> LockResult:
        """Release the door for `seconds`, then let it lock again by itself (the relay times itself
        where it can). Returns within DEADLINE_SECONDS; never raises for the lock's faults."""
        ...

    def rest(self) -> None:
        """Return to the locked state at once (a start after a crash); a no-op where the device
        times itself."""
        ...

    def finish(self, timeout: float) -> None:
        """Wait (at most timeout s) until an opening this process timed is over: a short-lived
        command (`kiosk checkin`, `kiosk lock test`) must not exit while it holds the door open.
        A no-op where the device times itself."""
        ...

    def describe(self) -> str: ...

    def probe(self) -> LockResult:
        """Does the lock answer and take its secret? Never opens (kiosk doctor)."""
        ...


class NoLock:
    """Today's behaviour and the default: the kiosk only records; nothing opens."""

    kind = "none"

    def open(self, seconds: int) -> LockResult:
        return LockResult(LockStatus.NO_LOCK, "none")

    def rest(self) -> None:
        return None

    def finish(self, timeout: float) -> None:
        return None

    def describe(self) -> str:
        return "none"

    def probe(self) -> LockResult:
        return LockResult(LockStatus.NO_LOCK, "none")
