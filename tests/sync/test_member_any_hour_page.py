"""The server's member forms carry the door lock's 24/7 right ("any hour"): a checkbox when a
member is added and on their page; a save writes it only when the host changed it (an older
page without the switch leaves it as it is)."""

from __future__ import annotations

import re

from kiosk.server.hosts import Hosts
from tests.sync.web_client import WebClient

PASSWORD = "a long enough password"


def shown_fields(text: str) -> dict[str, str]:
    return dict(re.findall(r'name="(seen_\w+|csrf|new_id)" value="([^"]*)"', text))


def test_the_member_forms_give_and_take_the_any_hour_right(server):
    Hosts(server.store.engine).add("anna", PASSWORD)
    client = WebClient(server.url)
    assert client.log_in("anna", PASSWORD).status == 303
    page = client.get("/members")
    assert 'name="any_hour"' in page.text
    answer = client.post("/members", {**shown_fields(page.text), "name": "Kira Nøgle", "email": "",
                                      "plan": "monthly", "clips": "", "valid_until": "", "any_hour": "true"})
    assert answer.status == 303, answer.text[:500]
    [kira] = [m for m in server.store.members() if m.name == "Kira Nøgle"]
    assert server.store.any_hour(kira.id)

    page = client.get(f"/members/{kira.id}")
    assert re.search(r'name="any_hour" value="true" checked', page.text)
    base = {**shown_fields(page.text), "name": "Kira Nøgle", "email": "", "plan": "monthly", "clips": "",
            "valid_until": ""}
    assert base["seen_any_hour"] == "true"
    assert client.post(f"/members/{kira.id}", base).status == 303  # the box unticked: taken away
    assert not server.store.any_hour(kira.id)

    server.store.set_any_hour(kira.id, True)  # given again elsewhere (the command line)
    older = {k: v for k, v in base.items() if k != "seen_any_hour"}  # a page from before the switch
    assert client.post(f"/members/{kira.id}", older).status == 303
    assert server.store.any_hour(kira.id)  # left as it is
