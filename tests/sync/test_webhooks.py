"""Webhooks: queued in the server's database, sent by a background loop, retried with backoff.
A real server on loopback (SQLite and PostgreSQL), a real kiosk pushing, and a local receiver
that fails, then recovers."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.server.errors import ServerError
from kiosk.server.models import WebhookDeliveryRow
from kiosk.server.webhooks import Webhooks, backoff
from tests.conftest import build_kiosk, space_midnight
from tests.fakes import FakeClock
from tests.sync.conftest import start_server


class Receiver:
    """Answers 500 to the first `fail` posts, then 200; records every body."""

    def __init__(self, fail: int) -> None:
        self.fail, self.bodies, self.statuses = fail, [], []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = 500 if len(receiver.statuses) < receiver.fail else 200
                receiver.statuses.append(status)
                if status == 200:
                    receiver.bodies.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()


def wait_for(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def site(tmp_path, db_url, monkeypatch):
    monkeypatch.setenv("KIOSK_SERVER_WEBHOOK_RETRY_SECONDS", "0.2")
    monkeypatch.setenv("KIOSK_SERVER_WEBHOOK_ALLOW_PRIVATE", "1")  # the receivers are on loopback
    server = start_server(tmp_path / "server", db_url)
    yield server
    server.stop()
    server.store.engine.dispose()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def in_and_out_today(tz) -> tuple[datetime, timedelta]:  # type: ignore[no-untyped-def]
    """A time for a check-in and a step to its check-out, both past and on the space's today:
    40 and 5 minutes ago, or closer after midnight. In the first two minutes after midnight
    there is no room for a visit past the double-scan guard (60 s): wait for the third."""
    while True:
        now = datetime.now(UTC)
        midnight = space_midnight(tz, now)
        start = max(now - timedelta(minutes=40), midnight + timedelta(seconds=5))
        step = min(timedelta(minutes=35), now - start - timedelta(seconds=5))
        if step > timedelta(seconds=70):
            return start, step
        time.sleep(1)  # the clock itself is the state waited for: at most two minutes, once a day


def test_first_in_and_last_out_reach_a_receiver_that_fails_then_recovers(site, tmp_path):
    receiver = Receiver(fail=2)
    hooks = Webhooks(site.store.engine, allow_private=True)
    hooks.add(receiver.url, "slack", ["first_in", "last_out"])
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    # In at most 40 minutes ago and out 35 minutes later, both on the space's today (the server's
    # presence is of today: a visit of yesterday, pushed after midnight, opens nothing today).
    start, step = in_and_out_today(site.store.tz)
    clock = FakeClock(start)
    kiosk = build_kiosk(tmp_path / "kiosk", clock=clock)
    site.enroll(kiosk)
    kiosk.checkin.check_in_code(mette.code)
    report = kiosk.sync.run_once()
    assert report.accepted == 1
    assert wait_for(lambda: len(receiver.bodies) == 1), receiver.statuses
    assert receiver.statuses[:3] == [500, 500, 200]
    assert "first person" in receiver.bodies[0]["text"] and "Mette" not in receiver.bodies[0]["text"]

    def delivered() -> list[tuple[int, bool]]:  # the receiver answers before the server records it
        with Session(site.store.engine) as s:
            return [(d.attempts, d.delivered_at is not None) for d in s.scalars(select(WebhookDeliveryRow))]

    assert wait_for(lambda: delivered() == [(3, True)]), delivered()

    kiosk.sync.run_once()  # nothing new: nothing queued again
    clock.set(start + step)
    kiosk.checkin.check_in_code(mette.code)  # out
    kiosk.sync.run_once()
    assert wait_for(lambda: len(receiver.bodies) == 2)
    assert "last person" in receiver.bodies[1]["text"]
    time.sleep(1)
    assert len(receiver.bodies) == 2  # each moment once
    receiver.stop()
    kiosk.close()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_dead_receiver_never_stops_the_door_and_messages_wait(site, tmp_path):
    receiver = Receiver(fail=0)
    url = receiver.url
    receiver.stop()  # nobody listens there now
    Webhooks(site.store.engine, allow_private=True).add(url, "discord", ["first_in", "guest_arrived"])
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    kiosk = build_kiosk(tmp_path / "kiosk", clock=FakeClock(datetime.now(UTC) - timedelta(minutes=5)))
    site.enroll(kiosk)
    kiosk.checkin.check_in_code(mette.code)
    assert kiosk.sync.run_once().accepted == 1  # the push is answered, the event stored

    def attempts() -> list[int]:
        with Session(site.store.engine) as s:
            return [d.attempts for d in s.scalars(select(WebhookDeliveryRow))]

    assert wait_for(lambda: attempts() and attempts()[0] >= 2)
    with Session(site.store.engine) as s:
        (delivery,) = s.scalars(select(WebhookDeliveryRow)).all()
    assert delivery.delivered_at is None and delivery.last_error
    assert json.loads(delivery.body)["content"].startswith("Klitmøller: The space is open")  # where it is
    (hook,) = Webhooks(site.store.engine, allow_private=True).list()
    assert hook.pending == 1 and hook.delivered == 0 and hook.last_error
    kiosk.close()


def test_backoff_doubles_up_to_an_hour():
    assert [backoff(n, 30).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(40, 30) == timedelta(hours=1)


def test_bad_webhooks_are_refused(tmp_path):
    server = start_server(tmp_path / "server", None)
    try:
        hooks = Webhooks(server.store.engine)
        for url, fmt, events in [("ftp://x.example/", "json", ["first_in"]),
                                 ("https://x.example/", "xml", ["first_in"]), ("https://x.example/", "json", [])]:
            with pytest.raises(ServerError, match=r"webhook address|format|choose"):
                hooks.add(url, fmt, events)
        assert hooks.list() == []
    finally:
        server.stop()
        server.store.engine.dispose()


def test_pushes_at_once_queue_each_moment_once(site):
    """Eight pushes observed at the same moment: the state row is locked, one first_in is queued."""
    hooks = Webhooks(site.store.engine, allow_private=True)
    hooks.add("http://127.0.0.1:9/hook", "json", ["first_in", "guest_arrived"])
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    visit = {"member_id": mette.member.id, "name": "Mette Jensen"}
    guest = {"member_id": "g" * 16, "name": "(a guest)"}
    presence = {"date": datetime.now(UTC).date().isoformat(), "in_now": [visit, guest], "visits": [visit, guest]}
    barrier = threading.Barrier(8)
    queued: list[int] = []

    def observe() -> None:
        barrier.wait()
        queued.append(hooks.observe(presence, "Kontor"))

    threads = [threading.Thread(target=observe) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(queued) == [0] * 7 + [2]
    with Session(site.store.engine) as s:
        events = sorted(d.event for d in s.scalars(select(WebhookDeliveryRow)))
    assert events == ["first_in", "guest_arrived"]


def test_hosts_add_and_delete_webhooks_on_their_page(site):
    from kiosk.server.hosts import Hosts
    from tests.sync.web_client import WebClient

    Hosts(site.store.engine).add("anna", "correct horse battery")
    client = WebClient(site.url)
    assert client.log_in("anna", "correct horse battery").status == 303
    token = client.csrf_of("/webhooks")
    added = client.post("/webhooks", {"csrf": token, "url": "https://chat.example.dk/hooks/abc", "format": "matrix",
                                      "first_in": "true", "guest_arrived": "true"})
    assert added.status == 303
    (hook,) = Webhooks(site.store.engine, allow_private=True).list()
    assert (hook.format, hook.events) == ("matrix", ("first_in", "guest_arrived"))
    assert client.post("/webhooks", {"csrf": token, "url": "file:///etc/passwd", "first_in": "true"}).status == 400
    assert client.post(f"/webhooks/{hook.id}/delete", {"csrf": "wrong"}).status == 403
    asked = client.post(f"/webhooks/{hook.id}/delete", {"csrf": token})  # asks once, deletes nothing yet
    assert asked.status == 200 and 'id="confirm-yes"' in asked.text
    assert len(Webhooks(site.store.engine, allow_private=True).list()) == 1
    assert client.post(f"/webhooks/{hook.id}/delete", {"csrf": token, "confirmed": "yes"}).status == 303
    assert Webhooks(site.store.engine, allow_private=True).list() == []
    assert WebClient(site.url).get("/webhooks").location == "/login"
