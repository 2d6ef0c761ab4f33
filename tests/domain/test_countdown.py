"""The one countdown before a timeout ends someone's work: pure, time passed in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.countdown import Countdown, DoorTimeouts, Phase

GUEST = Countdown(warn_after=60, ends_after=90)


def test_quiet_until_the_warning_then_each_second_counts_down_then_ended():
    assert GUEST.state(59_999).phase is Phase.QUIET
    shown = [GUEST.state(ms) for ms in range(60_000, 90_000, 1000)]
    assert all(s.phase is Phase.WARNING for s in shown)
    # The seconds left change every second ("In 30 seconds" once never moved).
    assert [s.seconds_left for s in shown] == list(range(30, 0, -1))
    assert GUEST.state(90_000).phase is Phase.ENDED and GUEST.state(90_000).seconds_left == 0


def test_a_short_second_runs_a_ninety_second_pause_in_milliseconds():
    assert GUEST.state(600, second_ms=10).phase is Phase.WARNING
    assert GUEST.state(600, second_ms=10).seconds_left == 30
    assert GUEST.state(895, second_ms=10).seconds_left == 1
    assert GUEST.state(900, second_ms=10).phase is Phase.ENDED


def test_without_a_warning_it_only_ends():
    photo = Countdown(warn_after=0, ends_after=60)
    assert not photo.warns
    assert photo.state(59_000).phase is Phase.QUIET and photo.state(60_000).phase is Phase.ENDED
    assert photo.ms_until_change(10_000) == 50_000


def test_nonsense_lengths_are_refused():
    with pytest.raises(ValueError):
        Countdown(warn_after=10, ends_after=0)
    with pytest.raises(ValueError):
        Countdown(warn_after=-1, ends_after=10)


def test_the_timer_wakes_at_the_warning_and_at_each_second_shown():
    assert GUEST.ms_until_change(0) == 60_000
    assert GUEST.ms_until_change(59_500) == 500
    assert GUEST.ms_until_change(60_000) == 1000
    assert GUEST.ms_until_change(60_250) == 750
    assert GUEST.ms_until_change(89_900) == 100


@given(st.integers(0, 89_999), st.sampled_from([10, 50, 1000]))
def test_waking_when_told_never_misses_a_second(idle_ms: int, second_ms: int):
    idle = idle_ms * second_ms // 1000
    now, then = GUEST.state(idle, second_ms), GUEST.state(idle + GUEST.ms_until_change(idle, second_ms), second_ms)
    assert then != now  # something changed: a wake-up is never wasted
    if now.phase is Phase.WARNING and then.phase is Phase.WARNING:
        assert then.seconds_left == now.seconds_left - 1  # and none is skipped


def test_the_door_lengths_are_the_promised_ones_and_scale_together():
    real = DoorTimeouts()
    assert (real.guest.warn_after, real.guest.ends_after) == (60, 90)
    assert real.host_view.ends_after == 120 and real.ms(real.host_view.ends_after) == 120_000
    fast = real.scaled(10)
    assert fast.ms(fast.guest.ends_after) == 900 and fast.guest == real.guest


def test_the_shortest_lengths_at_their_limits():
    # Found by mutation testing (tools/mutation.sh): a 1-second countdown is allowed, 1 ms left
    # wakes the timer in 1 ms, and the quiet phase says the seconds left.
    one = Countdown(warn_after=0, ends_after=1)
    assert one.state(0) == one.state(0, second_ms=1000) and one.state(0).seconds_left == 1
    assert one.ms_until_change(999) == 1 and one.ms_until_change(1000) == 1000  # ended: a second's rest
    warned = Countdown(warn_after=5, ends_after=10)
    assert warned.ms_until_change(4999) == 1
    assert warned.ms_until_change(9999) == 1  # counting down: the end is 1 ms away
    assert warned.state(1000).phase is Phase.QUIET and warned.state(1000).seconds_left == 9
    assert DoorTimeouts(second_ms=1).ms(0.001) == 1  # never a 0 ms timer
    with pytest.raises(ValueError):
        Countdown(warn_after=0, ends_after=0)
