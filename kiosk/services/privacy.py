"""Retention and erasure: guests' personal data is deleted for real after the retention period,
and anyone can be erased on request; only anonymous visit times remain (docs/data-retention.md)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.core.errors import NotFound
from kiosk.domain.members import Role
from kiosk.domain.problems import Code

from .audit import AuditTrail
from .live_settings import LiveSettings
from .members import MemberAdmin
from .ports import Clock, ErasureLog, LoggedStore, PrivacyTx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeReport:
    kept_from: date  # guests whose day is on or after this day are kept
    guests_deleted: int


class PrivacyService:
    def __init__(self, store: LoggedStore[PrivacyTx], clock: Clock, settings: LiveSettings, members: MemberAdmin,
                 audit: AuditTrail | None = None, journal: ErasureLog | None = None) -> None:
        self._store, self._clock, self._settings = store, clock, settings
        self._audit = audit
        self._journal = journal
        self._members = members

    @property
    def retention_days(self) -> int:
        return self._settings.current().retention_days

    def purge(self, retention_days: int | None = None) -> PurgeReport:
        """Delete every guest whose day pass was for a day more than the retention period ago."""
        settings = self._settings.current()
        days = settings.retention_days if retention_days is None else retention_days
        today = settings.rules().local_day(self._clock.now())
        kept_from = today - timedelta(days=days)
        with self._store.transaction() as tx:
            deleted = tx.forget(tx.guests_registered_before(kept_from))
        if self._audit is not None:
            self._audit.prune()
        if self._journal is not None:
            # No backup older than the retention period is kept or restored (backup_keeper.py).
            self._journal.trim(self._clock.now() - timedelta(days=days + 1))
        if deleted:
            self._store.flush_log()
            log.info("retention: deleted %d guests", deleted, extra={"event": "purge", "deleted": deleted})
        return PurgeReport(kept_from=kept_from, guests_deleted=deleted)

    def erase(self, member_id: str) -> str:
        """Erase one person now. A guest, or a member of a kiosk that keeps its own roster, is
        deleted here at once. On an enrolled kiosk a member is also erased on the server, whose
        tombstone takes them off every other kiosk. Returns "erased" or "erased_and_requested"."""
        with self._store.reading() as tx:
            member = tx.member(member_id)
            if member is None:
                raise NotFound(f"no member or guest with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
        requested = member.role is not Role.GUEST and self._members.server_owned
        if requested:
            self._members.request("erase", member_id)
        if self._journal is not None:  # first: a restored backup must forget them too
            self._journal.record([member_id], self._clock.now())
        with self._store.transaction() as tx:
            tx.forget([member_id])
            if member.demo and not any(m.demo for m in tx.members()):
                tx.remove_demo_keys()  # the last demo member gone: the published key admits no one
            if self._audit is not None:
                self._audit.write(tx, "erase", member_id, "requested" if requested else "")
        self._store.flush_log()
        log.info("erased a person", extra={"event": "erase", "member_id": member_id})
        return "erased_and_requested" if requested else "erased"

    def erase_again(self, member_ids: list[str]) -> int:
        """After a restore: erase again everyone the journal names who is in the restored
        database (the same deletion as erase, so names leave the file's bytes too). Returns how many."""
        with self._store.transaction() as tx:
            present = [m for m in dict.fromkeys(member_ids) if tx.member(m) is not None]
            erased = tx.forget(present)
            if erased and self._audit is not None:
                self._audit.write(tx, "erase", None, f"{erased} again after a restore")
        self._store.flush_log()
        if erased:
            log.info("erased again after a restore", extra={"event": "erase_again", "erased": erased})
        return erased
