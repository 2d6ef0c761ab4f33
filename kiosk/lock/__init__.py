"""The door lock: one small port (open for N seconds, say what answered) and its drivers.

A package of its own, the hardware boundary: it stands on nothing of the kiosk's (an
import-linter contract holds it), so the door, `kiosk lock test` and the benchmarks use the
same drivers. Every call returns within its deadline (under 2 s) and never raises for what a
lock can do wrong (no answer, a wrong password, garbage): that is a `LockResult`.
"""

from .port import DoorLock, LockResult, LockStatus

__all__ = ["DoorLock", "LockResult", "LockStatus"]
