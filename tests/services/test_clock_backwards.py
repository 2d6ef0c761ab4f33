"""A Pi has no real-time clock: after a boot without network its clock can be a day behind.
Check-ins made then keep their order (the events' sequence, never the wall clock), none is
lost, and the host is told (kiosk.health.door_warnings)."""

from __future__ import annotations

from kiosk import health
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome
from kiosk.store.sync_store import SqlSyncStore


def test_a_clock_jumping_back_neither_reorders_nor_loses_check_ins(kiosk, clock):
    ida, ole, kim = kiosk.members.add_many([NewMember(name=n) for n in ("Ida", "Ole", "Kim")])
    assert kiosk.checkin.check_in_code(ida.code).outcome is Outcome.CHECKED_IN
    clock.advance(minutes=30)
    assert kiosk.checkin.check_in_code(ole.code).outcome is Outcome.CHECKED_IN
    clock.advance(days=-1, minutes=5)  # rebooted without network: the clock is a day behind
    warnings = dict(health.door_warnings(kiosk.data_dir, health.Machine(
        disk_free=lambda _p: 8 * 1024**3, clock_synchronised=lambda: (False, "adjtimex"), now=clock.now)))
    assert health.CLOCK_BEHIND in warnings
    assert kiosk.checkin.check_in_code(kim.code).outcome is Outcome.CHECKED_IN
    clock.advance(minutes=5)
    assert kiosk.checkin.check_in_code(ida.code).outcome is Outcome.CHECKED_OUT  # her visit is still open
    clock.advance(days=1)  # the network is back: the clock sets itself
    assert kiosk.checkin.check_in_code(ole.code).outcome is Outcome.CHECKED_OUT

    with kiosk.store.reading() as tx:
        events = tx.events()
    names = {ida.member.id: "Ida", ole.member.id: "Ole", kim.member.id: "Kim"}
    order = [(names[e.member_id], e.kind.value) for e in events if e.member_id in names]
    assert order == [("Ida", "check_in"), ("Ole", "check_in"), ("Kim", "check_in"), ("Ida", "check_out"),
                     ("Ole", "check_out")]
    # The wall-clock times are not in that order; the sequence is, and sync sends by it.
    recorded = [e.recorded_at for e in events if e.member_id in names]
    assert recorded != sorted(recorded)
    sync = SqlSyncStore(kiosk.engine, b"\0" * 32)
    pending = sync.pending(100)
    assert [seq for seq, _ in pending] == sorted(seq for seq, _ in pending)
    assert [e.id for _, e in pending] == [e.id for e in events]
    [ida_visit] = [v for v in kiosk.presence.on(kiosk.presence.today()).visits
                   if v.member_id == ida.member.id]
    assert ida_visit.checked_out_at is not None and ida_visit.checked_out_at >= ida_visit.checked_in_at
