"""Issue 19: what was held shows on the Kiosks page (which kiosk, what, when, why) with apply and
discard; a host revokes a stolen kiosk there and undoes what it sent since a moment, asked once.
Real server on loopback, real HTTP, the session's CSRF token as a browser sends it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from kiosk.server.hosts import Hosts
from tests.sync.stolen import steal
from tests.sync.web_client import WebClient


def _host(server) -> WebClient:  # type: ignore[no-untyped-def]
    Hosts(server.store.engine).add("anna", "correct horse battery")
    host = WebClient(server.url)
    assert host.log_in("anna", "correct horse battery").status == 303
    return host


def test_held_events_show_on_the_kiosks_page_and_are_applied_or_discarded_once(server, tmp_path):
    (kim,) = server.store.add_members([{"name": "Kim Østergård", "plan": "clipcard", "clips": 10}])
    thief = steal(server, tmp_path)
    now = datetime.now(UTC)
    thief.push([thief.event("check_in", kim.member.id, now - timedelta(days=d)) for d in (3, 5)])
    host = _host(server)
    page = host.get("/kiosks", headers={"Accept-Language": "da"})
    assert page.status == 200
    table = page.text[page.text.index('id="held-events"'):]
    table = table[:table.index("</table>")]
    assert table.count("Kim Østergård") == 2 and "stolen" in table
    assert "ældre end det, denne kiosk har sendt før" in table  # why, in the host's language
    ids = re.findall(r'action="/kiosks/held/([0-9a-f-]{36})/apply"', table)
    assert len(ids) == 2
    csrf = host.csrf_of("/kiosks")
    assert host.post(f"/kiosks/held/{ids[0]}/apply", {"csrf": ""}).status == 403  # no token, no change
    assert host.post(f"/kiosks/held/{ids[0]}/apply", {"csrf": csrf}).status == 303
    assert host.post(f"/kiosks/held/{ids[0]}/apply", {"csrf": csrf}).status == 409  # once
    assert server.store.clips_left()[kim.member.id] == 9  # the host's decision: that day counts
    assert host.post(f"/kiosks/held/{ids[1]}/discard", {"csrf": csrf}).status == 303
    assert server.store.held_events() == [] and server.store.clips_left()[kim.member.id] == 9
    assert "Kein Ereignis wird zurückgehalten." in host.get("/kiosks", headers={"Accept-Language": "de"}).text


def test_revoking_a_stolen_kiosk_on_the_page_asks_once_then_undoes_what_it_sent(server, tmp_path):
    (sofie,) = server.store.add_members([{"name": "Sofie", "plan": "clipcard", "clips": 5}])
    thief = steal(server, tmp_path)
    host = _host(server)
    since = datetime.now(UTC).astimezone(server.store.tz) - timedelta(minutes=1)
    assert thief.push([thief.event("check_in", sofie.member.id, datetime.now(UTC))])[0]["status"] == "accepted"
    assert server.store.clips_left()[sofie.member.id] == 4
    csrf = host.csrf_of("/kiosks")
    form = {"csrf": csrf, "name": "stolen", "undo_since": since.strftime("%Y-%m-%dT%H:%M")}
    asked = host.post("/kiosks/revoke", form, headers={"Accept-Language": "en"})
    assert asked.status == 200 and 'id="confirm-revoke"' in asked.text
    assert "undo everything it sent since" in asked.text
    assert server.store.clips_left()[sofie.member.id] == 4  # asking changed nothing
    done = host.post("/kiosks/revoke", {**form, "confirm": "yes"}, headers={"Accept-Language": "en"})
    assert done.status == 200 and 'id="revoked"' in done.text, done.text[:300]
    assert server.store.clips_left()[sofie.member.id] == 5
    assert not next(k for k in server.store.kiosks() if k["name"] == "stolen")["enrolled"]
