"""A forged or damaged erasure journal (<data dir>/erasures.jsonl): odd lines, times without a
zone, a huge file. The kiosk's start (its purge trims the journal) and a restore must not crash,
and must erase exactly the people the readable lines name, never anyone else."""

from __future__ import annotations

import json
import logging
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from kiosk import app, paths
from kiosk.core.members import NewMember
from kiosk.store.backup import copy_database
from kiosk.store.erasure_journal import ErasureJournal
from tests.conftest import kiosk_command
from tests.fakes import FakeClock

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS` in this process (tests.conftest.kiosk_command)."""
    return kiosk_command(*args, env={"KIOSK_LOG": ""})


def _odd_lines(real_id: str) -> list[str]:
    return [
        json.dumps({"member_id": real_id, "at": "2099-01-01T00:00:00"}),  # no zone: still an erasure
        "[1, 2, 3]", '"just a string"', "null", "7", "{", "\x00\x01\x02", "ø" * 10_000,
        json.dumps({"member_id": {"nested": 1}, "at": "2026-01-01T00:00:00+00:00"}),
        json.dumps({"member_id": "someone-else", "at": 12}),
        json.dumps({"at": "2026-01-01T00:00:00+00:00"}),
        json.dumps({"member_id": None, "at": "not a time"}),
    ]


def test_a_journal_with_odd_lines_neither_crashes_the_purge_nor_the_restore(tmp_path, caplog):
    clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
    data = tmp_path / "data"
    kiosk = app.build(data, clock=clock)
    [gone, kept] = kiosk.members.add_many([NewMember(name="Gone Person"), NewMember(name="Kept Person")])
    copy = copy_database(paths.database_path(data), tmp_path / "copy.sqlite3", clock.now())
    journal = paths.erasure_journal_path(data)
    journal.write_text("\n".join(_odd_lines(gone.member.id)) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        kiosk.privacy.purge()  # what the door does at its start and every night
    kiosk.close()
    assert len([r for r in caplog.records if "erasure journal" in r.getMessage()]) <= 1  # one warning, not one a line

    done = _cli("restore", "--yes", str(copy), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "1 people erased since then were erased again" in done.stdout
    kiosk = app.build(data, clock=clock)
    try:
        names = {m.name for m in kiosk.members.roster()}
        assert names == {"Kept Person"}, names
        assert kept.member.id != gone.member.id
    finally:
        kiosk.close()


def test_a_huge_journal_of_junk_is_read_without_a_warning_a_line(tmp_path, caplog):
    path = tmp_path / "erasures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(200_000):
            fh.write(f"junk line {i}\n")
        fh.write(json.dumps({"member_id": "m1", "at": "2026-01-01T00:00:00+00:00"}) + "\n")
    with caplog.at_level(logging.WARNING):
        entries = ErasureJournal(path).entries()
    assert [e.member_id for e in entries] == ["m1"]
    assert len(caplog.records) <= 1
    assert ErasureJournal(path).trim(datetime(2025, 1, 1, tzinfo=UTC)) == 0  # the junk is no entry to drop
