"""The roster change feed: a log whose numbers are handed out in commit order.

A kiosk pages the log by `seq > cursor` (docs/sync-protocol.md, "Why a page never skips"). That
is only safe if no change can ever become visible with a number below one a kiosk has already
been given. On PostgreSQL a sequence number is taken at insert and becomes visible at commit, so
two transactions can commit their numbers out of order. Here the change rows of a transaction are
therefore not written as the changes happen: they are collected on the session, and written at
commit time under a database-wide lock (a transaction-scoped advisory lock, released by the
commit itself). Numbers are thus taken in the order the transactions commit, and the committed
log is always a prefix of the numbers taken (gaps only where a transaction rolled back, which no
later commit ever fills). SQLite serializes writers already (BEGIN IMMEDIATE): no lock needed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from .models import ChangeRow

# Any constant shared by every server process: "kiosk" in ASCII.
FEED_LOCK = 0x6B696F736B
_PENDING = "roster_changes"


class ServerSession(Session):
    """A session of the server's store: roster changes logged in it reach the feed at commit."""


def log_change(s: Session, kind: str, ref: str) -> None:
    """Note that an entity changed; its change row is written when the transaction commits."""
    pending: dict[tuple[str, str], None] = s.info.setdefault(_PENDING, {})
    pending.pop((kind, ref), None)  # once per transaction, in the order of its last change
    pending[(kind, ref)] = None


@event.listens_for(ServerSession, "before_commit")
def _append_in_commit_order(s: Session) -> None:
    pending: dict[tuple[str, str], None] = s.info.pop(_PENDING, {})
    if not pending:
        return
    # Every other write of this transaction first, so that holding the lock we never wait for a
    # row lock (no deadlock), and hold it only for the change rows and the commit.
    s.flush()
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK})
    now = datetime.now(UTC)
    s.add_all([ChangeRow(kind=kind, ref=ref, at=now) for kind, ref in pending])


@event.listens_for(ServerSession, "after_rollback")
def _forget(s: Session) -> None:
    s.info.pop(_PENDING, None)


def parse_cursor(cursor: str | None, server_id: str, newest: int) -> int | None:
    """The change number a kiosk's cursor stands after, or None when it needs a snapshot:
    no cursor, another server database's, or beyond the newest change (a restored backup)."""
    if not cursor:
        return None
    cursor_server, _, seq_text = cursor.partition(":")
    if cursor_server != server_id or not seq_text.isascii() or not seq_text.isdigit() or len(seq_text) > 19:
        return None
    seq = int(seq_text)
    return seq if seq <= newest else None
