"""A phone pass against two real doors and the real server (SQLite and PostgreSQL): one QR
relayed to a second door inside its window, and a phone revoked on the server while a door has
not pulled yet. What holds, and the limit docs/security.md names."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.phone_pass import Algorithm
from kiosk.server.models import ServerEventRow
from kiosk.server.social import Social
from tests.conftest import build_kiosk
from tests.domain.test_phone_pass import Phone


def _door(tmp_path, name, server) -> app.Kiosk:
    kiosk = build_kiosk(tmp_path / name)  # the real clock: a pass is judged against it
    server.enroll(kiosk, name)
    return kiosk


def _check_ins(server, member_id: str) -> list[str]:
    with Session(server.store.engine) as s:
        return list(s.scalars(select(ServerEventRow.kiosk_id).where(ServerEventRow.member_id == member_id,
                                                                    ServerEventRow.kind == "check_in")))


def test_a_pass_relayed_to_a_second_door_and_a_revoked_phone(server, tmp_path):
    (anna,) = server.store.add_members([{"name": "Anna Holm"}])
    phone = Phone(Algorithm.ECDSA_P256, anna.member.id)
    social = Social(server.store.engine, server.store.tz)
    social.register_device(anna.member.id, "ecdsa-p256", base64.b64encode(phone.spki).decode())
    front, back = _door(tmp_path, "front", server), _door(tmp_path, "back", server)
    try:
        qr = phone.show(datetime.now(UTC))
        assert front.checkin.check_in_code(qr).outcome is Outcome.CHECKED_IN
        assert front.checkin.check_in_code(qr).event_id is None  # the same door: no second event
        relayed = back.checkin.check_in_code(qr)  # a copy at the other door, inside the 90 s
        assert relayed.outcome is Outcome.CHECKED_IN  # the known limit: a bearer token for 90 s
        front.sync.run_once()
        back.sync.run_once()
        assert len(set(_check_ins(server, anna.member.id))) == 2  # one per door, never more
        assert len(_check_ins(server, anna.member.id)) == 2

        # Revoked on the server: a door that has pulled refuses the next pass at once ...
        social.revoke_device(phone.key_id, anna.member.id)
        front.sync.run_once()
        nxt = phone.show(datetime.now(UTC) + timedelta(seconds=30))  # the phone's next QR (inside the drift)
        refused = front.checkin.check_in_code(nxt)
        assert (refused.outcome, refused.refusal) == (Outcome.REFUSED, Refusal.PHONE_REVOKED)
        # ... and a pass it accepted before the revocation is not made good again by showing it.
        assert front.checkin.check_in_code(qr).event_id is None
        # The other door refuses too after its next pull.
        back.sync.run_once()
        assert back.checkin.check_in_code(nxt).refusal is Refusal.PHONE_REVOKED
        front.sync.run_once()
        back.sync.run_once()
        assert len(_check_ins(server, anna.member.id)) == 2
    finally:
        front.close()
        back.close()
