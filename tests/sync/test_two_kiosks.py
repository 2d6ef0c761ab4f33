"""Two doors, one member: what one kiosk did reaches the other through the server."""

from __future__ import annotations

import pytest

from kiosk import app
from kiosk.domain.checkin import Outcome
from kiosk.domain.settings import SpaceSettings
from kiosk.sync.engine import SyncReport
from tests.conftest import build_kiosk
from tests.sync.test_sync import server_events


def door(tmp_path, name, server):
    kiosk = build_kiosk(tmp_path / name)  # the real clock: the server's "today" is today
    server.enroll(kiosk, name)
    return kiosk


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_in_at_one_door_out_at_the_other(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette", "plan": "clipcard", "clips": 5}])
    (lars,) = server.store.add_members([{"name": "Lars"}])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        assert front.checkin.check_in_code(mette.code).clips_left == 4
        front.sync.run_once()
        back.sync.run_once()
        # The back door knows Mette is in: her scan there checks her out, and costs no clip.
        assert back.presence.count_in_now() == 1
        assert back.checkin.check_in_code(lars.code).others_in == 1
        out = back.checkin.check_in_code(mette.code)
        assert out.outcome is Outcome.CHECKED_OUT
        back.sync.run_once()
        front.sync.run_once()
        assert [e["member_id"] for e in server.store.presence()["in_now"]] == [lars.member.id]
        assert [e.member_id for e in front.presence.on().in_now] == [lars.member.id]
        # Back again later the same day through the front door: checked in, still no second clip.
        app.apply_settings(front, SpaceSettings(guard_seconds=0))
        front.close()
        front = build_kiosk(tmp_path / "front")
        again = front.checkin.check_in_code(mette.code)
        assert again.outcome is Outcome.CHECKED_IN and again.clips_left == 4
    finally:
        front.close()
        back.close()


def test_a_close_made_offline_is_not_undone_by_an_older_server_view(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        front.checkin.check_in_code(mette.code)
        front.sync.run_once()
        back.sync.run_once()
        assert back.checkin.check_in_code(mette.code).outcome is Outcome.CHECKED_OUT
        # The back door pulls before its push lands (push fails, pull is stale): Mette stays out.
        back.sync._pull(back.sync.api(), SyncReport())
        assert back.presence.count_in_now() == 0
    finally:
        front.close()
        back.close()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_two_doors_under_random_network_cuts(server, tmp_path, monkeypatch):
    """Issue 5's "done when": two doors, the same members in and out while the network drops,
    stalls and resets at random; afterwards every event is on the server exactly once, each door
    holds the server's roster, and the server's presence is the latest word from any door."""
    import random

    from kiosk.sync import client
    from tests.sync.test_survival import FaultProxy

    monkeypatch.setattr(client.ServerApi.__init__, "__defaults__", (None, 1.0))
    members = server.store.add_members([{"name": n} for n in ("Mette", "Lars", "Sofie")])
    doors, proxies = [], []
    for i, name in enumerate(("front", "back")):
        kiosk = build_kiosk(tmp_path / name)
        app.apply_settings(kiosk, SpaceSettings(guard_seconds=0))
        kiosk.close()
        kiosk = build_kiosk(tmp_path / name)
        server.enroll(kiosk, name)
        proxy = FaultProxy(int(server.url.rsplit(":", 1)[1]), seed=10 + i)
        kiosk.sync.local.set_state(url=f"http://127.0.0.1:{proxy.port}")
        doors.append(kiosk)
        proxies.append(proxy)
    rng = random.Random(3)
    try:
        for step in range(40):
            who, where = rng.choice(members), rng.choice(doors)
            where.checkin.check_in_code(who.code)
            if rng.random() < 0.5:
                rng.choice(doors).sync.run_once()
            if step == 20:
                server.store.add_members([{"name": "Late Arrival"}])
        for proxy in proxies:
            proxy.faults = False
        for _ in range(2):
            reports = [d.sync.run_once() for d in doors]
        assert all(r.error is None and r.pending == 0 and r.roster_matches for r in reports), reports
        assert sum(p.seen.get("reset", 0) + p.seen.get("drop", 0) + p.seen.get("stall", 0) for p in proxies) > 5

        local_events = []
        for d in doors:
            with d.store.transaction() as tx:
                local_events += tx.events(100_000)
        on_server = sorted(event_id for event_id, _ in server_events(server))
        assert on_server == sorted(e.id for e in local_events)  # none missing, none doubled

        latest: dict[str, str] = {}
        for e in sorted(local_events, key=lambda e: e.effective_at):
            if e.kind.value in ("check_in", "check_out", "auto_checkout") and e.member_id:
                latest[e.member_id] = e.kind.value
        expected_in = sorted(m for m, kind in latest.items() if kind == "check_in")
        assert sorted(v["member_id"] for v in server.store.presence()["in_now"]) == expected_in
    finally:
        for proxy in proxies:
            proxy.close()
        for d in doors:
            d.close()


def test_an_offline_doors_late_check_in_does_not_undo_a_later_check_out(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        assert back.checkin.check_in_code(mette.code).outcome is Outcome.CHECKED_IN  # back is offline
        assert front.checkin.check_in_code(mette.code).outcome is Outcome.CHECKED_IN  # front never heard
        front.sync.run_once()
        assert len(server.store.presence()["in_now"]) == 1
        back.sync.run_once()  # now two open visits on the server: still one person in
        assert [v["member_id"] for v in server.store.presence()["in_now"]] == [mette.member.id]
        app.apply_settings(front, SpaceSettings(guard_seconds=0))
        front.close()
        front = build_kiosk(tmp_path / "front")
        assert front.checkin.check_in_code(mette.code).outcome is Outcome.CHECKED_OUT
        front.sync.run_once()  # out at one door is out at every door
        assert server.store.presence()["in_now"] == []
        back.sync.run_once()
        assert back.presence.count_in_now() == 0
    finally:
        front.close()
        back.close()


def test_check_in_reported_after_a_later_check_out_is_closed(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        back.checkin.check_in_code(mette.code)  # 1. in at the back door, which is offline
        app.apply_settings(front, SpaceSettings(guard_seconds=0))
        front.close()
        front = build_kiosk(tmp_path / "front")
        front.checkin.check_in_code(mette.code)  # 2. in at the front (it knows nothing of 1)
        front.checkin.check_in_code(mette.code)  # 3. out at the front
        front.sync.run_once()
        back.sync.run_once()  # 1 arrives last, but 3 came after it
        assert server.store.presence()["in_now"] == []
    finally:
        front.close()
        back.close()


def test_clips_spent_at_one_door_count_at_the_other(server, tmp_path):
    from datetime import UTC, datetime, timedelta

    from kiosk.domain.checkin import Refusal
    from tests.fakes import FakeClock

    (kim,) = server.store.add_members([{"name": "Kim", "plan": "clipcard", "clips": 3}])
    (lars,) = server.store.add_members([{"name": "Lars"}])  # monthly for now
    clock = FakeClock(datetime.now(UTC).replace(hour=8, minute=0) - timedelta(days=4))
    front, back = build_kiosk(tmp_path / "front", clock=clock), build_kiosk(tmp_path / "back", clock=clock)
    server.enroll(front, "front")
    server.enroll(back, "back")
    try:
        assert front.checkin.check_in_code(kim.code).clips_left == 2  # day 1, front door
        assert front.checkin.check_in_code(lars.code).clips_left is None
        front.sync.run_once()
        clock.advance(days=1)
        back.sync.run_once()
        assert back.checkin.check_in_code(kim.code).clips_left == 1  # day 2, back door knows day 1
        back.sync.run_once()
        clock.advance(days=1)
        front.sync.run_once()
        # day 3, front knows day 2; a host lets Kim in by hand (no card): still a clip
        assert front.checkin.host_check_in(kim.member.id, "no_card").clips_left == 0
        front.sync.run_once()
        clock.advance(days=1)
        back.sync.run_once()
        refused = back.checkin.check_in_code(kim.code)  # day 4: all three clips are spent
        assert refused.refusal is Refusal.NO_CLIPS
        # Lars becomes a clip-card member: his monthly days cost no clips.
        server.store.edit_member(lars.member.id, "Lars", "", "clipcard", 2, None)
        back.sync.run_once()
        assert back.checkin.check_in_code(lars.code).clips_left == 1
    finally:
        front.close()
        back.close()
