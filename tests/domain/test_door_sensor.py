"""The door sensor's rules, pure: each reading to the next state and what is worth a record."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.door_sensor import (
    CLOSED,
    FORCED_OPEN,
    HELD_OPEN,
    NOT_ANSWERING,
    OPEN,
    UNKNOWN,
    SensorPolicy,
    SensorState,
    sensor_step,
)

T0 = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)
POLICY = SensorPolicy(held_after=timedelta(seconds=30), grant_window=timedelta(seconds=14))


def run(readings: list[tuple[int, str]], granted: datetime | None = None,
        state: SensorState | None = None) -> tuple[SensorState, list[str]]:
    state = state or SensorState()
    said: list[str] = []
    for second, reading in readings:
        state, notes = sensor_step(state, reading, "x", T0 + timedelta(seconds=second), granted, POLICY)
        said += [n.kind for n in notes]
    return state, said


def test_forced_only_when_seen_closed_first_and_no_grant_in_the_window() -> None:
    assert run([(0, CLOSED), (5, OPEN)])[1] == ["door_forced_open"]
    assert run([(0, CLOSED), (5, OPEN)], granted=T0)[1] == []
    assert run([(0, CLOSED), (20, OPEN)], granted=T0 + timedelta(seconds=6))[1] == []  # 14 s: inside the window
    assert run([(0, CLOSED), (21, OPEN)], granted=T0 + timedelta(seconds=6))[1] == ["door_forced_open"]
    assert run([(0, OPEN)])[1] == []  # first reading after a start: nobody knows when it opened


def test_held_open_once_at_the_length_then_closed() -> None:
    state, said = run([(0, CLOSED), (1, OPEN), (30, OPEN), (31, OPEN), (60, OPEN), (61, CLOSED)], granted=T0)
    assert said == ["door_held_open", "door_closed"] and state.door == CLOSED and state.alarm is None
    assert run([(0, CLOSED), (1, OPEN), (30, CLOSED)], granted=T0)[1] == []


def test_a_dead_sensor_once_and_back_once() -> None:
    state, said = run([(0, CLOSED)] + [(i, NOT_ANSWERING) for i in range(1, 50)] + [(60, OPEN)])
    assert said == ["sensor_failed", "sensor_back"]  # not forced: it may have opened unseen
    assert state.answering and state.door == OPEN


def test_an_alarm_survives_a_dead_sensor_and_ends_when_closed() -> None:
    _, said = run([(0, CLOSED), (1, OPEN), (5, NOT_ANSWERING), (40, OPEN), (50, NOT_ANSWERING), (60, CLOSED)])
    assert said == ["door_forced_open", "sensor_failed", "sensor_back", "sensor_failed", "sensor_back",
                    "door_closed"]


def test_the_state_survives_its_json() -> None:
    state = SensorState(door=OPEN, open_since=T0, alarm=HELD_OPEN, answering=False)
    assert SensorState.from_json(state.to_json()) == state
    assert SensorState.from_json("garbage") == SensorState()
    assert SensorState.from_json('{"door": "ajar", "alarm": "fire"}') == SensorState(door=UNKNOWN)


@given(st.lists(st.tuples(st.integers(0, 20), st.sampled_from([OPEN, CLOSED, UNKNOWN, NOT_ANSWERING])),
                max_size=60))
def test_never_two_records_of_one_kind_in_a_row_without_a_change_between(steps: list[tuple[int, str]]) -> None:
    """No flood: an alarm is said once per episode, a dead sensor once per outage."""
    state, now, said = SensorState(), T0, []
    for gap, reading in steps:
        now += timedelta(seconds=gap)
        state, notes = sensor_step(state, reading, "", now, None, POLICY)
        said += [n.kind for n in notes]
    for a, b in itertools.pairwise(said):
        assert not (a == b and a in ("door_held_open", "door_forced_open", "sensor_failed", "sensor_back"))
    assert said.count(FORCED_OPEN) + said.count(HELD_OPEN) <= said.count("door_closed") + 1
