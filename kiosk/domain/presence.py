"""Who is in: the rows of presence that the door, the host view, the lists and the server show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PresenceEntry:
    member_id: str
    name: str
    demo: bool
    checked_in_at: datetime
    checked_out_at: datetime | None
    checkout_kind: str | None
    guest: bool = False
    company: str = ""
    host_name: str = ""  # a guest's host: the member they visit
    visitor_type: str = ""


@dataclass(frozen=True)
class Presence:
    day: date
    in_now: list[PresenceEntry]
    visits: list[PresenceEntry]
