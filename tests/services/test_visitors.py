"""A partner space's member at a door with a lock (issue 22): the lock opens for them only inside
the agreement's hours and the door's, as for a member with a card; a visitor who stepped out is
let back in and asked In / Out, never checked out by the door. Real SQLite file, a fake Shelly
on loopback (the hardware boundary), the partners as a roster pull leaves them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk import app
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.codes import issue_code, key_id_of
from kiosk.domain.partners import Terms, pseudonym
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.protocol import partners as wire_p
from kiosk.services.visitors import PARTNERS_SETTING
from tests.lock.fake_devices import FakeShelly

HOME_KEY = Ed25519PrivateKey.generate()
PSEUDONYM_KEY = bytes(range(32))
ANNA = "a1b2c3d4e5f60718"
TERMS = Terms(plans=("monthly",), days_per_month=5, weekdays=(0, 1, 2, 3, 4), opens=time(8), closes=time(18),
              names_shown=True, starts=date(2026, 1, 1))


def partners_json() -> str:
    space = wire_p.PartnerSpace(
        partnership_id=str(uuid.uuid4()), name="Klitmøller", terms=wire_p.WireTerms.of(TERMS),
        pseudonym_key=PSEUDONYM_KEY.hex(),
        keys=[wire_p.PartnerKey(key_id=key_id_of(HOME_KEY.public_key()), public_key=wire_p.public_hex(HOME_KEY))],
        members=[wire_p.EligibleMember(p=pseudonym(PSEUDONYM_KEY, ANNA), serials=[1], first_name="Anna")])
    return json.dumps([space.model_dump(mode="json")])


@pytest.fixture
def door(kiosk: app.Kiosk) -> Iterator[FakeShelly]:
    shelly = FakeShelly("s3cret").start()
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3))
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(),
                                                          "opening_hours": "mon-sat 07:00-22:00"}))
    with kiosk.store.transaction() as tx:
        tx.set_setting(PARTNERS_SETTING, partners_json())
    yield shelly
    shelly.stop()


CARD = issue_code(HOME_KEY, ANNA, 1)
MONDAY_10 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen


def test_the_lock_opens_for_a_visitor_inside_the_agreed_hours(kiosk, clock, door) -> None:
    clock.set(MONDAY_10)
    came = kiosk.checkin.check_in_code(CARD)
    assert came.outcome is Outcome.CHECKED_IN and came.door is not None and came.door.opens
    assert kiosk.door.open(came.member_id, came.door).door == "opened"
    assert [s.on for s in door.switchings] == [True]


def test_a_visitor_who_stepped_out_is_let_back_in_and_asked_in_or_out(kiosk, clock, door) -> None:
    clock.set(MONDAY_10)
    came = kiosk.checkin.check_in_code(CARD)
    clock.advance(minutes=30)
    back = kiosk.checkin.check_in_code(CARD)
    assert back.door is not None and back.door.opens and back.door.ask_in_or_out
    assert back.outcome is Outcome.REPEAT and back.shown_as is Outcome.CHECKED_IN  # not checked out
    assert kiosk.presence.on().in_now[0].name == "Anna (Klitmøller)"
    out = kiosk.checkin.check_out_at_door(came.member_id or "")
    assert out.outcome is Outcome.CHECKED_OUT and kiosk.presence.on().in_now == []


@pytest.mark.parametrize(("at", "why"), [
    (datetime(2026, 3, 2, 18, 30, tzinfo=UTC), "partner_outside_hours"),  # 19:30: the door is open, the terms not
    (datetime(2026, 3, 7, 9, 0, tzinfo=UTC), "partner_outside_hours"),  # a Saturday
    (datetime(2026, 3, 2, 5, 30, tzinfo=UTC) + timedelta(days=1), "partner_outside_hours"),
])
def test_outside_the_agreed_hours_the_lock_stays_shut(kiosk, clock, door, at, why) -> None:
    clock.set(at)
    refused = kiosk.checkin.check_in_code(CARD)
    assert refused.refusal is Refusal.PARTNER and refused.visitor is not None and refused.visitor.refusal == why
    assert kiosk.door.open(refused.member_id, refused.door).door == "not_opened"
    assert door.switchings == []


def test_inside_the_agreed_hours_but_outside_the_doors_the_lock_stays_shut(kiosk, clock, door) -> None:
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(),
                                                          "opening_hours": "mon-fri 12:00-22:00"}))
    clock.set(MONDAY_10)
    refused = kiosk.checkin.check_in_code(CARD)
    assert refused.visitor is not None and refused.visitor.refusal == "partner_door_closed"
    assert door.switchings == []


def test_a_host_who_wants_more_than_a_card_keeps_the_visitors_card_out_too(kiosk, clock, door) -> None:
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(),
                                                          "cards_open_inside_hours": "false"}))
    clock.set(MONDAY_10)
    refused = kiosk.checkin.check_in_code(CARD)
    assert refused.refusal is Refusal.DOOR_CLOSED and refused.door is not None
    assert refused.door.refusal is not None and refused.door.refusal.value == "card_needs_pin"
    assert kiosk.presence.on().in_now == []
