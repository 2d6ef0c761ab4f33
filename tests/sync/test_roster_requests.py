"""Roster changes asked for at an enrolled kiosk go to the server as requests; the kiosk never
edits its copy, the result comes back down with the roster."""

from __future__ import annotations

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Refusal
from kiosk.server.requests import RosterRequests


def test_add_suspend_and_new_card_from_the_kiosk(server, kiosk_at, clock):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    with pytest.raises(InvalidInput, match="enrolled"):
        kiosk.members.add(NewMember(name="Direct"))  # the roster copy is not edited directly
    member_id = kiosk.members.request("add", new=NewMember(name="Åse Ørum", email="ase@example.dk"))
    assert kiosk.members.roster() == []  # not until the server has said so
    report = kiosk.sync.run_once()
    assert report.requests == 1 and report.roster_matches
    assert [(m.id, m.name) for m in kiosk.members.roster()] == [(member_id, "Åse Ørum")]
    code = server.store.card(member_id).code  # cards are signed and printed by the server
    with pytest.raises(InvalidInput, match="print member cards from the server"):
        kiosk.members.card(member_id)  # a card signed here would open this door only
    assert kiosk.checkin.check_in_code(code).name == "Åse Ørum"
    clock.advance(minutes=5)
    kiosk.checkin.check_in_code(code)  # and out again

    kiosk.members.request("suspend", member_id)
    kiosk.sync.run_once()
    clock.advance(minutes=5)
    assert kiosk.checkin.check_in_code(code).refusal is Refusal.SUSPENDED
    kiosk.members.request("reactivate", member_id)
    kiosk.members.request("new_card", member_id)
    report = kiosk.sync.run_once()
    assert report.requests_waiting == 2  # by default these two wait for a host on the server
    assert kiosk.sync.local.request_counts()["pending"] == 2
    listed = kiosk.members.requests()  # what the host view lists: newest first, not shown as done
    assert [(r.op, r.state) for r in listed[:2]] == [("new_card", "pending"), ("reactivate", "pending")]
    assert "waits for a host" in listed[0].reason
    clock.advance(minutes=5)
    assert kiosk.checkin.check_in_code(code).refusal is Refusal.SUSPENDED  # pending is not done
    requests = RosterRequests(server.store)
    assert sorted(p.op for p in requests.pending()) == ["new_card", "reactivate"]
    for pending in requests.pending():
        assert requests.approve(pending.id, "anne").status == "accepted"
    report = kiosk.sync.run_once()
    assert report.requests_waiting == 0 and kiosk.sync.local.request_counts().get("pending", 0) == 0
    assert [(r.op, r.state) for r in kiosk.members.requests()[:2]] == [("new_card", "accepted"),
                                                                     ("reactivate", "accepted")]
    clock.advance(minutes=5)
    assert kiosk.checkin.check_in_code(code).refusal is Refusal.REVOKED
    assert kiosk.checkin.check_in_code(server.store.card(member_id).code).name == "Åse Ørum"


def test_a_refused_request_is_set_aside_and_the_rest_go_on(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    kiosk.members.request("suspend", "ffffffffffffffff")  # no such member on the server
    kiosk.members.request("add", new=NewMember(name="Lars"))
    report = kiosk.sync.run_once()
    assert report.requests == 2 and any("no member" in d for d in report.details)
    assert [m.name for m in kiosk.members.roster()] == ["Lars"]
    assert kiosk.sync.local.pending_requests(10) == []
    assert len(kiosk.sync.local.rejected_requests()) == 1


def test_a_request_sent_twice_is_applied_once(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    kiosk.members.request("add", new=NewMember(name="Once"))
    kiosk.sync.api().send_requests(kiosk.sync.local.pending_requests(10))  # the answer is lost
    kiosk.sync.run_once()
    assert [m.name for m in server.store.members()] == ["Once"]


def test_bad_input_is_refused_at_the_kiosk(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    with pytest.raises(InvalidInput, match="not an address"):
        kiosk.members.request("add", new=NewMember(name="X", email="nope"))


def test_top_up_and_erasure_from_an_enrolled_kiosk_reach_the_server_and_every_door(server, kiosk_at, clock):
    from kiosk.domain.guests import GuestForm
    from kiosk.domain.members import PlanKind

    kiosk, other = kiosk_at("k1"), kiosk_at("k2")
    server.enroll(kiosk)
    server.enroll(other, "door-2")
    member_id = kiosk.members.request("add", new=NewMember(name="Klip Kim", plan=PlanKind.CLIPCARD, clips=1))
    kiosk.sync.run_once()
    other.sync.run_once()
    assert kiosk.members.top_up(member_id, 10, 45000, "mobilepay") == "requested"
    kiosk.sync.run_once()
    assert server.store.member(member_id).clips_total == 11
    assert [m.plan.clips_total for m in kiosk.members.roster()] == [11]

    # A guest registered at this door: checked in here, the event goes up without a name.
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    day_pass = kiosk.guests.register(GuestForm(name="Gæst Guest", visitor_type="event", consents=consents))
    report = kiosk.sync.run_once()
    assert report.roster_matches  # guests are not part of the roster compared with the server
    on_server = server.store.presence(kiosk.presence.today())
    assert any(v["member_id"] == day_pass.member_id for v in on_server["visits"])
    assert "Gæst" not in str(on_server)

    assert kiosk.privacy.erase(member_id) == "erased_and_requested"
    assert kiosk.members.roster() == []
    assert kiosk.sync.run_once().requests_waiting == 1  # an erasure always waits for a host
    assert [m.id for m in server.store.members()] == [member_id]
    requests = RosterRequests(server.store)
    (pending,) = requests.pending()
    assert (pending.op, pending.kiosk, pending.member_name) == ("erase", "door-1", "Klip Kim")
    requests.approve(pending.id, "anne")
    kiosk.sync.run_once()
    other.sync.run_once()
    assert server.store.members() == [] and other.members.roster() == []
    clock.advance(minutes=5)
    assert kiosk.checkin.check_in_code(day_pass.code).name == "Gæst Guest"  # the pass still works here
