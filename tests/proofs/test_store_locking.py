"""The kiosk store under real threads: a long read never keeps a check-in waiting (WAL readers
work on a snapshot; only writers take the write lock)."""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event

from kiosk import app
from kiosk.domain.checkin import Outcome
from kiosk.services.members import NewMember

WAIT = 30  # seconds a thread waits for its partner before the test gives up (never reached when right)


def hold_reads_on(kiosk: app.Kiosk, thread: threading.Thread, inside: threading.Event,
                  release: threading.Event) -> None:
    """When `thread` runs its first SELECT, it stops there (inside its transaction) until `release`."""

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if threading.current_thread() is thread and statement.lstrip().upper().startswith("SELECT") \
                and not inside.is_set():
            inside.set()
            release.wait(WAIT)

    event.listen(kiosk.engine, "before_cursor_execute", before)


def test_a_long_host_read_does_not_block_a_check_in(kiosk: app.Kiosk) -> None:
    [mette] = kiosk.members.add_many([NewMember(name="Mette")])
    inside, checked_in = threading.Event(), threading.Event()
    read_result: list[object] = []
    reader = threading.Thread(target=lambda: read_result.append(kiosk.presence.on()))
    hold_reads_on(kiosk, reader, inside, checked_in)
    reader.start()
    assert inside.wait(WAIT), "the reader never got to its first read"
    # The host page's read is open on the reader thread right now; the door checks someone in.
    door_result: list[object] = []

    def door() -> None:
        try:
            door_result.append(kiosk.checkin.check_in_code(mette.code))
        except Exception as exc:
            door_result.append(exc)
        finally:
            reader_open.append(reader.is_alive())  # before the reader may go on
            checked_in.set()

    reader_open: list[bool] = []
    door_thread = threading.Thread(target=door)
    door_thread.start()
    door_thread.join(WAIT)
    reader_was_open = reader_open == [True]
    checked_in.set()
    reader.join(WAIT)
    assert reader_was_open  # the read transaction was still open when the check-in committed
    [result] = door_result
    assert not isinstance(result, Exception), f"the check-in failed while a read was open: {result!r}"
    assert result.outcome is Outcome.CHECKED_IN  # type: ignore[attr-defined]
    assert read_result, "the read failed"
    # and the committed check-in is there for the next read
    assert [e.name for e in kiosk.presence.on().in_now] == ["Mette"]


def test_a_long_sync_read_does_not_block_a_check_in(kiosk: app.Kiosk) -> None:
    """The sync thread reads its queue and state while the door checks in."""
    [mette] = kiosk.members.add_many([NewMember(name="Mette")])
    inside, checked_in = threading.Event(), threading.Event()
    sync_local = kiosk.sync.local
    reader = threading.Thread(target=lambda: (sync_local.pending_count(), sync_local.state()))
    hold_reads_on(kiosk, reader, inside, checked_in)
    reader.start()
    assert inside.wait(WAIT)
    door_result: list[object] = []

    def door() -> None:
        try:
            door_result.append(kiosk.checkin.check_in_code(mette.code).outcome)
        except Exception as exc:
            door_result.append(exc)
        finally:
            reader_open.append(reader.is_alive())
            checked_in.set()

    reader_open: list[bool] = []
    door_thread = threading.Thread(target=door)
    door_thread.start()
    door_thread.join(WAIT)
    reader_was_open = reader_open == [True]
    checked_in.set()
    reader.join(WAIT)
    assert reader_was_open
    assert door_result == [Outcome.CHECKED_IN]
