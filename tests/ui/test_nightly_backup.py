"""The running door takes its nightly backup itself, on the host-tasks thread (never the door
worker's): at start when there is none, then with the hourly purge."""

from __future__ import annotations

from kiosk import paths
from kiosk.store.backup import check_copy


def test_the_running_door_takes_the_nightly_copy_at_start(qtbot, full_door, kiosk):
    folder = paths.backups_dir(kiosk.data_dir)
    qtbot.waitUntil(lambda: bool(list(folder.glob("nightly-*.sqlite3"))), timeout=10_000)
    [copy] = folder.glob("nightly-*.sqlite3")
    assert check_copy(copy) is not None
    full_door.purge()  # the hourly timer: not due again within the day
    qtbot.wait(500)
    assert len(list(folder.glob("nightly-*.sqlite3"))) == 1
