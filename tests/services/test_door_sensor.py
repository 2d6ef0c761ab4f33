"""The door's sensor below the screen: a real SQLite kiosk reading a fake Shelly's input and a fake
Nuki Bridge's door sensor over real HTTP. Held open after a granted opening, forced open without
one, a sensor that stops answering said once (no flood), a restart in the middle of an episode
neither repeats nor invents one. The readings are called one by one (the thread is the last test)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from kiosk import app
from kiosk.core.members import IssuedCard, NewMember
from kiosk.domain.checkin import Outcome
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from tests.fakes import FakeClock
from tests.lock.fake_devices import FakeNukiBridge, FakeShelly

NOON = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)  # a Monday, 12:00 in Copenhagen


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


@pytest.fixture
def watched(kiosk: app.Kiosk, shelly: FakeShelly) -> app.Kiosk:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=4, sensor_input=0))
    return kiosk


@pytest.fixture
def anna(kiosk: app.Kiosk) -> IssuedCard:
    return kiosk.members.add(NewMember(name="Anna Holm"))


def kinds(notes: list[object]) -> list[str]:
    return [n.kind for n in notes]  # type: ignore[attr-defined]


def sensor_events(kiosk: app.Kiosk) -> list[tuple[str, str | None]]:
    with kiosk.store.reading() as tx:
        return [(e.kind.value, e.reason) for e in tx.events() if e.source == "sensor"]


def sensor_audit(kiosk: app.Kiosk) -> list[tuple[str, str]]:
    with kiosk.store.reading() as tx:
        return [(e.action, e.detail) for e in reversed(tx.audit_entries(500))
                if e.action.startswith(("door_held", "door_forced", "door_closed", "sensor_"))]


def open_for(kiosk: app.Kiosk, card: IssuedCard) -> None:
    result = kiosk.checkin.check_in_code(card.code)
    assert kiosk.door.open(result.member_id, result.door, result.credential).door == "opened"


def test_a_door_held_open_after_a_granted_opening_is_recorded_once_and_closing_ends_it(
        watched: app.Kiosk, shelly: FakeShelly, clock: FakeClock, anna: IssuedCard) -> None:
    sensor = watched.door_sensor
    assert sensor.read_once() == []  # closed: nothing to say, nothing written
    open_for(watched, anna)
    clock.advance(seconds=2)
    shelly.door_open = True
    assert sensor.read_once() == []  # opened inside the grant window: not forced
    clock.advance(seconds=20)
    assert sensor.read_once() == []  # 22 s: not yet held open (default 30 s)
    clock.advance(seconds=10)
    assert kinds(sensor.read_once()) == ["door_held_open"]
    assert sensor.problem() == "door_held_open"
    for _ in range(5):  # still open: no second record
        clock.advance(seconds=5)
        assert sensor.read_once() == []
    shelly.door_open = False
    clock.advance(seconds=5)
    assert kinds(sensor.read_once()) == ["door_closed"]
    assert sensor.problem() is None
    assert sensor_events(watched) == [("door_held_open", "30"), ("door_closed", "60")]
    assert sensor_audit(watched) == [("door_held_open", "30"), ("door_closed", "60")]


def test_held_open_after_the_hosts_setting(watched: app.Kiosk, shelly: FakeShelly, clock: FakeClock,
                                          anna: IssuedCard) -> None:
    app.apply_settings(watched, SpaceSettings.from_mapping({**watched.settings.to_mapping(),
                                                            "held_open_seconds": "10"}))
    watched.door_sensor.read_once()
    open_for(watched, anna)
    shelly.door_open = True
    watched.door_sensor.read_once()
    clock.advance(seconds=10)
    assert kinds(watched.door_sensor.read_once()) == ["door_held_open"]


def test_a_door_opened_with_no_opening_granted_is_forced(watched: app.Kiosk, shelly: FakeShelly,
                                                        clock: FakeClock, anna: IssuedCard) -> None:
    sensor = watched.door_sensor
    sensor.read_once()
    open_for(watched, anna)  # granted ... but long before
    clock.advance(minutes=5)
    assert watched.checkin.check_out_at_door(anna.member.id).outcome is Outcome.CHECKED_OUT  # nobody inside now
    clock.advance(minutes=5)
    shelly.door_open = True
    assert kinds(sensor.read_once()) == ["door_forced_open"]
    clock.advance(minutes=2)
    assert sensor.read_once() == []  # forced already says it: no "held open" on top
    shelly.door_open = False
    clock.advance(seconds=5)
    assert kinds(sensor.read_once()) == ["door_closed"]
    assert sensor_events(watched) == [("door_forced_open", None), ("door_closed", "125")]


def test_a_door_opened_from_inside_while_someone_is_in_is_not_forced(
        watched: app.Kiosk, shelly: FakeShelly, clock: FakeClock, anna: IssuedCard) -> None:
    """Anna is checked in: the door opening with no grant is most likely her leaving by the handle
    (no request-to-exit button), so no alarm; held open still counts."""
    sensor = watched.door_sensor
    sensor.read_once()
    open_for(watched, anna)
    clock.advance(minutes=5)
    shelly.door_open = True
    assert sensor.read_once() == []
    clock.advance(minutes=1)
    assert kinds(sensor.read_once()) == ["door_held_open"]
    assert [k for k, _ in sensor_events(watched)] == ["door_held_open"]


def test_a_sensor_that_stops_answering_is_said_once_and_once_when_back(
        watched: app.Kiosk, shelly: FakeShelly, clock: FakeClock) -> None:
    sensor = watched.door_sensor
    sensor.read_once()
    shelly.stop()  # unplugged
    for _ in range(20):
        clock.advance(seconds=5)
        notes = sensor.read_once()
        assert kinds(notes) in ([], ["sensor_failed"])
    assert sensor.problem() == "sensor_failed"
    assert sensor_events(watched) == [("sensor_failed", "ConnectError")]
    back = FakeShelly("s3cret").start()
    try:
        watched.door.set_lock(LockConfig("shelly", url=back.url, password="s3cret", sensor_input=0))
        back.door_open = True  # it may have opened while nobody could see: not "forced"
        assert kinds(sensor.read_once()) == ["sensor_back"]
        assert sensor.problem() is None
    finally:
        back.stop()
    assert [k for k, _ in sensor_events(watched)] == ["sensor_failed", "sensor_back"]


def test_a_wrong_password_is_a_sensor_that_cannot_be_read(watched: app.Kiosk, shelly: FakeShelly) -> None:
    watched.door.set_lock(LockConfig("shelly", url=shelly.url, password="wrong", sensor_input=0))
    assert kinds(watched.door_sensor.read_once()) == ["sensor_failed"]
    assert sensor_events(watched) == [("sensor_failed", "401")]


def test_a_restart_in_the_middle_neither_repeats_nor_invents(
        tmp_path, watched: app.Kiosk, shelly: FakeShelly, clock: FakeClock, anna: IssuedCard) -> None:  # type: ignore[no-untyped-def]
    watched.door_sensor.read_once()
    open_for(watched, anna)
    shelly.door_open = True
    watched.door_sensor.read_once()
    clock.advance(seconds=40)
    assert kinds(watched.door_sensor.read_once()) == ["door_held_open"]
    watched.close()

    again = app.build(tmp_path / "data", clock=clock)  # the same database: killed and restarted
    try:
        clock.advance(seconds=10)
        assert again.door_sensor.read_once() == []  # the same episode: not held open twice, not forced
        shelly.door_open = False
        assert kinds(again.door_sensor.read_once()) == ["door_closed"]
        assert [k for k, _ in sensor_events(again)] == ["door_held_open", "door_closed"]
    finally:
        again.close()


def test_a_restart_right_after_a_granted_opening_does_not_call_it_forced(
        tmp_path, watched: app.Kiosk, shelly: FakeShelly, clock: FakeClock, anna: IssuedCard) -> None:  # type: ignore[no-untyped-def]
    watched.door_sensor.read_once()
    open_for(watched, anna)
    watched.close()
    again = app.build(tmp_path / "data", clock=clock)
    try:
        shelly.door_open = True
        clock.advance(seconds=3)
        assert again.door_sensor.read_once() == []  # the grant is read from the database
    finally:
        again.close()


def test_nothing_is_read_without_a_sensor(kiosk: app.Kiosk, shelly: FakeShelly) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    assert kiosk.door_sensor.read_once() == []
    assert shelly.readings == 0 and shelly.requests == []


def test_a_nuki_door_sensor(kiosk: app.Kiosk, clock: FakeClock) -> None:
    bridge = FakeNukiBridge().start()
    try:
        kiosk.door.set_lock(LockConfig("nuki", url=bridge.url, token=bridge.token, lock_id=bridge.lock_id,
                                       door_sensor=True))
        assert kiosk.door_sensor.read_once() == []
        bridge.door_open = True
        clock.advance(minutes=1)
        assert kinds(kiosk.door_sensor.read_once()) == ["door_forced_open"]
        bridge.door_sensor_state = 5  # calibrating: no state, nothing changes
        assert kiosk.door_sensor.read_once() == []
        bridge.door_sensor_state = None
        bridge.door_open = False
        assert kinds(kiosk.door_sensor.read_once()) == ["door_closed"]
        bridge.mode = "offline"  # the lock out of the bridge's Bluetooth reach
        assert kinds(kiosk.door_sensor.read_once()) == ["sensor_failed"]
        assert kiosk.door_sensor.read_once() == []
        assert bridge.readings == 4  # the offline answers are no readings
    finally:
        bridge.stop()


def test_the_thread_reads_at_its_interval_and_stops(watched: app.Kiosk, shelly: FakeShelly) -> None:
    sensor = watched.door_sensor
    sensor.interval = 0.05
    sensor.start()
    try:
        deadline = time.monotonic() + 10
        while shelly.readings < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert shelly.readings >= 3
    finally:
        sensor.stop()
    stopped = shelly.readings
    time.sleep(0.2)  # proving nothing happens: no reading after stop()
    assert shelly.readings == stopped


def test_no_thread_without_a_sensor_and_one_when_a_host_sets_it(kiosk: app.Kiosk, shelly: FakeShelly) -> None:
    sensor = kiosk.door_sensor
    sensor.interval = 0.05
    sensor.start()
    try:
        assert not sensor.running  # no sensor: nothing runs, nothing is read
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", sensor_input=0))
        assert sensor.running
        deadline = time.monotonic() + 10
        while shelly.readings < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert shelly.readings >= 2
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))  # sensor taken away
        deadline = time.monotonic() + 10
        while sensor.running and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not sensor.running
    finally:
        sensor.stop()


def test_a_short_lived_command_starts_no_thread(kiosk: app.Kiosk, shelly: FakeShelly) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", sensor_input=0))
    assert not kiosk.door_sensor.running  # start() is the running door's, never `kiosk lock set`'s
