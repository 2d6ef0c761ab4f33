"""Phone passes at the door: verified offline with the phones' public keys from the roster, real
signatures (ECDSA P-256 as WebCrypto makes them, and Ed25519), a real SQLite file. Each (phone,
time step) makes at most one event at a door: shown again it gets the same answer (inside the
guard window) or is refused as expired (later), never a second event, never a check-out."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import app
from kiosk.core.members import IssuedCard, NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.events import Event
from kiosk.domain.phone_pass import Algorithm, DeviceKey, encode_pass, step_at
from kiosk.domain.social import SocialEntry
from kiosk.store.sync_store import SqlSyncStore
from tests.conftest import build_kiosk, examples
from tests.domain.test_phone_pass import Phone
from tests.fakes import FakeClock


def with_phones(kiosk: app.Kiosk, member_id: str, *devices: DeviceKey) -> None:
    """The member's phones as the roster brings them (sync's apply_roster, the same path)."""
    member = next(m for m in kiosk.members.roster() if m.id == member_id)
    SqlSyncStore(kiosk.engine, b"k" * 32).apply_roster([member], [], [], [], "c", False, True,
                                                       social={member_id: SocialEntry(None, devices)})


def events(kiosk: app.Kiosk) -> list[Event]:
    with kiosk.store.reading() as tx:
        return tx.events()


@pytest.fixture
def anna(kiosk: app.Kiosk) -> IssuedCard:
    return kiosk.members.add(NewMember(name="Anna Holm"))


@pytest.mark.parametrize("algorithm", list(Algorithm))
def test_a_phone_pass_checks_in_once_and_the_same_qr_never_makes_a_second_event(
        kiosk: app.Kiosk, clock: FakeClock, anna: IssuedCard, algorithm: Algorithm) -> None:
    phone = Phone(algorithm, anna.member.id)
    with_phones(kiosk, anna.member.id, phone.device())
    qr = phone.show(clock.now())
    first = kiosk.checkin.check_in_code(qr)
    assert (first.outcome, first.first_name, first.member_id) == (Outcome.CHECKED_IN, "Anna", anna.member.id)
    [event] = events(kiosk)
    assert (event.kind.value, event.source, event.card_serial, event.member_id) == (
        "check_in", "phone", None, anna.member.id)
    for seconds in (5, 20, 30):  # the phone still shows the same QR: the same answer, no event
        clock.advance(seconds=seconds)
        again = kiosk.checkin.check_in_code(qr)
        assert (again.outcome, again.first_name) == (Outcome.CHECKED_IN, "Anna")
        assert again.event_id is None
    assert len(events(kiosk)) == 1
    clock.advance(seconds=10)  # a minute after the first showing: expired, and still no event
    late = kiosk.checkin.check_in_code(qr)
    assert (late.outcome, late.refusal) == (Outcome.REFUSED, Refusal.PASS_EXPIRED)
    assert len(events(kiosk)) == 1 and kiosk.presence.count_in_now() == 1  # never checked out by it
    # The phone's next QR is a new scan: the door's own rule (past the guard: checking out).
    out = kiosk.checkin.check_in_code(phone.show(clock.now()))
    assert out.outcome is Outcome.CHECKED_OUT and len(events(kiosk)) == 2


def test_a_screenshot_shown_a_minute_later_is_refused_as_expired(kiosk: app.Kiosk, clock: FakeClock,
                                                                 anna: IssuedCard) -> None:
    phone = Phone(Algorithm.ECDSA_P256, anna.member.id)
    with_phones(kiosk, anna.member.id, phone.device())
    screenshot = phone.show(clock.now())
    clock.advance(minutes=1)
    refused = kiosk.checkin.check_in_code(screenshot)
    assert (refused.outcome, refused.refusal) == (Outcome.REFUSED, Refusal.PASS_EXPIRED)
    [event] = events(kiosk)
    assert (event.kind.value, event.reason, event.member_id) == ("refused", "pass_expired", anna.member.id)
    assert kiosk.checkin.check_in_code(screenshot).refusal is Refusal.PASS_EXPIRED
    assert len(events(kiosk)) == 1  # shown again: the same refusal, not another event
    clock.advance(days=1)  # and the next day, of course
    assert kiosk.checkin.check_in_code(phone.show(clock.now() - timedelta(days=1))).refusal is Refusal.PASS_EXPIRED


def test_refusals_say_why(kiosk: app.Kiosk, clock: FakeClock, anna: IssuedCard) -> None:
    phone, revoked, stranger = (Phone(Algorithm.ECDSA_P256, anna.member.id), Phone(Algorithm.ED25519, anna.member.id),
                                Phone(Algorithm.ECDSA_P256, anna.member.id))
    with_phones(kiosk, anna.member.id, phone.device(), revoked.device(revoked=True))
    now = clock.now()
    assert kiosk.checkin.check_in_code(revoked.show(now)).refusal is Refusal.PHONE_REVOKED
    assert kiosk.checkin.check_in_code(stranger.show(now)).refusal is Refusal.PHONE_UNKNOWN
    forged = encode_pass(anna.member.id, phone.key_id, step_at(now), bytes(64))
    assert kiosk.checkin.check_in_code(forged).refusal is Refusal.PASS_FORGED
    # Another member's phone cannot vouch for Anna.
    other = kiosk.members.add(NewMember(name="Lars Bak"))
    lars_phone = Phone(Algorithm.ED25519, other.member.id)
    with_phones(kiosk, other.member.id, lars_phone.device())
    assert kiosk.checkin.check_in_code(lars_phone.show(now, member_id=anna.member.id)).refusal is Refusal.PHONE_UNKNOWN
    assert kiosk.checkin.check_in_code("KP1:AAAA").refusal is Refusal.MALFORMED
    assert [e.reason for e in events(kiosk)] == ["device_revoked", "phone_unknown", "pass_forged", "phone_unknown",
                                                 "malformed"]
    assert kiosk.presence.count_in_now() == 0


def test_a_phone_revoked_with_the_next_pull_stops_at_the_door(kiosk: app.Kiosk, clock: FakeClock,
                                                             anna: IssuedCard) -> None:
    phone = Phone(Algorithm.ECDSA_P256, anna.member.id)
    with_phones(kiosk, anna.member.id, phone.device())
    assert kiosk.checkin.check_in_code(phone.show(clock.now())).outcome is Outcome.CHECKED_IN
    with_phones(kiosk, anna.member.id, phone.device(revoked=True))
    clock.advance(minutes=5)
    assert kiosk.checkin.check_in_code(phone.show(clock.now())).refusal is Refusal.PHONE_REVOKED


def test_the_phone_works_while_the_lost_card_is_revoked_and_the_door_s_rules_still_apply(
        kiosk: app.Kiosk, clock: FakeClock, anna: IssuedCard) -> None:
    phone = Phone(Algorithm.ED25519, anna.member.id)
    with_phones(kiosk, anna.member.id, phone.device())
    with kiosk.store.transaction() as tx:
        tx.revoke_cards(anna.member.id)
    assert kiosk.checkin.check_in_code(anna.code).refusal is Refusal.REVOKED
    clock.advance(minutes=2)
    assert kiosk.checkin.check_in_code(phone.show(clock.now())).outcome is Outcome.CHECKED_IN
    clips = kiosk.members.add(NewMember(name="Clara Clips", plan="clipcard", clips=1))
    clara = Phone(Algorithm.ECDSA_P256, clips.member.id)
    with_phones(kiosk, clips.member.id, clara.device())
    spent = kiosk.checkin.check_in_code(clara.show(clock.now()))
    assert (spent.outcome, spent.clips_left) == (Outcome.CHECKED_IN, 0)
    clock.advance(days=1)
    assert kiosk.checkin.check_in_code(clara.show(clock.now())).refusal is Refusal.NO_CLIPS


# --- any sequence of showings: at most one event per (phone, step) ------------------------------
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ALGORITHMS = [Algorithm.ECDSA_P256, Algorithm.ED25519, Algorithm.ECDSA_P256]  # Anna's two phones, Lars's one
showing = st.tuples(st.integers(0, len(ALGORITHMS) - 1), st.integers(-3, 3), st.integers(0, 100))


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(showing, min_size=1, max_size=25), st.booleans())
def test_any_sequence_of_passes_makes_at_most_one_event_per_phone_and_step(
        showings: list[tuple[int, int, int]], second_revoked: bool) -> None:
    clock = FakeClock(START)
    with tempfile.TemporaryDirectory() as folder:
        kiosk = build_kiosk(Path(folder) / "data", clock=clock)
        try:
            anna, lars = kiosk.members.add_many([NewMember(name="Anna"), NewMember(name="Lars")])
            phones = [Phone(a, anna.member.id if i < 2 else lars.member.id) for i, a in enumerate(ALGORITHMS)]
            with_phones(kiosk, anna.member.id, phones[0].device(), phones[1].device(revoked=second_revoked))
            with_phones(kiosk, lars.member.id, phones[2].device())
            seen: set[tuple[str, int]] = set()
            state_changes: dict[tuple[str, int], int] = {}
            for which, offset, wait in showings:
                clock.advance(seconds=wait)
                phone = phones[which]
                step = step_at(clock.now()) + offset
                qr = show_at_step(phone, step)
                before = len(events(kiosk))
                result = kiosk.checkin.check_in_code(qr)
                made = len(events(kiosk)) - before
                key = (phone.key_id, step)
                assert made <= 1
                if key in seen:
                    assert made == 0, f"{key} shown again made an event"
                seen.add(key)
                if result.outcome in (Outcome.CHECKED_IN, Outcome.CHECKED_OUT):
                    state_changes[key] = state_changes.get(key, 0) + made
                    assert state_changes[key] <= 1
            assert len(events(kiosk)) <= len(seen)
        finally:
            kiosk.close()


def show_at_step(phone: Phone, step: int) -> str:
    """The phone's QR for a given time step (a phone whose clock runs ahead or behind)."""
    return phone.show(datetime.fromtimestamp(step * 30, UTC))
