"""Least privilege for kiosk tokens (issue 9, items 3 and 4): which proposals apply at once is
the kiosk's permission set on the server, the rest wait for a host; the server decides member
ids; what a kiosk receives of the roster is what the door needs."""

from __future__ import annotations

import uuid

import pytest

from kiosk.core.members import NewMember
from kiosk.server.errors import ServerError
from kiosk.server.requests import DEFAULT_DIRECT, DIRECTABLE, RosterRequests
from kiosk.sync.client import ServerApi


def kiosk_token(server, name: str = "door-1") -> str:
    return ServerApi(server.url).enroll(server.store.add_kiosk(name), str(uuid.uuid4())).token


def proposal(op: str, member_id: str, **fields: object) -> dict[str, object]:
    body: dict[str, object] = {"id": str(uuid.uuid4()), "op": op, "member_id": member_id, **fields}
    if op == "add":
        body.update(name="Ny Person", plan="monthly")
    if op == "top_up":
        body["clips"] = 3
    if op == "update":
        body["name"] = "Nyt Navn"
    return body


def send(server, token: str, body: dict[str, object]):
    (result,) = ServerApi(server.url, token).send_requests([body]).results
    return result


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("op", [*DIRECTABLE, "erase"])
def test_every_proposal_kind_against_the_kiosks_permissions(server, op):
    store = server.store
    token = kiosk_token(server)
    requests = RosterRequests(store)

    def target() -> str:
        (issued,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 2}])
        return issued.member.id

    def new_id() -> str:
        return uuid.uuid4().hex[:16]

    default = send(server, token, proposal(op, new_id() if op == "add" else target()))
    assert default.status == ("accepted" if op in DEFAULT_DIRECT else "pending"), default
    if op == "erase":
        with pytest.raises(ServerError, match="always waits for a host"):
            requests.set_permissions("door-1", allow=["erase"])
        return
    requests.set_permissions("door-1", allow=[op])
    assert send(server, token, proposal(op, new_id() if op == "add" else target())).status == "accepted"
    requests.set_permissions("door-1", deny=[op])
    assert op not in requests.permissions("door-1").direct
    held = send(server, token, proposal(op, new_id() if op == "add" else target()))
    assert held.status == "pending" and "waits for a host" in (held.reason or "")
    # The host rejects it: the kiosk hears "rejected" with who refused, and nothing changed.
    requests.reject(held.id, "anne", "not today")
    again = send(server, token, {**proposal(op, "0" * 16), "id": held.id})
    assert (again.status, again.reason) == ("rejected", "refused by anne: not today")


def test_host_role_and_big_top_ups_wait_for_a_host(server):
    store = server.store
    token = kiosk_token(server)
    requests = RosterRequests(store)
    requests.set_permissions("door-1", allow=DIRECTABLE)  # even a kiosk trusted with everything
    (issued,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 2}])
    member_id = issued.member.id
    host = send(server, token, proposal("update", member_id, role="host"))
    assert host.status == "pending" and "host" in (host.reason or "")
    new_host = send(server, token, proposal("add", uuid.uuid4().hex[:16], role="host"))
    assert new_host.status == "pending"
    big = send(server, token, {**proposal("top_up", member_id), "clips": 51})
    assert big.status == "pending" and "more than 50 clips" in (big.reason or "")
    assert send(server, token, {**proposal("top_up", member_id), "clips": 50}).status == "accepted"
    assert store.member(member_id).clips_total == 52 and store.member(member_id).role == "member"
    requests.approve(host.id, "anne")
    assert store.member(member_id).role == "host"
    with pytest.raises(ServerError, match="not waiting any more"):
        requests.approve(host.id, "bo")
    assert [p.id for p in requests.pending()] == [new_host.id, big.id]


@pytest.mark.parametrize("clips", [99999999999999999999, -1, 100_001, "many"])
def test_clips_out_of_bounds_are_refused_not_a_500(server, clips):
    store = server.store
    token = kiosk_token(server)
    (issued,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 2}])
    result = send(server, token, {**proposal("top_up", issued.member.id), "clips": clips})
    assert result.status == "rejected" and result.reason == "invalid clips"
    with pytest.raises(ServerError):
        store.add_members([{"name": "Big", "plan": "clipcard", "clips": clips}])
    assert store.member(issued.member.id).clips_total == 2


def test_an_add_with_another_doors_guest_id_is_refused(server, kiosk_at):
    from kiosk.domain.guests import GuestForm

    front, back = kiosk_at("front"), kiosk_at("back")
    server.enroll(front, "front")
    server.enroll(back, "back")
    consents = {k.value: p.version for k, p in front.guests.policies().items()}
    day_pass = front.guests.register(GuestForm(name="Dag Gæst", visitor_type="event", consents=consents))
    front.sync.run_once()  # the guest's check-in event reaches the server, without a name

    # The back door proposes a monthly member with the front door's guest id.
    back.members.request("add", day_pass.member_id, NewMember(name="Dag Gæst"))
    report = back.sync.run_once()
    assert any("already known to the server" in d for d in report.details), report.details
    ((body, reason),) = back.sync.local.rejected_requests()
    assert body["member_id"] == day_pass.member_id and "already known" in reason
    assert server.store.members() == []
    # Ids of erased members are never handed out again either.
    (gone,) = server.store.add_members([{"name": "Gone"}])
    server.store.delete_member(gone.member.id)
    token = kiosk_token(server, "third")
    assert send(server, token, proposal("add", gone.member.id)).status == "rejected"


def test_a_kiosk_never_writes_the_roster_over_its_own_guest(server, kiosk_at, clock):
    from kiosk.domain.guests import GuestForm
    from kiosk.domain.members import Member, Plan, PlanKind

    kiosk = kiosk_at()
    server.enroll(kiosk)
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    day_pass = kiosk.guests.register(GuestForm(name="Dag Gæst", visitor_type="event", consents=consents))
    forged = Member(id=day_pass.member_id, name="Dag Gæst", plan=Plan(kind=PlanKind.MONTHLY))
    kiosk.sync.local.apply_roster([forged], [], [], [("member", day_pass.member_id)], "x:0", False, True)
    clock.advance(minutes=5)
    result = kiosk.checkin.check_in_code(day_pass.code)
    assert result.guest and result.name == "Dag Gæst"  # still a guest, still known here


def test_kiosks_get_names_but_no_email_addresses(server, kiosk_at):
    server.store.add_members([{"name": "Mette Mail", "email": "mette@example.dk"}])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    assert kiosk.sync.run_once().roster_matches
    assert [(m.name, m.email) for m in kiosk.members.roster()] == [("Mette Mail", "")]
    assert server.store.members()[0].email == "mette@example.dk"  # the server keeps it


def test_an_edit_at_the_door_changes_only_what_the_host_changed(server, kiosk_at):
    from kiosk.domain.members import PlanKind

    (issued,) = server.store.add_members([{"name": "Klip Kim", "email": "kim@example.dk", "plan": "clipcard",
                                           "clips": 5}])
    member_id = issued.member.id
    kiosk = kiosk_at()
    server.enroll(kiosk)
    RosterRequests(server.store).set_permissions("door-1", allow=["update"])
    server.store.top_up(member_id, 10)  # at the server, after the door's last pull
    # The door's form shows what the door knows: no e-mail address, 5 clips.
    assert kiosk.members.edit(member_id, NewMember(name="Kim Klip", email="", plan=PlanKind.CLIPCARD,
                                                   clips=5)) == "requested"
    kiosk.sync.run_once()
    member = server.store.member(member_id)
    assert (member.name, member.email, member.clips_total) == ("Kim Klip", "kim@example.dk", 15)


def test_a_protocol_1_kiosk_hears_rejected_for_a_request_that_waits(server):
    import json
    import urllib.request

    token = kiosk_token(server)
    (issued,) = server.store.add_members([{"name": "Lars"}])
    body = proposal("erase", issued.member.id)
    request = urllib.request.Request(f"{server.url}/api/v1/roster-requests", method="POST",
                                     data=json.dumps({"requests": [body]}).encode(),
                                     headers={"Authorization": f"Bearer {token}",
                                              "Content-Type": "application/json"})  # no Kiosk-Protocol
    with urllib.request.urlopen(request, timeout=10) as response:
        (result,) = json.loads(response.read())["results"]
    assert result["status"] == "rejected" and "waits for a host" in result["reason"]
    assert [p.id for p in RosterRequests(server.store).pending()] == [body["id"]]  # it still waits


def test_a_kiosk_token_reads_no_names_beyond_its_roster(server):
    import urllib.error
    import urllib.request

    token = kiosk_token(server)
    request = urllib.request.Request(f"{server.url}/api/v1/presence", headers={"Authorization": f"Bearer {token}"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 404  # who is in, by name, across doors: host pages only


def test_the_top_up_limit_holds_per_member_and_day_not_per_request(server):
    """Reproduction 3: one request for 500 clips waited for a host; ten requests of 50 in one push
    were all applied. The limit is a day's sum for a member, from every kiosk together."""
    store = server.store
    token, other = kiosk_token(server), kiosk_token(server, "door-2")
    (kim,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 2}])
    (lars,) = store.add_members([{"name": "Lars", "plan": "clipcard", "clips": 2}])
    ten = [{**proposal("top_up", kim.member.id), "clips": 50} for _ in range(10)]
    results = ServerApi(server.url, token).send_requests(ten).results
    assert [r.status for r in results] == ["accepted"] + ["pending"] * 9
    assert "a day" in (results[1].reason or "")
    assert store.member(kim.member.id).clips_total == 52
    # Another door the same day counts with it; another member has a day of their own.
    assert send(server, other, {**proposal("top_up", kim.member.id), "clips": 1}).status == "pending"
    assert send(server, other, {**proposal("top_up", lars.member.id), "clips": 50}).status == "accepted"
    # What a host approves is the host's decision, not the door's: it uses none of the day's limit.
    RosterRequests(store).approve(results[1].id, "anne")
    assert store.member(kim.member.id).clips_total == 102
