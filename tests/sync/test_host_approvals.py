"""The host pages' approvals: requests from kiosks that wait for a host, decided on the page
(real server on loopback, a real kiosk token, the real pending-requests store)."""

from __future__ import annotations

import re
import threading
import uuid

import pytest

from kiosk.server.hosts import Hosts
from kiosk.server.models import AppliedRequestRow
from kiosk.sync.client import ServerApi
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


@pytest.fixture
def site(tmp_path):
    server = start_server(tmp_path / "server", None)
    hosts = Hosts(server.store.engine)
    hosts.add("anna", PASSWORD)
    hosts.add("bo", PASSWORD)
    yield server
    server.stop()
    server.store.engine.dispose()


def propose(site, body: dict[str, object]) -> str:
    token = ServerApi(site.url).enroll(site.store.add_kiosk(f"door-{uuid.uuid4().hex[:6]}", "Klitmøller"),
                                       str(uuid.uuid4())).token
    (result,) = ServerApi(site.url, token).send_requests([{"id": str(uuid.uuid4()), **body}]).results
    assert result.status == "pending", result
    return result.id


def host(site, name: str = "anna") -> WebClient:
    client = WebClient(site.url)
    assert client.log_in(name, PASSWORD).status == 303
    return client


def decision(site, request_id: str) -> tuple[str, str | None, str | None]:
    from sqlalchemy.orm import Session

    with Session(site.store.engine) as s:
        row = s.get(AppliedRequestRow, request_id)
        assert row is not None
        return row.status, row.reason, row.decided_by


def test_an_erase_waits_on_the_page_and_is_applied_when_approved(site):
    (mette,) = site.store.add_members([{"name": "Mette <b>Jensen</b>"}])
    request_id = propose(site, {"op": "erase", "member_id": mette.member.id})
    anna = host(site)
    page = anna.get("/requests")
    assert page.status == 200 and request_id in page.text
    assert "Mette &lt;b&gt;Jensen&lt;/b&gt;" in page.text  # escaped, never markup
    assert site.store.members()  # nothing changes before the approval
    token = re.search(r'name="csrf" value="([^"]*)"', page.text).group(1)  # type: ignore[union-attr]
    assert anna.post(f"/requests/{request_id}/approve", {"csrf": "wrong"}).status == 403
    assert site.store.members()
    answer = anna.post(f"/requests/{request_id}/approve", {"csrf": token})
    assert answer.status == 303
    assert site.store.members() == []
    assert decision(site, request_id)[0] == "accepted" and decision(site, request_id)[2] == "anna"
    assert request_id not in anna.get("/requests").text


def test_a_rejected_request_says_who_and_why(site):
    (kim,) = site.store.add_members([{"name": "Kim"}])
    request_id = propose(site, {"op": "update", "member_id": kim.member.id, "role": "host"})
    bo = host(site, "bo")
    token = bo.csrf_of("/requests")
    answer = bo.post(f"/requests/{request_id}/reject", {"csrf": token, "reason": "ask Anna first"})
    assert answer.status == 303
    status, reason, by = decision(site, request_id)
    assert (status, by) == ("rejected", "bo") and "ask Anna first" in (reason or "")
    assert site.store.member(kim.member.id).role == "member"


def test_two_hosts_approving_at_once_apply_it_once(site):
    (kim,) = site.store.add_members([{"name": "Kim", "plan": "clipcard", "clips": 1}])
    request_id = propose(site, {"op": "top_up", "member_id": kim.member.id, "clips": 80})  # over the bound
    clients = [host(site, "anna"), host(site, "bo")]
    tokens = [c.csrf_of("/requests") for c in clients]
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def press(i: int) -> None:
        barrier.wait()
        statuses.append(clients[i].post(f"/requests/{request_id}/approve", {"csrf": tokens[i]}).status)

    threads = [threading.Thread(target=press, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(statuses) == [303, 409]
    assert site.store.member(kim.member.id).clips_total == 81


def test_unknown_requests_and_logged_out_hosts(site):
    anna = host(site)
    token = anna.csrf_of("/requests")
    assert anna.post("/requests/no-such-request/approve", {"csrf": token}).status == 409
    assert anna.post("/requests/%E2%98%83/reject", {"csrf": token, "reason": "x" * 201}).status == 400
    assert anna.post("/requests/%E2%98%83/reject", {"csrf": token}).status == 409
    assert WebClient(site.url).get("/requests").status == 303
