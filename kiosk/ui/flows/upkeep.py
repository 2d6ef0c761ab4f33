"""The door's own timers: its clock, the count of who is in, forgotten check-outs of earlier days,
the retention purge with the nightly backup, and printing the evacuation list."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Slot

from kiosk.core.errors import KioskError
from kiosk.domain.problems import Code
from kiosk.domain.settings import SpaceSettings
from kiosk.ui.error_text import describe
from kiosk.ui.screens.host_pages.desk import HostDesk
from kiosk.ui.screens.host_pages.view import HostScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.tasks import Tasks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoorIntervals:
    """How often the door looks again at what changes by itself (not scaled with the timeouts)."""

    count_ms: int = 30 * 1000  # who is in, for the scan screen
    close_day_ms: int = 5 * 60 * 1000  # forgotten check-outs of earlier days
    purge_ms: int = 60 * 60 * 1000  # guests past the retention period go within the hour; the nightly backup
    language_idle_ms: int = 60 * 1000  # a language picked at the door lasts this long with nobody at the door


class DoorUpkeep(QObject):
    def __init__(self, intervals: DoorIntervals, scan: ScanScreen, host: HostScreen, desk: HostDesk | None,
                 tasks: Tasks, tz: ZoneInfo, now: Callable[[], datetime], settings: Callable[[], SpaceSettings],
                 door_active: Callable[[], bool], count: Callable[[], None], close_day: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scan, self._host, self._desk, self._tasks = scan, host, desk, tasks
        self._tz, self._now, self._settings, self._door_active = tz, now, settings, door_active
        self._close_day_now = close_day
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._update_clock)
        self._counter = QTimer(self, interval=intervals.count_ms)
        self._counter.timeout.connect(count)
        self._close_day = QTimer(self, interval=intervals.close_day_ms)
        self._close_day.timeout.connect(close_day)
        self._purge = QTimer(self, interval=intervals.purge_ms)
        self._purge.timeout.connect(self.purge)
        host.print_requested.connect(self.print_evacuation)

    def start(self) -> None:
        self._update_clock()
        for timer in (self._clock, self._counter, self._close_day, self._purge):
            timer.start()
        self._close_day_now()  # yesterday's forgotten check-outs, before the first scan
        self.purge()

    def stop(self) -> None:
        for timer in (self._clock, self._counter, self._close_day, self._purge):
            timer.stop()

    @Slot()
    def purge(self) -> None:
        """The retention rule, run by the door itself: no cron job to forget."""
        if self._desk is not None:
            privacy, files = self._desk.privacy, self._desk.files

            def purge() -> int:
                privacy.purge()
                return files.prune(privacy.retention_days)

            self._tasks.run(purge, lambda _removed: None, lambda message: log.error("purge failed: %s", message))
            backups = self._desk.backups
            if backups is not None:
                # The night's verified copy, on the host-tasks thread: the door's scans never wait
                # for it (SQLite's online backup reads beside the door's writes).
                self._tasks.run(backups.nightly, lambda _made: None,
                                lambda message: log.error("nightly backup failed: %s", message))

    @Slot()
    def print_evacuation(self) -> None:
        if self._desk is None:
            self._host.say(describe(KioskError("no printer set up", Code.NO_PRINTER)))
            return
        files = self._desk.files
        self._tasks.run(files.evacuation, self._host.evacuation_written, self._host.say)

    def _update_clock(self) -> None:
        now: datetime = self._now().astimezone(self._tz)
        self._scan.set_clock(now.strftime("%H:%M"))
        # After hours with a lock: each person scans, so no one walks in behind someone and
        # misses the evacuation list.
        self._scan.set_one_scan_per_person(self._door_active() and not self._settings().hours().is_open(now))
