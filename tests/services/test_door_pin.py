"""Card + PIN at the door, below the screen: a real SQLite kiosk and a fake Shelly on loopback.
A card the member's PIN would open asks for it and records nothing yet; five wrong PINs refuse
the card for a while, on record, and a restart keeps the lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import app
from kiosk.core.members import IssuedCard, NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.door import DoorRefusal
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.services.checkin import PinStep
from tests.conftest import build_kiosk
from tests.fakes import FakeClock
from tests.lock.fake_devices import FakeShelly

NOON = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)  # Monday, 12:00 in Copenhagen
NIGHT = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)  # 23:00
PIN = "7391"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NIGHT)


def lock_up(kiosk: app.Kiosk, shelly: FakeShelly, **settings: str) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=4))
    app.apply_settings(kiosk, SpaceSettings.from_mapping(
        {**kiosk.settings.to_mapping(), "opening_hours": "mon-fri 08:00-17:00", **settings}))


@pytest.fixture
def locked(kiosk: app.Kiosk, shelly: FakeShelly) -> app.Kiosk:
    lock_up(kiosk, shelly)
    return kiosk


@pytest.fixture
def anna(locked: app.Kiosk) -> IssuedCard:
    card = locked.members.add(NewMember(name="Anna Holm"))
    locked.door.set_any_hour(card.member.id, True)
    locked.door.set_member_pin(card.member.id, PIN)
    return card


def events(kiosk: app.Kiosk) -> list[tuple[str, str | None]]:
    with kiosk.store.reading() as tx:
        return [(e.kind.value, e.reason) for e in tx.events()]


def actions(kiosk: app.Kiosk) -> list[str]:
    with kiosk.store.reading() as tx:
        return [e.action for e in reversed(tx.audit_entries(500))]


def test_after_hours_a_card_asks_for_the_pin_and_records_nothing_yet(
        locked: app.Kiosk, anna: IssuedCard, shelly: FakeShelly) -> None:
    before = events(locked)
    asked = locked.checkin.check_in_code(anna.code)
    assert asked.pin is PinStep.ASK and asked.first_name == "Anna"
    assert asked.door is not None and not asked.door.opens
    assert events(locked) == before and shelly.switchings == []
    result = locked.checkin.check_in_code(anna.code, pin=PIN)
    assert result.outcome is Outcome.CHECKED_IN and result.pin is None and result.credential == "card_pin"
    assert locked.door.open(result.member_id, result.door, result.credential).door == "opened"
    assert len(shelly.openings) == 1


def test_a_member_without_a_door_pin_is_not_asked(locked: app.Kiosk, shelly: FakeShelly) -> None:
    bo = locked.members.add(NewMember(name="Bo Dahl"))
    locked.door.set_any_hour(bo.member.id, True)
    result = locked.checkin.check_in_code(bo.code)
    assert result.pin is None and result.refusal is Refusal.DOOR_CLOSED
    assert result.door is not None and result.door.refusal is DoorRefusal.NEEDS_PHONE_OR_PIN


def test_a_daytime_member_is_not_asked_after_hours(locked: app.Kiosk) -> None:
    cy = locked.members.add(NewMember(name="Cy Berg"))
    locked.door.set_member_pin(cy.member.id, PIN)  # a PIN does not make a daytime plan 24/7
    result = locked.checkin.check_in_code(cy.code)
    assert result.pin is None and result.door is not None and result.door.refusal is DoorRefusal.AFTER_HOURS


def test_inside_hours_the_host_may_ask_a_pin_after_every_card(
        kiosk: app.Kiosk, shelly: FakeShelly, clock: FakeClock) -> None:
    lock_up(kiosk, shelly, cards_open_inside_hours="off")
    clock.set(NOON)
    dan = kiosk.members.add(NewMember(name="Dan Lund"))
    kiosk.door.set_member_pin(dan.member.id, PIN)
    assert kiosk.checkin.check_in_code(dan.code).pin is PinStep.ASK
    assert kiosk.checkin.check_in_code(dan.code, pin=PIN).outcome is Outcome.CHECKED_IN


def test_five_wrong_pins_refuse_the_card_for_a_while_across_a_restart(
        tmp_path: Path, locked: app.Kiosk, anna: IssuedCard, clock: FakeClock, shelly: FakeShelly) -> None:
    left = []
    for wrong in ("1593", "2604", "3715", "4826"):
        answer = locked.checkin.check_in_code(anna.code, pin=wrong)
        assert answer.pin is PinStep.WRONG and answer.outcome is Outcome.REFUSED
        left.append(answer.pin_tries_left)
    assert left == [4, 3, 2, 1]
    assert events(locked) == []  # a wrong PIN is no check-in and no door event; the audit keeps it
    fifth = locked.checkin.check_in_code(anna.code, pin="5937")
    assert fifth.pin is None and fifth.refusal is Refusal.DOOR_CLOSED
    assert fifth.door is not None and fifth.door.refusal is DoorRefusal.PIN_LOCKED
    assert events(locked) == [("refused", "door_closed"), ("door_refused", "pin_locked")]
    assert actions(locked).count("door_pin_wrong") == 5 and "door_pin_locked" in actions(locked)
    # The right PIN, and the card alone inside hours, are refused while the lock runs ...
    assert locked.checkin.check_in_code(anna.code, pin=PIN).door.refusal is DoorRefusal.PIN_LOCKED  # type: ignore[union-attr]
    locked.close()
    again = build_kiosk(tmp_path / "data", clock=clock)  # ... and a restart does not clear it
    try:
        clock.set(NOON)
        assert again.checkin.check_in_code(anna.code).door.refusal is DoorRefusal.PIN_LOCKED  # type: ignore[union-attr]
        assert shelly.switchings == []
        clock.set(NIGHT + timedelta(minutes=6))  # the first lock lasts five minutes
        result = again.checkin.check_in_code(anna.code, pin=PIN)
        assert result.outcome is Outcome.CHECKED_IN
        assert again.door.open(result.member_id, result.door, result.credential).door == "opened"
    finally:
        again.close()


def test_a_member_inside_is_never_locked_out_by_wrong_pins(
        locked: app.Kiosk, anna: IssuedCard, clock: FakeClock) -> None:
    assert locked.checkin.check_in_code(anna.code, pin=PIN).outcome is Outcome.CHECKED_IN
    clock.advance(seconds=120)
    for wrong in ("1593", "2604", "3715", "4826", "5937"):
        locked.checkin.check_in_code(anna.code, pin=wrong)
    result = locked.checkin.check_in_code(anna.code)  # stepped out for a smoke, card only
    assert result.door is not None and result.door.opens and result.door.ask_in_or_out


def test_a_new_pin_ends_the_lock(locked: app.Kiosk, anna: IssuedCard) -> None:
    for wrong in ("1593", "2604", "3715", "4826", "5937"):
        locked.checkin.check_in_code(anna.code, pin=wrong)
    locked.door.set_member_pin(anna.member.id, "8264")
    assert locked.checkin.check_in_code(anna.code, pin="8264").outcome is Outcome.CHECKED_IN
