"""Erasure with the app's readers open: a reader that began before the deletion still reads the
old pages, so the checkpoint answers "busy" until it ends; the erasure must not return with the
name still in the database file or its write-ahead log."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kiosk import app, paths
from kiosk.domain.members import PlanKind
from kiosk.services.members import NewMember
from tests.services.test_guests import db_text

HOLD = 12  # longer than the store's busy timeout (10 s): the reader outlasts one checkpoint's wait


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_an_erased_name_leaves_the_wal_even_while_a_reader_is_open(kiosk: app.Kiosk) -> None:
    [member] = kiosk.members.add_many([NewMember(name="Ingrid Eraseme", email="ingrid@example.dk",
                                                 plan=PlanKind.CLIPCARD, clips=5)])
    kiosk.checkin.check_in_code(member.code)
    kiosk.presence.on()  # the app's pool has connections open, as when running
    reading, erased = threading.Event(), threading.Event()
    seen: list[str] = []

    def reader() -> None:
        """Another thread's read transaction, begun before the erasure (a host page, the sync)."""
        con = sqlite3.connect(paths.database_path(kiosk.data_dir), isolation_level=None)
        try:
            con.execute("BEGIN")
            seen.extend(r[0] for r in con.execute("SELECT name FROM members"))
            reading.set()
            erased.wait(HOLD)
            con.execute("COMMIT")
        finally:
            con.close()

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        assert reading.wait(30)
        assert kiosk.privacy.erase(member.member.id) == "erased"
    finally:
        erased.set()
        thread.join(30)
    assert seen == ["Ingrid Eraseme"]  # the reader did hold a snapshot with the name
    text = db_text(kiosk)
    assert "Ingrid" not in text and "ingrid@example.dk" not in text
