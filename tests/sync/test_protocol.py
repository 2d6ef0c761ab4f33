"""Protocol versions and identities: the server serves version-1 kiosks (today's wire) until they
upgrade, tells a kiosk too old or too new for it so (and the kiosk says so on its screen), and
decides device ids itself, so an enrollment naming another kiosk's id takes nothing from it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.protocol import wire
from kiosk.server.models import ServerEventRow
from tests.sync.conftest import start_server


def _call(url: str, method: str, body: dict | None = None, token: str | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     method=method, headers={"Content-Type": "application/json", **(headers or {})})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _event(kiosk_id: str, seq: int = 1) -> dict[str, object]:
    now = datetime.now(UTC).isoformat()
    return {"id": str(uuid.uuid4()), "kiosk_id": kiosk_id, "seq": seq, "kind": "refused", "recorded_at": now,
            "effective_at": now, "member_id": None, "card_serial": None, "visit_id": None,
            "reason": "not_ours", "source": "scan", "clock_offset_ms": None}


def test_a_version_1_kiosk_is_served_with_todays_wire(server):
    """Exactly the bodies a version-1 kiosk sends: no protocol header, its own device id."""
    (issued,) = server.store.add_members([{"name": "Mette"}])
    local_id = str(uuid.uuid4())
    code = server.store.add_kiosk("old-door")
    status, enrolled = _call(server.url + "/api/v1/enroll", "POST", {"code": code, "device_id": local_id})
    assert status == 200 and set(enrolled) >= {"kiosk_name", "device_id", "token", "server_id"}
    token = enrolled["token"]
    event = {**_event(local_id), "kind": "check_in", "member_id": issued.member.id, "card_serial": 1,
             "visit_id": str(uuid.uuid4()), "reason": "clip"}
    status, pushed = _call(server.url + "/api/v1/events", "POST", {"events": [event], "pending": 0}, token)
    assert status == 200 and [r["status"] for r in pushed["results"]] == ["accepted"]
    status, page = _call(server.url + "/api/v1/roster", "GET", token=token)
    assert status == 200 and page["more"] is False and page["count"] == 1
    wire.PullResponse.model_validate(page)  # what a version-1 kiosk parses
    # The kiosk knows itself by its own id: its visit comes back under that id, not the server's.
    assert [v["kiosk_id"] for v in page["visits"]] == [local_id]
    status, requests = _call(server.url + "/api/v1/roster-requests", "POST", {"requests": [
        {"id": str(uuid.uuid4()), "op": "suspend", "member_id": issued.member.id}]}, token)
    assert status == 200 and requests["results"][0]["status"] == "accepted"


def test_a_kiosk_newer_than_the_server_says_update_the_server(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    kiosk.sync.protocol = wire.PROTOCOL + 1
    report = kiosk.sync.run_once()
    assert report.incompatible and "update the server" in report.incompatible
    assert kiosk.sync.local.state()["incompatible"] == "server"
    kiosk.sync.protocol = wire.PROTOCOL  # the server is updated (here: the kiosk steps back)
    report = kiosk.sync.run_once()
    assert report.error is None and "incompatible" not in kiosk.sync.local.state()


def test_a_kiosk_older_than_the_server_serves_says_update_the_kiosk(tmp_path, kiosk_at):
    server = start_server(tmp_path / "server", None, oldest_protocol=2)
    try:
        code = server.store.add_kiosk("old-door")
        status, answer = _call(server.url + "/api/v1/enroll", "POST", {"code": code, "device_id": str(uuid.uuid4())})
        assert status == 426 and "update the kiosk" in answer["detail"] and answer["server_protocols"] == [2]
        kiosk = kiosk_at()
        server.enroll(kiosk)  # a version-2 kiosk is served
        kiosk.sync.protocol = 1
        report = kiosk.sync.run_once()
        assert report.incompatible and "update this kiosk" in report.incompatible
        assert kiosk.sync.local.state()["incompatible"] == "kiosk"
    finally:
        server.stop()
        server.store.engine.dispose()


def test_enrollment_cannot_take_over_another_kiosks_identity(server, kiosk_at):
    victim = kiosk_at("victim")
    server.enroll(victim, "front-door")
    victim_id = victim.sync.local.state().get("device_id", victim.kiosk_id)  # (version 1 knew no other)
    # Another kiosk (or anyone with an enrollment code) enrolls naming the victim's ids, as
    # version 1 did (the ids travel in every pull's visits).
    intruders: dict[str, str] = {}  # event id -> the intruder's server-assigned id
    for claimed in (victim_id, victim.kiosk_id):
        code = server.store.add_kiosk(f"intruder-{claimed[:4]}")
        status, intruder = _call(server.url + "/api/v1/enroll", "POST", {"code": code, "device_id": claimed})
        assert status == 200 and intruder["device_id"] not in (victim_id, victim.kiosk_id)
        # Events naming the id it claimed are taken as the intruder's own, never the victim's.
        event = _event(claimed)
        status, pushed = _call(server.url + "/api/v1/events", "POST", {"events": [event], "pending": 0},
                               intruder["token"])
        assert status == 200 and pushed["results"][0]["status"] == "accepted"
        intruders[str(event["id"])] = intruder["device_id"]
    # The victim is untouched: still enrolled, its token works, its events are its own.
    victim.checkin.check_in_code("not a card")
    report = victim.sync.run_once()
    assert (report.error, report.revoked, report.accepted) == (None, False, 1)
    kiosks = {k["name"]: k for k in server.store.kiosks()}
    assert kiosks["front-door"]["enrolled"] and kiosks["front-door"]["device_id"] == victim_id
    with Session(server.store.engine) as s:
        stored = {e.id: e.kiosk_id for e in s.scalars(select(ServerEventRow))}
    assert {i: stored[i] for i in intruders} == intruders
    assert [k for i, k in stored.items() if i not in intruders] == [victim_id]
    assert victim_id != victim.kiosk_id  # the server chose it


def test_a_kiosk_enrolled_by_version_1_learns_its_id_after_upgrading(server, kiosk_at):
    kiosk = kiosk_at()
    code = server.store.add_kiosk("door-1")
    status, enrolled = _call(server.url + "/api/v1/enroll", "POST", {"code": code, "device_id": kiosk.kiosk_id})
    assert status == 200
    # What version 1 kept; then the kiosk's software is updated and it syncs as version 2.
    kiosk.sync.local.set_state(url=server.url, token=enrolled["token"], server_id=enrolled["server_id"])
    kiosk.checkin.check_in_code("not a card")  # stamped with its own id, as before
    report = kiosk.sync.run_once()
    assert (report.error, report.accepted) == (None, 1)
    assert kiosk.sync.local.state()["device_id"] == enrolled["device_id"]
    # Enrolled again (a renewed code for the same kiosk): the same identity.
    again = server.store.add_kiosk("door-1")
    kiosk.sync.enroll(server.url, again)
    assert kiosk.sync.local.state()["device_id"] == enrolled["device_id"]
    assert kiosk.sync.run_once().error is None
