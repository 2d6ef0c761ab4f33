"""How busy the space is over a period, from the kiosk's own database."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk.core.errors import InvalidInput
from kiosk.domain.problems import Code
from kiosk.domain.social import CriticalMass, critical_mass
from kiosk.domain.stats import Busyness, busyness

from .live_settings import LiveSettings
from .ports import Clock, StatsTx, Store

MAX_DAYS = 366


class StatsService:
    def __init__(self, store: Store[StatsTx], clock: Clock, settings: LiveSettings) -> None:
        self._store, self._clock, self._settings = store, clock, settings

    def critical_mass(self, days: int = 365, threshold: int | None = None) -> CriticalMass:
        """Of the open days among the last `days`, the share with at least `threshold` people
        in (the host's setting when not given), by weekday and by month."""
        if not 1 <= days <= MAX_DAYS:
            raise InvalidInput(f"choose a period of at most {MAX_DAYS} days", Code.PERIOD_TOO_LONG, days=MAX_DAYS)
        end = self._settings.local_day(self._clock.now())
        start = end - timedelta(days=days - 1)
        with self._store.reading() as tx:
            people = tx.people_per_day(start, end)
        return critical_mass(people, threshold or self._settings.current().critical_mass)

    def period(self, start: date | None = None, end: date | None = None, days: int = 7) -> Busyness:
        rules = self._settings.rules()
        today = rules.local_day(self._clock.now())
        end = end or today
        start = start or end - timedelta(days=days - 1)
        if end < start:
            raise InvalidInput("the period ends before it starts", Code.PERIOD_BACKWARDS)
        if (end - start).days >= MAX_DAYS:
            raise InvalidInput(f"choose a period of at most {MAX_DAYS} days", Code.PERIOD_TOO_LONG, days=MAX_DAYS)
        with self._store.reading() as tx:
            spans = tx.visit_spans(start, end)
        return busyness(spans, start, end, rules, self._clock.now())
