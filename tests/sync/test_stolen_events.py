"""Issue 19, reproduction 1: a stolen door's token against the real server on loopback (SQLite and
PostgreSQL). What no door could have sent is refused with a code; what an honest door rarely
sends is held for a host (answered `accepted`, applied nowhere); clip use is the server's to
derive. Each test failed before the fix (attendance forged at every door)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.protocol import wire
from kiosk.server.models import ServerVisitRow
from tests.conftest import space_midnight
from tests.sync.stolen import door, joined_long_ago, server_visit, steal


def _visits_of(server, member_id: str) -> list[ServerVisitRow]:
    with Session(server.store.engine) as s:
        return list(s.scalars(select(ServerVisitRow).where(ServerVisitRow.member_id == member_id)))


def test_a_check_in_naming_another_doors_visit_is_refused_and_the_visit_keeps_its_start(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    front = door(server, tmp_path, "front")
    thief = steal(server, tmp_path)
    try:
        front.checkin.check_in_code(mette.code)
        front.sync.run_once()
        [visit] = _visits_of(server, mette.member.id)
        started = visit.checked_in_at
        moved = datetime.now(UTC) - timedelta(days=3)
        [result] = thief.push([thief.event("check_in", mette.member.id, moved, visit.id)])
        assert result["status"] == "rejected" and str(result["reason"]).startswith("foreign_visit"), result
        after = server_visit(server, visit.id)
        assert after.checked_in_at == started and after.kiosk_id == visit.kiosk_id
        front.sync.run_once()
        assert mette.member.id in [v.member_id for v in front.presence.on().in_now]
    finally:
        front.close()


def test_a_change_to_an_accepted_visits_start_is_refused(server, tmp_path):
    (lars,) = server.store.add_members([{"name": "Lars"}])
    thief = steal(server, tmp_path)
    now = datetime.now(UTC)
    first = thief.event("check_in", lars.member.id, now)
    assert thief.push([first])[0]["status"] == "accepted"
    again = thief.event("check_in", lars.member.id, now - timedelta(hours=2), str(first["visit_id"]))
    [result] = thief.push([again])
    assert result["status"] == "rejected" and str(result["reason"]).startswith("visit_start_changed"), result
    assert server_visit(server, str(first["visit_id"])).checked_in_at == now


def test_a_date_decades_away_from_every_clock_is_refused_but_a_clock_its_offset_explains_is_not(server, tmp_path):
    (ida,) = server.store.add_members([{"name": "Ida"}])
    thief = steal(server, tmp_path, history=False)
    long_ago = datetime(2000, 1, 1, 9, tzinfo=UTC)
    [refused] = thief.push([thief.event("check_in", ida.member.id, long_ago)])
    assert refused["status"] == "rejected" and str(refused["reason"]).startswith("far_date"), refused
    assert _visits_of(server, ida.member.id) == []
    # A Pi that booted without a clock reads 2000; its measured offset puts the scan at now.
    offset = round((datetime.now(UTC) - long_ago).total_seconds() * 1000)
    [kept] = thief.push([thief.event("check_in", ida.member.id, long_ago, offset_ms=offset)])
    assert kept["status"] == "accepted" and kept.get("reason") is None, kept
    assert len(_visits_of(server, ida.member.id)) == 1


def test_backdated_clip_check_ins_on_400_past_days_do_not_drain_a_clip_card(server, tmp_path):
    """Reproduction 1: 400 check-ins with reason "clip" on 400 past days took Kim from 509 clips
    to 108 at every door. They are held (answered accepted, so a door would not resend them)."""
    (kim,) = server.store.add_members([{"name": "Kim", "plan": "clipcard", "clips": 509}])
    front = door(server, tmp_path, "front")
    thief = steal(server, tmp_path)
    try:
        now = datetime.now(UTC)
        forged = [thief.event("check_in", kim.member.id, now - timedelta(days=d), reason="clip")
                  for d in range(1, 401)]
        results = thief.push(forged)
        assert {r["status"] for r in results} == {"accepted"}  # so a door would not resend them forever
        assert server.store.clips_left()[kim.member.id] == 509
        assert all(v.day >= (now - timedelta(days=2)).date() for v in _visits_of(server, kim.member.id))
        front.sync.run_once()
        assert front.checkin.check_in_code(kim.code).clips_left == 508  # today's own clip, no more
    finally:
        front.close()


def test_clip_use_is_derived_by_the_server_not_taken_from_the_event(server, tmp_path):
    (monthly,) = server.store.add_members([{"name": "Sofie"}])
    (clipper,) = server.store.add_members([{"name": "Kim", "plan": "clipcard", "clips": 5}])
    thief = steal(server, tmp_path)
    now = datetime.now(UTC)
    results = thief.push([thief.event("check_in", monthly.member.id, now, reason="clip"),
                          thief.event("check_in", clipper.member.id, now, reason=None)])
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    left = server.store.clips_left()
    assert monthly.member.id not in left  # a monthly member's "clip" claim costs nothing
    assert left[clipper.member.id] == 4  # a day of presence on a clip card costs one, claimed or not


def test_checking_out_everyone_of_the_other_doors_at_one_instant_is_held(server, tmp_path):
    """Reproduction 1: a check-out for every open visit id in the pull emptied the other door's
    evacuation list."""
    people = server.store.add_members([{"name": f"Person {i}"} for i in range(6)])
    front = door(server, tmp_path, "front")
    thief = steal(server, tmp_path)
    try:
        for p in people:
            front.checkin.check_in_code(p.code)
        front.sync.run_once()
        pull = httpx.get(f"{server.url}/api/v1/roster", timeout=30,
                         headers={"Authorization": f"Bearer {thief.token}", wire.PROTOCOL_HEADER: "2"}).json()
        now = datetime.now(UTC)
        outs = [thief.event("check_out", v["member_id"], now, v["id"]) for v in pull["visits"]
                if v["checked_out_at"] is None and v["kiosk_id"] != thief.device_id]
        assert len(outs) == len(people)
        assert {r["status"] for r in thief.push(outs)} == {"accepted"}
        assert len(server.store.presence()["in_now"]) == len(people) + 1  # the stolen door's regular too
        front.sync.run_once()
        assert len(front.presence.on().in_now) == len(people) + 1
    finally:
        front.close()


def test_more_check_ins_of_one_member_in_a_day_than_a_person_makes_are_held(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    thief = steal(server, tmp_path)
    # Thirty visits in the last three hours, all on the space's today: after its midnight they
    # are closer together (one day's visits either way; the limit is per day).
    now = datetime.now(UTC)
    midnight = space_midnight(server.store.tz, now)
    start = max(now - timedelta(hours=3), midnight + timedelta(minutes=1))
    gap = min(timedelta(minutes=5), (now - start - timedelta(minutes=2)) / 30)
    events = []
    for i in range(30):
        at = start + gap * i
        events += [thief.event("check_in", mette.member.id, at),
                   thief.event("check_out", mette.member.id, at + gap / 2)]
    for i in range(1, len(events), 2):
        events[i]["visit_id"] = events[i - 1]["visit_id"]
    assert {r["status"] for r in thief.push(events)} == {"accepted"}
    with Session(server.store.engine) as s:
        count = s.scalar(select(func.count()).select_from(ServerVisitRow)
                         .where(ServerVisitRow.member_id == mette.member.id))
    assert count == 24  # a person's day at most (kiosk/server/event_rules.py Limits.visits_per_day)


def test_events_dated_before_the_device_first_joined_are_held(server, tmp_path):
    (lars,) = server.store.add_members([{"name": "Lars", "plan": "clipcard", "clips": 40}])
    thief = steal(server, tmp_path, history=False)
    month_ago = datetime.now(UTC) - timedelta(days=30)
    results = thief.push([thief.event("check_in", lars.member.id, month_ago + timedelta(days=d))
                          for d in range(10)])
    assert {r["status"] for r in results} == {"accepted"}
    assert _visits_of(server, lars.member.id) == []
    assert server.store.clips_left()[lars.member.id] == 40


def test_more_new_days_for_a_member_than_days_have_passed_are_held(server, tmp_path):
    """A door that joined long ago and was heard from an hour ago but never sent an event:
    eight past days of one member in one push (an offline door brings one a day)."""
    (kim,) = server.store.add_members([{"name": "Kim", "plan": "clipcard", "clips": 40}])
    thief = steal(server, tmp_path, history=False)
    joined_long_ago(server, thief.device_id, days=60)
    server.store.heard_from(thief.device_id)  # it pulled just now
    now = datetime.now(UTC)
    results = thief.push([thief.event("check_in", kim.member.id, now - timedelta(days=d)) for d in range(8)])
    assert {r["status"] for r in results} == {"accepted"}
    assert len(_visits_of(server, kim.member.id)) == 2  # today and yesterday; six held
    assert server.store.clips_left()[kim.member.id] == 38
