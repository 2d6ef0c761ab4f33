"""Guests at the door: the texts they accept, the members they may visit, their registration."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.errors import InvalidInput
from kiosk.domain.codes import issue_code, key_id_of, new_member_id, short_code_for
from kiosk.domain.guests import (
    SEARCH_LIMIT,
    SEARCH_MIN,
    GuestDetails,
    GuestForm,
    GuestProblem,
    InvalidGuest,
    Payment,
    VisitorType,
    fold_query,
    name_matches,
    validate_guest,
)
from kiosk.domain.members import Card, Member, MemberStatus, Plan, PlanKind, Role
from kiosk.domain.policies import DEFAULT_TEXTS, InvalidPolicyText, Policy, PolicyKind, validate_texts
from kiosk.domain.problems import Code

from .checkin import CheckInService, ScanResult
from .live_settings import LiveSettings
from .ports import Clock, GuestRecordsTx, GuestTx, Store, new_uuid

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DayPass:
    member_id: str
    name: str
    code: str  # the text inside the day pass QR: a member code signed by this kiosk
    short_code: str
    valid_on: date
    checked_in: ScanResult


@dataclass(frozen=True)
class HostChoice:
    member_id: str
    name: str


class GuestService:
    def __init__(self, store: Store[GuestTx], clock: Clock, random_bytes: Callable[[int], bytes],
                 signing_key: Ed25519PrivateKey, checkin: CheckInService, settings: LiveSettings) -> None:
        self._store, self._clock, self._random = store, clock, random_bytes
        self._key, self._checkin, self._settings = signing_key, checkin, settings

    def visitor_types(self) -> tuple[VisitorType, ...]:
        return self._settings.current().guest_types()

    def closing_today(self) -> str:
        """When the space closes today ("17:00"): a day pass made now is valid until then."""
        settings = self._settings.current()
        return settings.closing_time_on(settings.local_day(self._clock.now()))

    # --- texts the guest accepts --------------------------------------------------------------
    def policies(self) -> dict[PolicyKind, Policy]:
        """The current house rules and privacy notice; the built-in texts become version 1."""
        with self._store.transaction() as tx:
            return {kind: self._current(tx, kind) for kind in PolicyKind}

    def set_policy(self, kind: PolicyKind, texts: dict[str, str]) -> Policy:
        """A host changed a text: it becomes a new version; older consents keep pointing at theirs."""
        try:
            cleaned = validate_texts(texts)
        except InvalidPolicyText as exc:
            raise InvalidInput(str(exc), exc.code, **exc.params) from None
        with self._store.transaction() as tx:
            current = self._current(tx, kind)
            if cleaned == current.texts:
                return current
            version = tx.add_policy_version(kind, cleaned, self._clock.now())
        log.info("new %s version %d", kind.value, version, extra={"event": "policy", "kind": kind.value})
        return Policy(kind, version, cleaned)

    def _current(self, tx: GuestRecordsTx, kind: PolicyKind) -> Policy:
        policy = tx.policy(kind)
        if policy is None:
            tx.add_policy_version(kind, DEFAULT_TEXTS[kind], self._clock.now())
            policy = tx.policy(kind)
            assert policy is not None
        return policy

    # --- whom they visit ------------------------------------------------------------------
    def find_hosts(self, query: str) -> list[HostChoice]:
        """Members matching at least three typed letters, a few at most: never a list to browse."""
        query = " ".join(query.split())
        if len(query.replace(" ", "")) < SEARCH_MIN:
            return []
        wanted = fold_query(query)
        with self._store.reading() as tx:
            people = tx.member_names()
        hits = [(member_id, name) for member_id, name, role, status in people
                if role is not Role.GUEST and status is MemberStatus.ACTIVE and name_matches(name, wanted)]
        hits.sort(key=lambda hit: hit[1].casefold())
        return [HostChoice(member_id, name) for member_id, name in hits[:SEARCH_LIMIT]]

    # --- registration -----------------------------------------------------------------------
    def register(self, form: GuestForm) -> DayPass:
        """Store the guest, their consents and declared payment, issue today's pass and check
        them in, all in one transaction: nothing is kept unless all of it is."""
        settings = self._settings.current()  # one snapshot: the types, the day and the check-in agree
        types, rules = settings.guest_types(), settings.rules()
        now = self._clock.now()
        today = rules.local_day(now)
        with self._store.transaction() as tx:
            policies = {kind.value: self._current(tx, kind).version for kind in PolicyKind}
            try:
                clean = validate_guest(form, types, policies)
            except InvalidGuest as exc:  # the flow checked each field: only a text changed meanwhile is left
                changed = exc.problem is GuestProblem.NOT_ACCEPTED
                raise InvalidInput(str(exc), Code.GUEST_TEXT_CHANGED if changed else Code.INVALID_INPUT) from None
            if clean.host_member_id is not None:
                host = tx.member(clean.host_member_id)
                if host is None or host.role is Role.GUEST:
                    raise InvalidInput("the member you visit is not on the roster", Code.MEMBER_NOT_FOUND,
                                       member_id=clean.host_member_id)
            vtype = next(t for t in types if t.key == clean.visitor_type)
            member = Member(id=new_member_id(self._random(8)), name=clean.name, email=clean.email,
                            role=Role.GUEST, language=clean.language,  # their pass answers in it
                            plan=Plan(kind=PlanKind.DAYPASS, valid_from=today, valid_until=today))
            tx.add_member(member, created_at=now)
            code = issue_code(self._key, member.id, 1)
            short = short_code_for(code)
            tx.add_card(Card(member_id=member.id, serial=1, short_code_hash=tx.hash_short_code(short),
                             issuer=key_id_of(self._key.public_key())), issued_at=now)
            tx.add_guest_details(GuestDetails(
                member_id=member.id, visitor_type=vtype.key, language=clean.language, registered_at=now,
                company=clean.company, host_member_id=clean.host_member_id,
                payment_method=clean.payment_method, price_ore=vtype.price_ore))
            for kind, version in sorted(policies.items()):
                tx.add_consent(member.id, kind, version, now)
            if vtype.price_ore and clean.payment_method:
                tx.add_payment(Payment(id=new_uuid(self._random),
                                       member_id=member.id, kind="daypass", amount_ore=vtype.price_ore,
                                       method=clean.payment_method, at=now))
            # The member they visit hears of the arrival through the server (with the name if agreed).
            arrival = ((clean.host_member_id, clean.name if clean.share_name_with_host else None)
                       if clean.host_member_id else None)
            result = self._checkin.check_in_within(tx, rules, member.id, 1, source="guest", now=now,
                                                   arrival=arrival)
        log.info("guest registered", extra={"event": "guest", "member_id": member.id, "type": vtype.key})
        return DayPass(member_id=member.id, name=member.name, code=code, short_code=short, valid_on=today,
                       checked_in=result)
