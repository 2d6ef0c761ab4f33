"""Issue 24: a member's card answers in the language its holder chose, set on the server (the
host's member forms, or the member on /me) and brought to every door by the roster pull. A real
server (SQLite and PostgreSQL) and a real kiosk: a German member's card at a Danish door."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from kiosk.server.hosts import Hosts
from tests.conftest import need
from tests.sync.conftest import RunningServer, pg_available, start_server, temporary_pg_database
from tests.sync.web_client import WebClient
from tests.ui.test_holders_language import answer, door  # noqa: F401  (the door fixture)

PASSWORD = "a long enough password"


@pytest.fixture(params=["sqlite", "postgresql"])
def site(request, tmp_path) -> Iterator[RunningServer]:
    if request.param == "sqlite":
        running = start_server(tmp_path / "server", None)
        yield running
    else:
        need(pg_available(), "PostgreSQL is not reachable")
        with temporary_pg_database(migrated=True) as url:
            running = start_server(tmp_path / "server", url)
            yield running
            running.stop()
            running.store.engine.dispose()
            return
    running.stop()
    running.store.engine.dispose()


def hidden(page: str, action: str) -> dict[str, str]:
    form = re.search(rf'<form [^>]*action="{re.escape(action)}"[^>]*>.*?</form>', page, re.S)
    assert form is not None, action
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0)))


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_german_members_card_is_answered_in_german_at_a_danish_door_after_the_pull(qtbot, door, kiosk,  # noqa: F811
                                                                                      site):
    (katharina,) = site.store.add_members([{"name": "Katharina Müller"}])
    member_id = katharina.member.id
    host = WebClient(site.url)
    Hosts(site.store.engine).add("anna", PASSWORD)
    assert host.log_in("anna", PASSWORD).status == 303
    page = host.get(f"/members/{member_id}").text
    assert '<option value="" selected>' in page  # the door's language until someone chooses
    form = {**hidden(page, f"/members/{member_id}"), "name": "Katharina Müller", "email": "",
            "plan": "monthly", "clips": "", "valid_until": "", "language": "de"}
    saved = host.post(f"/members/{member_id}", form)
    assert saved.status == 303 and saved.location == "/members", (form, saved.location)
    assert site.store.member(member_id).language == "de"

    site.enroll(kiosk)  # the first pull brings her language with her record
    report = kiosk.sync.run_once()
    assert report.error is None and report.roster_matches is True and not report.resynced
    assert door.languages.current == "da"
    result = answer(qtbot, door, katharina.code)
    assert result.language == "de" and door.languages.current == "de"
    assert "Katharina" in door.result.headline.text() and not door.result.headline.text().startswith("God")
    assert door.result.headline.text().startswith(("Willkommen", "Hallo", "Guten"))

    # She chooses English on her own page: the door learns it with its next pull.
    shown = host.post(f"/members/{member_id}/login-code", hidden(page, f"/members/{member_id}/login-code"))
    code = re.search(r'id="login-code">([0-9A-Z]+)<', shown.text).group(1)
    me = WebClient(site.url)
    assert me.post("/me/login", {"csrf": me.csrf_of("/me/login"), "code": code}).location == "/me"
    mine = me.get("/me").text
    assert '<option value="de" selected>' in mine
    assert me.post("/me/language", {**hidden(mine, "/me/language"), "language": "en"}).status == 303
    assert site.store.member(member_id).language == "en"
    report = kiosk.sync.run_once()
    assert report.error is None and report.roster_matches is True
    qtbot.waitUntil(lambda: door.languages.current == "da", timeout=5000)  # the door came back to its own
    kiosk.clock.advance(minutes=90)
    answer(qtbot, door, katharina.code)
    assert door.languages.current == "en" and not door.result.headline.text().startswith("God")


def test_the_host_adds_a_member_in_a_language_and_sets_it_back_to_the_doors(site):
    Hosts(site.store.engine).add("anna", PASSWORD)
    host = WebClient(site.url)
    assert host.log_in("anna", PASSWORD).status == 303
    page = host.get("/members").text
    assert host.post("/members", {**hidden(page, "/members"), "name": "Sam Taylor", "plan": "monthly",
                                  "language": "en"}).status == 303
    [sam] = [m for m in site.store.members() if m.name == "Sam Taylor"]
    assert sam.language == "en"
    page = host.get(f"/members/{sam.id}").text
    assert '<option value="en" selected>' in page
    form = {**hidden(page, f"/members/{sam.id}"), "name": "Sam Taylor", "email": "", "plan": "monthly",
            "clips": "", "valid_until": "", "language": ""}
    assert host.post(f"/members/{sam.id}", form).status == 303
    assert site.store.member(sam.id).language is None
    bad = host.post("/members", {**hidden(host.get("/members").text, "/members"), "name": "X", "plan": "monthly",
                                 "language": "fr"})
    assert bad.status >= 400 and not [m for m in site.store.members() if m.name == "X"]
