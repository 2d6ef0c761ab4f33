"""Restores respect erasure: someone erased after a backup was taken does not come back when it
is restored (the erasure journal outside the database), on the command line, on real files."""

from __future__ import annotations

import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import app, paths
from kiosk.core.members import NewMember
from kiosk.domain.members import PlanKind
from kiosk.store.backup import copy_database
from kiosk.store.erasure_journal import ErasureJournal
from tests.conftest import kiosk_command
from tests.fakes import FakeClock
from tests.services.test_guests import db_text

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS` in this process (tests.conftest.kiosk_command)."""
    return kiosk_command(*args, env={"KIOSK_LOG": ""})


@pytest.fixture
def now_clock() -> FakeClock:
    """The real date: `kiosk restore` judges a copy's age by the machine's clock."""
    return FakeClock(datetime.now(UTC).replace(microsecond=0))


def test_someone_erased_after_a_backup_stays_erased_when_it_is_restored(tmp_path, now_clock):
    data = tmp_path / "data"
    kiosk = app.build(data, clock=now_clock)
    [ingrid, _kim] = kiosk.members.add_many([
        NewMember(name="Ingrid Eraseme", email="ingrid@example.dk", plan=PlanKind.CLIPCARD, clips=5),
        NewMember(name="Kim Keepme")])
    kiosk.checkin.check_in_code(ingrid.code)
    copy = copy_database(paths.database_path(data), tmp_path / "stick" / "backup.sqlite3", now_clock.now())
    assert "Ingrid Eraseme" in copy.read_bytes().decode("utf-8", "replace")
    now_clock.advance(hours=2)
    assert kiosk.privacy.erase(ingrid.member.id) == "erased"
    kiosk.close()

    journal = paths.erasure_journal_path(data)
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    assert [e.member_id for e in ErasureJournal(journal).entries()] == [ingrid.member.id]
    assert "Ingrid" not in journal.read_text()  # ids and times only

    done = _cli("restore", "--yes", str(copy), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "1 people erased since then were erased again" in done.stdout
    kiosk = app.build(data, clock=now_clock)
    try:
        names = {m.name for m in kiosk.members.roster()}
        assert "Kim Keepme" in names and "Ingrid Eraseme" not in names
        text = db_text(kiosk)  # every row, and the raw bytes of the database file and its WAL
        assert "Ingrid" not in text and "ingrid@example.dk" not in text
        assert "Kim Keepme" in text
    finally:
        kiosk.close()


def test_a_copy_older_than_the_retention_period_is_refused(tmp_path, now_clock):
    data = tmp_path / "data"
    kiosk = app.build(data, clock=now_clock)
    kiosk.members.add_many([NewMember(name="Old Copy")])
    days = kiosk.settings.retention_days
    kiosk.close()
    old = copy_database(paths.database_path(data), tmp_path / "old.sqlite3", now_clock.now() - timedelta(days=days + 1))
    before = paths.database_path(data).read_bytes()
    done = _cli("restore", "--yes", str(old), "--data-dir", str(data))
    assert done.returncode == 2 and "retention period" in done.stderr
    assert paths.database_path(data).read_bytes() == before


def test_the_journal_is_trimmed_past_the_retention_period(kiosk, clock):
    [m1] = kiosk.members.add_many([NewMember(name="Early")])
    kiosk.privacy.erase(m1.member.id)
    clock.advance(days=kiosk.settings.retention_days + 2)
    [m2] = kiosk.members.add_many([NewMember(name="Late")])
    kiosk.privacy.erase(m2.member.id)
    kiosk.privacy.purge()
    assert [e.member_id for e in kiosk.journal.entries()] == [m2.member.id]


def test_a_torn_last_line_is_skipped(tmp_path):
    journal = ErasureJournal(tmp_path / "erasures.jsonl")
    journal.record(["abc"], datetime(2026, 3, 2, tzinfo=UTC))
    with open(journal.path, "a") as fh:
        fh.write('{"member_id": "de')  # power cut while appending
    assert [e.member_id for e in journal.entries()] == ["abc"]
    journal.record(["xyz"], datetime(2026, 3, 3, tzinfo=UTC))
    assert "xyz" in journal.path.read_text()
