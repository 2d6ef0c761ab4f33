"""Reading the stored settings at start, and saving new ones as one swap."""

from __future__ import annotations

from kiosk.domain.settings import SpaceSettings
from kiosk.services.audit import AuditTrail
from kiosk.services.live_settings import LiveSettings
from kiosk.services.ports import SettingsTx
from kiosk.store.door_store import SqlDoorStore


def stored_settings(tx: SettingsTx) -> SpaceSettings:
    stored = {k: v for k in SpaceSettings().to_mapping() if (v := tx.setting(k)) is not None}
    return SpaceSettings.from_stored(stored)


def apply_settings(live: LiveSettings, store: SqlDoorStore, audit: AuditTrail | None,
                   settings: SpaceSettings) -> SpaceSettings:
    """Save new settings and hand them to the running services: the database first, then one
    swap of the one immutable value every service reads (kiosk.services.live_settings), so an
    operation on another thread sees all of the old settings or all of the new. (The camera
    and the screens' time zone take effect at the next start.)"""

    def write(settings: SpaceSettings) -> None:
        with store.transaction() as tx:
            for key, value in settings.to_mapping().items():
                tx.set_setting(key, value)

    saved = live.replace(settings, write)
    if audit is not None:
        audit.record("settings")
    return saved
