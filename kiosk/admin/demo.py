"""The demo members of a brand-new database, and taking them away again."""

from __future__ import annotations

import logging

from kiosk import paths
from kiosk.core.keys import load_private_key
from kiosk.domain.codes import key_id_of
from kiosk.services.demo import demo_members
from kiosk.services.live_settings import LiveSettings
from kiosk.services.members import MemberAdmin
from kiosk.services.ports import Clock
from kiosk.store.door_store import SqlDoorStore

from .keys import raw_public

log = logging.getLogger(__name__)


def seed_demo_if_new(store: SqlDoorStore, members: MemberAdmin, live: LiveSettings, clock: Clock) -> bool:
    """On a brand-new database (no member ever), add the demo members and trust the demo key."""
    with store.transaction() as tx:
        if tx.setting("demo_seeded") is not None or tx.members():
            return False
        tx.set_setting("demo_seeded", "yes")
    demo_key = load_private_key(paths.DEMO_KEY)
    with store.transaction() as tx:
        tx.add_trusted_key(key_id_of(demo_key.public_key()), raw_public(demo_key), label="demo", demo=True)
    today = live.rules().local_day(clock.now())
    news = demo_members(today)
    members.add_many(news, signing_key=demo_key)
    log.info("brand-new database: added %d demo members", len(news), extra={"event": "demo_seeded"})
    return True


def remove_demo(store: SqlDoorStore) -> int:
    with store.transaction() as tx:
        removed = tx.delete_demo_members()
        tx.remove_demo_keys()
    return removed
