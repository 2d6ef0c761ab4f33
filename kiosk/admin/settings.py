"""Reading the stored settings at start, and saving new ones as one swap."""

from __future__ import annotations

import os

from kiosk.domain.settings import SpaceSettings
from kiosk.services.audit import AuditTrail
from kiosk.services.door_sensor import POLL_SECONDS
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


def sensor_seconds() -> float:
    """Seconds between two readings of the door sensor (KIOSK_SENSOR_SECONDS: tests read it faster)."""
    value = os.environ.get("KIOSK_SENSOR_SECONDS", "").strip()
    try:
        return float(value) if value else POLL_SECONDS
    except ValueError:
        raise SystemExit(f"kiosk: error: KIOSK_SENSOR_SECONDS={value!r}: give seconds") from None
