"""A member hears when their guest arrives: the guest's check-in at the door goes up with the
push, the server keeps a message for the member's page and e-mails it (a real SMTP server on
loopback, aiosmtpd), with the guest's name only when the guest agreed at the door. The push is
never held up by it, and an e-mail that fails is sent later. On SQLite and PostgreSQL."""

from __future__ import annotations

import time
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.domain.guests import GuestForm
from kiosk.server.arrivals import GuestArrivals, arrivals_key
from kiosk.server.models import MetaRow, ServerEventRow
from kiosk.server.social import Social
from kiosk.server.web.arrivals import arrival_mailer
from kiosk.server.web.settings import WebSettings
from tests.conftest import build_kiosk
from tests.sync.conftest import start_server
from tests.sync.test_member_mail import Inbox, free_port
from tests.sync.test_social_server import member_client


def arrive(kiosk: app.Kiosk, name: str, host_id: str, share: bool) -> str:
    consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}
    day_pass = kiosk.guests.register(GuestForm(name=name, visitor_type="guest", host_member_id=host_id,
                                               share_name_with_host=share, language="de", consents=consents))
    return day_pass.member_id


def subject(mail) -> str:  # type: ignore[no-untyped-def]
    return str(make_header(decode_header(mail["Subject"])))


def body(mail) -> str:  # type: ignore[no-untyped-def]
    return mail.get_payload(decode=True).decode(mail.get_content_charset() or "utf-8")


def wait_for(condition, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def site(tmp_path, smtp_port, monkeypatch, db_url):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KIOSK_SERVER_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("KIOSK_SERVER_SMTP_PORT", str(smtp_port))
    monkeypatch.setenv("KIOSK_SERVER_SMTP_FROM", "kontor@example.dk")
    server = start_server(tmp_path / "server", db_url)  # SQLite and PostgreSQL
    yield server
    server.stop()
    server.store.engine.dispose()


@pytest.fixture
def inbox(smtp_port):  # type: ignore[no-untyped-def]
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    yield box
    controller.stop()


def test_the_member_hears_of_their_guest_with_the_name_only_when_the_guest_agreed(site, inbox, tmp_path):
    lars, mette = site.store.add_members([{"name": "Lars Holm", "email": "lars@example.dk"},
                                          {"name": "Mette Sø", "email": "mette@example.dk"}])
    kiosk = build_kiosk(tmp_path / "door")
    try:
        site.enroll(kiosk)
        arrive(kiosk, "Jürgen Weiß", lars.member.id, share=True)
        arrive(kiosk, "Ingrid Ohnename", lars.member.id, share=False)
        report = kiosk.sync.run_once()
        assert report.error is None and report.accepted == 2
        wait_for(lambda: len(inbox.messages) == 2)
        assert {m["To"] for m in inbox.messages} == {"lars@example.dk"}
        assert {subject(m) for m in inbox.messages} == {"Din gæst er kommet"}  # the space's language
        bodies = [body(m) for m in inbox.messages]
        assert any("Jürgen Weiß" in b for b in bodies) and any("En af dine gæster" in b for b in bodies)
        assert not any("Ingrid" in b for b in bodies)

        page = member_client(site, lars.member.id).get("/me").text
        assert 'id="guest-arrivals"' in page and "Jürgen Weiß" in page and "Ingrid" not in page
        assert 'id="guest-arrivals"' not in member_client(site, mette.member.id).get("/me").text

        # Pushed again (the answer was lost): no second message. The events on the server keep
        # neither the host nor the guest's name.
        with kiosk.store.transaction() as tx:
            tx.s.execute(text("update events set synced_at = null"))
        assert kiosk.sync.run_once().duplicate >= 2
        time.sleep(0.5)
        assert len(inbox.messages) == 2
        with Session(site.store.engine) as s:
            stored = "\n".join(str(row.__dict__) for row in s.scalars(select(ServerEventRow)))
        assert "Jürgen" not in stored and lars.member.id not in stored

        # Erasing the member on the server takes the messages (the guests' names) with them.
        site.store.delete_member(lars.member.id)
        with Session(site.store.engine) as s:
            assert s.get(MetaRow, arrivals_key(lars.member.id)) is None
    finally:
        kiosk.close()


def test_a_failing_mail_server_never_holds_up_the_push_and_the_mail_goes_later(site, smtp_port, tmp_path):
    (lars,) = site.store.add_members([{"name": "Lars Holm", "email": "lars@example.dk"}])
    kiosk = build_kiosk(tmp_path / "door")
    try:
        site.enroll(kiosk)
        arrive(kiosk, "Jürgen Weiß", lars.member.id, share=True)
        started = time.monotonic()
        report = kiosk.sync.run_once()  # nothing listens on the SMTP port yet
        assert report.error is None and report.accepted == 1 and time.monotonic() - started < 5
        client = member_client(site, lars.member.id)
        wait_for(lambda: "Jürgen Weiß" in client.get("/me").text)

        box = Inbox()
        controller = Controller(box, hostname="127.0.0.1", port=smtp_port)
        controller.start()
        try:
            social = Social(site.store.engine, site.store.tz)
            assert GuestArrivals(site.store.engine).send_due(arrival_mailer(WebSettings.from_env(), social)) == 1
            assert len(box.messages) == 1 and "Jürgen Weiß" in body(box.messages[0])
            assert GuestArrivals(site.store.engine).send_due(arrival_mailer(WebSettings.from_env(), social)) == 0
        finally:
            controller.stop()
    finally:
        kiosk.close()


@pytest.fixture
def linked_site(tmp_path, smtp_port, monkeypatch, db_url):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KIOSK_SERVER_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("KIOSK_SERVER_SMTP_PORT", str(smtp_port))
    monkeypatch.setenv("KIOSK_SERVER_SMTP_FROM", "kontor@example.dk")
    monkeypatch.setenv("KIOSK_SERVER_PUBLIC_URL", "https://kontor.example.dk")
    server = start_server(tmp_path / "server", db_url)  # SQLite and PostgreSQL
    yield server
    server.stop()
    server.store.engine.dispose()


def test_the_arrival_mail_has_a_link_that_lets_the_guest_in_once(linked_site, inbox, tmp_path):
    """With the server's public address, the mail's link lets the guest in at the door today:
    shown first, approved on the member's confirmation, used once; the door gets it with its pull."""
    import re

    from tests.sync.web_client import WebClient

    (lars,) = linked_site.store.add_members([{"name": "Lars Holm", "email": "lars@example.dk"}])
    kiosk = app.build(tmp_path / "door")
    try:
        linked_site.enroll(kiosk)
        guest = arrive(kiosk, "Jürgen Weiß", lars.member.id, share=True)
        assert kiosk.sync.run_once().error is None
        wait_for(lambda: len(inbox.messages) == 1)
        found = re.search(r"https://kontor\.example\.dk(/guest-link/[0-9A-Za-z_-]+)", body(inbox.messages[0]))
        assert found, body(inbox.messages[0])
        client = WebClient(linked_site.url)
        assert client.get(found.group(1)).status == 200  # looking approves nothing
        assert kiosk.door.approved_today() == set()
        assert client.post(found.group(1), {}).status == 200
        assert client.post(found.group(1), {}).status == 410  # once
        assert kiosk.sync.run_once().error is None
        assert kiosk.door.approved_today() == {guest}
    finally:
        kiosk.close()
