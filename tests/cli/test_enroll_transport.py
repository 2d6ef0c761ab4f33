"""`kiosk enroll` never sends a device token over plain http to another machine by accident;
`kiosk server hosts unlock` ends a login throttle. The commands in process (kiosk_command), a real
server on loopback."""

import subprocess
from pathlib import Path

import pytest

from kiosk.server.hosts import Hosts
from kiosk.server.throttle import account_key
from tests.conftest import kiosk_command
from tests.sync.conftest import start_server

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return kiosk_command(*args, env=env)


@pytest.fixture
def server(tmp_path):
    running = start_server(tmp_path / "server", None)
    yield running
    running.stop()
    running.store.engine.dispose()


@pytest.mark.parametrize("url", ["http://192.0.2.10:8470", "HTTP://door-server.lan", "http://[2001:db8::1]:8470"])
def test_plain_http_to_another_machine_is_refused(tmp_path, url):
    proc = kiosk("enroll", "--server", url, "--code", "ABCDEFGHJK", env={"KIOSK_DATA_DIR": str(tmp_path / "k")})
    assert proc.returncode == 2
    assert "https://" in proc.stderr and "--insecure-http" in proc.stderr


def test_insecure_http_is_a_choice_the_user_makes(tmp_path):
    proc = kiosk("enroll", "--server", "http://no-such-server.invalid:8470", "--code", "ABCDEFGHJK",
                 "--insecure-http", env={"KIOSK_DATA_DIR": str(tmp_path / "k")})
    assert proc.returncode == 4  # it tried: the server cannot be reached
    assert "cannot reach" in proc.stderr and "--insecure-http" not in proc.stderr


def test_plain_http_on_loopback_enrolls(tmp_path, server):
    code = server.store.add_kiosk("door-1", "Klitmøller")
    proc = kiosk("enroll", "--server", server.url, "--code", code, env={"KIOSK_DATA_DIR": str(tmp_path / "k")})
    assert proc.returncode == 0, proc.stderr
    assert "enrolled as door-1" in proc.stdout


def test_hosts_unlock_ends_a_throttle(tmp_path, server):
    hosts = Hosts(server.store.engine)
    hosts.add("anna", "correct horse battery")
    for _ in range(12):
        hosts.throttle.failed([account_key("anna")])
    assert hosts.throttle.retry_after([account_key("anna")]) > 0
    env = {"KIOSK_SERVER_DATA_DIR": str(server.data_dir)}
    proc = kiosk("server", "hosts", "unlock", "anna", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "may log in again" in proc.stdout
    assert hosts.throttle.retry_after([account_key("anna")]) == 0
    assert kiosk("server", "hosts", "unlock", "nobody", env=env).returncode == 2
