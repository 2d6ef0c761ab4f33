"""The host pages forgive (issue 24): a form posted twice (a double click, a reload, two at once)
adds once, on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
import threading

import pytest

from kiosk.server.hosts import Hosts
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


@pytest.fixture
def site(tmp_path, db_url):
    server = start_server(tmp_path / "server", db_url)
    Hosts(server.store.engine).add("anna", PASSWORD)
    yield server
    server.stop()
    server.store.engine.dispose()


def add_member_form(client: WebClient, name: str) -> dict[str, str]:
    """The members page's add form as the browser would post it (with the hidden fields it carries)."""
    page = client.get("/members").text
    form = re.search(r'<form method="post" action="/members" id="add-member".*?</form>', page, re.S)
    assert form is not None
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0)))
    return {**hidden, "name": name, "plan": "monthly"}


def test_the_add_member_form_posted_twice_adds_once(site):
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    form = add_member_form(client, "Mette Jensen")
    assert client.post("/members", form).status == 303
    assert client.post("/members", form).status == 303  # the same form again: already saved, no error
    both = add_member_form(client, "Lars Holm")
    answers: list[int] = []
    threads = [threading.Thread(target=lambda: answers.append(WebClient(site.url, cookies=dict(client.cookies))
                                                              .post("/members", both).status)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [303, 303]
    assert sorted(m.name for m in site.store.members()) == ["Lars Holm", "Mette Jensen"]
    # A new page is a new form: a second Mette (another person of the same name) can be added.
    assert client.post("/members", add_member_form(client, "Mette Jensen")).status == 303
    assert [m.name for m in site.store.members()].count("Mette Jensen") == 2
