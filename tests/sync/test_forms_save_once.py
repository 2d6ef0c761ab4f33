"""The host pages forgive (issue 24): a form posted twice (a double click, a reload, two at once)
adds once, on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
import threading
from hashlib import sha256

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


def confirm_fields(page: str) -> dict[str, str]:
    """The hidden fields of a confirmation page's form, as the browser posts them."""
    form = re.search(r'<form method="post" action="[^"]+" id="confirm-form">.*?</form>', page, re.S)
    assert form is not None
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0)))


def serials(site, member_id: str) -> list[tuple[int, bool]]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from kiosk.server.models import ServerCardRow

    with Session(site.store.engine) as s:
        return [(c.serial, c.revoked) for c in s.scalars(select(ServerCardRow).where(
            ServerCardRow.member_id == member_id).order_by(ServerCardRow.serial))]


def test_a_new_card_confirmed_twice_makes_one_new_card(site):
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    token = client.csrf_of("/members")
    asked = client.post(f"/members/{mette.member.id}/card", {"csrf": token})
    assert asked.status == 200 and 'id="confirm-text"' in asked.text
    yes = confirm_fields(asked.text)
    assert yes["confirmed"] == "yes" and yes["replaces"] == "1"
    assert client.post(f"/members/{mette.member.id}/card", yes).status == 303
    assert client.post(f"/members/{mette.member.id}/card", yes).status == 303  # a double click, a reload
    assert serials(site, mette.member.id) == [(1, True), (2, False)]
    # Asked again, a new card is a new card.
    again = confirm_fields(client.post(f"/members/{mette.member.id}/card", {"csrf": token}).text)
    assert client.post(f"/members/{mette.member.id}/card", again).status == 303
    assert serials(site, mette.member.id) == [(1, True), (2, True), (3, False)]


def test_suspend_posted_twice_stays_suspended(site):
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    page = client.get("/members").text
    form = re.search(rf'<form class="inline" method="post" action="/members/{mette.member.id}/status">.*?</form>',
                     page, re.S)
    assert form is not None
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0)))
    assert fields["to"] == "suspended"
    assert client.post(f"/members/{mette.member.id}/status", fields).status == 303
    assert client.post(f"/members/{mette.member.id}/status", fields).status == 303
    assert site.store.member(mette.member.id).status == "suspended"
    page = client.get("/members").text
    assert f'action="/members/{mette.member.id}/status"><input type="hidden" name="csrf"' in page
    assert 'name="to" value="active"' in page


def test_a_webhook_form_posted_twice_adds_one_webhook(site):
    from kiosk.server.webhooks import Webhooks

    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    form = {"csrf": client.csrf_of("/webhooks"), "url": "https://chat.example.dk/hooks/abc", "format": "matrix",
            "first_in": "true"}
    assert client.post("/webhooks", form).status == 303
    assert client.post("/webhooks", form).status == 303
    (hook,) = Webhooks(site.store.engine).list()
    assert hook.events == ("first_in",)
    assert client.post("/webhooks", {**form, "last_out": "true"}).status == 303  # the same address: its moments
    (hook,) = Webhooks(site.store.engine).list()
    assert hook.events == ("first_in", "last_out")


def test_a_member_reporting_a_lost_card_twice_gets_one_new_card(site):
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    host = WebClient(site.url)
    assert host.log_in("anna", PASSWORD).status == 303
    shown = host.post(f"/members/{mette.member.id}/login-code", {"csrf": host.csrf_of(f"/members/{mette.member.id}")})
    code = re.search(r'id="login-code">([0-9A-Z]+)<', shown.text).group(1)
    member = WebClient(site.url)
    assert member.post("/me/login", {"csrf": member.csrf_of("/me/login"), "code": code}).location == "/me"
    token = member.csrf_of("/me")
    yes = confirm_fields(member.post("/me/lost-card", {"csrf": token}).text)
    assert yes["replaces"] == "1"
    assert member.post("/me/lost-card", yes).status == 303
    assert member.post("/me/lost-card", yes).status == 303
    assert serials(site, mette.member.id) == [(1, True), (2, False)]


def form_fields(page: str, action: str) -> dict[str, str]:
    """The hidden fields of the form posting to `action`, as the browser posts them."""
    form = re.search(rf'<form [^>]*action="{re.escape(action)}"[^>]*>.*?</form>', page, re.S)
    assert form is not None, action
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0)))


def twice_at_once(site, client: WebClient, path: str, form: dict[str, str]) -> list[str]:
    pages: list[str] = []
    threads = [threading.Thread(target=lambda: pages.append(WebClient(site.url, cookies=dict(client.cookies))
                                                            .post(path, form).text)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return pages


def shown_code(page: str) -> str:
    found = re.search(r'id="(?:login-code|enroll-code)">([0-9A-Z]+)<', page)
    assert found is not None, page[-2000:]
    return found.group(1)


def test_adding_a_kiosk_posted_twice_makes_one_enrollment_code(site):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from kiosk.server.models import KioskRow

    def code_hash() -> str | None:
        with Session(site.store.engine) as s:
            return s.scalar(select(KioskRow.enroll_code_hash).where(KioskRow.name == "front-door"))

    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    form = {**form_fields(client.get("/kiosks").text, "/kiosks"), "name": "front-door", "location": "Klitmøller"}
    assert re.fullmatch(r"[0-9a-f]{16}", form["form_id"])
    first = client.post("/kiosks", form)
    hash_of_first = code_hash()
    again = client.post("/kiosks", form)  # a double click, a reload: the browser shows this answer
    assert first.status == again.status == 200
    shown = shown_code(first.text)
    assert shown_code(again.text) == shown  # the same code, still the one that enrolls
    assert code_hash() == hash_of_first == sha256(shown.encode()).hexdigest()
    pages = twice_at_once(site, client, "/kiosks", {**form_fields(client.get("/kiosks").text, "/kiosks"),
                                                     "name": "back-door"})
    with Session(site.store.engine) as s:
        back = s.scalar(select(KioskRow.enroll_code_hash).where(KioskRow.name == "back-door"))
    assert len({shown_code(p) for p in pages}) == 1 and sha256(shown_code(pages[0]).encode()).hexdigest() == back
    # A new page is a new form: a new code for the same kiosk.
    new = client.post("/kiosks", {**form_fields(client.get("/kiosks").text, "/kiosks"), "name": "front-door"})
    assert new.status == 200 and shown not in new.text and code_hash() != hash_of_first


def test_the_login_code_form_posted_twice_makes_one_live_code(site):
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from kiosk.server.models import MemberLoginCodeRow

    def live_codes(member_id: str) -> int:
        with Session(site.store.engine) as s:
            return s.scalar(select(func.count()).select_from(MemberLoginCodeRow).where(
                MemberLoginCodeRow.member_id == member_id, MemberLoginCodeRow.used_at.is_(None))) or 0

    mette, lars = site.store.add_members([{"name": "Mette Jensen"}, {"name": "Lars Holm"}])
    host = WebClient(site.url)
    assert host.log_in("anna", PASSWORD).status == 303
    action = f"/members/{mette.member.id}/login-code"
    form = form_fields(host.get(f"/members/{mette.member.id}").text, action)
    first = shown_code(host.post(action, form).text)
    assert shown_code(host.post(action, form).text) == first  # the second answer shows the first code
    assert live_codes(mette.member.id) == 1
    lars_action = f"/members/{lars.member.id}/login-code"
    pages = twice_at_once(site, host, lars_action, form_fields(host.get(f"/members/{lars.member.id}").text,
                                                               lars_action))
    assert len({shown_code(p) for p in pages}) == 1 and live_codes(lars.member.id) == 1
    member = WebClient(site.url)
    assert member.post("/me/login", {"csrf": member.csrf_of("/me/login"), "code": first}).location == "/me"
    # The button on a new page makes a new code (the one given before keeps working, issue 19).
    assert shown_code(host.post(action, form_fields(host.get(f"/members/{mette.member.id}").text, action)).text) \
        != first
