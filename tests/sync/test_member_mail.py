"""Login codes by e-mail, against a real SMTP server on loopback (aiosmtpd in a thread)."""

from __future__ import annotations

import re
import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient


class Inbox:
    def __init__(self) -> None:
        self.messages: list[object] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def inbox():
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, controller.port
    controller.stop()


@pytest.fixture
def mailing_site(tmp_path, inbox, monkeypatch):
    monkeypatch.setenv("KIOSK_SERVER_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("KIOSK_SERVER_SMTP_PORT", str(inbox[1]))
    monkeypatch.setenv("KIOSK_SERVER_SMTP_FROM", "kontor@example.dk")
    monkeypatch.setenv("KIOSK_SERVER_PUBLIC_URL", "https://kontor.example.dk")
    server = start_server(tmp_path / "server", None)
    yield server
    server.stop()
    server.store.engine.dispose()


def ask(client: WebClient, email: str):
    token = client.csrf_of("/me/login")
    return client.post("/me/email-code", {"csrf": token, "email": email})


def test_a_code_by_e_mail_logs_the_member_in_once(mailing_site, inbox):
    box, _ = inbox
    mailing_site.store.add_members([{"name": "Anna Holm", "email": "anna@example.dk"}])
    client = WebClient(mailing_site.url)
    answer = ask(client, "ANNA@example.dk")
    assert answer.status == 200 and 'id="mail-sent"' in answer.text
    assert len(box.messages) == 1
    mail = box.messages[0]
    assert mail["To"] == "ANNA@example.dk" and mail["From"] == "kontor@example.dk"
    code = re.search(r": ([0-9A-Z]{8})\b", mail.get_payload()).group(1)
    assert "https://kontor.example.dk/me/login" in mail.get_payload(decode=True).decode()
    token = client.csrf_of("/me/login")
    assert client.post("/me/login", {"csrf": token, "code": code}).location == "/me"
    assert "Anna Holm" in client.get("/me").text
    other = WebClient(mailing_site.url)
    token = other.csrf_of("/me/login")
    assert other.post("/me/login", {"csrf": token, "code": code}).location == "/me/login?error=1"


def test_an_unknown_address_gets_the_same_answer_and_no_mail(mailing_site, inbox):
    box, _ = inbox
    mailing_site.store.add_members([{"name": "Anna Holm", "email": "anna@example.dk"}])
    known = ask(WebClient(mailing_site.url), "anna@example.dk")
    unknown = ask(WebClient(mailing_site.url), "nobody@example.dk")
    assert known.status == unknown.status == 200
    assert 'id="mail-sent"' in unknown.text and len(box.messages) == 1


def test_asking_for_codes_again_and_again_is_throttled(mailing_site, inbox):
    box, _ = inbox
    mailing_site.store.add_members([{"name": "Anna Holm", "email": "anna@example.dk"}])
    client = WebClient(mailing_site.url, source="127.0.0.11")
    statuses = [ask(client, "anna@example.dk").status for _ in range(12)]
    assert statuses[:10] == [200] * 10 and statuses[-1] == 429
    assert len(box.messages) <= 11


def test_without_smtp_no_e_mail_form(tmp_path):
    server = start_server(tmp_path / "server", None)
    try:
        client = WebClient(server.url)
        assert 'id="email-code"' not in client.get("/me/login").text
        assert ask(client, "anna@example.dk").status == 400
    finally:
        server.stop()
        server.store.engine.dispose()


def test_a_forged_host_header_gets_400_and_no_mail(mailing_site, inbox):
    """Issue 19, reproduction 5: `Host: kontor-login.evil.example` put that address, with a real
    code, in the member's e-mail."""
    box, _ = inbox
    mailing_site.store.add_members([{"name": "Anna Holm", "email": "anna@example.dk"}])
    client = WebClient(mailing_site.url)
    token = client.csrf_of("/me/login")
    forged = client.post("/me/email-code", {"csrf": token, "email": "anna@example.dk"},
                         headers={"Host": "kontor-login.evil.example"})
    assert forged.status == 400 and "Invalid host header" in forged.text and len(box.messages) == 0
    for path in ("/api/v1/health", "/me/login", "/login"):
        assert client.get(path, headers={"Host": "kontor-login.evil.example:8470"}).status == 400
    assert client.get("/api/v1/health", headers={"Host": "kontor.example.dk"}).status == 200
    assert client.get("/api/v1/health", headers={"Host": "localhost:8470"}).status == 200
    answer = client.post("/me/email-code", {"csrf": token, "email": "anna@example.dk"},
                         headers={"Host": "kontor.example.dk"})
    assert answer.status == 200 and len(box.messages) == 1
    body = box.messages[0].get_payload(decode=True).decode()
    assert "evil" not in body and "https://kontor.example.dk/me/login" in body


def test_without_a_public_url_no_login_mail_is_sent(tmp_path, inbox, monkeypatch):
    """The packaged config leaves the public URL empty: then no login e-mail, and the page says why."""
    box, port = inbox
    monkeypatch.setenv("KIOSK_SERVER_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("KIOSK_SERVER_SMTP_PORT", str(port))
    monkeypatch.setenv("KIOSK_SERVER_SMTP_FROM", "kontor@example.dk")
    monkeypatch.delenv("KIOSK_SERVER_PUBLIC_URL", raising=False)
    server = start_server(tmp_path / "server", None)
    try:
        server.store.add_members([{"name": "Anna Holm", "email": "anna@example.dk"}])
        client = WebClient(server.url)
        assert 'id="email-code"' not in client.get("/me/login").text
        answer = ask(client, "anna@example.dk")
        assert answer.status == 400 and "offentlige adresse" in answer.text and len(box.messages) == 0
    finally:
        server.stop()
        server.store.engine.dispose()
