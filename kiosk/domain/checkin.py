"""The door's rule: what a scan of a member code does, given what we know and the time."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from .codes import CodeProblem
from .members import Card, Member, MemberStatus, Plan, PlanKind, presence_costs_clip
from .members import clips_left as plan_clips_left
from .visits import CheckoutKind, SpaceRules, Visit, auto_close


class Outcome(enum.StrEnum):
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    REPEAT = "repeat"  # inside the guard window: nothing changes, the last answer is shown again
    REFUSED = "refused"


class Refusal(enum.StrEnum):
    NOT_OURS = CodeProblem.NOT_OURS.value
    MALFORMED = CodeProblem.MALFORMED.value
    FOREIGN = CodeProblem.FOREIGN.value
    FORGED = CodeProblem.FORGED.value
    UNKNOWN_MEMBER = "unknown_member"
    REVOKED = "revoked"
    SUSPENDED = "suspended"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    NO_CLIPS = "no_clips"
    WRONG_ISSUER = "wrong_issuer"  # signed by a key that did not issue this card (domain.trust)
    KEY_REVOKED = "key_revoked"  # the key that issued this card was withdrawn
    # Phone passes (domain.phone_pass), each with its own words at the door:
    PASS_EXPIRED = "pass_expired"  # a time step too far from the door's clock: a screenshot
    PHONE_REVOKED = "device_revoked"  # the member turned this phone off on their page
    PHONE_UNKNOWN = "phone_unknown"  # a phone this space's roster does not list (yet: sync)
    PASS_FORGED = "pass_forged"  # a known phone's key id, but the signature does not match
    DOOR_CLOSED = "door_closed"  # with a lock: the door does not open for them now (domain.door says why)
    PARTNER = "partner"  # a partner space's member refused here (domain.partners.VisitorRefusal says why)


class Notice(enum.StrEnum):
    """What a welcome points out, because the member should act on it soon."""

    LOW_CLIPS = "low_clips"  # two clips or fewer left
    PLAN_ENDS_SOON = "plan_ends_soon"  # the plan's last day is within a week
    DAYPASS_TONIGHT = "daypass_tonight"  # a day pass that ends today


LOW_CLIPS_AT = 2
ENDS_SOON_DAYS = 7


def notices_for(plan: Plan, clips_left: int | None, today: date) -> tuple[Notice, ...]:
    found: list[Notice] = []
    if plan.kind is PlanKind.CLIPCARD and clips_left is not None and clips_left <= LOW_CLIPS_AT:
        found.append(Notice.LOW_CLIPS)
    if plan.valid_until is not None:
        if plan.kind is PlanKind.DAYPASS and plan.valid_until == today:
            found.append(Notice.DAYPASS_TONIGHT)
        elif 0 <= (plan.valid_until - today).days < ENDS_SOON_DAYS:
            found.append(Notice.PLAN_ENDS_SOON)
    return tuple(found)


@dataclass(frozen=True)
class LastAnswer:
    at: datetime
    outcome: Outcome  # CHECKED_IN or CHECKED_OUT


@dataclass(frozen=True)
class MemberState:
    """Everything the rule needs to know about one member at the moment of a scan."""

    member: Member
    cards: list[Card]
    open_visits: list[Visit]  # visits with no check-out, of any day
    visits_today: list[Visit]
    clips_used: int
    last_answer: LastAnswer | None


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    refusal: Refusal | None = None
    repeated: Outcome | None = None  # for REPEAT: the answer being repeated
    opened: Visit | None = None  # a new visit to store
    closed: list[Visit] = field(default_factory=list)  # visits to store as closed
    clips_left: int | None = None
    valid_until: date | None = None


def refuse(reason: Refusal) -> Decision:
    return Decision(Outcome.REFUSED, refusal=reason)


def decide(
    state: MemberState, serial: int | None, now: datetime, rules: SpaceRules, new_visit_id: str
) -> Decision:
    """serial: the card shown; None for a phone pass (its phone's own key vouched for it)."""
    member, plan = state.member, state.member.plan
    today = rules.local_day(now)
    if serial is not None:
        card = next((c for c in state.cards if c.serial == serial), None)
        if card is None or card.revoked:
            return refuse(Refusal.REVOKED)

    # Visits forgotten on earlier days are closed at that day's closing time, first of all,
    # so that yesterday's missing check-out never turns today's scan into a check-out.
    stale = [auto_close(v, rules) for v in state.open_visits if v.day < today]
    # Usually one; two when doors that could not reach the server both let the member in.
    open_today = [v for v in state.open_visits if v.day >= today]

    last = state.last_answer
    if last and abs((now - last.at).total_seconds()) < rules.guard_seconds:
        return Decision(Outcome.REPEAT, repeated=last.outcome, closed=stale,
                        clips_left=_clips_left(state), valid_until=plan.valid_until)

    if open_today:
        # Checking out is always allowed, even if the plan lapsed while they were inside; it
        # closes every open visit of today, whichever door opened it.
        return Decision(Outcome.CHECKED_OUT, closed=[*stale, *(v.closed(now, CheckoutKind.SCAN) for v in open_today)],
                        clips_left=_clips_left(state), valid_until=plan.valid_until)

    if member.status is MemberStatus.SUSPENDED:
        return _refused_after(stale, Refusal.SUSPENDED)
    if plan.not_yet_valid(today):
        return _refused_after(stale, Refusal.NOT_YET_VALID)
    if plan.expired(today):
        return _refused_after(stale, Refusal.EXPIRED)

    # One clip per day of presence: a visit today at another door counts as the day's clip.
    charge = presence_costs_clip(plan) and not any(
        v.clip_charged or v.origin for v in state.visits_today)
    clips_left = _clips_left(state)
    if charge:
        assert clips_left is not None
        if clips_left <= 0:
            return _refused_after(stale, Refusal.NO_CLIPS, clips_left=0)
        clips_left -= 1
    visit = Visit(id=new_visit_id, member_id=member.id, day=today, checked_in_at=now,
                  clip_charged=charge)
    return Decision(Outcome.CHECKED_IN, opened=visit, closed=stale, clips_left=clips_left,
                    valid_until=plan.valid_until)


def _clips_left(state: MemberState) -> int | None:
    return plan_clips_left(state.member.plan, state.clips_used)


def _refused_after(stale: list[Visit], reason: Refusal, clips_left: int | None = None) -> Decision:
    return Decision(Outcome.REFUSED, refusal=reason, closed=stale, clips_left=clips_left)
