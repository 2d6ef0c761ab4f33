from datetime import timedelta

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember
from kiosk.domain.host import LOCKOUT, MAX_ATTEMPTS, PinGuard
from kiosk.services.host import Unlock


def test_pin_guard_locks_after_five_wrong_and_opens_after_five_minutes(clock):
    guard = PinGuard()
    for _ in range(MAX_ATTEMPTS - 1):
        guard.record(False, clock.now())
    assert not guard.locked(clock.now())
    guard.record(False, clock.now())
    assert guard.locked(clock.now()) and guard.locked(clock.now() + LOCKOUT - timedelta(seconds=1))
    assert not guard.locked(clock.now() + LOCKOUT)


def test_unlock_with_pin_and_lockout(kiosk, clock):
    assert kiosk.host.unlock("1234") is Unlock.NO_PIN
    with pytest.raises(InvalidInput):
        kiosk.host.set_pin("12a4")
    kiosk.host.set_pin("2468")
    assert kiosk.host.unlock("2468") is Unlock.OPEN
    answers = [kiosk.host.unlock("0000") for _ in range(MAX_ATTEMPTS)]
    assert answers[-1] is Unlock.LOCKED and set(answers[:-1]) == {Unlock.WRONG}
    assert kiosk.host.unlock("2468") is Unlock.LOCKED  # even the right PIN waits
    clock.advance(minutes=5)
    assert kiosk.host.unlock("2468") is Unlock.OPEN


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
