"""Fobs (RFID) at the door, below the screen: a real SQLite kiosk, a fake Shelly on loopback, and
`kiosk lock fob` on the real command line. A USB reader in keyboard mode types a fob's UID; once
enrolled to a member and with fobs on, it opens like their card, inside opening hours only (a fob
can be copied); off by default; kept as an HMAC, never in clear."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import app, paths
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.door import DoorRefusal, fob_uid
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from tests.conftest import build_kiosk, kiosk_command
from tests.fakes import FakeClock
from tests.lock.fake_devices import FakeShelly

ROOT = Path(__file__).resolve().parents[2]
NOON = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)  # Monday, 12:00 in Copenhagen
NIGHT = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)
FOB = "0004215987"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOON)


def fobs(kiosk: app.Kiosk, on: str) -> None:
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), "fobs": on,
                                                          "opening_hours": "mon-fri 08:00-17:00"}))


def test_fob_uids_as_readers_type_them() -> None:
    assert fob_uid(" 04a2b9c1 ") == "04A2B9C1" and fob_uid("04:A2:B9:C1") == "04A2B9C1"
    assert fob_uid(FOB) == FOB
    assert fob_uid("1234") is None and fob_uid("DK1:ABCDEF") is None and fob_uid("ABCD-EFGH-J") is None


def test_an_enrolled_fob_opens_inside_hours_only_and_only_when_fobs_are_on(
        kiosk: app.Kiosk, clock: FakeClock, shelly: FakeShelly, tmp_path: Path) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    anna = kiosk.members.add(NewMember(name="Anna Holm"))
    kiosk.door.set_any_hour(anna.member.id, True)  # even a key-holder's fob stays shut after hours
    kiosk.door.enrol_fob(anna.member.id, FOB)
    fobs(kiosk, "off")
    off = kiosk.checkin.check_in_code(FOB)
    assert off.outcome is Outcome.REFUSED and off.member_id is None  # not a fob while fobs are off
    fobs(kiosk, "on")
    result = kiosk.checkin.check_in_code(FOB)
    assert result.outcome is Outcome.CHECKED_IN and result.member_id == anna.member.id
    assert kiosk.door.open(result.member_id, result.door, result.credential).door == "opened"
    kiosk.checkin.check_out_at_door(anna.member.id)
    clock.set(NIGHT)
    clock.advance(seconds=1)
    night = kiosk.checkin.check_in_code(FOB)
    assert night.refusal is Refusal.DOOR_CLOSED and night.door is not None
    assert night.door.refusal is DoorRefusal.NEEDS_PHONE_OR_PIN
    unknown = kiosk.checkin.check_in_code("04A2B9C1")
    assert unknown.refusal is Refusal.UNKNOWN_MEMBER
    with kiosk.store.reading() as tx:
        assert [e.source for e in tx.events()].count("fob") >= 2
    with sqlite3.connect(paths.database_path(kiosk.data_dir)) as conn:
        [(kept,)] = conn.execute("SELECT uid_hash FROM member_fobs").fetchall()
    assert FOB not in kept and len(kept) == 64  # an HMAC, never the UID


def test_kiosk_lock_fob_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    kiosk = build_kiosk(data)
    try:
        bo = kiosk.members.add(NewMember(name="Bo Dahl"))
    finally:
        kiosk.close()
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return kiosk_command("lock", "fob", *args, "--data-dir", str(data))

    done = cli(FOB, bo.member.id)
    assert done.returncode == 0 and "fobs are off" in done.stdout
    assert cli("12", bo.member.id).returncode == 2  # not a UID
    assert cli(FOB, "--remove").returncode == 0
    with sqlite3.connect(paths.database_path(data)) as conn:
        assert conn.execute("SELECT count(*) FROM member_fobs").fetchone() == (0,)
