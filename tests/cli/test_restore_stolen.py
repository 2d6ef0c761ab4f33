"""`kiosk restore COPY --stolen` on a replacement box (the real command line, a real SQLite copy
and a fake Shelly on loopback): the stolen box's signing key and lock password stop working. The
restored kiosk signs with a new key, the old one is revoked (its cards are refused and must be
reissued, it says how many), and the Shelly takes a new password, so the password the stolen box
holds is refused by the Shelly itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.lock.config import LockConfig
from kiosk.lock.port import LockStatus
from kiosk.lock.shelly import ShellyRelay
from tests.lock.fake_devices import FakeShelly

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, check=False, env=env)


def test_a_restore_after_a_theft_replaces_the_keys_and_the_lock_password(tmp_path: Path) -> None:
    shelly = FakeShelly("s3cret").start()
    data = tmp_path / "data"
    try:
        kiosk = app.build(data)
        try:
            mette = kiosk.members.add(NewMember(name="Mette Jensen"))
            kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
        finally:
            kiosk.close()
        copy = tmp_path / "copy.sqlite3"
        assert _cli("backup", "--out", str(copy), "--data-dir", str(data)).returncode == 0

        done = _cli("restore", str(copy), "--stolen", "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        assert "1 cards stop working and must be reissued" in done.stdout
        assert "the lock's password was changed on the Shelly" in done.stdout

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
        finally:
            kiosk.close()
    finally:
        shelly.stop()
