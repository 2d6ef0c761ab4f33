"""`kiosk lock ...` and `kiosk checkin --json`'s door, as real processes against a temporary data
dir and a fake Shelly and Nuki bridge on loopback (real HTTP)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import ALL_DAY, kiosk_command
from tests.lock.fake_devices import FakeNukiBridge, FakeShelly

ROOT = Path(__file__).resolve().parents[2]
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def kiosk_cmd(tmp_path: Path) -> Run:
    """`kiosk ARGS` in this process (kiosk_command): the commands are what is tested here; the
    process itself only where a kill is (test_a_gpio_relay_left_on_by_a_killed_kiosk_...)."""
    env = {"KIOSK_DATA_DIR": str(tmp_path / "data")}

    def run(*args: str, ok: bool = True, stdin: str = "") -> subprocess.CompletedProcess[str]:
        proc = kiosk_command(*args, env=env, stdin=stdin)
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc

    run("settings", "set", "opening_hours", ALL_DAY)  # the real clock: open at any hour of a run
    return run


@pytest.fixture
def shelly() -> Iterator[FakeShelly]:
    fake = FakeShelly("s3cret").start()
    yield fake
    fake.stop()


def test_lock_set_show_test_and_the_door_of_a_check_in(kiosk_cmd: Run, shelly: FakeShelly) -> None:
    refused = kiosk_cmd("lock", "set", "shelly", shelly.url, "--password", "", ok=False)
    assert refused.returncode == 2 and "password" in refused.stderr and "Traceback" not in refused.stderr
    kiosk_cmd("lock", "set", "shelly", shelly.url, "--password", "s3cret", "--seconds", "3")
    shown = json.loads(kiosk_cmd("lock", "show", "--json").stdout)
    assert shown["kind"] == "shelly" and shown["password"] == "set" and "s3cret" not in json.dumps(shown)
    tested = kiosk_cmd("lock", "test")
    assert "opened" in tested.stdout and len([s for s in shelly.switchings if s.on]) == 1

    anna = json.loads(kiosk_cmd("members", "add", "--name", "Anna Holm", "--json").stdout)
    day = json.loads(kiosk_cmd("checkin", anna["short_code"], "--json").stdout)
    assert (day["outcome"], day["door"], day["door_seconds"]) == ("checked_in", "opened", 3)
    assert [s.toggle_after for s in shelly.switchings if s.on] == [3.0, 3.0]

    # Closed today (a date the host listed): a daytime member is refused, and not checked in.
    bob = json.loads(kiosk_cmd("members", "add", "--name", "Bob Berg", "--json").stdout)
    today = datetime.now(ZoneInfo("Europe/Copenhagen")).date().isoformat()
    kiosk_cmd("settings", "set", "closed_days", today)
    night = kiosk_cmd("checkin", bob["short_code"], "--json", ok=False)
    answer = json.loads(night.stdout)
    assert night.returncode == 1
    assert (answer["outcome"], answer["reason"], answer["door"], answer["door_reason"]) == (
        "refused", "door_closed", "not_opened", "after_hours")

    shelly.stop()  # unplugged: the member is told, the check-in is kept once
    kiosk_cmd("settings", "set", "closed_days", "")
    unplugged = json.loads(kiosk_cmd("checkin", bob["short_code"], "--json").stdout)
    assert (unplugged["outcome"], unplugged["door"], unplugged["door_reason"]) == (
        "checked_in", "lock_failed", "not_answering")
    assert kiosk_cmd("lock", "test", ok=False).returncode == 1


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_any_hour_member_and_a_nuki_bridge(kiosk_cmd: Run) -> None:
    bridge = FakeNukiBridge("tok-123456", "987654321").start()
    try:
        kiosk_cmd("lock", "set", "nuki", bridge.url, "--token", "tok-123456", "--lock-id", "987654321")
        keyholder = json.loads(kiosk_cmd("members", "add", "--name", "Kim Nøglebærer", "--any-hour",
                                         "--json").stdout)
        assert "too easy" in kiosk_cmd("lock", "pin", keyholder["id"], stdin="1234\n", ok=False).stderr
        kiosk_cmd("lock", "pin", keyholder["id"], stdin="7391\n")
        today = datetime.now(ZoneInfo("Europe/Copenhagen")).date().isoformat()
        kiosk_cmd("settings", "set", "closed_days", today)
        card_alone = json.loads(kiosk_cmd("checkin", keyholder["short_code"], "--json", ok=False).stdout)
        assert (card_alone["door"], card_alone["door_reason"]) == ("not_opened", "needs_phone_or_pin")
        assert bridge.unlatches == []
    finally:
        bridge.stop()


def test_bad_lock_settings_are_words_not_tracebacks(kiosk_cmd: Run) -> None:
    for args, words in ((("gpio", "gpiochip0"), "gpiochip0:17"),
                        (("nuki", "http://10.0.0.9:8080", "--token", "t", "--lock-id", "x1"), "lock-id"),
                        (("shelly", "ftp://10.0.0.5", "--password", "p"), "not an address"),
                        (("shelly", "http://10.0.0.5", "--password", "p", "--seconds", "99"), "--seconds")):
        proc = kiosk_cmd("lock", "set", *args, ok=False)
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    kiosk_cmd("lock", "set", "none")
    assert json.loads(kiosk_cmd("lock", "show", "--json").stdout)["kind"] == "none"


def test_a_gpio_relay_left_on_by_a_killed_kiosk_rests_at_the_next_start(kiosk_cmd: Run, tmp_path: Path) -> None:
    """A real kill (SIGKILL) while the relay is on, then the unit's rest step (ExecStartPre=kiosk
    lock rest); the line is a stand-in chip, a file (these machines cannot load gpio-sim)."""
    import signal
    import time

    line = tmp_path / "line17"
    line.write_text("0")
    anna = json.loads(kiosk_cmd("members", "add", "--name", "Anna Holm", "--json").stdout)
    kiosk_cmd("lock", "set", "gpio", f"file:{line}:17", "--seconds", "1")
    quick = json.loads(kiosk_cmd("checkin", anna["short_code"], "--json").stdout)
    assert quick["door"] == "opened" and line.read_text() == "0"  # the command waited for the rest

    kiosk_cmd("lock", "set", "gpio", f"file:{line}:17", "--seconds", "30")
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "checkin", anna["short_code"]], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while line.read_text() != "1" and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # a subprocess's state, not a wait for time
    assert line.read_text() == "1"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert line.read_text() == "1"  # killed while the door was released
    kiosk_cmd("lock", "rest")
    assert line.read_text() == "0"


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_door_sensor_set_shown_and_read(kiosk_cmd: Run, shelly: FakeShelly) -> None:
    assert kiosk_cmd("lock", "sensor", ok=False).returncode == 2  # none set: said, not a traceback
    bad = kiosk_cmd("lock", "set", "shelly", shelly.url, "--password", "s3cret", "--sensor-input", "9", ok=False)
    assert bad.returncode == 2 and "--sensor-input" in bad.stderr and "Traceback" not in bad.stderr
    kiosk_cmd("lock", "set", "shelly", shelly.url, "--password", "s3cret", "--sensor-input", "0")
    assert json.loads(kiosk_cmd("lock", "show", "--json").stdout)["sensor_input"] == 0
    assert "sensor_input=0" in kiosk_cmd("lock", "show").stdout
    assert kiosk_cmd("lock", "sensor").stdout.strip() == "the door is closed"
    shelly.door_open = True
    assert json.loads(kiosk_cmd("lock", "sensor", "--json").stdout) == {"door": "open", "detail": ""}
    assert shelly.switchings == []  # reading never switches

    bridge = FakeNukiBridge("tok-123456", "987654321").start()
    try:
        kiosk_cmd("lock", "set", "nuki", bridge.url, "--token", "tok-123456", "--lock-id", "987654321",
                  "--door-sensor")
        assert json.loads(kiosk_cmd("lock", "show", "--json").stdout)["door_sensor"] is True
        assert kiosk_cmd("lock", "sensor").stdout.strip() == "the door is closed"
        bridge.stop()
        assert kiosk_cmd("lock", "sensor", ok=False).returncode == 1
    finally:
        bridge.stop()
