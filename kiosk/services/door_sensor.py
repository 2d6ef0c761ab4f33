"""The door's sensor watched (domain.door_sensor): held open, forced open, a sensor gone quiet.

Where the lock reports a door sensor (`kiosk lock set shelly ... --sensor-input N`, `kiosk lock
set nuki ... --door-sensor`), a thread of its own (never the GUI thread) reads it every
`interval` seconds: one small HTTP exchange; none at all when no sensor is set. A change worth a
record is written once, in one transaction: the audit log line, the event the server's Door log
and door watch read, and the watch's state (kept in the settings table, so a restart in the
middle of an episode neither repeats it nor invents one). Nothing is written for a reading that
changes nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from kiosk.core.errors import StorageFailed
from kiosk.domain.checkin import Decision, Outcome
from kiosk.domain.door_sensor import OPEN, SensorNote, SensorPolicy, SensorState, sensor_step
from kiosk.domain.events import EventKind, door_event
from kiosk.lock.config import LockConfig
from kiosk.lock.drivers import make_sensor
from kiosk.lock.port import DoorLock, DoorSensor

from .audit import AuditTrail
from .door import LockHolder
from .live_settings import LiveSettings
from .ports import Clock, DoorSensorTx, Ids, Store

log = logging.getLogger(__name__)
STATE_SETTING = "door_sensor_state"
POLL_SECONDS = 5.0  # one reading (a Shelly: challenge + call) every 5 s: cheap on a Pi, soon enough for a door
GRANT_SLACK = timedelta(seconds=5)  # someone pulls the door a little after the lock released it


class DoorSensorWatch:
    def __init__(self, store: Store[DoorSensorTx], clock: Clock, settings: LiveSettings, locks: LockHolder,
                 audit: AuditTrail, ids: Ids, kiosk_id: str, interval: float = POLL_SECONDS,
                 sensor_of: Callable[[LockConfig, DoorLock], DoorSensor | None] = make_sensor) -> None:
        self._store, self._clock, self._settings, self._locks = store, clock, settings, locks
        self._audit, self._ids, self._kiosk_id = audit, ids, kiosk_id
        self.interval, self._sensor_of = interval, sensor_of
        self._state: SensorState | None = None  # read from the database at the first reading
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def watching(self) -> bool:
        return self._locks.config.has_sensor

    def policy(self) -> SensorPolicy:
        held = timedelta(seconds=self._settings.current().held_open_seconds)
        window = timedelta(seconds=self._locks.config.seconds + self.interval) + GRANT_SLACK
        return SensorPolicy(held_after=held, grant_window=window)

    def read_once(self) -> list[SensorNote]:
        """One reading and what it changed (the thread calls it; tests and `kiosk lock sensor` too)."""
        config, driver = self._locks.config, self._locks.driver
        sensor = self._sensor_of(config, driver) if config.has_sensor else None
        if sensor is None:
            return []
        reading = sensor.read_door()
        now = self._clock.now()
        state = self._current()
        last_granted = None
        if reading.state.value == OPEN and state.door != OPEN:  # the rare reading that needs the database
            with self._store.reading() as tx:
                last_granted = tx.last_door_opened_at()
        new, notes = sensor_step(state, reading.state.value, reading.detail, now, last_granted, self.policy())
        if new != state:
            self._save(new, notes, now)
        return notes

    def problem(self) -> str | None:
        """What the host view warns about now: sensor_failed, door_held_open or door_forced_open."""
        if not self.watching or self._state is None:
            return None
        if not self._state.answering:
            return "sensor_failed"
        return self._state.alarm

    def _current(self) -> SensorState:
        if self._state is None:
            with self._store.reading() as tx:
                self._state = SensorState.from_json(tx.setting(STATE_SETTING))
        return self._state

    def _save(self, new: SensorState, notes: list[SensorNote], now: datetime) -> None:
        try:
            with self._store.transaction() as tx:
                tx.set_setting(STATE_SETTING, new.to_json())
                for note in notes:
                    self._audit.write(tx, note.kind, None, note.detail)
                    tx.record(Decision(Outcome.REPEAT), [door_event(
                        EventKind(note.kind), new_id=self._ids.uuid, kiosk_id=self._kiosk_id, now=now,
                        member_id=None, reason=note.detail or None, source="sensor")])
        except StorageFailed:  # the next reading tries again: the state in memory stays the old one
            log.exception("could not record the door sensor", extra={"event": "door_sensor_record_failed"})
            return
        self._state = new
        for note in notes:
            log.warning("door sensor", extra={"event": note.kind, "detail": note.detail})

    # --- the thread ----------------------------------------------------------------------------
    def start(self) -> None:
        """Read every `interval` seconds until stop(); a door with no sensor starts nothing."""
        if self._thread is not None or self.interval <= 0:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="door-sensor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            if not self.watching:
                continue  # a host may set a sensor later: nothing is read until then
            try:
                self.read_once()
            except Exception:  # a bug must not end the watch; it is logged loudly
                log.exception("door sensor reading failed", extra={"event": "door_sensor_bug"})
