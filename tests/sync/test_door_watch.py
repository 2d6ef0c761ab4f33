"""The server watches the doors with a lock (SQLite and PostgreSQL): a kiosk whose Shelly stops
answering says so with its next push, the Kiosks page words it, and a webhook that asked for
door alerts hears it once; a door not heard from for ten minutes is "silent"; both ending is
told once more. The test calls the watch's looks itself (the server's own loop is set far off)
and gives "silent" its length."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.lock.config import LockConfig
from kiosk.server.door_watch import DoorWatch
from kiosk.server.hosts import Hosts
from kiosk.server.webhooks import Webhooks
from tests.conftest import build_kiosk
from tests.lock.fake_devices import FakeShelly
from tests.sync.conftest import start_server
from tests.sync.test_webhooks import Receiver, wait_for
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


@pytest.fixture
def site(tmp_path, db_url, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KIOSK_SERVER_WEBHOOK_RETRY_SECONDS", "0.2")
    monkeypatch.setenv("KIOSK_SERVER_WEBHOOK_ALLOW_PRIVATE", "1")  # the receiver is on loopback
    monkeypatch.setenv("KIOSK_SERVER_DOOR_WATCH_SECONDS", "3600")  # the test looks itself
    server = start_server(tmp_path / "server", db_url)
    yield server
    server.stop()
    server.store.engine.dispose()


def test_a_lock_that_stops_answering_and_a_silent_door_are_told_once(site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver(fail=0)
    hooks = Webhooks(site.store.engine, allow_private=True)
    hooks.add(receiver.url, "json", ["door_alert"])
    watch = DoorWatch(site.store.engine, hooks)
    Hosts(site.store.engine).add("anna", PASSWORD)
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    shelly = FakeShelly("s3cret").start()
    kiosk = build_kiosk(tmp_path / "door")
    try:
        site.enroll(kiosk, "front-door")
        assert watch.look() == []  # no door event yet: not a door with a lock
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
        opened = kiosk.checkin.check_in_code(mette.code)
        assert kiosk.door.open(opened.member_id, opened.door, opened.credential).door == "opened"
        kiosk.sync.run_once()
        assert watch.look() == []  # watched now, and well

        shelly.stop()  # unplugged
        again = kiosk.checkin.check_in_code(mette.code)
        assert kiosk.door.open(again.member_id, again.door, again.credential).door == "lock_failed"
        kiosk.sync.run_once()  # the health report says so with this push, not minutes later
        assert [a.what for a in watch.look()] == ["lock_failing"]
        assert watch.look() == []  # once per episode
        assert wait_for(lambda: len(receiver.bodies) == 1)
        assert receiver.bodies[0]["event"] == "door_alert"
        assert "The lock of the door front-door does not answer" in receiver.bodies[0]["text"]
        client = WebClient(site.url)
        assert client.log_in("anna", PASSWORD).status == 303
        for lang, words in (("en", "The door lock did not answer (not_answering)"),
                            ("da", "Dørlåsen svarede ikke (not_answering)"),
                            ("de", "Das Türschloss hat nicht geantwortet (not_answering)")):
            client.get(f"/language/{lang}?next=/kiosks")
            assert words in client.get("/kiosks").text, lang

        # Nothing heard from the door since: a watch whose "silent" is any wait at all sees it.
        impatient = DoorWatch(site.store.engine, hooks, silent_after=timedelta(0))
        assert [a.what for a in impatient.look()] == ["silent"]
        assert wait_for(lambda: len(receiver.bodies) == 2)
        assert "front-door has gone silent" in receiver.bodies[1]["text"]

        shelly = FakeShelly("s3cret").start()  # plugged back in (a new port on loopback)
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
        assert kiosk.door.test().opened
        kiosk.sync.run_once()
        assert [a.what for a in watch.look()] == ["back"]
        assert wait_for(lambda: len(receiver.bodies) == 3)
        assert "answer again" in receiver.bodies[2]["text"]
    finally:
        kiosk.close()
        shelly.stop()
        receiver.stop()
