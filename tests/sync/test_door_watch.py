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
from tests.conftest import ALL_DAY, build_kiosk
from tests.lock.fake_devices import FakeShelly
from tests.sync.conftest import start_server
from tests.sync.test_member_mail import Inbox, free_port
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


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_lock_that_stops_answering_and_a_silent_door_are_told_once(site, tmp_path) -> None:  # type: ignore[no-untyped-def]
    receiver = Receiver(fail=0)
    hooks = Webhooks(site.store.engine, allow_private=True)
    hooks.add(receiver.url, "json", ["door_alert"])
    watch = DoorWatch(site.store.engine, hooks)
    Hosts(site.store.engine).add("anna", PASSWORD)
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    shelly = FakeShelly("s3cret").start()
    kiosk = build_kiosk(tmp_path / "door", hours=ALL_DAY)  # the real clock, at any hour of a run
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


# --- the door's sensor, and e-mail --------------------------------------------------------------

@pytest.fixture
def mailbox():  # type: ignore[no-untyped-def]
    """A real SMTP server on loopback (aiosmtpd), as the login-code tests use."""
    from aiosmtpd.controller import Controller

    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, controller.port
    controller.stop()


def door_mailer(site, port: int, to: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from kiosk.server.social import Social
    from kiosk.server.web.door_mail import door_alert_mailer
    from kiosk.server.web.settings import WebSettings

    settings = WebSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_from="kontor@example.dk", door_alert_mail=to)
    return door_alert_mailer(settings, Social(site.store.engine, site.store.tz))


def subjects(box) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from email.header import decode_header, make_header

    return sorted((str(m["To"]), str(make_header(decode_header(m["Subject"])))) for m in box.messages)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_door_held_open_is_told_once_by_webhook_and_email_and_once_when_closed(site, tmp_path, mailbox) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from tests.fakes import FakeClock

    box, port = mailbox
    receiver = Receiver(fail=0)
    hooks = Webhooks(site.store.engine, allow_private=True)
    hooks.add(receiver.url, "json", ["door_alert"])
    to = ("vagt@example.dk", "ejer@example.dk")
    watch = DoorWatch(site.store.engine, hooks, mail_to=to, mailer=door_mailer(site, port, to))
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    shelly = FakeShelly("s3cret").start()
    clock = FakeClock(datetime.now(UTC))
    kiosk = build_kiosk(tmp_path / "door", clock=clock, hours=ALL_DAY)
    try:
        site.enroll(kiosk, "front-door")
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", sensor_input=0))
        kiosk.door_sensor.read_once()
        opened = kiosk.checkin.check_in_code(mette.code)
        assert kiosk.door.open(opened.member_id, opened.door, opened.credential).door == "opened"
        shelly.door_open = True
        kiosk.door_sensor.read_once()
        clock.advance(seconds=31)
        assert [n.kind for n in kiosk.door_sensor.read_once()] == ["door_held_open"]
        kiosk.sync.run_once()
        assert [a.what for a in watch.look()] == ["held_open"]
        assert watch.look() == []  # once per episode: no second webhook, no second e-mail
        assert wait_for(lambda: len(box.messages) == 2)
        assert subjects(box) == [("ejer@example.dk", "Dør-alarm: front-door"),
                                 ("vagt@example.dk", "Dør-alarm: front-door")]
        assert "holdt åben" in box.messages[0].get_payload(decode=True).decode()  # the space's language: Danish
        assert wait_for(lambda: len(receiver.bodies) == 1)
        assert "front-door is held open" in receiver.bodies[0]["text"]

        client = WebClient(site.url)
        Hosts(site.store.engine).add("anna", PASSWORD)
        assert client.log_in("anna", PASSWORD).status == 303
        for lang, words in (("en", "held open"), ("da", "holdt åben"), ("de", "offen gehalten")):
            client.get(f"/language/{lang}?next=/door-log")
            assert words in client.get("/door-log").text, lang
        assert "31 s offen" in client.get("/door-log").text  # how long it had been open (German now)
        assert "door_held_open" in client.get("/door-log.csv").text

        shelly.door_open = False
        assert [n.kind for n in kiosk.door_sensor.read_once()] == ["door_closed"]
        kiosk.sync.run_once()
        assert [a.what for a in watch.look()] == ["back"]
        assert wait_for(lambda: len(box.messages) == 4)
        assert [s for _, s in subjects(box)].count("Alt i orden igen: front-door") == 2
        assert watch.look() == [] and len(box.messages) == 4
    finally:
        kiosk.close()
        shelly.stop()
        receiver.stop()


def test_concurrent_watchers_mail_a_forced_door_once_and_a_failed_mail_is_tried_again(site, tmp_path, mailbox) -> None:  # type: ignore[no-untyped-def]
    import threading

    box, port = mailbox
    hooks = Webhooks(site.store.engine, allow_private=True)
    real = door_mailer(site, port, ("vagt@example.dk",))
    assert real is not None
    failures = {"left": 1}

    def flaky(address, alarm):  # type: ignore[no-untyped-def]
        if failures["left"]:
            failures["left"] -= 1
            raise OSError("connection refused")  # the mail server was down for a moment
        real(address, alarm)

    watchers = [DoorWatch(site.store.engine, hooks, mail_to=("vagt@example.dk",), mailer=flaky) for _ in range(4)]
    shelly = FakeShelly("s3cret").start()
    kiosk = build_kiosk(tmp_path / "door", hours=ALL_DAY)  # the real clock, at any hour of a run
    try:
        site.enroll(kiosk, "back-door")
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", sensor_input=0))
        assert kiosk.door_sensor.read_once() == []
        shelly.door_open = True  # nobody was let in
        assert [n.kind for n in kiosk.door_sensor.read_once()] == ["door_forced_open"]
        kiosk.sync.run_once()
        found: list[list[object]] = []
        start = threading.Barrier(len(watchers))

        def look(w: DoorWatch) -> None:
            start.wait()
            found.append(list(w.look()))

        threads = [threading.Thread(target=look, args=(w,)) for w in watchers]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(a.what for alarms in found for a in alarms) == ["forced_open"]  # type: ignore[attr-defined]
        # The first try failed; the claim holds it for a while, then the next look sends it, once.
        from datetime import UTC, datetime

        from kiosk.server.door_watch import CLAIM

        later = datetime.now(UTC) + CLAIM + timedelta(seconds=1)
        sent = [w.send_mail_due(later) for w in watchers]
        assert sum(sent) == 1
        assert wait_for(lambda: len(box.messages) == 1)
        assert [s for _, s in subjects(box)] == ["Dør-alarm: back-door"]
        assert "blev åbnet, uden at kiosken åbnede den" in box.messages[0].get_payload(decode=True).decode()
        assert [w.send_mail_due(later + CLAIM * 2) for w in watchers] == [0, 0, 0, 0]
    finally:
        kiosk.close()
        shelly.stop()


def test_door_alert_mail_is_checked_before_the_server_starts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A wrong address, or addresses without an SMTP server, are a usage error, not a silent no-mail."""
    from tests.sync.test_tls_proxy import kiosk as kiosk_command

    data = str(tmp_path / "server")
    bad = kiosk_command("server", "run", "--data-dir", data, "--smtp-host", "127.0.0.1", "--smtp-from",
                        "kontor@example.dk", "--door-alert-mail", "vagt@example.dk,not-an-address", env={})
    assert bad.returncode == 2 and "'not-an-address' is not an e-mail address" in bad.stderr
    alone = kiosk_command("server", "run", "--data-dir", data, "--door-alert-mail", "vagt@example.dk", env={})
    assert alone.returncode == 2 and "--door-alert-mail needs --smtp-host" in alone.stderr
    assert "Traceback" not in bad.stderr + alone.stderr


def test_the_alert_mail_speaks_the_spaces_language(site, mailbox) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from kiosk.domain.social import SpaceInfo
    from kiosk.server.door_watch import DoorAlarm
    from kiosk.server.social import Social

    box, port = mailbox
    send = door_mailer(site, port, ("vagt@example.dk",))
    assert send is not None
    social = Social(site.store.engine, site.store.tz)
    since = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)
    for lang, subject, words in (
            ("en", "Door alert: front-door", "has not been heard from since 2026-12-07 12:00"),
            ("de", "Türalarm: front-door", "kam seit 2026-12-07 12:00 nichts mehr"),
            ("da", "Dør-alarm: front-door", "har ikke givet lyd fra sig siden 2026-12-07 12:00")):
        social.set_space(SpaceInfo(name="Kontorfællesskabet", url="", logo=""), language=lang)
        box.messages.clear()
        send("vagt@example.dk", DoorAlarm("front-door", "silent", since))
        assert wait_for(lambda: len(box.messages) == 1)
        assert [s for _, s in subjects(box)] == [subject], lang
        assert words in box.messages[0].get_payload(decode=True).decode(), lang
