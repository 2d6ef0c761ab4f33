"""The member's language (issue 24) is an optional field of the roster's member record: a kiosk
older than it (which does not keep it) computes the same roster checksum as the server."""

from __future__ import annotations

import hashlib
from datetime import date

from pydantic import BaseModel

from kiosk.protocol import wire


class OlderRosterMember(BaseModel):
    """RosterMember as kiosks before issue 24 have it: no language."""

    id: str
    name: str
    email: str = ""
    plan_kind: str
    valid_from: date | None = None
    valid_until: date | None = None
    clips_total: int = 0
    status: str = "active"
    role: str = "member"


def older_checksum(members: list[OlderRosterMember], cards: list[wire.RosterCard]) -> str:
    rows = sorted(m.model_dump_json() for m in members) + sorted(c.checksum_row() for c in cards)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def test_a_members_language_does_not_change_the_checksum_an_older_kiosk_computes() -> None:
    german = wire.RosterMember(id="a1b2c3d4e5f60718", name="Katharina Müller", plan_kind="monthly", language="de")
    plain = wire.RosterMember(id="b1b2c3d4e5f60718", name="Mette Jensen", plan_kind="clipcard", clips_total=10)
    card = wire.RosterCard(member_id=german.id, serial=1, short_code_hash="ab" * 32)
    sent = wire.PullResponse.model_validate_json(wire.PullResponse(
        changes=[], cursor="x:1", more=False, reset=False, checksum=wire.roster_checksum([german, plain], [card]),
        server_time="2026-12-07T12:00:00Z").model_dump_json())
    older = [OlderRosterMember.model_validate(m.model_dump(mode="json")) for m in (german, plain)]  # drops it
    assert sent.checksum == older_checksum(older, [card])
    # A newer kiosk keeping the language sums the same, whatever language it holds.
    assert wire.roster_checksum([german.model_copy(update={"language": None}), plain], [card]) == sent.checksum
