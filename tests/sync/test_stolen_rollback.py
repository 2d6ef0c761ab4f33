"""Issue 19, revoke and roll back: a host revokes a stolen kiosk's token and undoes what it sent
since a moment; the server rebuilds visits and clips without those events, and every door
converges on its next pull (wire.VisitCorrection). Two honest doors and one hostile token, on
SQLite and PostgreSQL; and a kiosk revoked by mistake enrolls again without losing its queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from kiosk.domain.checkin import Outcome
from kiosk.protocol import wire
from tests.sync.stolen import door, steal


def _in_now(kiosk) -> set[str]:  # type: ignore[no-untyped-def]
    return {v.member_id for v in kiosk.presence.on().in_now}


def test_after_a_roll_back_clips_and_presence_are_what_the_honest_doors_alone_made(server, tmp_path):
    kim, mette, lars, sofie, ida = server.store.add_members([
        {"name": "Kim", "plan": "clipcard", "clips": 10}, {"name": "Mette"}, {"name": "Lars"},
        {"name": "Sofie", "plan": "clipcard", "clips": 5}, {"name": "Ida"}])
    front, back = door(server, tmp_path, "front"), door(server, tmp_path, "back")
    thief = steal(server, tmp_path)  # a door that worked honestly until it was carried off
    regular = next(iter({v["member_id"] for v in server.store.presence()["in_now"]}))
    try:
        front.checkin.check_in_code(kim.code)
        front.checkin.check_in_code(mette.code)
        back.checkin.check_in_code(lars.code)
        for d in (front, back, front):
            d.sync.run_once()
        since = datetime.now(UTC)  # the moment it was carried off: what came before was its honest past
        # The thief's token does what a door could do, one scan at a time, so none of it is held:
        # Kim and Lars "leave" (out at one door is out at every door), Sofie "comes in" (a clip).
        pull = httpx.get(f"{server.url}/api/v1/roster", timeout=30, headers={
            "Authorization": f"Bearer {thief.token}", wire.PROTOCOL_HEADER: "2"}).json()
        open_of = {v["member_id"]: v["id"] for v in pull["visits"] if v["checked_out_at"] is None}
        now = datetime.now(UTC)
        forged = [thief.event("check_out", kim.member.id, now - timedelta(minutes=2), open_of[kim.member.id]),
                  thief.event("check_out", lars.member.id, now - timedelta(minutes=1), open_of[lars.member.id]),
                  thief.event("check_in", sofie.member.id, now)]
        assert [r["status"] for r in thief.push(forged)] == ["accepted"] * 3
        back.checkin.check_in_code(ida.code)  # an honest door goes on working meanwhile
        for d in (front, back):
            d.sync.run_once()
        assert kim.member.id not in _in_now(front) and sofie.member.id in _in_now(front)  # the harm, at the doors
        assert server.store.clips_left()[sofie.member.id] == 4

        done = server.store.revoke_and_roll_back("stolen", since, "anna")
        assert done.undone == 3 and done.corrected >= 3
        for d in (front, back):
            report = d.sync.run_once()
            assert report.error is None, report

        honest = {kim.member.id, mette.member.id, lars.member.id, ida.member.id, regular}
        assert {v["member_id"] for v in server.store.presence()["in_now"]} == honest
        assert _in_now(front) == honest and _in_now(back) == honest
        assert server.store.clips_left() == {kim.member.id: 9, sofie.member.id: 5}
        # Sofie never came in: her scan at the front door checks her in and costs her first clip.
        scan = front.checkin.check_in_code(sofie.code)
        assert scan.outcome is Outcome.CHECKED_IN and scan.clips_left == 4
        # And the token is dead.
        answer = httpx.post(f"{server.url}/api/v1/events", timeout=30, json={"events": [], "pending": 0},
                            headers={"Authorization": f"Bearer {thief.token}"})
        assert answer.status_code == 401
    finally:
        front.close()
        back.close()


def test_a_kiosk_revoked_by_mistake_enrolls_again_without_losing_its_queue(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    front = door(server, tmp_path, "front")
    try:
        server.store.revoke_kiosk("front")
        front.checkin.check_in_code(mette.code)
        report = front.sync.run_once()
        assert report.revoked and report.pending == 1
        code = server.store.add_kiosk("front")  # the host makes a new code for the same kiosk
        front.sync.enroll(server.url, code)
        report = front.sync.run_once()
        assert report.error is None and report.pending == 0 and report.accepted == 1, report
        assert server.store.held_events() == []
        assert [v["member_id"] for v in server.store.presence()["in_now"]] == [mette.member.id]
    finally:
        front.close()
