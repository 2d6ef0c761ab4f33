"""PrivacyService on a real kiosk (its SQLite file and erasure journal): the retention period
given to purge wins over the setting, the journal keeps an erasure exactly as long as a backup
may bring the person back, the audit names whom an erasure was for, and erasing again after a
restore counts and audits what it did. Written for the survivors of `tools/mutation.sh
"kiosk.services.privacy*"` (docs/contributing.md, Mutation testing)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk import app
from kiosk.core.errors import NotFound
from kiosk.core.members import NewMember
from kiosk.domain.problems import Code
from kiosk.services.guests import GuestForm
from tests.fakes import FakeClock


def register(kiosk: app.Kiosk, name: str) -> str:
    consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}
    day_pass = kiosk.guests.register(GuestForm(name=name, visitor_type="daypass", payment_method="mobilepay",
                                               language="da", consents=consents))
    return day_pass.member_id


def audit_rows(kiosk: app.Kiosk) -> list[tuple[str, str | None, str]]:
    with kiosk.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT action, subject, detail FROM audit_log ORDER BY id")
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_retention_given_to_purge_wins_over_the_setting(kiosk: app.Kiosk, clock: FakeClock) -> None:
    assert kiosk.privacy.retention_days == 30
    register(kiosk, "Zebulon Quist")
    clock.advance(days=3)
    assert kiosk.privacy.purge().guests_deleted == 0  # the setting: 30 days
    report = kiosk.privacy.purge(retention_days=2)
    assert report.guests_deleted == 1
    assert report.kept_from == kiosk.presence.today() - timedelta(days=2)


def test_purge_trims_the_erasure_journal_to_the_retention_period_and_a_day(kiosk: app.Kiosk,
                                                                         clock: FakeClock) -> None:
    [old, recent] = kiosk.members.add_many([NewMember(name="Old Erasure"), NewMember(name="Recent Erasure")])
    kiosk.privacy.erase(old.member.id)
    clock.advance(days=10)
    kiosk.privacy.erase(recent.member.id)
    assert [e.member_id for e in kiosk.journal.entries()] == [old.member.id, recent.member.id]
    clock.advance(days=1)
    kiosk.privacy.purge(retention_days=30)
    assert len(kiosk.journal.entries()) == 2  # a backup of 30 days ago may still hold both
    kiosk.privacy.purge(retention_days=10)  # the erasure 11 days ago: a backup of 10 days and a night may hold it
    assert len(kiosk.journal.entries()) == 2
    kiosk.privacy.purge(retention_days=9)  # entries older than 10 days go: no backup that old is kept
    assert [e.member_id for e in kiosk.journal.entries()] == [recent.member.id]


def test_an_erasure_is_journalled_audited_under_its_id_and_said(kiosk: app.Kiosk) -> None:
    [mette] = kiosk.members.add_many([NewMember(name="Mette Jensen")])
    assert kiosk.privacy.erase(mette.member.id) == "erased"  # a kiosk that keeps its own roster
    assert [e.member_id for e in kiosk.journal.entries()] == [mette.member.id]
    assert audit_rows(kiosk)[-1] == ("erase", mette.member.id, "")
    with kiosk.store.reading() as tx:
        assert tx.member(mette.member.id) is None
    with pytest.raises(NotFound) as gone:
        kiosk.privacy.erase(mette.member.id)
    assert gone.value.code is Code.MEMBER_NOT_FOUND and mette.member.id in str(gone.value)


def test_erasing_again_after_a_restore_counts_only_who_is_there_once(kiosk: app.Kiosk) -> None:
    [anna, bo] = kiosk.members.add_many([NewMember(name="Anna Holm"), NewMember(name="Bo Berg")])
    guest = register(kiosk, "Gæst Gæstesen")
    assert kiosk.privacy.erase_again([anna.member.id, anna.member.id, guest, "no-such-id"]) == 2
    assert audit_rows(kiosk)[-1] == ("erase", None, "2 again after a restore")
    with kiosk.store.reading() as tx:
        assert tx.member(anna.member.id) is None and tx.member(guest) is None
        assert tx.member(bo.member.id) is not None
    before = audit_rows(kiosk)
    assert kiosk.privacy.erase_again([anna.member.id]) == 0  # nobody left to erase: nothing audited
    assert audit_rows(kiosk) == before
