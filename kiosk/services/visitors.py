"""A member of a partner space at this door, offline (issue 22).

Their own card, signed by their home server's key (which came with this door's roster pull, in
`partners`), is verified here; the card's member id becomes the pseudonym their home server gave
this partnership, found in the eligibility list; the agreement's hours, this door's opening
hours and the month's allowance decide (kiosk.domain.partners). An admitted visitor is kept like a
guest of this door (a roster entry with the role `guest`, named "Anna (Klitmøller)" or by the
home space alone), so they are in the roll call and the evacuation list, and their visit goes up
to this door's server under the visitor id like any guest's; the server counts it for settlement.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.domain.checkin import Decision, MemberState, Outcome, Refusal, decide, refuse
from kiosk.domain.codes import CodeRejected, signed_body, verify_typed
from kiosk.domain.door import DoorAnswer, Entrant
from kiosk.domain.members import Member, Plan, PlanKind, Role
from kiosk.domain.partners import VisitorRefusal, admit_visitor, pseudonym, visitor_id
from kiosk.domain.phone_pass import (
    MAX_PASS_LEN,
    Algorithm,
    DeviceKey,
    pass_key_id,
)
from kiosk.domain.visits import SpaceRules

from .live_settings import LiveSettings

if TYPE_CHECKING:
    from kiosk.protocol.partners import EligibleMember, PartnerSpace

log = logging.getLogger(__name__)
PARTNERS_SETTING = "sync_partners"  # written by the sync engine (sync_store PREFIX + "partners")
_SPACES: Any = None  # pydantic's reader of the partners, made with the first partners a pull brings


def _parse_spaces(raw: str) -> tuple[PartnerSpace, ...] | None:
    """The partners the last pull wrote, or None when they do not parse. pydantic and the partner
    schemas are imported here, not at the door's start (most doors have no partners)."""
    global _SPACES
    from pydantic import TypeAdapter, ValidationError

    from kiosk.protocol.partners import PartnerSpace

    if _SPACES is None:
        _SPACES = TypeAdapter(list[PartnerSpace])
    try:
        return tuple(_SPACES.validate_json(raw))
    except ValidationError:
        return None


@dataclass(frozen=True)
class VisitorInfo:
    """What the door says about a visiting member: where from, and the month's count."""

    home: str
    first_name: str | None = None
    day_number: int = 0
    allowance: int = 0
    month: int = 0
    refusal: str | None = None  # a kiosk.domain.partners.VisitorRefusal


class VisitorTx(Protocol):
    """The door's transaction as this use case needs it (a narrow port; store.door_store has it)."""

    def setting(self, key: str) -> str | None: ...
    def member_state(self, member_id: str, today: date) -> MemberState | None: ...
    def add_member(self, member: Member, created_at: datetime | None = None) -> None: ...
    def update_member(self, member: Member) -> None: ...
    def member_visit_days(self, member_id: str, since: date) -> set[date]: ...


@dataclass(frozen=True)
class Judged:
    """What the door decided for a visitor: the decision to commit, the visitor id, the card
    serial, what to say, the lock's answer, and the visitor's state it decided with (if any)."""

    decision: Decision
    member_id: str | None = None
    serial: int | None = None
    info: VisitorInfo = VisitorInfo(home="")
    door: DoorAnswer | None = None
    state: MemberState | None = None


@dataclass
class _Cache:
    """The partners as parsed once per pull: spaces, each one's members by pseudonym and keys by id."""

    raw: str | None = None
    spaces: tuple[PartnerSpace, ...] = ()
    members: dict[str, dict[str, EligibleMember]] = field(default_factory=dict)  # partnership -> pseudonym ->
    keys: dict[str, dict[str, Ed25519PublicKey]] = field(default_factory=dict)  # partnership -> key id ->
    key_owner: dict[str, PartnerSpace] = field(default_factory=dict)  # key id (live or revoked) -> space

    @classmethod
    def of(cls, raw: str | None, spaces: tuple[PartnerSpace, ...]) -> _Cache:
        owner = {k: sp for sp in reversed(spaces) for k in [*sp.revoked_keys, *(key.key_id for key in sp.keys)]}
        return cls(raw, spaces, {sp.partnership_id: {m.p: m for m in sp.members} for sp in spaces},
                   {sp.partnership_id: {k.key_id: Ed25519PublicKey.from_public_bytes(bytes.fromhex(k.public_key))
                                        for k in sp.keys} for sp in spaces}, owner)


class VisitorDoor:
    def __init__(self, settings: LiveSettings) -> None:
        self._settings = settings
        self._cache = _Cache()  # the partners' JSON parsed once per pull, not once per scan

    def spaces(self, tx: VisitorTx) -> tuple[PartnerSpace, ...]:
        raw = tx.setting(PARTNERS_SETTING)
        if raw != self._cache.raw:
            parsed = _parse_spaces(raw) if raw else ()
            if parsed is None:
                log.warning("the partners from the server do not parse", extra={"event": "partners_unreadable"})
            spaces = parsed or ()
            self._cache = _Cache.of(raw, spaces)
        return self._cache.spaces

    def space_of_key(self, tx: VisitorTx, key_id: str | None) -> PartnerSpace | None:
        if not key_id:
            return None
        self.spaces(tx)
        return self._cache.key_owner.get(key_id)

    def judge(self, tx: VisitorTx, space: PartnerSpace, text: str, key_id: str, now: datetime, rules: SpaceRules,
              new_visit_id: str, door_answer: Callable[[Entrant], DoorAnswer] | None) -> Judged:
        """(the decision to commit, the visitor id, the card serial, what to say, the door's answer)."""
        info = VisitorInfo(home=space.name)
        if key_id in space.revoked_keys:
            return self._refused(info, VisitorRefusal.KEY_REVOKED)
        try:
            code = verify_typed(text, self._cache.keys.get(space.partnership_id, {}))
        except CodeRejected as rejected:
            return Judged(refuse(Refusal(rejected.problem.value)), info=info)
        return self.judge_shown(tx, space, info, code.member_id, code.serial, now, rules, new_visit_id, door_answer)

    def space_of_phone(self, tx: VisitorTx, text: str) -> tuple[PartnerSpace, DeviceKey] | None:
        """The partner space whose eligible member registered the phone a pass names, and that
        phone's key (bound to the member id the pass names only if that member's pseudonym owns it)."""
        key_id, member_id = pass_key_id(text), _pass_member(text)
        if key_id is None or member_id is None:
            return None
        for space in self.spaces(tx):
            alias = pseudonym(bytes.fromhex(space.pseudonym_key), member_id)
            entry = self._cache.members.get(space.partnership_id, {}).get(alias)
            device = next((d for d in entry.devices if d.key_id == key_id), None) if entry else None
            if device is not None:
                return space, DeviceKey(key_id, member_id, Algorithm(device.algorithm), base64.b64decode(device.spki))
        return None

    def judge_shown(self, tx: VisitorTx, space: PartnerSpace, info: VisitorInfo, home_member_id: str,
                    serial: int | None, now: datetime, rules: SpaceRules, new_visit_id: str,
                    door_answer: Callable[[Entrant], DoorAnswer] | None) -> Judged:
        """A verified card (serial) or phone pass (None) of the home member `home_member_id`."""
        code = _Shown(home_member_id, serial)
        alias = pseudonym(bytes.fromhex(space.pseudonym_key), code.member_id)
        member_id = visitor_id(space.partnership_id, alias)
        entry = self._cache.members.get(space.partnership_id, {}).get(alias)
        first = entry.first_name if entry is not None else None
        info = replace(info, first_name=first)
        today = rules.local_day(now)
        state = tx.member_state(member_id, today)
        if state is not None:  # been here before: a check-out, or a scan again inside the guard
            inside = any(v.day >= today for v in state.open_visits)
            last = state.last_answer
            if inside or (last and abs((now - last.at).total_seconds()) < rules.guard_seconds):
                decision = decide(state, None, now, rules, new_visit_id)
                # with a lock, an open visit opens the door and asks In / Out, as for a member
                door = door_answer(Entrant(accepted=True, visit_open=inside)) if door_answer and inside else None
                return Judged(decision, member_id, code.serial, info, door, state)
        since = today.replace(day=1)
        used = tx.member_visit_days(member_id, since) | set(space.days_used.get(member_id, []))
        local = now.astimezone(rules.tz)
        door_open = self._settings.current().door_policy().hours.is_open(local)
        answer = admit_visitor(space.terms.to_terms(), entry.to_eligible() if entry else None, code.serial,
                               local, door_open, used)
        info = replace(info, day_number=answer.day_number, allowance=answer.allowance,
                       month=answer.month or today.month)
        if not answer.admitted:
            assert answer.refusal is not None
            log.info("partner visitor refused", extra={"event": "visitor_refused", "reason": answer.refusal.value,
                                                       "partnership": space.partnership_id})
            refused = self._refused(info, answer.refusal)
            return Judged(refused.decision, member_id, code.serial, refused.info, None, state)
        door = None
        if door_answer is not None:  # a lock is set: it opens for a visitor only as for a member, inside hours
            door = door_answer(Entrant(accepted=True, visit_open=False))
            if not door.opens:
                return Judged(Decision(Outcome.REFUSED, refusal=Refusal.DOOR_CLOSED), member_id, code.serial, info,
                              door, state)
        name = f"{first} ({space.name})" if first else space.name
        member = Member(id=member_id, name=name[:120], role=Role.GUEST,
                        plan=Plan(kind=PlanKind.DAYPASS, valid_from=today, valid_until=today))
        if state is None:
            tx.add_member(member, created_at=now)
            state = MemberState(member=member, cards=[], open_visits=[], visits_today=[], clips_used=0,
                                last_answer=None)
        else:
            tx.update_member(member)
            state = replace(state, member=member)
        return Judged(decide(state, None, now, rules, new_visit_id), member_id, code.serial, info, door, state)

    @staticmethod
    def _refused(info: VisitorInfo, why: VisitorRefusal) -> Judged:
        return Judged(refuse(Refusal.PARTNER), info=replace(info, refusal=why.value))


@dataclass(frozen=True)
class _Shown:
    member_id: str  # the home space's member id, as the verified card or pass says
    serial: int | None


def _pass_member(text: str) -> str | None:
    """The member id a pass names (unverified: only to find its phone's key)."""
    try:
        payload, _ = signed_body(text, "KP", 1, 17, MAX_PASS_LEN, "phone pass")
    except CodeRejected:
        return None
    return payload[1:9].hex()
