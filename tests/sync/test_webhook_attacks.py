"""Issue 19, reproduction 8: webhooks followed redirects (to another loopback port, even to ftp://),
saved URLs with port `abc` or CR/LF that then failed for ever, let a receiver sending a byte every
4 s hold the delivery loop 60 s, and accepted private addresses; and two wrong messages (a refused
scan pushed first, an erased member who visited today). Real server database, real receivers on
loopback."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.server.errors import ServerError
from kiosk.server.models import WebhookDeliveryRow
from kiosk.server.runner import build_store
from kiosk.server.webhooks import Webhooks
from tests.sync.test_webhooks import Receiver


@pytest.fixture
def store(tmp_path, db_url):
    made = build_store(tmp_path / "server", db_url)
    yield made
    made.engine.dispose()


def presence(visits: list[dict[str, object]], in_now: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {"date": datetime.now(UTC).date().isoformat(), "visits": visits,
            "in_now": visits if in_now is None else in_now}


def deliveries(store) -> list[WebhookDeliveryRow]:  # type: ignore[no-untyped-def]
    with Session(store.engine) as s:
        return list(s.scalars(select(WebhookDeliveryRow).order_by(WebhookDeliveryRow.id)))


class Redirector:
    """Answers every POST with 302 to `target`."""

    def __init__(self, target: str) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"
        self.target = target
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(f"HTTP/1.1 302 Found\r\nLocation: {self.target}\r\nContent-Length: 0\r\n"
                             "Connection: close\r\n\r\n".encode())


class Trickler:
    """Sends its answer one byte every `every` seconds, until stopped."""

    def __init__(self, every: float = 4.0) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"
        self.stop = threading.Event()
        self.every = every
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 100:
                if self.stop.wait(self.every):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return


def test_redirects_are_not_followed(store):
    target = Receiver(fail=0)
    redirector = Redirector(target.url)
    hooks = Webhooks(store.engine, allow_private=True)
    hooks.add(redirector.url, "json", ["first_in"])
    hooks.observe(presence([{"member_id": "a" * 16, "name": "x"}]), "Kontor")
    assert hooks.deliver_due() == 0
    assert target.statuses == []  # nothing reached the redirect's target
    (hook,) = hooks.list()
    assert hook.pending == 1 and "302" in (hook.last_error or "")
    target.stop()
    redirector.sock.close()


@pytest.mark.parametrize("url", ["http://chat.example.dk:abc/hook", "http://chat.example.dk:99999/hook",
                                 "http://chat.example.dk/hook\r\nX-Injected: 1", "https://chat.example.dk/ho ok",
                                 "https://user:secret@chat.example.dk/hook", "ftp://chat.example.dk/hook",
                                 "http://chat.example.dk\x00/hook"])
def test_bad_addresses_are_refused_when_saved(store, url):
    hooks = Webhooks(store.engine, allow_private=True)
    with pytest.raises(ServerError):
        hooks.add(url, "json", ["first_in"])
    assert hooks.list() == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:8470/hook", "http://10.0.0.5/hook", "http://192.168.1.2/hook",
                                 "http://[::1]/hook", "http://169.254.169.254/latest", "http://localhost/hook",
                                 "http://0.0.0.0/hook"])
def test_private_targets_are_refused_unless_the_server_allows_them(store, url):
    with pytest.raises(ServerError, match="private network"):
        Webhooks(store.engine).add(url, "json", ["first_in"])
    assert Webhooks(store.engine, allow_private=True).add(url, "json", ["first_in"]) > 0


def test_a_private_target_is_refused_when_sent_too(store):
    """A name that resolves to loopback (saved while allowed, or resolving elsewhere later)."""
    receiver = Receiver(fail=0)
    Webhooks(store.engine, allow_private=True).add(receiver.url.replace("127.0.0.1", "localhost"), "json",
                                                   ["first_in"])
    hooks = Webhooks(store.engine)
    hooks.observe(presence([{"member_id": "a" * 16, "name": "x"}]), "Kontor")
    assert hooks.deliver_due() == 0 and receiver.statuses == []
    assert "private network" in (hooks.list()[0].last_error or "")
    receiver.stop()


def test_a_trickling_receiver_holds_a_delivery_no_longer_than_its_deadline(store):
    trickler = Trickler(every=4.0)
    hooks = Webhooks(store.engine, allow_private=True, deadline=1.0)
    hooks.add(trickler.url, "json", ["first_in"])
    hooks.observe(presence([{"member_id": "a" * 16, "name": "x"}]), "Kontor")
    done: list[int] = []
    sending = threading.Thread(target=lambda: done.append(hooks.deliver_due()), daemon=True)
    sending.start()
    sending.join(30)  # 140 bytes at one per 4 s would take over 9 minutes
    trickler.stop.set()
    assert done == [0], "the delivery loop was held by the trickling receiver"
    assert "within 1 s" in (hooks.list()[0].last_error or "")


def test_a_refused_scan_pushed_first_does_not_swallow_first_in(store):
    hooks = Webhooks(store.engine, allow_private=True)
    hooks.add("http://127.0.0.1:9/hook", "json", ["first_in"])
    (mette,) = store.add_members([{"name": "Mette Jensen"}])
    assert hooks.observe(presence([]), "Kontor") == 0  # a push of a refused scan: no visit today
    visit = {"member_id": mette.member.id, "name": "Mette Jensen"}
    assert hooks.observe(presence([visit]), "Kontor") == 1
    assert [d.event for d in deliveries(store)] == ["first_in"]
    assert hooks.observe(presence([visit]), "Kontor") == 0  # once a day


def test_an_erased_member_who_visited_today_is_no_guest(store):
    hooks = Webhooks(store.engine, allow_private=True)
    hooks.add("http://127.0.0.1:9/hook", "json", ["first_in", "guest_arrived"])
    (mette,) = store.add_members([{"name": "Mette Jensen"}])
    visit = {"member_id": mette.member.id, "name": "Mette Jensen"}
    assert hooks.observe(presence([visit]), "Kontor") == 1  # first in
    store.delete_member(mette.member.id)
    assert hooks.observe(presence([visit]), "Kontor") == 0
    guest = {"member_id": "9" * 16, "name": "(a guest)"}
    assert hooks.observe(presence([visit, guest]), "Kontor") == 1  # a real guest still counts
    assert [d.event for d in deliveries(store)] == ["first_in", "guest_arrived"]
