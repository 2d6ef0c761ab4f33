"""Whether the door opens: decided offline, from the roster the door holds, with the time passed in.

Applies only when a lock is set (without one the door only records, as before). The check-in
rule (domain.checkin) decides first: a refused code never opens. Then, in this order:
- a member whose visit is open (inside, or stepped out) is never locked out;
- a host's "closed now" switch stops everyone else;
- a clock behind the last recorded event is an unknown time: only any-hour members with a
  credential that is hard to copy, and hosts, open until it is right again (on an enrolled
  kiosk only with a roster synced within `max_sync_age`, as after hours);
- guests' day passes open only inside opening hours and only once approved;
- inside opening hours members open; a printed card or typed code only if the host allows it
  (`cards_open_inside_hours`, default yes), a phone pass or card + PIN always;
- after hours only any-hour members, only with a phone pass or card + PIN, and on an enrolled
  kiosk only while the last sync is younger than `max_sync_age` (a revoked member cannot keep a
  24/7 door for days). A standalone kiosk has no sync age: its roster is edited at this door, so
  it is never stale, and the rule does not apply to it.
A code shown again inside the guard window opens once more at most (someone who did not get
through), never a second check-in. A card whose PIN was guessed wrong too often (domain.host.Lockout,
kept with the PIN) is refused while its lock runs, unless its holder's visit is open.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .host import weak_pin
from .hours import OpeningHours

MAX_OPENINGS_IN_GUARD = 2  # the first scan and one more: 20 scans in a minute open twice


class Credential(enum.StrEnum):
    CARD = "card"  # a printed QR or a fob: can be photographed or copied
    TYPED = "typed"  # the short code typed on the keypad: can be read over a shoulder
    PHONE_PASS = "phone_pass"  # a rolling QR signed by the member's own phone
    CARD_PIN = "card_pin"  # a card with the member's PIN
    HOST_PIN = "host_pin"  # a host opening from the host view (a delivery)

    @property
    def hard_to_copy(self) -> bool:
        return self in (Credential.PHONE_PASS, Credential.CARD_PIN, Credential.HOST_PIN)


class DoorRefusal(enum.StrEnum):
    NO_LOCK = "no_lock"
    CHECKIN_REFUSED = "checkin_refused"  # refused, revoked, expired, foreign ... : the check-in's reason says which
    REPEAT_LIMIT = "repeat_limit"
    CLOSED_NOW = "closed_now"
    CLOCK_UNKNOWN = "clock_unknown"
    GUEST_NOT_APPROVED = "guest_not_approved"
    GUEST_AFTER_HOURS = "guest_after_hours"
    CARD_NEEDS_PIN = "card_needs_pin"  # inside hours, and the host wants more than a card
    AFTER_HOURS = "after_hours"  # only members with 24/7 access now
    NEEDS_PHONE_OR_PIN = "needs_phone_or_pin"  # 24/7 member, but a card alone after hours
    SYNC_TOO_OLD = "sync_too_old"
    PIN_LOCKED = "pin_locked"  # too many wrong door PINs after this card: refused for a while


@dataclass(frozen=True)
class DoorPolicy:
    hours: OpeningHours
    closed_now: bool = False
    cards_open_inside_hours: bool = True
    max_sync_age: timedelta = timedelta(hours=24)


@dataclass(frozen=True)
class DoorMoment:
    local: datetime  # the kiosk's clock in the space's zone
    clock_trusted: bool  # False: the clock is behind the last recorded event
    enrolled: bool
    sync_age: timedelta | None  # since the last good sync; None: never (or standalone)


@dataclass(frozen=True)
class Entrant:
    accepted: bool  # the check-in rule let them in or out (CHECKED_IN, CHECKED_OUT or REPEAT of those)
    visit_open: bool  # their visit of today was open before this scan
    any_hour: bool = False
    host: bool = False
    guest: bool = False
    guest_approved: bool = False
    openings_in_guard: int = 0  # openings for this member inside the guard window before this scan
    pin_locked: bool = False  # too many wrong door PINs after this member's card, lock still running


@dataclass(frozen=True)
class DoorAnswer:
    opens: bool
    refusal: DoorRefusal | None = None
    ask_in_or_out: bool = False  # the visit was open: the door opens and asks In / Out
    asks_pin: bool = False  # kept shut, but the member's own PIN after this card would open it


def door_decision(who: Entrant, credential: Credential, policy: DoorPolicy, moment: DoorMoment) -> DoorAnswer:
    if not who.accepted:
        return DoorAnswer(False, DoorRefusal.CHECKIN_REFUSED)
    if who.openings_in_guard >= MAX_OPENINGS_IN_GUARD:
        return DoorAnswer(False, DoorRefusal.REPEAT_LIMIT)
    if who.visit_open and not who.guest:  # a guest's day pass opens only as the rules below say
        return DoorAnswer(True, ask_in_or_out=True)
    if who.pin_locked and credential in (Credential.CARD, Credential.TYPED, Credential.CARD_PIN):
        return DoorAnswer(False, DoorRefusal.PIN_LOCKED)
    refusal = _refusal(who, credential, policy, moment)
    return DoorAnswer(refusal is None, refusal)


def asks_for_pin(who: Entrant, credential: Credential, answer: DoorAnswer, policy: DoorPolicy,
                 moment: DoorMoment) -> bool:
    """A card the door keeps shut that the member's PIN would open: the door asks for the PIN
    (a member without a door PIN is never asked; the caller knows whether there is one)."""
    if answer.opens or credential is not Credential.CARD:
        return False
    return door_decision(who, Credential.CARD_PIN, policy, moment).opens


def _refusal(who: Entrant, credential: Credential, policy: DoorPolicy, moment: DoorMoment) -> DoorRefusal | None:
    hard = credential.hard_to_copy
    if who.host and hard and not who.guest:
        return None
    if policy.closed_now:
        return DoorRefusal.CLOSED_NOW
    if not moment.clock_trusted:
        if not (who.any_hour and hard and not who.guest):
            return DoorRefusal.CLOCK_UNKNOWN
        return _stale_roster(policy, moment)
    inside = policy.hours.is_open(moment.local)
    if who.guest:
        if not inside:
            return DoorRefusal.GUEST_AFTER_HOURS
        return None if who.guest_approved else DoorRefusal.GUEST_NOT_APPROVED
    if inside:
        return None if hard or policy.cards_open_inside_hours else DoorRefusal.CARD_NEEDS_PIN
    if not who.any_hour:
        return DoorRefusal.AFTER_HOURS
    if not hard:
        return DoorRefusal.NEEDS_PHONE_OR_PIN
    return _stale_roster(policy, moment)


def _stale_roster(policy: DoorPolicy, moment: DoorMoment) -> DoorRefusal | None:
    # An unknown time is no reason to trust a roster that was never (or long ago) synced.
    if moment.enrolled and (moment.sync_age is None or moment.sync_age > policy.max_sync_age):
        return DoorRefusal.SYNC_TOO_OLD
    return None


FOB_PREFIX = "fob:"  # a fob's UID is kept as HMAC("fob:" + UID) under the kiosk's short-code key


def fob_uid(typed: str) -> str | None:
    """A fob's UID as a USB reader in keyboard mode types it (8 to 20 hex digits or decimal
    digits, e.g. "0004215987" or "04A2B9C1"), canonical (upper case); None for anything else (a
    member code, a short code)."""
    text = typed.strip().replace(":", "").replace(" ", "").upper()
    if not 8 <= len(text) <= 20 or any(ch not in "0123456789ABCDEF" for ch in text):
        return None
    return text


def pin_problem(pin: str, min_digits: int) -> str | None:
    """A code for what is wrong with a new PIN, or None."""
    if not pin.isdigit():
        return "pin_digits_only"
    if len(pin) < min_digits:
        return "pin_too_short"
    if weak_pin(pin):
        return "pin_too_easy"
    return None


@dataclass(frozen=True)
class DoorRight:
    """A member's door rights beyond their plan, as the door's store keeps them."""

    any_hour: bool = False
    guest_approved_on: date | None = None
