"""Real storage failures at the door, and a bug: each shows its own screen, and every check-in
the door confirmed before is still there afterwards.

Storage problems a person can fix (a full disk, a read-only file system or file, a database
another program holds locked) say "Sorry, that did not work" with a plain reason; a bug (a wrong
query, a broken constraint, an AttributeError) is logged with its traceback and says "Something
went wrong". The disk and file system are real: a small tmpfs mounted for the test when it runs
as root, else a file-size limit (RLIMIT_FSIZE) in a subprocess and file permissions."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.store.door_store import SqlDoorTx
from kiosk.ui.controller import DoorController
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import DoorWorker, WorkerThread

ROOT = Path(__file__).resolve().parents[2]
ROOT_USER = os.geteuid() == 0
SORRY = "Beklager, det lykkedes ikke"
BUG = ["Noget gik galt", "Indtjekningen blev ikke registreret.", "Sig venligst besked til en vært."]


class Door:
    """The real controller, worker thread and result screen on a given kiosk (no camera)."""

    def __init__(self, qtbot, kiosk: app.Kiosk, languages) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.kiosk = qtbot, kiosk
        self.window = KioskWindow(windowed=True)
        qtbot.addWidget(self.window)
        scan, result = ScanScreen("Test Space"), ResultScreen(ZoneInfo("Europe/Copenhagen"), seconds=60)
        self.worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host)
        self.failures: list[str] = []
        self.bugs: list[bool] = []
        self.worker.failed.connect(lambda problem: self.failures.append(str(problem)))  # English, for the log
        self.worker.bug.connect(lambda: self.bugs.append(True))
        self.thread = WorkerThread(self.worker, "door-worker")
        self.controller = DoorController(self.window, scan, result, None, self.worker, Sounds(enabled=False),
                                         languages, ZoneInfo("Europe/Copenhagen"), kiosk.clock.now)
        self.thread.start()

    def scan(self, code: str, timeout: int = 20_000) -> list[str]:
        """Show a code; the texts of the result screen, once it shows this scan's answer."""
        c = self.controller
        c.answers.last_result = None
        c.window.stack.setCurrentWidget(c.scan)
        seen = len(self.failures) + len(self.bugs)
        c.codes.submit_code(code)
        self.qtbot.waitUntil(lambda: c.answers.last_result is not None or len(self.failures) + len(self.bugs) > seen,
                             timeout=timeout)
        self.qtbot.waitUntil(lambda: c.window.stack.currentWidget() is c.result, timeout=5000)
        return [c.result.headline.text().replace("\u200b", "")] + [
            label.text().replace("\u200b", "") for label in c.result.lines if label.text()]

    def stop(self) -> None:
        self.controller.stop()
        self.thread.stop()


@pytest.fixture
def make_door(qtbot, languages):  # type: ignore[no-untyped-def]
    doors: list[Door] = []

    def make(kiosk: app.Kiosk) -> Door:
        doors.append(Door(qtbot, kiosk, languages))
        return doors[-1]

    yield make
    for door in doors:
        door.stop()


def two_members(kiosk: app.Kiosk) -> tuple[str, str]:
    first = kiosk.members.add(NewMember(name="Mette Jensen"))
    second = kiosk.members.add(NewMember(name="Lars Holm"))
    return first.code, second.code


def in_now(kiosk: app.Kiosk) -> list[str]:
    kiosk.engine.dispose()  # fresh connections: what a restarted kiosk would read
    return sorted(e.name for e in kiosk.presence.on().in_now)


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the file system says it is full."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as f:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == 28, exc  # ENOSPC
    return filler


# --- a full disk ------------------------------------------------------------------------------
@pytest.mark.skipif(not ROOT_USER, reason="mounting a tmpfs needs root: test_full_disk_by_file_size_limit runs")
def test_a_full_disk_says_sorry_and_keeps_the_check_ins_before(make_door, tmp_path, clock):
    with tmpfs(tmp_path / "disk", "8m") as disk:
        kiosk = app.build(disk / "data", clock=clock)
        try:
            mette, lars = two_members(kiosk)
            door = make_door(kiosk)
            assert door.scan(mette)[0] == "Godmorgen, Mette"
            filler = fill(disk)
            assert door.scan(lars) == [SORRY, "Dit besøg kunne ikke gemmes.", "Prøv igen, eller sig det til en vært."]
            assert door.bugs == [] and "the disk is full" in door.failures[-1]
            filler.unlink()
            assert in_now(kiosk) == ["Mette Jensen"]  # confirmed before: still there; Lars never was
            assert door.scan(lars)[0] == "Godmorgen, Lars"  # room again: the door works again
        finally:
            kiosk.close()


def test_full_disk_by_file_size_limit(tmp_path):
    """The same failure without root: the operating system refuses to let the database's files
    grow (RLIMIT_FSIZE), in a process of its own."""
    script = textwrap.dedent("""
        import json, resource, signal, sys
        from datetime import UTC, datetime
        from pathlib import Path
        from kiosk import app
        from kiosk.core.errors import StorageFailed
        from kiosk.core.members import NewMember
        from tests.fakes import FakeClock

        data = Path(sys.argv[1])
        kiosk = app.build(data, clock=FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC)))
        mette = kiosk.members.add(NewMember(name="Mette Jensen"))
        lars = kiosk.members.add(NewMember(name="Lars Holm"))
        kiosk.checkin.check_in_code(mette.code)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), not the process
        limit = max(p.stat().st_size for p in data.glob("kiosk.sqlite3*"))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        message = None
        try:
            for _ in range(2000):  # each refusal is an event: the write-ahead log has to grow
                kiosk.checkin.check_in_code("not a code " + "x" * 400)
        except StorageFailed as exc:
            message = str(exc)
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        kiosk.engine.dispose()
        print(json.dumps({"message": message, "in_now": [e.name for e in kiosk.presence.on().in_now]}))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout.splitlines()[-1])
    assert answer["message"] is not None and "disk" in answer["message"], answer
    assert answer["in_now"] == ["Mette Jensen"]


# --- read-only -----------------------------------------------------------------------------
def test_a_read_only_database_says_sorry_and_keeps_the_check_ins_before(make_door, tmp_path, clock):
    with (tmpfs(tmp_path / "disk", "16m") if ROOT_USER else _plain(tmp_path / "disk")) as disk:
        kiosk = app.build(disk / "data", clock=clock)
        try:
            mette, lars = two_members(kiosk)
            door = make_door(kiosk)
            assert door.scan(mette)[0] == "Godmorgen, Mette"
            kiosk.engine.dispose()  # nothing open for writing, so the file system can turn read-only
            if ROOT_USER:  # root writes any file whatever its mode: the file system itself turns read-only
                subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            else:
                for f in (disk / "data").glob("kiosk.sqlite3*"):
                    f.chmod(0o444)
            assert door.scan(lars)[0] == SORRY
            assert door.bugs == []
            assert "read-only" in door.failures[-1] or "cannot be opened" in door.failures[-1], door.failures
            if ROOT_USER:
                subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
            else:
                for f in (disk / "data").glob("kiosk.sqlite3*"):
                    f.chmod(0o600)
            assert in_now(kiosk) == ["Mette Jensen"]
        finally:
            kiosk.close()


@contextmanager
def _plain(path: Path) -> Iterator[Path]:
    path.mkdir(parents=True)
    yield path


# --- locked by another program ----------------------------------------------------------------
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_database_another_process_holds_locked_says_sorry_after_the_wait(make_door, kiosk):
    mette, lars = two_members(kiosk)
    door = make_door(kiosk)
    assert door.scan(mette)[0] == "Godmorgen, Mette"
    db = kiosk.engine.url.database
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
                               "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                               "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(120)\n", db],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert door.scan(lars, timeout=40_000)[0] == SORRY  # after the 10 s busy timeout
        assert door.bugs == [] and "locked by another program" in door.failures[-1]
    finally:
        holder.kill()
        holder.wait()
    assert in_now(kiosk) == ["Mette Jensen"]
    assert door.scan(lars)[0] == "Godmorgen, Lars"


# --- bugs -----------------------------------------------------------------------------------
def _wrong_column(self, decision, events):  # type: ignore[no-untyped-def]
    self.s.execute(text("INSERT INTO events (no_such_column) VALUES (1)"))


def _duplicate_row(self, decision, events):  # type: ignore[no-untyped-def]
    _record(self, decision, events)
    self.s.execute(text("INSERT INTO events SELECT * FROM events LIMIT 1"))  # the same id again


def _attribute_error(self, decision, events):  # type: ignore[no-untyped-def]
    return decision.no_such_attribute


_record = SqlDoorTx.record


@pytest.mark.parametrize("bug", [_wrong_column, _duplicate_row, _attribute_error],
                         ids=["programming-error", "integrity-error", "attribute-error"])
def test_a_bug_says_something_went_wrong_and_is_logged(make_door, kiosk, monkeypatch, caplog, bug):
    mette, lars = two_members(kiosk)
    door = make_door(kiosk)
    assert door.scan(mette)[0] == "Godmorgen, Mette"
    monkeypatch.setattr(SqlDoorTx, "record", bug)  # the injected programming error
    with caplog.at_level(logging.ERROR):
        assert door.scan(lars) == BUG
    assert door.failures == [] and door.bugs == [True]
    assert any(r.exc_info for r in caplog.records), "a bug is logged with its traceback"
    monkeypatch.setattr(SqlDoorTx, "record", _record)
    assert in_now(kiosk) == ["Mette Jensen"]  # nothing of Lars's half-done check-in was kept
    assert door.scan(lars)[0] == "Godmorgen, Lars"  # and the door keeps working


def test_a_bug_is_said_in_english_and_german_too(qtbot, languages):
    screen = ResultScreen(ZoneInfo("Europe/Copenhagen"))
    qtbot.addWidget(screen)
    screen.show_bug()
    assert screen.kind == "refused"
    seen = {}
    for lang in ("en", "de"):
        languages.switch(lang)
        seen[lang] = [screen.headline.text().replace("\u200b", "")] + [
            label.text().replace("\u200b", "") for label in screen.lines if label.text()]
    screen.stop()
    assert seen["en"] == ["Something went wrong", "The check-in was not recorded.", "Please tell a host."]
    assert seen["de"] == ["Etwas ist schiefgelaufen", "Der Check-in wurde nicht gespeichert.",
                          "Bitte sagen Sie einem Gastgeber Bescheid."]
