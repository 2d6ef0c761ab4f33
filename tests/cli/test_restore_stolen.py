"""`kiosk restore COPY --stolen` on a replacement box (the real command line, a real SQLite copy
and a fake Shelly on loopback): the stolen box's signing key and lock password stop working. The
restored kiosk signs with a new key, the old one is revoked (its cards are refused and must be
reissued, it says how many), and the Shelly takes a new password, so the password the stolen box
holds is refused by the Shelly itself."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from kiosk import app, paths
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.lock.port import LockStatus
from kiosk.lock.shelly import ShellyRelay
from tests.conftest import ALL_DAY, kiosk_command
from tests.lock.fake_devices import FakeShelly

ROOT = Path(__file__).resolve().parents[2]
FOB = "0004215987"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return kiosk_command(*args)


def test_a_restore_after_a_theft_replaces_the_keys_and_the_lock_password(tmp_path: Path) -> None:
    shelly = FakeShelly("s3cret").start()
    data = tmp_path / "data"
    try:
        kiosk = app.build(data)
        try:
            mette = kiosk.members.add(NewMember(name="Mette Jensen"))
            kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
            app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), "fobs": "on",
                                                                  "opening_hours": ALL_DAY}))
            kiosk.door.enrol_fob(mette.member.id, FOB)
            assert kiosk.checkin.check_in_code(FOB).member_id == mette.member.id
            assert kiosk.checkin.check_in_short_code(mette.short_code).member_id == mette.member.id
        finally:
            kiosk.close()
        old_key = paths.short_code_key_path(data).read_bytes()
        copy = tmp_path / "copy.sqlite3"
        assert _cli("backup", "--out", str(copy), "--data-dir", str(data)).returncode == 0

        done = _cli("restore", str(copy), "--stolen", "--yes", "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        assert "1 cards stop working and must be reissued" in done.stdout
        assert "the lock's password was changed on the Shelly" in done.stdout
        assert "1 fobs must be enrolled again" in done.stdout
        assert paths.short_code_key_path(data).read_bytes() != old_key  # the stolen box's key is the old one

        stolen = ShellyRelay(shelly.url, "s3cret")  # what the stolen box still holds
        try:
            assert stolen.open(3).status is LockStatus.WRONG_SECRET
        finally:
            stolen.close()
        kiosk = app.build(data)
        try:
            refused = kiosk.checkin.check_in_code(mette.code)  # a card the old key signed
            assert (refused.outcome, refused.refusal) == (Outcome.REFUSED, Refusal.KEY_REVOKED)
            assert kiosk.door.config.password not in ("", "s3cret")
            assert kiosk.door.test().opened  # the replacement opens with the new password
            fresh = kiosk.members.add(NewMember(name="Lars Bo"))  # signed with the new key
            assert kiosk.checkin.check_in_code(fresh.code).outcome is Outcome.CHECKED_IN
            typed = kiosk.checkin.check_in_short_code(fresh.short_code)  # a new code to type, under the new key
            assert typed.member_id == fresh.member.id and fresh.short_code != mette.short_code
            assert kiosk.checkin.check_in_code(FOB).refusal is Refusal.UNKNOWN_MEMBER  # enrolled again, or nothing
        finally:
            kiosk.close()
        with sqlite3.connect(paths.database_path(data)) as conn:
            assert conn.execute("SELECT count(*) FROM member_fobs").fetchone() == (0,)  # no HMAC of the old key left
    finally:
        shelly.stop()
