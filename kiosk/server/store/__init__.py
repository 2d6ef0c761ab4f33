"""The server's use of its database, one room per concern, joined in ServerStore:

- common.py   the engine and migrations, StoreBase (session, identity, issuing a card), shapes
- keys.py     card signing keys: rotate, revoke, list
- roster.py   members and cards (each change one transaction that locks what it reads)
- kiosks.py   enrollment codes, device tokens, short-code keys
- events.py   events up from kiosks, the visits they make, who is in now
- held.py     events held for a host (apply, discard), a revoked kiosk's roll-back
- feed_down.py the roster down: pages of changes, checksums, visits and clip days
"""

from __future__ import annotations

from ..errors import KeyConflict, ServerError, Unauthorized
from .common import (
    ENROLL_VALID,
    MIGRATIONS,
    Device,
    IssuedServerCard,
    StoreBase,
    invalid_reason,
    item_id,
    migrate_server,
    open_server_engine,
)
from .feed_down import RosterDown
from .held import HeldEvent, HeldEvents, RollBack
from .keys import SigningKeys
from .kiosks import Kiosks
from .roster import Roster

__all__ = ["ENROLL_VALID", "MIGRATIONS", "Device", "HeldEvent", "IssuedServerCard", "KeyConflict", "RollBack",
           "ServerError", "ServerStore", "StoreBase", "Unauthorized", "invalid_reason", "item_id", "migrate_server",
           "open_server_engine"]


class ServerStore(SigningKeys, Roster, Kiosks, HeldEvents, RosterDown):
    """Roster, kiosks and enrollment, event ingest, roster pages: the rooms above, one store."""
