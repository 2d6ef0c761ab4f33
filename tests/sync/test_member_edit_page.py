"""The host page's member form sends what it showed (seen_*): saving it writes only what the host
changed, so a top-up or another host's edit made while the page was open is kept."""

from __future__ import annotations

import re

from kiosk.server.hosts import Hosts
from tests.sync.web_client import WebClient

PASSWORD = "a long enough password"


def test_saving_the_member_form_keeps_an_edit_made_while_it_was_open(server):
    Hosts(server.store.engine).add("anna", PASSWORD)
    (kim,) = server.store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 10}])
    client = WebClient(server.url)
    assert client.log_in("anna", PASSWORD).status == 303
    page = client.get(f"/members/{kim.member.id}")
    shown = dict(re.findall(r'name="(seen_\w+|csrf)" value="([^"]*)"', page.text))
    assert shown["seen_name"] == "Klip Kim" and shown["seen_clips"] == "10" and shown["seen_plan"] == "clipcard"

    # Meanwhile another host tops Kim up to 20 clips.
    server.store.edit_member(kim.member.id, "Klip Kim", "", "clipcard", 20, None)

    # Anna only corrects the name; the other fields go back as the page showed them.
    answer = client.post(f"/members/{kim.member.id}", {
        **shown, "name": "Kim Klip", "email": "", "plan": "clipcard", "clips": "10", "valid_until": ""})
    assert answer.status == 303, answer.text[:500]
    after = server.store.member(kim.member.id)
    assert (after.name, after.clips_total) == ("Kim Klip", 20)  # her change, and the top-up kept

    # A field she did change is written, even when it is the one changed meanwhile (the later edit wins).
    page = client.get(f"/members/{kim.member.id}")
    shown = dict(re.findall(r'name="(seen_\w+|csrf)" value="([^"]*)"', page.text))
    answer = client.post(f"/members/{kim.member.id}", {
        **shown, "name": "Kim Klip", "email": "", "plan": "clipcard", "clips": "25", "valid_until": ""})
    assert answer.status == 303 and server.store.member(kim.member.id).clips_total == 25
