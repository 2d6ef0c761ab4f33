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
