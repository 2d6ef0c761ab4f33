"""The space's settings as the running services read them: one immutable value, swapped whole.

The host view saves settings on the GUI thread while the door, sync and host workers use them on
theirs. Each operation takes one `current()` at its start and uses only that, so no check-in ever
mixes a time zone of the old settings with a closing time of the new ones; `replace()` saves and
swaps under one lock, so two saves at once leave the database and the services agreeing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime

from kiosk.domain.settings import SpaceSettings
from kiosk.domain.visits import SpaceRules


class LiveSettings:
    def __init__(self, settings: SpaceSettings) -> None:
        self._current = settings.validate()
        self._lock = threading.Lock()

    def current(self) -> SpaceSettings:
        return self._current  # one reference read: atomic; the value itself never changes

    def rules(self) -> SpaceRules:
        """The door's rules of the current settings (take it once per operation)."""
        return self._current.rules()

    def local_day(self, moment: datetime) -> date:
        return self._current.rules().local_day(moment)

    def replace(self, settings: SpaceSettings, save: Callable[[SpaceSettings], None]) -> SpaceSettings:
        """Validate, save (the database first: a failed save changes nothing), then swap."""
        settings.validate()
        with self._lock:
            save(settings)
            self._current = settings
        return settings
