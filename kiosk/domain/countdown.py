"""The one countdown before a timeout ends someone's work, and the door's timer lengths.

Untouched for `warn_after` seconds, the screen warns (by sound and on screen) and counts the
seconds left down to `ends_after`; a touch or "More time" starts the idle time again. Pure: the
caller measures the idle time and passes it in; lengths are data, so a test runs a 90-second
guest pause in milliseconds by making a "second" short (`DoorTimeouts.second_ms`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from enum import Enum


class Phase(Enum):
    QUIET = "quiet"  # still inside the idle time: nothing shown
    WARNING = "warning"  # the warning is up, counting down
    ENDED = "ended"  # time is up: the screen gives the work up


@dataclass(frozen=True)
class CountdownState:
    phase: Phase
    seconds_left: int  # whole seconds until the end, rounded up (0 once ended)


@dataclass(frozen=True)
class Countdown:
    """Lengths in seconds, counted from the last touch. `warn_after` 0 or >= `ends_after`: no warning."""

    warn_after: int
    ends_after: int

    def __post_init__(self) -> None:
        if self.ends_after <= 0 or self.warn_after < 0:
            raise ValueError("a countdown needs a positive length and a warning time of 0 or more")

    @property
    def warns(self) -> bool:
        return 0 < self.warn_after < self.ends_after

    def state(self, idle_ms: float, second_ms: int = 1000) -> CountdownState:
        """Where the countdown stands after `idle_ms` untouched, a second being `second_ms` long."""
        end_ms = self.ends_after * second_ms
        if idle_ms >= end_ms:
            return CountdownState(Phase.ENDED, 0)
        left = math.ceil((end_ms - idle_ms) / second_ms)
        if self.warns and idle_ms >= self.warn_after * second_ms:
            return CountdownState(Phase.WARNING, left)
        return CountdownState(Phase.QUIET, left)

    def ms_until_change(self, idle_ms: float, second_ms: int = 1000) -> int:
        """How long until the state can next change (the warning, the next second shown, the end),
        so a timer wakes only when something is to be shown; at least 1 ms."""
        end_ms = self.ends_after * second_ms
        warn_ms = self.warn_after * second_ms
        if self.warns and idle_ms < warn_ms:
            return max(1, math.ceil(warn_ms - idle_ms))
        if not self.warns and idle_ms < end_ms:
            return max(1, math.ceil(end_ms - idle_ms))
        # Counting down: wake at the next whole second before the end.
        into = (end_ms - idle_ms) % second_ms
        return max(1, math.ceil(into) if into else second_ms)


@dataclass(frozen=True)
class DoorTimeouts:
    """Every length that ends someone's work at the door, in seconds, and how long a second is.

    The composition root builds the real one; tests pass `second_ms=10` (or other lengths) so the
    same timers run a hundred times faster and a test waits for the state, never for time.
    """

    second_ms: int = 1000
    guest: Countdown = field(default_factory=lambda: Countdown(warn_after=60, ends_after=90))
    guest_pass: int = 60  # the day pass stays up this long for a photo (no warning: nothing is lost)
    host_view: Countdown = field(default_factory=lambda: Countdown(warn_after=90, ends_after=120))
    manual_entry: Countdown = field(default_factory=lambda: Countdown(warn_after=15, ends_after=30))
    pin_pad: Countdown = field(default_factory=lambda: Countdown(warn_after=15, ends_after=30))
    whos_here: int = 30  # "Who's here" goes back to the door by itself: nothing typed there
    host_search_ms: int = 250  # the guest's host search waits for a pause in typing (not scaled)

    def ms(self, seconds: float) -> int:
        return max(1, round(seconds * self.second_ms))

    def scaled(self, second_ms: int) -> DoorTimeouts:
        return replace(self, second_ms=second_ms)
