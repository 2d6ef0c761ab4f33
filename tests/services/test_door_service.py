"""The door with a lock, end to end below the screen: a real SQLite kiosk, the door's rules, and
a fake Shelly on loopback (real HTTP). A member the door keeps out is not checked in; an open
visit opens without a check-out; every opening, refusal and lock failure is on record."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import app, paths
from kiosk.core.errors import InvalidInput
from kiosk.core.members import IssuedCard, NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.members import Role
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from tests.conftest import build_kiosk
from tests.fakes import FakeClock
from tests.lock.fake_devices import FakeShelly

# Monday 7 December 2026: 11:00 UTC is 12:00 in Copenhagen, 22:00 UTC is 23:00.
NOON = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)
NIGHT = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


@pytest.fixture
def locked(kiosk: app.Kiosk, shelly: FakeShelly) -> app.Kiosk:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=4))
    app.apply_settings(kiosk, SpaceSettings.from_mapping(
        {**kiosk.settings.to_mapping(), "opening_hours": "mon-fri 08:00-17:00"}))
    return kiosk


@pytest.fixture
def anna(kiosk: app.Kiosk) -> IssuedCard:
    return kiosk.members.add(NewMember(name="Anna Holm"))


def audit(kiosk: app.Kiosk) -> list[tuple[str, str | None, str]]:
    with kiosk.store.reading() as tx:
        return [(e.action, e.subject, e.detail) for e in reversed(tx.audit_entries(500))]


def scan(kiosk: app.Kiosk, code: str, pin: str | None = None) -> tuple[object, object]:
    result = kiosk.checkin.check_in_code(code, pin=pin)
    return result, kiosk.door.open(result.member_id, result.door, result.credential)


def test_without_a_lock_nothing_changes(kiosk: app.Kiosk, anna: IssuedCard, clock: FakeClock) -> None:
    clock.set(NIGHT)
    result, door = scan(kiosk, anna.code)
    assert result.outcome is Outcome.CHECKED_IN and result.door is None
    assert (door.door, door.reason) == ("not_opened", "no_lock")


def test_inside_hours_a_card_opens_the_shelly_and_checks_in(locked: app.Kiosk, anna: IssuedCard,
                                                            shelly: FakeShelly) -> None:
    result, door = scan(locked, anna.code)
    assert result.outcome is Outcome.CHECKED_IN
    assert (door.door, door.seconds) == ("opened", 4)
    assert [(s.on, s.toggle_after) for s in shelly.switchings] == [(True, 4.0)]
    assert ("door_opened", anna.member.id, "opened") in audit(locked)
    with locked.store.reading() as tx:
        assert [(e.kind.value, e.reason, e.source) for e in tx.events()] == [
            ("check_in", None, "scan"), ("door_opened", "opened", "card")]


def test_after_hours_a_daytime_member_is_refused_and_not_checked_in(
        locked: app.Kiosk, anna: IssuedCard, clock: FakeClock, shelly: FakeShelly) -> None:
    clock.set(NIGHT)
    result, door = scan(locked, anna.code)
    assert (result.outcome, result.refusal) == (Outcome.REFUSED, Refusal.DOOR_CLOSED)
    assert (door.door, door.reason) == ("not_opened", "after_hours")
    assert shelly.switchings == []
    assert locked.presence.on().in_now == []
    assert ("door_refused", anna.member.id, "after_hours card") in audit(locked)


def test_after_hours_a_24_7_member_needs_card_and_pin(locked: app.Kiosk, anna: IssuedCard,
                                                      clock: FakeClock, shelly: FakeShelly) -> None:
    locked.door.set_any_hour(anna.member.id, True)
    with pytest.raises(InvalidInput):
        locked.door.set_member_pin(anna.member.id, "1234")  # too easy
    locked.door.set_member_pin(anna.member.id, "7391")
    clock.set(NIGHT)
    _, card_alone = scan(locked, anna.code)
    assert (card_alone.door, card_alone.reason) == ("not_opened", "needs_phone_or_pin")
    _, wrong = scan(locked, anna.code, pin="7392")
    assert wrong.door == "not_opened"
    result, right = scan(locked, anna.code, pin="7391")
    assert result.outcome is Outcome.CHECKED_IN and right.door == "opened"
    assert len(shelly.openings) == 1


def test_an_open_visit_opens_and_asks_in_or_out_without_checking_out(
        locked: app.Kiosk, anna: IssuedCard, clock: FakeClock, shelly: FakeShelly) -> None:
    scan(locked, anna.code)
    clock.set(NIGHT)  # stepped out after hours: never locked out
    result, door = scan(locked, anna.code)
    assert result.outcome is Outcome.REPEAT and result.shown_as is Outcome.CHECKED_IN
    assert door.door == "opened" and door.ask_in_or_out
    assert [p.member_id for p in locked.presence.on().in_now] == [anna.member.id]
    out = locked.checkin.check_out_at_door(anna.member.id)
    assert out.outcome is Outcome.CHECKED_OUT and locked.presence.on().in_now == []


def test_a_code_shown_twenty_times_in_a_minute_opens_twice_and_checks_in_once(
        locked: app.Kiosk, anna: IssuedCard, clock: FakeClock, shelly: FakeShelly) -> None:
    doors = []
    for _ in range(20):
        doors.append(scan(locked, anna.code)[1].door)
        clock.advance(seconds=2)
    assert doors.count("opened") == 2
    assert len(shelly.openings) == 2
    with locked.store.reading() as tx:
        assert [e.kind.value for e in tx.events()].count("check_in") == 1


def test_lock_not_answering_is_told_and_recorded_and_the_check_in_kept_once(
        locked: app.Kiosk, anna: IssuedCard, shelly: FakeShelly) -> None:
    shelly.stop()  # unplugged
    result, door = scan(locked, anna.code)
    assert result.outcome is Outcome.CHECKED_IN
    assert (door.door, door.reason) == ("lock_failed", "not_answering")
    assert ("lock_failed", anna.member.id, "not_answering ConnectError") in audit(locked)
    with locked.store.reading() as tx:
        assert [e.kind.value for e in tx.events()] == ["check_in", "lock_failed"]


def test_wrong_lock_password_is_a_lock_failure(kiosk: app.Kiosk, anna: IssuedCard, shelly: FakeShelly) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="wrong"))
    _, door = scan(kiosk, anna.code)
    assert (door.door, door.reason) == ("lock_failed", "wrong_secret")


def test_closed_now_and_guests(locked: app.Kiosk, anna: IssuedCard, shelly: FakeShelly) -> None:
    app.apply_settings(locked, SpaceSettings.from_mapping({**locked.settings.to_mapping(), "closed_now": "on"}))
    _, door = scan(locked, anna.code)
    assert door.reason == "closed_now"
    app.apply_settings(locked, SpaceSettings.from_mapping({**locked.settings.to_mapping(), "closed_now": "off"}))
    guest = locked.members.add(NewMember(name="Gæst Jensen", role=Role.GUEST))
    _, door = scan(locked, guest.code)
    assert (door.door, door.reason) == ("not_opened", "guest_not_approved")
    _, again = scan(locked, guest.code)  # recorded at the door, but still not approved
    assert (again.door, again.reason) == ("not_opened", "guest_not_approved")
    locked.door.approve_guest(guest.member.id, by=None)
    locked.door.approve_guest(guest.member.id, by=None)  # a second tap (or host): approved and audited once
    assert [a for a in audit(locked) if a[0] == "guest_approved"] == [("guest_approved", guest.member.id, "")]
    _, door = scan(locked, guest.code)
    assert door.door == "opened"


def test_clock_set_back_only_opens_for_24_7_with_pin(locked: app.Kiosk, anna: IssuedCard,
                                                       clock: FakeClock) -> None:
    scan(locked, anna.code)
    locked.checkin.check_out_at_door(anna.member.id)
    clock.set(NOON - timedelta(days=3))  # a Pi without a clock battery booted into the past
    _, door = scan(locked, anna.code)
    assert door.reason == "clock_unknown"


def test_migration_keeps_the_hours_a_space_set(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    fixtures = root / "tests" / "data" / "kiosk-schema"
    data = tmp_path / "data"
    (data / "keys").mkdir(parents=True)
    shutil.copy(fixtures / "0010_social_door.sqlite3", paths.database_path(data))
    shutil.copy(fixtures / "card-signing-key.pem", paths.signing_key_path(data))
    shutil.copy(fixtures / "short-code-key", paths.short_code_key_path(data))
    with sqlite3.connect(paths.database_path(data)) as conn:
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('opening_time', '08:30')")
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('closing_time', '18:00')")
    kiosk = build_kiosk(data)
    try:
        assert kiosk.settings.opening_hours == "mon-sun 08:30-18:00"
        assert kiosk.door.config.kind == "none"
        with kiosk.store.reading() as tx:  # 0013: the two old settings are gone, their hours kept
            assert (tx.setting("opening_time"), tx.setting("closing_time")) == (None, None)
    finally:
        kiosk.close()
