"""The one place that turns a LockConfig into a driver."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .config import LockConfig
from .port import DoorLock, NoLock

if TYPE_CHECKING:
    from .gpio import OutputLine


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
