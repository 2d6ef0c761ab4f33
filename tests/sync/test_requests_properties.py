"""A property of roster requests (hypothesis): however a kiosk's requests are resent, reordered
after their first sending, held for a host and approved (or approved twice), each changes the
roster exactly once."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.protocol.wire import EnrollRequest
from kiosk.server.errors import ServerError
from kiosk.server.requests import DEFAULT_TOP_UP_LIMIT, RosterRequests
from kiosk.server.runner import build_store
from tests.conftest import examples

# (clips, times sent, approve how many times) per top-up
TOP_UPS = st.lists(st.tuples(st.integers(1, 2 * DEFAULT_TOP_UP_LIMIT), st.integers(1, 3), st.integers(0, 2)),
                   min_size=1, max_size=8)


@given(top_ups=TOP_UPS, order=st.randoms(use_true_random=False))
@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_each_top_up_counts_once_however_often_sent_or_approved(tmp_path_factory, top_ups, order):
    store = build_store(tmp_path_factory.mktemp("server"))
    try:
        # The server assigns the device id at enrollment (sync protocol 2).
        device_id = store.enroll(EnrollRequest(code=store.add_kiosk("door-1"), device_id=str(uuid.uuid4()))).device_id
        (member,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 1}])
        requests = RosterRequests(store)
        bodies = [{"id": str(uuid.uuid4()), "op": "top_up", "member_id": member.member.id, "clips": clips}
                  for clips, _, _ in top_ups]
        sends = [body for body, (_, times, _) in zip(bodies, top_ups, strict=True) for _ in range(times)]
        order.shuffle(sends)
        for body in sends:
            (result,) = requests.apply(device_id, [body])
            assert result.status in ("accepted", "duplicate", "pending")
        for body, (_, _, approvals) in zip(bodies, top_ups, strict=True):
            for _ in range(approvals):
                try:
                    requests.approve(str(body["id"]), "anne")
                except ServerError as exc:
                    assert "not waiting any more" in str(exc)
        # The limit is the day's sum for the member (issue 19): in the order they first arrive,
        # top-ups apply at once while the day's sum stays within it; the rest wait for a host.
        direct, day, seen = set(), 0, set()
        for body in sends:
            if body["id"] not in seen:
                seen.add(body["id"])
                if day + int(body["clips"]) <= DEFAULT_TOP_UP_LIMIT:
                    day += int(body["clips"])
                    direct.add(body["id"])
        expected = 1 + sum(clips for b, (clips, _, approvals) in zip(bodies, top_ups, strict=True)
                           if b["id"] in direct or approvals > 0)
        assert store.member(member.member.id).clips_total == expected
        waiting = {p.id for p in requests.pending()}
        assert waiting == {str(b["id"]) for b, (clips, _, approvals) in zip(bodies, top_ups, strict=True)
                           if b["id"] not in direct and approvals == 0}
    finally:
        store.engine.dispose()

