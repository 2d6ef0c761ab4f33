from datetime import timedelta

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember
from kiosk.domain.host import LOCKOUT, MAX_ATTEMPTS, MAX_LOCKOUT, Lockout
from kiosk.domain.members import Role
from kiosk.services.host import Unlock
from tests.conftest import build_kiosk


def test_lockout_locks_after_five_wrong_longer_each_time_at_most_fifteen_minutes(clock):
    lock = Lockout()
    for _ in range(MAX_ATTEMPTS - 1):
        lock = lock.after(False, clock.now())
    assert not lock.locked(clock.now())
    lock = lock.after(False, clock.now())
    assert lock.locked(clock.now()) and lock.locked(clock.now() + LOCKOUT - timedelta(seconds=1))
    assert not lock.locked(clock.now() + LOCKOUT)
    waits = []
    for _ in range(6):
        for _ in range(MAX_ATTEMPTS):
            lock = lock.after(False, clock.now())
        waits.append(lock.seconds_left(clock.now()))
    assert waits == sorted(waits) and max(waits) == MAX_LOCKOUT.total_seconds()
    assert lock.after(True, clock.now()) == Lockout()
    jumped = Lockout(locked_until=clock.now() + timedelta(days=3))  # the clock jumped back
    assert jumped.seconds_left(clock.now()) == MAX_LOCKOUT.total_seconds()


def test_unlock_with_pin_and_lockout(kiosk, clock):
    assert kiosk.host.unlock("1234").result is Unlock.NO_PIN
    with pytest.raises(InvalidInput):
        kiosk.host.set_pin("12a4")
    kiosk.host.set_pin("2468")
    assert kiosk.host.unlock("2468").result is Unlock.OPEN
    answers = [kiosk.host.unlock("0000").result for _ in range(MAX_ATTEMPTS)]
    assert answers[-1] is Unlock.LOCKED and set(answers[:-1]) == {Unlock.WRONG}
    locked = kiosk.host.unlock("2468")
    assert locked.result is Unlock.LOCKED and locked.seconds_left == LOCKOUT.total_seconds()  # even the right PIN waits
    clock.advance(minutes=5)
    assert kiosk.host.unlock("2468").result is Unlock.OPEN


def test_each_host_has_their_own_pin_and_their_own_lockout(kiosk, clock):
    anna = kiosk.members.add(NewMember(name="Anna Host", role=Role.HOST)).member.id
    bo = kiosk.members.add(NewMember(name="Bo Host", role=Role.HOST)).member.id
    member = kiosk.members.add(NewMember(name="Not A Host")).member.id
    with pytest.raises(InvalidInput, match="several hosts"):
        kiosk.host.set_pin("1593")
    kiosk.host.set_pin("1593", anna)
    kiosk.host.set_pin("2684", bo)
    with pytest.raises(Exception, match="no active host"):
        kiosk.host.set_pin("3917", member)
    assert kiosk.host.unlock("2684").host_id == bo  # "Host" + any host's own PIN: that host
    assert kiosk.host.unlock("1593", anna).host_id == anna  # card + PIN
    assert kiosk.host.unlock("2684", anna).result is Unlock.WRONG  # Bo's PIN is not Anna's
    for _ in range(MAX_ATTEMPTS):
        kiosk.host.unlock("9999", anna)
    assert kiosk.host.unlock("1593", anna).result is Unlock.LOCKED
    assert kiosk.host.unlock("2684", bo).result is Unlock.OPEN  # Bo is not locked out by Anna's card
    assert kiosk.host.unlock("2684").result is Unlock.OPEN  # nor is the pad


def test_a_lockout_survives_a_restart_and_the_machine_ends_it(tmp_path, clock):
    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    kiosk.host.set_pin("2468")
    for _ in range(MAX_ATTEMPTS):
        kiosk.host.unlock("0000")
    kiosk.close()
    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    try:
        assert kiosk.host.unlock("2468").result is Unlock.LOCKED
        assert kiosk.host.lock_state() > 0
        assert kiosk.host.end_lockouts() == 1
        assert kiosk.host.unlock("2468").result is Unlock.OPEN
    finally:
        kiosk.close()


def test_the_shared_kiosk_pin_becomes_the_first_hosts_own(tmp_path, clock):
    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    assert kiosk.host.set_pin("2468") is None  # no host yet: the kiosk PIN, as before
    assert kiosk.host.unlock("2468").result is Unlock.OPEN
    first = kiosk.members.add(NewMember(name="First Host", role=Role.HOST)).member.id
    clock.advance(minutes=1)
    kiosk.members.add(NewMember(name="Second Host", role=Role.HOST))
    kiosk.close()
    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    try:
        assert kiosk.host.unlock("2468", first).result is Unlock.OPEN
        assert kiosk.host.unlock("2468").host_id == first
        assert {h: has for h, _, has in kiosk.host.hosts()} == {first: True, **{
            h: False for h, n, _ in kiosk.host.hosts() if n == "Second Host"}}
    finally:
        kiosk.close()


def test_host_checks_someone_out_with_a_kept_reason(kiosk):
    card = kiosk.members.add(NewMember(name="Mette"))
    kiosk.checkin.check_in_code(card.code)
    kiosk.checkin.host_check_out(card.member.id, "forgot")
    assert kiosk.presence.on().in_now == []
    assert kiosk.presence.on().visits[0].checkout_kind == "host"
    with kiosk.store.transaction() as tx:
        last = tx.events()[-1]
    assert (last.kind.value, last.source, last.reason) == ("check_out", "host", "forgot")
    with pytest.raises(InvalidInput, match="not checked in"):
        kiosk.checkin.host_check_out(card.member.id, "forgot")
    with pytest.raises(InvalidInput, match="reason"):
        kiosk.checkin.host_check_out(card.member.id, "bored")
