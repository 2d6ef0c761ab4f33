"""A network of spaces: the rules of a partnership, worked out where the partner's door stands.

Two servers agree on terms (signed by both: kiosk.protocol.partners). The home space sends each
partner its eligible members as pseudonyms, `HMAC(key of that partnership, member id)`, so a
partner's list names nobody and two partners cannot join their lists. The door that reads a
visiting member's card computes the same pseudonym from the card's member id and finds the
entry. Pure: the time and everything known are passed in.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime, time

PSEUDONYM_TAG = b"door-kiosk/partner-pseudonym/v1\x00"
VISITOR_TAG = b"door-kiosk/partner-visitor/v1\x00"
MAX_DAYS_PER_MONTH = 31


def pseudonym(key: bytes, member_id: str) -> str:
    """A member as one partner knows them: 16 hex digits, different under each partnership's key."""
    return hmac.new(key, PSEUDONYM_TAG + member_id.encode("ascii"), hashlib.sha256).hexdigest()[:16]


def visitor_id(partnership_id: str, pseudonym_: str) -> str:
    """The id a visitor's visits have at the partner's doors and server (16 hex digits, as any
    member id). A hash of the pseudonym, so the home server cannot pick a pseudonym that lands on
    one of the partner's own members."""
    return hashlib.sha256(VISITOR_TAG + f"{partnership_id}\x00{pseudonym_}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Terms:
    """What two spaces agreed: whose members may come, how often, when; and whether a visitor's
    first name may be shown (still only when that member opted in)."""

    plans: tuple[str, ...]  # plan kinds that qualify (monthly, clipcard, daypass)
    days_per_month: int
    weekdays: tuple[int, ...]  # 0 = Monday
    opens: time
    closes: time
    names_shown: bool
    starts: date
    ends: date | None = None

    def problem(self) -> str | None:
        """A code for what is wrong with terms a host typed, or None."""
        if not self.plans:
            return "partner_no_plans"
        if not 1 <= self.days_per_month <= MAX_DAYS_PER_MONTH:
            return "partner_days_out_of_range"
        if not self.weekdays or any(not 0 <= d <= 6 for d in self.weekdays):
            return "partner_no_weekdays"
        if self.closes <= self.opens:
            return "partner_hours_backwards"
        if self.ends is not None and self.ends < self.starts:
            return "partner_ends_before_start"
        return None

    def in_force(self, day: date) -> bool:
        return self.starts <= day and (self.ends is None or day <= self.ends)

    def inside_hours(self, local: datetime) -> bool:
        return local.weekday() in self.weekdays and self.opens <= local.time() < self.closes


@dataclass(frozen=True)
class Eligible:
    """One member of the home space as a partner's door knows them."""

    pseudonym: str
    valid_from: date | None
    valid_until: date | None
    serials: tuple[int, ...]  # the member's current (not revoked) card serials
    first_name: str | None = None  # only when the agreement and the member both allow it
    tags: tuple[str, ...] = ()


class VisitorRefusal(enum.StrEnum):
    NOT_ELIGIBLE = "partner_not_eligible"  # not on the home space's list for this partner (plan, ended)
    CARD_REPLACED = "partner_card_replaced"  # an older card of an eligible member
    KEY_REVOKED = "partner_key_revoked"  # the home space withdrew the key that signed it
    AGREEMENT_NOT_IN_FORCE = "partner_not_in_force"  # before its start or after its end
    OUTSIDE_AGREED_HOURS = "partner_outside_hours"
    DOOR_CLOSED = "partner_door_closed"  # outside this door's opening hours
    ALLOWANCE_USED = "partner_allowance_used"


@dataclass(frozen=True)
class VisitorAnswer:
    admitted: bool
    refusal: VisitorRefusal | None = None
    day_number: int = 0  # the how-manieth day of the month this is (1-based)
    allowance: int = 0
    month: int = 0  # 1..12


def month_days(days: set[date] | frozenset[date], day: date) -> set[date]:
    """The days of `day`'s calendar month among `days`."""
    return {d for d in days if (d.year, d.month) == (day.year, day.month)}


def admit_visitor(terms: Terms, entry: Eligible | None, serial: int | None, local: datetime,
                  door_open: bool, days_used: set[date] | frozenset[date]) -> VisitorAnswer:
    """Whether a visiting member comes in now. serial None: a phone pass (its own key vouched).
    days_used: the days of presence this member already has at this space (any door, any month);
    a day already counted costs nothing again."""
    today = local.date()
    if entry is None:
        return VisitorAnswer(False, VisitorRefusal.NOT_ELIGIBLE)
    if serial is not None and serial not in entry.serials:
        return VisitorAnswer(False, VisitorRefusal.CARD_REPLACED)
    if (entry.valid_from and today < entry.valid_from) or (entry.valid_until and today > entry.valid_until):
        return VisitorAnswer(False, VisitorRefusal.NOT_ELIGIBLE)
    if not terms.in_force(today):
        return VisitorAnswer(False, VisitorRefusal.AGREEMENT_NOT_IN_FORCE)
    if not terms.inside_hours(local):
        return VisitorAnswer(False, VisitorRefusal.OUTSIDE_AGREED_HOURS)
    if not door_open:
        return VisitorAnswer(False, VisitorRefusal.DOOR_CLOSED)
    used = month_days(days_used, today)
    allowance = terms.days_per_month
    if today in used:
        return VisitorAnswer(True, day_number=len({d for d in used if d <= today}), allowance=allowance,
                             month=today.month)
    if len(used) >= allowance:
        return VisitorAnswer(False, VisitorRefusal.ALLOWANCE_USED, day_number=len(used), allowance=allowance,
                             month=today.month)
    return VisitorAnswer(True, day_number=len(used) + 1, allowance=allowance, month=today.month)


def days_left(terms: Terms, days_used: set[date] | frozenset[date], today: date) -> int:
    """The allowance left this month (the /me partner directory)."""
    return max(0, terms.days_per_month - len(month_days(days_used, today)))
