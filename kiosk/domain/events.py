"""The append-only event log: one record per scan outcome (refusals too) and per automatic close.

It is what sync uploads. Each event has a UUID (the server stores it at most once), the kiosk's
own clock reading, and a local sequence number given by the store: ordering within a kiosk uses
the sequence, never the wall clock. Events carry ids, never names or the scanned text; the one
exception is a guest's first check-in, which names the member they visit and carries the guest's
name only when the guest agreed to pass it on (so the server can tell that member).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from .checkin import Decision, Outcome
from .visits import CheckoutKind

CLIP_CHARGED = "clip"  # the reason of a check-in that spent the day's clip


def clip_reason(reason: str | None, charged: bool) -> str | None:
    """A check-in's reason with the clip mark: "clip", or "clip no_card" for a host's by hand."""
    if not charged:
        return reason
    return f"{CLIP_CHARGED} {reason}" if reason else CLIP_CHARGED


def spent_clip(reason: str | None) -> bool:
    return (reason or "").split(" ")[0] == CLIP_CHARGED


class EventKind(enum.StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    AUTO_CHECKOUT = "auto_checkout"
    REPEAT = "repeat"
    REFUSED = "refused"
    # The door lock (domain.door): what the door did, beside the check-in's own event. reason:
    # why it stayed shut or what the lock said; source: the credential shown.
    DOOR_OPENED = "door_opened"
    DOOR_REFUSED = "door_refused"
    LOCK_FAILED = "lock_failed"
    # The door's sensor (domain.door_sensor), where the lock reports one: reason = seconds open,
    # or what the sensor said; source "sensor"; no member.
    DOOR_HELD_OPEN = "door_held_open"
    DOOR_FORCED_OPEN = "door_forced_open"
    DOOR_CLOSED = "door_closed"  # after held or forced open: the episode is over
    SENSOR_FAILED = "sensor_failed"
    SENSOR_BACK = "sensor_back"


DOOR_KINDS = (EventKind.DOOR_OPENED, EventKind.DOOR_REFUSED, EventKind.LOCK_FAILED)
SENSOR_KINDS = (EventKind.DOOR_HELD_OPEN, EventKind.DOOR_FORCED_OPEN, EventKind.DOOR_CLOSED,
                EventKind.SENSOR_FAILED, EventKind.SENSOR_BACK)


@dataclass(frozen=True)
class Event:
    id: str  # UUID
    kiosk_id: str
    kind: EventKind
    recorded_at: datetime  # the kiosk's clock when the event was written (UTC)
    effective_at: datetime  # when it happened: the scan, or the closing time for AUTO_CHECKOUT
    member_id: str | None = None
    card_serial: int | None = None
    visit_id: str | None = None
    reason: str | None = None  # refusal reason, what a REPEAT repeated, "clip" on a charged check-in
    source: str = "scan"  # scan | manual | cli | close_day | phone | guest
    # A guest's arrival: the member they visit, and their name only if they agreed to pass it on.
    host_member_id: str | None = None
    guest_name: str | None = None


_KIND = {
    Outcome.CHECKED_IN: EventKind.CHECK_IN,
    Outcome.CHECKED_OUT: EventKind.CHECK_OUT,
    Outcome.REPEAT: EventKind.REPEAT,
    Outcome.REFUSED: EventKind.REFUSED,
}


def auto_checkout_events(decision: Decision, *, new_id: Callable[[], str], kiosk_id: str,
                         now: datetime, source: str) -> list[Event]:
    return [
        Event(id=new_id(), kiosk_id=kiosk_id, kind=EventKind.AUTO_CHECKOUT, recorded_at=now,
              effective_at=v.checked_out_at or now, member_id=v.member_id, visit_id=v.id,
              source=source)
        for v in decision.closed
        if v.checkout_kind is CheckoutKind.AUTO
    ]


def scan_event(decision: Decision, *, new_id: Callable[[], str], kiosk_id: str, now: datetime,
               member_id: str | None, card_serial: int | None, source: str, reason: str | None = None) -> Event:
    """reason: a host's reason for doing it by hand; a refusal or a repeat says its own."""
    visit = decision.opened
    if decision.outcome is Outcome.CHECKED_OUT:
        visit = next((v for v in decision.closed if v.checkout_kind is not CheckoutKind.AUTO), None)
    own = decision.refusal or decision.repeated
    text = own.value if own else reason
    if decision.outcome is Outcome.CHECKED_IN and decision.opened is not None:
        # other doors learn (through the server) that this day's clip is spent
        text = clip_reason(text, decision.opened.clip_charged)
    return Event(id=new_id(), kiosk_id=kiosk_id, kind=_KIND[decision.outcome], recorded_at=now,
                 effective_at=now, member_id=member_id, card_serial=card_serial,
                 visit_id=visit.id if visit else None, reason=text, source=source)


def door_event(kind: EventKind, *, new_id: Callable[[], str], kiosk_id: str, now: datetime,
               member_id: str | None, reason: str | None, source: str) -> Event:
    assert kind in DOOR_KINDS or kind in SENSOR_KINDS
    return Event(id=new_id(), kiosk_id=kiosk_id, kind=kind, recorded_at=now, effective_at=now,
                 member_id=member_id, reason=(reason or "")[:32] or None, source=source[:16])
