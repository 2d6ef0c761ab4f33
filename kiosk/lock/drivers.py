"""The one place that turns a LockConfig into a driver."""

from __future__ import annotations

from .config import LockConfig
from .gpio import GpioRelay, OutputLine
from .nuki import NukiBridge
from .port import DoorLock, NoLock
from .shelly import ShellyRelay


def make_lock(config: LockConfig, gpio_output: OutputLine | None = None) -> DoorLock:
    """gpio_output: a stand-in chip for tests (the hardware boundary); None = the real one."""
    if config.kind == "shelly":
        return ShellyRelay(config.url, config.password)
    if config.kind == "nuki":
        return NukiBridge(config.url, config.token, config.lock_id)
    if config.kind == "gpio":
        return GpioRelay(config.chip, config.line, config.active_low, output=gpio_output)
    return NoLock()
