"""What hosts did by hand, and when: checked someone in or out, added, edited, paused, gave a new
card, topped up, erased, exported, printed the evacuation list, changed settings.

Kept in the kiosk's database with as little personal data as the action needs: the host's and
the person's opaque ids (names are looked up when the log is read, so an erased person's rows
name nobody), a reason code or a period, never names, e-mails or codes. Rows older than
KEEP_DAYS are deleted by the door's daily purge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from kiosk.domain.audit import ACTIONS, AuditEntry

from .ports import AuditTrailTx, AuditWriteTx, Clock, Store

KEEP_DAYS = 365


@dataclass(frozen=True)
class AuditLine:
    """An entry as the host view shows it: names looked up now (an erased person has none)."""

    entry: AuditEntry
    actor_name: str
    subject_name: str


class AuditTrail:
    def __init__(self, store: Store[AuditTrailTx], clock: Clock) -> None:
        self._store, self._clock = store, clock
        self.actor: str | None = None  # the host whose view is open (set when it opens, cleared when it closes)

    def write(self, tx: AuditWriteTx, action: str, subject: str | None = None, detail: str = "") -> None:
        """Inside the action's own transaction: the action and its record commit together."""
        assert action in ACTIONS, action
        tx.add_audit(AuditEntry(self._clock.now(), self.actor, action, subject, detail[:120]))

    def record(self, action: str, subject: str | None = None, detail: str = "") -> None:
        with self._store.transaction() as tx:
            self.write(tx, action, subject, detail)

    def recent(self, limit: int = 200) -> list[AuditLine]:
        with self._store.transaction() as tx:
            entries = tx.audit_entries(limit)
            names = {mid: name for mid, name, _, _ in tx.member_names()}
        return [AuditLine(e, names.get(e.actor or "", ""), names.get(e.subject or "", "")) for e in entries]

    def prune(self, keep_days: int = KEEP_DAYS) -> int:
        with self._store.transaction() as tx:
            return tx.prune_audit(self._clock.now() - timedelta(days=keep_days))
