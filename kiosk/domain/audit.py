"""One entry of the audit log of host actions (services.audit): opaque ids and codes only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ACTIONS = ("check_out", "check_in", "add", "import", "edit", "suspend", "reactivate", "new_card", "top_up",
           "erase", "export", "evacuation_list", "settings", "host_view",
           # The door lock (domain.door): every opening, refusal and lock failure, and the lock's settings.
           "door_opened", "door_refused", "lock_failed", "lock_set", "door_pin", "any_hour", "guest_approved",
           "door_pin_wrong", "door_pin_locked", "fob",
           # The door's sensor (domain.door_sensor): one line per change of state.
           "door_held_open", "door_forced_open", "door_closed", "sensor_failed", "sensor_back")


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str | None  # the host's member id; None: at the machine (command line) or the kiosk PIN
    action: str
    subject: str | None  # the member or guest concerned
    detail: str = ""  # a reason code, a count or a period: never personal data
