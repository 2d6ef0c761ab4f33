"""The running door takes its nightly backup itself, on the host-tasks thread (never the door
worker's): at start when there is none, then with the hourly purge."""

from __future__ import annotations

from kiosk import paths
from kiosk.store.backup import check_copy


def _tasks_idle(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    """Wait until the host-tasks thread has run everything queued before now (it runs in order)."""
    finished: list[object] = []
    door.tasks.run(lambda: None, finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)


def test_the_running_door_takes_the_nightly_copy_at_start(qtbot, full_door, kiosk):
    folder = paths.backups_dir(kiosk.data_dir)
    qtbot.waitUntil(lambda: bool(list(folder.glob("nightly-*.sqlite3"))), timeout=10_000)
    [copy] = folder.glob("nightly-*.sqlite3")
    assert check_copy(copy) is not None
    # An hour later (mid-morning, outside the quiet hours): the hourly timer takes no second copy.
    # The clock moves, so a second copy would have another name and be counted.
    kiosk.clock.advance(hours=1)
    full_door.upkeep.purge()
    _tasks_idle(qtbot, full_door)
    assert list(folder.glob("nightly-*.sqlite3")) == [copy]
    # A day and more later it does.
    kiosk.clock.advance(hours=27)
    full_door.upkeep.purge()
    _tasks_idle(qtbot, full_door)
    assert len(list(folder.glob("nightly-*.sqlite3"))) == 2
