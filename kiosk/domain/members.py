"""Members and their plans."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from .problems import Code, Problem


class PlanKind(enum.StrEnum):
    MONTHLY = "monthly"  # open-ended or fixed-term (valid_from .. valid_until)
    CLIPCARD = "clipcard"  # N visits, one clip per day of presence
    DAYPASS = "daypass"  # valid on the day(s) between valid_from and valid_until


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class Role(enum.StrEnum):
    MEMBER = "member"
    HOST = "host"
    GUEST = "guest"  # registered at the door for a day; kept on this kiosk only, then deleted


@dataclass(frozen=True)
class Plan:
    kind: PlanKind
    valid_from: date | None = None
    valid_until: date | None = None  # inclusive, in the space's time zone
    clips_total: int = 0  # clip cards: all clips ever granted (purchases and top-ups)

    def not_yet_valid(self, today: date) -> bool:
        return self.valid_from is not None and today < self.valid_from

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and today > self.valid_until


def presence_costs_clip(plan: Plan) -> bool:
    """Whether a day of presence costs a clip on this plan: one clip per day of presence, at
    whichever door. The door charges by it (domain.checkin.decide) and the server derives a
    visit's clip by it, never from what an event claims (server/event_rules.py)."""
    return plan.kind is PlanKind.CLIPCARD


def clips_left(plan: Plan, clips_used: int) -> int | None:
    """A clip card's balance: every clip granted, less the days charged at any door (one clip a
    day, wherever it was spent), never below nothing; None for a plan without clips.

    The one rule for "clips left": the door's answer, the host view, `members list`, the members
    CSV and the server all ask it, so they cannot disagree."""
    if plan.kind is not PlanKind.CLIPCARD:
        return None
    return max(plan.clips_total - clips_used, 0)


@dataclass(frozen=True)
class Member:
    id: str  # opaque, carries no personal data; it is what a QR code names
    name: str
    plan: Plan
    email: str = ""
    status: MemberStatus = MemberStatus.ACTIVE
    role: Role = Role.MEMBER
    demo: bool = False  # created by the demo seed, never a real person
    # The language the holder chose (a guest at registration, a member when known): their card
    # or pass is answered in it; None: the door's.
    language: str | None = None

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(frozen=True)
class Card:
    member_id: str
    serial: int
    short_code_hash: str  # HMAC of the short code under this kiosk's key (codes.short_code_hash)
    revoked: bool = False
    issuer: str | None = None  # key id that signed it, or domain.trust.SERVER


NAME_MAX = 120
EMAIL_MAX = 254
MAX_CLIPS = 100_000  # fits every database's INTEGER with room for top-ups


class InvalidMember(Problem, ValueError):
    """A member's data breaks a rule; the code says which."""


def validate_member_fields(name: str, email: str, plan: Plan) -> None:
    if not name.strip():
        raise InvalidMember("name is empty", Code.NAME_EMPTY)
    if len(name) > NAME_MAX:
        raise InvalidMember(f"name is longer than {NAME_MAX} characters", Code.NAME_TOO_LONG, limit=NAME_MAX)
    if len(email) > EMAIL_MAX:
        raise InvalidMember(f"e-mail is longer than {EMAIL_MAX} characters", Code.EMAIL_TOO_LONG,
                            limit=EMAIL_MAX)
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise InvalidMember(f"e-mail {email!r} is not an address", Code.EMAIL_INVALID, email=email)
    if plan.clips_total < 0:
        raise InvalidMember("clips cannot be negative", Code.CLIPS_NEGATIVE)
    if plan.clips_total > MAX_CLIPS:
        raise InvalidMember(f"a clip card holds at most {MAX_CLIPS} clips", Code.CLIPS_TOO_MANY, limit=MAX_CLIPS)
    if plan.kind is PlanKind.CLIPCARD and plan.clips_total == 0:
        raise InvalidMember("a clip card needs at least one clip (--clips N)", Code.CLIPCARD_NEEDS_CLIPS)
    if plan.kind is not PlanKind.CLIPCARD and plan.clips_total:
        raise InvalidMember("only a clip card plan has clips", Code.CLIPS_ONLY_ON_CLIPCARD)
    if plan.valid_from and plan.valid_until and plan.valid_until < plan.valid_from:
        raise InvalidMember("valid_until is before valid_from", Code.VALID_UNTIL_BEFORE_FROM)
