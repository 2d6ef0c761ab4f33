"""The social door's part of a door transaction: visibility choices, phone keys, phone passes seen.

A mixin of store.door_store.SqlDoorTx (one session, plain domain objects out)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.members import Role
from kiosk.domain.phone_pass import Algorithm, DeviceKey, PassAnswer
from kiosk.domain.social import Person, Visibility, latest

from .models import DeviceKeyRow, MemberRow, PhonePassUseRow, VisibilityRow


def _visibility(row: VisibilityRow) -> Visibility:
    return Visibility(row.member_id, row.visible, tuple(json.loads(row.tags)), row.version, row.decided_at,
                      row.source)


def write_visibility(s: Session, choice: Visibility) -> Visibility:
    """Keep the newer of the stored choice and this one (domain.social.latest); the one kept."""
    row = s.get(VisibilityRow, choice.member_id)
    kept = latest(_visibility(row) if row else None, choice)
    assert kept is not None
    if row is None:
        row = VisibilityRow(member_id=choice.member_id)
        s.add(row)
    row.visible, row.tags, row.version = kept.visible, json.dumps(list(kept.tags)), kept.version
    row.decided_at, row.source = kept.decided_at, kept.source
    return kept


def replace_devices(s: Session, member_id: str, devices: tuple[DeviceKey, ...]) -> None:
    """The member's phones as the server lists them now (revoked ones included)."""
    wanted = {d.key_id for d in devices}
    s.execute(delete(DeviceKeyRow).where(DeviceKeyRow.member_id == member_id, DeviceKeyRow.key_id.not_in(wanted)))
    for d in devices:
        s.merge(DeviceKeyRow(key_id=d.key_id, member_id=member_id, algorithm=d.algorithm.value,
                             spki=d.public_key_der, revoked=d.revoked))


class SocialTx:
    s: Session

    # --- visibility -----------------------------------------------------------------------------
    def visibility(self, member_id: str) -> Visibility | None:
        row = self.s.get(VisibilityRow, member_id)
        return _visibility(row) if row else None

    def visibilities(self, member_ids: list[str]) -> dict[str, Visibility]:
        rows = self.s.scalars(select(VisibilityRow).where(VisibilityRow.member_id.in_(member_ids)))
        return {r.member_id: _visibility(r) for r in rows}

    def set_visibility(self, choice: Visibility) -> Visibility:
        return write_visibility(self.s, choice)

    def people_in(self, member_ids: list[str]) -> list[Person]:
        rows = self.s.execute(select(MemberRow.id, MemberRow.name, MemberRow.role)
                              .where(MemberRow.id.in_(member_ids))).all()
        return [Person(r[0], r[1], r[2] == Role.GUEST.value) for r in rows]

    # --- phones ---------------------------------------------------------------------------------
    def device_keys(self, key_ids: list[str] | None = None) -> dict[str, DeviceKey]:
        """Phones' keys by key id: these (a door looks up the one a pass names), or all."""
        query = select(DeviceKeyRow) if key_ids is None else select(DeviceKeyRow).where(
            DeviceKeyRow.key_id.in_(key_ids))
        return {r.key_id: DeviceKey(r.key_id, r.member_id, Algorithm(r.algorithm), r.spki, r.revoked)
                for r in self.s.scalars(query)}

    def pass_answer(self, key_id: str, step: int) -> PassAnswer | None:
        row = self.s.get(PhonePassUseRow, (key_id, step))
        if row is None:
            return None
        return PassAnswer(row.member_id, Outcome(row.outcome), Refusal(row.refusal) if row.refusal else None,
                          Outcome(row.repeated) if row.repeated else None, row.seen_at)

    def add_pass_answer(self, key_id: str, step: int, answer: PassAnswer) -> None:
        self.s.add(PhonePassUseRow(key_id=key_id, step=step, member_id=answer.member_id, seen_at=answer.seen_at,
                                   outcome=answer.outcome.value,
                                   refusal=answer.refusal.value if answer.refusal else None,
                                   repeated=answer.repeated.value if answer.repeated else None))
        self.s.flush()

    def prune_pass_answers(self, before: datetime) -> None:
        self.s.execute(delete(PhonePassUseRow).where(PhonePassUseRow.seen_at < before))
