"""Nightly backups and their expiry, USB sticks, sealed copies: on real files."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import app, paths
from kiosk.backup_keeper import BackupKeeper
from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember
from kiosk.store import archive
from kiosk.store.backup import BackupFailed, check_copy, copy_database, taken_at


def test_the_nightly_copy_is_taken_once_a_night_at_a_quiet_hour(kiosk, clock):
    keeper = kiosk.backups
    first = keeper.nightly()  # at start: there is none yet
    assert first is not None and check_copy(first) is not None
    assert taken_at(first) == clock.now()
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    clock.advance(hours=5)  # 14:00 in Copenhagen: not again the same day
    assert keeper.nightly() is None
    clock.set(datetime(2026, 3, 3, 2, 30, tzinfo=UTC))  # 03:30 local, 18.5 h later: too soon
    assert keeper.nightly() is None
    clock.set(datetime(2026, 3, 4, 2, 30, tzinfo=UTC))  # the next night at 03:30
    assert keeper.nightly() is not None
    clock.advance(hours=26)  # switched off at night: taken when it comes back
    assert keeper.nightly() is not None
    assert len(list(paths.backups_dir(kiosk.data_dir).glob("nightly-*.sqlite3"))) == 3


def test_no_copy_is_kept_past_the_retention_period_and_their_number_is_bounded(kiosk, clock):
    folder = paths.backups_dir(kiosk.data_dir)
    days = kiosk.settings.retention_days
    clock.set(datetime(2026, 3, 3, 2, 30, tzinfo=UTC))  # 03:30 in Copenhagen, every night
    for _ in range(days + 5):
        assert kiosk.backups.nightly() is not None
        clock.advance(days=1)
    nightly = sorted(folder.glob("nightly-*.sqlite3"))
    assert len(nightly) == archive.KEEP_NIGHTLY
    # A copy taken before a restore or a migration expires too.
    old = copy_database(paths.database_path(kiosk.data_dir), folder / "before-restore-x.sqlite3",
                        clock.now() - timedelta(days=days, minutes=1))
    unstamped = folder / "before-migration-x.sqlite3"  # no time inside: the file's own time counts
    unstamped.write_bytes(b"")
    os.utime(unstamped, (0, 0))
    kiosk.backups.nightly()
    assert not old.exists() and not unstamped.exists()
    assert all(clock.now() - archive.age_of(p) <= timedelta(days=days) for p in folder.glob("*.sqlite3"))


def test_usb_sticks_are_found_under_media_and_a_missing_one_is_said_plainly(tmp_path, kiosk):
    media = tmp_path / "media"
    stick = media / "ingrid" / "KINGSTON"
    stick.mkdir(parents=True)
    (media / "ingrid" / "CDROM").mkdir()
    mounts = (f"/dev/mmcblk0p2 / ext4 rw,noatime 0 0\n"
              f"/dev/sda1 {stick} vfat rw,nosuid,nodev 0 0\n"
              f"/dev/sr0 {media / 'ingrid' / 'CDROM'} iso9660 ro,nosuid 0 0\n")
    assert archive.removable_mounts(mounts, roots=(media,)) == [stick]
    assert archive.removable_mounts("", roots=(media,)) == []
    written = kiosk.backups.to_usb([stick])
    assert written.parent == stick and check_copy(written) is not None
    with pytest.raises(InvalidInput, match="no USB stick found"):
        kiosk.backups.to_usb([])


def test_a_sealed_copy_opens_only_with_its_key_and_not_when_changed(tmp_path, kiosk):
    kiosk.members.add_many([NewMember(name="Sealed Sørensen")])
    blob = kiosk.backups.sealed()
    assert b"Sealed" not in blob and "Sørensen".encode() not in blob
    key = kiosk.backups.backup_key()
    assert stat.S_IMODE(paths.backup_key_path(kiosk.data_dir).stat().st_mode) == 0o600
    assert archive.parse_key(archive.key_text(key)) == key
    assert archive.parse_key(archive.key_text(key).lower().replace("-", " ")) == key
    db, keys = archive.open_bundle(blob, key, tmp_path / "open")
    assert "Sealed Sørensen" in db.read_bytes().decode("utf-8", "replace")
    assert keys["short-code-key"].read_bytes() == paths.short_code_key_path(kiosk.data_dir).read_bytes()
    with pytest.raises(BackupFailed, match="cannot be opened with this key"):
        archive.open_bundle(blob, bytes(32), tmp_path / "wrong")
    changed = bytearray(blob)
    changed[-40] ^= 1
    with pytest.raises(BackupFailed, match="cannot be opened"):
        archive.open_bundle(bytes(changed), key, tmp_path / "changed")
    with pytest.raises(BackupFailed, match="not a sealed"):
        archive.open_bundle(b"PK\x03\x04 a zip file", key, tmp_path / "zip")
    with pytest.raises(BackupFailed, match="not a backup key"):
        archive.parse_key("1234")


def test_a_sealed_copy_restores_its_keys_beside_the_database(tmp_path, clock):
    from tests.fakes import FakeClock

    now = FakeClock(datetime.now(UTC))
    old = app.build(tmp_path / "old", clock=now)
    [card] = old.members.add_many([NewMember(name="Returning Rasmussen")])
    blob, key = old.backups.sealed(), old.backups.backup_key()
    old.close()
    fresh_dir = tmp_path / "fresh"
    app.build(fresh_dir, clock=now).close()  # a new SD card: other keys
    keeper = BackupKeeper(fresh_dir, now.now, lambda: 30, lambda: __import__("zoneinfo").ZoneInfo("UTC"))
    keeper.restore_sealed(blob, key, "test")
    assert (paths.short_code_key_path(fresh_dir).read_bytes()
            == paths.short_code_key_path(tmp_path / "old").read_bytes())
    assert Path(str(paths.short_code_key_path(fresh_dir)) + ".before-restore").exists()
    fresh = app.build(fresh_dir, clock=now)
    try:
        assert fresh.checkin.check_in_short_code(card.short_code).name == "Returning Rasmussen"
    finally:
        fresh.close()
