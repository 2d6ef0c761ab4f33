"""The lock drivers against small local servers that speak the documented protocols (real HTTP on
loopback), including their error answers, timeouts, wrong passwords and garbage."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.lock.config import LockConfig, LockConfigProblem, parse_gpio_line
from kiosk.lock.drivers import make_lock
from kiosk.lock.gpio import GpioRelay
from kiosk.lock.nuki import NukiBridge
from kiosk.lock.port import DEADLINE_SECONDS, LockStatus, NoLock
from kiosk.lock.shelly import ShellyRelay

from .fake_devices import FakeNukiBridge, FakeShelly


@pytest.fixture
def bridge() -> Iterator[FakeNukiBridge]:
    fake = FakeNukiBridge("tok-123456", "987654321").start()
    yield fake
    fake.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_shelly_switches_on_with_toggle_after_under_digest_auth(shelly: FakeShelly) -> None:
    result = ShellyRelay(shelly.url, "s3cret").open(4)
    assert result.status is LockStatus.OPENED and result.opened
    assert result.answered_by == f"shelly {shelly.url} switch 0"
    assert [(s.on, s.toggle_after) for s in shelly.switchings] == [(True, 4.0)]
    switch_set = shelly.requests[-1]
    assert switch_set["method"] == "Switch.Set" and switch_set["auth"]["algorithm"] == "SHA-256"


def test_shelly_relay_times_itself_back_to_rest(shelly: FakeShelly) -> None:
    assert ShellyRelay(shelly.url, "s3cret").open(1).opened
    deadline = time.monotonic() + 5
    while shelly.on and time.monotonic() < deadline:
        time.sleep(0.02)  # the fake device's own timer, not ours: wait for its state
    assert not shelly.on and [s.on for s in shelly.switchings] == [True, False]


def test_shelly_wrong_password_is_refused_and_nothing_switches(shelly: FakeShelly) -> None:
    result = ShellyRelay(shelly.url, "wrong").open(4)
    assert result.status is LockStatus.WRONG_SECRET and result.failed
    assert shelly.switchings == []


def test_shelly_without_a_password_is_refused_before_it_is_switched() -> None:
    open_device = FakeShelly(password=None).start()
    try:
        result = ShellyRelay(open_device.url, "anything").open(4)
        assert result.status is LockStatus.INSECURE
        assert open_device.switchings == [] and not open_device.on
    finally:
        open_device.stop()


@pytest.mark.parametrize("mode", ["garbage", "error"])
def test_shelly_garbage_or_error_answers_fail_clearly(shelly: FakeShelly, mode: str) -> None:
    shelly.mode = mode
    result = ShellyRelay(shelly.url, "s3cret").open(4)
    assert result.status is LockStatus.FAILED
    assert shelly.switchings == []


def test_shelly_that_does_not_answer_in_time_gives_up_within_the_deadline(shelly: FakeShelly) -> None:
    shelly.mode, shelly.delay = "slow", 1.0
    started = time.monotonic()
    result = ShellyRelay(shelly.url, "s3cret", deadline=0.3).open(4)
    assert result.status is LockStatus.NOT_ANSWERING
    assert time.monotonic() - started < 0.9  # the deadline covers the whole exchange


def test_unplugged_shelly_is_not_answering() -> None:
    result = ShellyRelay(f"http://127.0.0.1:{_free_port()}", "s3cret").open(4)
    assert result.status is LockStatus.NOT_ANSWERING


def test_nuki_unlatches_without_waiting_with_a_hashed_token(bridge: FakeNukiBridge) -> None:
    result = NukiBridge(bridge.url, "tok-123456", "987654321").open(5)
    assert result.status is LockStatus.OPENED
    assert len(bridge.unlatches) == 1
    sent = bridge.requests[-1]
    assert sent["action"] == "3" and sent["noWait"] == "1" and "token" not in sent
    assert "tok-123456" not in str(sent)


def test_nuki_wrong_token_is_refused(bridge: FakeNukiBridge) -> None:
    assert NukiBridge(bridge.url, "not-the-token", "987654321").open(5).status is LockStatus.WRONG_SECRET
    assert bridge.unlatches == []


def test_nuki_clock_too_far_off_is_refused_by_the_bridge(bridge: FakeNukiBridge) -> None:
    behind = NukiBridge(bridge.url, "tok-123456", "987654321",
                        utc_now=lambda: datetime.now(UTC) - timedelta(minutes=5))
    assert behind.open(5).status is LockStatus.WRONG_SECRET
    assert bridge.unlatches == []


def test_nuki_unknown_lock_offline_lock_and_garbage(bridge: FakeNukiBridge) -> None:
    assert NukiBridge(bridge.url, "tok-123456", "1").open(5).status is LockStatus.FAILED
    bridge.mode = "offline"
    assert NukiBridge(bridge.url, "tok-123456", "987654321").open(5).status is LockStatus.NOT_ANSWERING
    bridge.mode = "garbage"
    assert NukiBridge(bridge.url, "tok-123456", "987654321").open(5).status is LockStatus.FAILED
    assert bridge.unlatches == []


def test_nuki_slow_and_unplugged(bridge: FakeNukiBridge) -> None:
    bridge.mode, bridge.delay = "slow", 1.0
    started = time.monotonic()
    assert NukiBridge(bridge.url, "tok-123456", "987654321", deadline=0.3).open(5).status \
        is LockStatus.NOT_ANSWERING
    assert time.monotonic() - started < 0.9
    assert NukiBridge(f"http://127.0.0.1:{_free_port()}", "t", "1").open(5).status is LockStatus.NOT_ANSWERING


def test_default_deadline_is_under_two_seconds() -> None:
    assert DEADLINE_SECONDS < 2


class FakeChip:
    """A GPIO line at the hardware boundary: records what it was driven to."""

    def __init__(self, fail: bool = False) -> None:
        self.values: list[bool] = []
        self.fail = fail

    def drive(self, active: bool) -> None:
        if self.fail:
            raise OSError(16, "Device or resource busy")
        self.values.append(active)


def test_gpio_drives_the_line_then_returns_it_to_rest() -> None:
    chip, timers = FakeChip(), []
    relay = GpioRelay("gpiochip0", 17, output=chip, schedule=lambda s, then: timers.append((s, then)))
    assert relay.open(3).opened
    assert chip.values == [True] and timers[0][0] == 3
    timers[0][1]()
    assert chip.values == [True, False]


def test_gpio_second_opening_extends_never_cuts_short() -> None:
    chip, timers = FakeChip(), []
    relay = GpioRelay("gpiochip0", 17, output=chip, schedule=lambda s, then: timers.append((s, then)))
    relay.open(3)
    relay.open(3)
    timers[0][1]()  # the first opening's time is up, but the second's is not
    assert chip.values == [True, True]
    timers[1][1]()
    assert chip.values == [True, True, False]


def test_gpio_busy_line_is_not_answering() -> None:
    relay = GpioRelay("gpiochip0", 17, output=FakeChip(fail=True), schedule=lambda s, then: None)
    assert relay.open(3).status is LockStatus.NOT_ANSWERING


def test_config_refuses_a_shelly_without_password_and_bad_values() -> None:
    with pytest.raises(LockConfigProblem) as no_password:
        LockConfig("shelly", url="http://10.0.0.5").validate()
    assert no_password.value.code == "password_required"
    for bad, code in ((LockConfig("shelly", url="ftp://x", password="p"), "bad_url"),
                      (LockConfig("nuki", url="http://10.0.0.6:8080", token="t", lock_id="abc"), "bad_lock_id"),
                      (LockConfig("nuki", url="http://10.0.0.6:8080", lock_id="1"), "token_required"),
                      (LockConfig("shelly", url="http://x", password="p", seconds=0), "bad_seconds"),
                      (LockConfig("garage"), "unknown_kind")):
        with pytest.raises(LockConfigProblem) as problem:
            bad.validate()
        assert problem.value.code == code
    with pytest.raises(LockConfigProblem):
        parse_gpio_line("gpiochip0")
    assert parse_gpio_line("gpiochip0:17") == ("gpiochip0", 17)


def test_config_round_trips_and_never_shows_secrets() -> None:
    config = LockConfig("shelly", url="http://10.0.0.5", password="s3cret", seconds=7).validate()
    assert LockConfig.from_json(config.to_json()) == config
    assert "s3cret" not in str(config.public())
    assert LockConfig.from_json('{"kind": "shelly"}') == LockConfig()  # damaged: no lock, never open
    assert isinstance(make_lock(LockConfig()), NoLock)
    assert NoLock().open(5).status is LockStatus.NO_LOCK and not NoLock().open(5).failed


def test_gpio_finish_waits_for_the_rest_and_past_its_time_rests_now() -> None:
    chip = FakeChip()
    relay = GpioRelay("gpiochip0", 17, output=chip)  # the real timer thread
    relay.open(1)
    relay.finish(5)
    assert chip.values == [True, False]
    held = FakeChip()
    stuck = GpioRelay("gpiochip0", 17, output=held, schedule=lambda s, then: None)  # a timer that never fires
    stuck.open(30)
    stuck.finish(0)
    assert held.values == [True, False]


def test_probes_never_switch_and_tell_a_wrong_secret(shelly: FakeShelly, bridge: FakeNukiBridge) -> None:
    assert ShellyRelay(shelly.url, "s3cret").probe().status is LockStatus.ANSWERED
    assert ShellyRelay(shelly.url, "wrong").probe().status is LockStatus.WRONG_SECRET
    assert shelly.switchings == []
    assert NukiBridge(bridge.url, "tok-123456", "987654321").probe().status is LockStatus.ANSWERED
    assert NukiBridge(bridge.url, "nope", "987654321").probe().status is LockStatus.WRONG_SECRET
    assert bridge.unlatches == []


def test_kiosk_doctor_checks_the_lock(tmp_path, shelly: FakeShelly) -> None:  # type: ignore[no-untyped-def]
    from kiosk import app
    from kiosk.health import PROBLEM, check_lock

    assert check_lock(None) is None  # no lock: no check
    kiosk = app.build(tmp_path / "data")
    try:
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
        ok = check_lock(kiosk.door.config.to_json())
        assert ok is not None and ok.status == "ok" and "answers" in ok.says
        shelly.stop()
        down = check_lock(kiosk.door.config.to_json())
        assert down is not None and down.status == PROBLEM and "does not answer" in down.says
    finally:
        kiosk.close()
    assert shelly.switchings == []
