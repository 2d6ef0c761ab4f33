"""Issue 19, reproduction 4: the login throttle raced. 100 concurrent POSTs with one CSRF pair all
got a password check (the block was checked before scrypt and counted after it), and the /me
code login checked 29 codes instead of 10. Real uvicorn on loopback, SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from kiosk.server.hosts import Hosts
from kiosk.server.social import Social
from kiosk.server.throttle import FREE_FAILURES
from tests.sync.conftest import start_server
from tests.sync.test_host_security import ScryptSpy
from tests.sync.web_client import WebClient

AT_ONCE = 100


@pytest.fixture
def site(tmp_path, db_url):
    server = start_server(tmp_path / "server", db_url)
    Hosts(server.store.engine).add("anna", "correct horse battery")
    yield server
    server.stop()
    server.store.engine.dispose()


def all_at_once(send) -> list[int]:  # type: ignore[no-untyped-def]
    barrier = threading.Barrier(AT_ONCE)
    statuses: list[int] = []
    lock = threading.Lock()

    def one(i: int) -> None:
        barrier.wait()
        status = send(i)
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(AT_ONCE)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    return statuses


def test_a_hundred_password_guesses_at_once_get_ten_checks(site, monkeypatch):
    pair = WebClient(site.url, source="127.0.0.41")
    token = pair.csrf_of("/login")  # one CSRF pair (cookie and form field) for every guess
    cookie = f"kiosk_login_csrf={pair.cookies['kiosk_login_csrf']}"
    spy = ScryptSpy(monkeypatch)

    def guess(i: int) -> int:
        client = WebClient(site.url, source="127.0.0.41")
        return client.post("/login", {"csrf": token, "username": "anna", "password": f"wrong guess {i}"},
                           raw_cookie=cookie).status

    statuses = all_at_once(guess)
    assert len(statuses) == AT_ONCE
    assert spy.calls <= FREE_FAILURES, spy.calls
    assert statuses.count(303) == spy.calls and statuses.count(429) == AT_ONCE - spy.calls


def test_a_hundred_member_codes_at_once_check_ten(site, monkeypatch):
    (member,) = site.store.add_members([{"name": "Mette Jensen"}])
    Social(site.store.engine, site.store.tz).issue_code(member.member.id)
    pair = WebClient(site.url, source="127.0.0.42")
    token = pair.csrf_of("/me/login")
    cookie = f"kiosk_member_login_csrf={pair.cookies['kiosk_member_login_csrf']}"
    checked = []
    real = Social.redeem_code

    def counting(self, code, now=None):  # type: ignore[no-untyped-def]
        checked.append(code)  # a spy: the real check still runs
        return real(self, code, now)

    monkeypatch.setattr(Social, "redeem_code", counting)

    def guess(i: int) -> int:
        client = WebClient(site.url, source="127.0.0.42")
        return client.post("/me/login", {"csrf": token, "code": f"{i:08d}"}, raw_cookie=cookie).status

    statuses = all_at_once(guess)
    assert len(statuses) == AT_ONCE
    assert len(checked) <= FREE_FAILURES, len(checked)
    assert statuses.count(429) == AT_ONCE - len(checked)
