"""Issue 19's property: whatever a hostile token sends never applies an impossible event, and an
honest door's offline, skewed or restored history is never refused and never held. Against the
real server on loopback, on SQLite and on PostgreSQL (the `server` fixture runs both)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.server.models import KioskRow, ServerEventRow, ServerVisitRow
from tests.sync.stolen import Thief, joined_long_ago, steal

_names = itertools.count()
FAR = timedelta(days=3652)


def _visits(server) -> dict[str, ServerVisitRow]:
    with Session(server.store.engine) as s:
        return {v.id: v for v in s.scalars(select(ServerVisitRow))}


def _offline_since(server, device_id: str, since: datetime) -> None:
    from sqlalchemy import update

    with Session(server.store.engine) as s, s.begin():
        s.execute(update(KioskRow).where(KioskRow.device_id == device_id).values(last_seen_at=since))


honest_history = st.fixed_dictionaries({
    "offline_days": st.integers(0, 5),  # how long the door could not reach the server
    "skew_minutes": st.integers(-180, 180),  # its clock, fast or slow (the offset corrects it)
    "visits": st.lists(st.tuples(st.integers(0, 2), st.integers(0, 5 * 24 * 60 - 1), st.integers(5, 240),
                                 st.booleans()), min_size=1, max_size=25),
    "restored": st.booleans(),  # a replacement restored from a backup pushes its old queue again
})


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@given(history=honest_history)
def test_an_honest_doors_offline_skewed_or_restored_history_is_never_refused_nor_held(server, tmp_path, history):
    n = next(_names)
    members = server.store.add_members([{"name": f"Member {n}-{i}", "plan": "clipcard", "clips": 100}
                                        for i in range(3)])
    front = steal(server, tmp_path / f"h{n}", f"front-{n}", history=False)  # honest: the token is its own
    back = steal(server, tmp_path / f"h{n}", f"back-{n}", history=False)
    now = datetime.now(UTC)
    offline = timedelta(days=history["offline_days"])
    skew = timedelta(minutes=history["skew_minutes"])
    offset_ms = -round(skew.total_seconds() * 1000)
    for d in (front, back):
        joined_long_ago(server, d.device_id, days=30)
        _offline_since(server, d.device_id, now - offline)
    # One scan at a time at a door: each at its own minute, in and out within the offline time.
    span = max(int(offline.total_seconds() // 60), 60)
    ins, outs_here, outs_there, used = [], [], [], set()
    for who, minute, stay, out_elsewhere in history["visits"]:
        minute %= span
        start = now - timedelta(minutes=span) + timedelta(minutes=minute)
        end = min(start + timedelta(minutes=stay), now - timedelta(seconds=1))
        if minute in used or (start.date() != end.date()):
            continue
        used.add(minute)
        member = members[who].member.id
        check_in = _honest(front, "check_in", member, start, skew, offset_ms)
        ins.append(check_in)
        out = _honest(back if out_elsewhere else front, "check_out", member, end, skew, offset_ms,
                      visit=str(check_in["visit_id"]))
        (outs_there if out_elsewhere else outs_here).append(out)
    # A member leaves by one door after coming in by the other; a door offline brings its queue late.
    queue = sorted(ins + outs_here, key=lambda e: int(e["seq"]))  # type: ignore[arg-type]
    results = front.push(queue)
    results += back.push(sorted(outs_there, key=lambda e: int(e["seq"])))  # type: ignore[arg-type]
    if history["restored"]:
        results += front.push(queue)  # the restored replacement's old queue: duplicates, nothing else
    assert all(r["status"] in ("accepted", "duplicate") and r.get("reason") in (None, "") for r in results), [
        r for r in results if r["status"] not in ("accepted", "duplicate") or r.get("reason")]
    visits = _visits(server)
    assert {str(e["visit_id"]) for e in ins} <= set(visits)


def _honest(door: Thief, kind: str, member: str, at: datetime, skew: timedelta, offset_ms: int,
            visit: str | None = None) -> dict[str, object]:
    """An event as the honest door writes it: its own (skewed) clock, and its measured offset."""
    return door.event(kind, member, at + skew, visit, offset_ms=offset_ms)


hostile_event = st.fixed_dictionaries({
    "kind": st.sampled_from(["check_in", "check_out", "auto_checkout", "repeat", "refused"]),
    "member": st.integers(0, 3),
    "days": st.integers(-20_000, 20_000),  # from now, in days: up to decades either way
    "minutes": st.integers(-1440, 1440),
    "recorded_lag_minutes": st.sampled_from([0, 0, 0, 1, 30, 600, -600, 100_000]),
    "offset_days": st.sampled_from([None, 0, 0, 1, -1, 400, -400, 10_000]),
    "visit": st.sampled_from(["new", "honest", "own", "own"]),
    "reason": st.sampled_from([None, "clip", "clip no_card"]),
})


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@given(batches=st.lists(st.lists(hostile_event, min_size=1, max_size=30), min_size=1, max_size=3))
def test_any_sequence_from_a_hostile_token_never_applies_an_impossible_event(server, tmp_path, batches):
    n = next(_names)
    members = server.store.add_members([{"name": f"Target {n}-{i}", "plan": "clipcard", "clips": 1000}
                                        for i in range(4)])
    honest = steal(server, tmp_path / f"x{n}", f"honest-{n}", history=False)
    thief = steal(server, tmp_path / f"x{n}", f"stolen-{n}")  # a door that worked, then was carried off
    now = datetime.now(UTC)
    honest_ids = []
    for m in members[:3]:
        e = honest.event("check_in", m.member.id, now - timedelta(minutes=len(honest_ids) + 1))
        honest_ids.append(str(e["visit_id"]))
        assert honest.push([e])[0]["status"] == "accepted"
    before = {k: (v.checked_in_at, v.kiosk_id, v.member_id) for k, v in _visits(server).items()}
    clips_before = server.store.clips_left()
    own: list[str] = []
    for batch in batches:
        events, impossible = [], set()
        for h in batch:
            at = now + timedelta(days=h["days"], minutes=h["minutes"])
            recorded = at + timedelta(minutes=h["recorded_lag_minutes"])
            offset = None if h["offset_days"] is None else h["offset_days"] * 86_400_000
            visit = {"new": None, "honest": honest_ids[h["member"] % 3],
                     "own": own[-1] if own else None}[h["visit"]]
            member = members[h["member"]].member.id
            if h["visit"] == "honest":
                member = before[visit][2] if h["member"] % 2 else member  # its member, or another
            e = thief.event(h["kind"], member, at, visit, reason=h["reason"], offset_ms=offset,
                            recorded_at=recorded)
            if h["kind"] == "check_in" and visit is None:
                own.append(str(e["visit_id"]))
            far = all(min(abs(t - now), abs(t + timedelta(milliseconds=offset or 0) - now)) > FAR
                      for t in (at,)) or all(
                min(abs(t - now), abs(t + timedelta(milliseconds=offset or 0) - now)) > FAR for t in (recorded,))
            if far or (h["kind"] == "check_in" and h["visit"] == "honest"):
                impossible.add(str(e["id"]))
            events.append(e)
        results = thief.push(events)
        for r in results:
            if r["id"] in impossible:
                assert r["status"] == "rejected", r
    after = _visits(server)
    for visit_id, (start, kiosk, member) in before.items():  # nothing moved another door's visit
        assert (after[visit_id].checked_in_at, after[visit_id].kiosk_id, after[visit_id].member_id) == (
            start, kiosk, member)
    with Session(server.store.engine) as s:
        stored = list(s.scalars(select(ServerEventRow).where(ServerEventRow.kiosk_id == thief.device_id)))
    for e in stored:  # nothing decades away was stored, no check-in of another door's visit
        assert abs(e.effective_at - now) <= FAR or abs(e.recorded_at - now) <= FAR
        assert not (e.kind == "check_in" and e.visit_id in before and before[e.visit_id][1] != thief.device_id)
    # What the token could still do is what its door could have done: today's (and at most the
    # next day's) visits; never a clip of a past day.
    days = {v.day for k, v in after.items() if k not in before}
    assert all(d >= (now - timedelta(hours=3)).astimezone(server.store.tz).date() for d in days), days
    clips_after = server.store.clips_left()
    for m in members:
        assert clips_before[m.member.id] - clips_after[m.member.id] <= 2  # today and tomorrow, at most
