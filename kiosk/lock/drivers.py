"""The one place that turns a LockConfig into a driver."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .config import LockConfig
from .port import DoorLock, DoorSensor, NoLock, SensorReading

if TYPE_CHECKING:
    from .gpio import OutputLine
    from .shelly import ShellyRelay


def make_lock(config: LockConfig, gpio_output: OutputLine | None = None) -> DoorLock:
    """gpio_output: a stand-in chip for tests (the hardware boundary); None = the real one.
    Each driver is imported when it is chosen: a door without a lock (most) starts without
    httpx (benchmarks.start, tests/architecture/test_start_imports.py)."""
    if config.kind == "shelly":
        from .shelly import ShellyRelay

        return ShellyRelay(config.url, config.password)
    if config.kind == "nuki":
        from .nuki import NukiBridge

        return NukiBridge(config.url, config.token, config.lock_id)
    if config.kind == "gpio":
        from .gpio import GpioRelay

        return GpioRelay(config.chip, config.line, config.active_low, output=gpio_output)
    return NoLock()


class _ShellyInput:
    def __init__(self, relay: ShellyRelay, input_id: int) -> None:
        self._relay, self._input = relay, input_id

    def read_door(self) -> SensorReading:
        return self._relay.read_door(self._input)


def make_sensor(config: LockConfig, lock: DoorLock) -> DoorSensor | None:
    """The door's sensor, through the lock's own driver (one client, one secret); None where the
    host set none (the door then watches nothing and costs nothing)."""
    if not config.has_sensor:
        return None
    from .nuki import NukiBridge
    from .shelly import ShellyRelay

    if isinstance(lock, ShellyRelay) and config.sensor_input is not None:
        return _ShellyInput(lock, config.sensor_input)
    if isinstance(lock, NukiBridge):
        return lock
    return None
