"""A relay or electric strike on one GPIO line (a Pi relay HAT), through libgpiod's character device.

We use PyPI's `gpiod` (libgpiod v2's own Python binding, `gpiod.request_lines`), not Debian
bookworm's python3-libgpiod (the v1 binding): the kiosk runs from its own pinned virtualenv, v2 is
the maintained API (v1's is gone from libgpiod 2.x, so trixie and later ship only v2), and the
wheel brings its own libgpiod, so the Pi and a Debian mini-PC run the same code. The kernel's
uAPI v2 it needs is in every kernel since 5.10 (bookworm has 6.1).

Unlike a Shelly, a GPIO line does not time itself: the line goes back to rest after `seconds` on a
timer here, and `kiosk lock rest` (a separate ExecStartPre step of the unit, packaging/systemd)
drives it to rest at every start, so a killed, hung or boot-looping kiosk cannot leave the door
open for longer than until its next start. Unproven on hardware: tested against a fake chip only
(docs/door-lock.md).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from .port import LockResult, LockStatus

CONSUMER = "door-kiosk"


class OutputLine(Protocol):
    def drive(self, active: bool) -> None: ...


class FileLine:
    """A stand-in chip: the line's value as "1" or "0" in a file (chip "file:/path"). For tests
    and demos of the rest step across processes (a real kill); never a real door."""

    def __init__(self, path: str) -> None:
        self.path = path

    def drive(self, active: bool) -> None:
        with open(self.path, "w", encoding="ascii") as f:
            f.write("1" if active else "0")
            f.flush()


class GpiodLine:
    """One output line of a real chip, requested for each change and released after (so another
    process, the rest step, can take it)."""

    def __init__(self, chip: str, line: int, active_low: bool) -> None:
        self.chip = chip if chip.startswith("/") else f"/dev/{chip}"
        self.line = line
        self.active_low = active_low

    def drive(self, active: bool) -> None:
        import gpiod  # only on a kiosk with a GPIO lock
        from gpiod.line import Direction, Value

        value = Value.ACTIVE if active else Value.INACTIVE
        settings: Any = gpiod.LineSettings(direction=Direction.OUTPUT, output_value=value,
                                           active_low=self.active_low)
        with gpiod.request_lines(self.chip, consumer=CONSUMER, config={self.line: settings}) as request:
            request.set_value(self.line, value)


def _timer(seconds: float, then: Callable[[], None]) -> None:
    timer = threading.Timer(seconds, then)
    timer.daemon = True
    timer.start()


class GpioRelay:
    kind = "gpio"

    def __init__(self, chip: str, line: int, active_low: bool = False, output: OutputLine | None = None,
                 schedule: Callable[[float, Callable[[], None]], None] = _timer) -> None:
        self.chip, self.line, self.active_low = chip, line, active_low
        self._output = output or (FileLine(chip.removeprefix("file:")) if chip.startswith("file:")
                                  else GpiodLine(chip, line, active_low))
        self._schedule = schedule
        self._lock = threading.Lock()
        self._generation = 0  # an opening inside another's time extends it, never cuts it short
        self._at_rest = threading.Event()
        self._at_rest.set()

    def probe(self) -> LockResult:
        """A GPIO line cannot be asked anything without driving it: not probed."""
        return LockResult(LockStatus.ANSWERED, self.describe(), "not_probed")

    def describe(self) -> str:
        return f"gpio {self.chip}:{self.line}{' active-low' if self.active_low else ''}"

    def open(self, seconds: int) -> LockResult:
        with self._lock:
            self._generation += 1
            generation = self._generation
            try:
                self._output.drive(True)
            except (OSError, ValueError) as exc:  # no such chip or line, busy, no permission
                return LockResult(LockStatus.NOT_ANSWERING, self.describe(), type(exc).__name__)
            self._at_rest.clear()
        self._schedule(seconds, lambda: self._rest_if(generation))
        return LockResult(LockStatus.OPENED, self.describe())

    def _rest_if(self, generation: int) -> None:
        with self._lock:
            if generation == self._generation:
                self.rest()

    def rest(self) -> None:
        self._output.drive(False)
        self._at_rest.set()

    def finish(self, timeout: float) -> None:
        """Wait until the line is back at rest; past the timeout, put it there now."""
        if not self._at_rest.wait(timeout):
            with self._lock:
                self.rest()
