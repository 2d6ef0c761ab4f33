"""Check-ins through the real service and a real SQLite file, with an injected clock."""

import sqlite3
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.errors import StorageFailed
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.codes import issue_code
from kiosk.domain.members import PlanKind
from kiosk.store.models import EventRow


def add(kiosk, name="Mette Jensen", **kw):
    return kiosk.members.add(NewMember(name=name, **kw))


def events(kiosk):
    with Session(kiosk.engine) as s:
        return [(e.kind, e.reason, e.member_id) for e in s.scalars(select(EventRow).order_by(EventRow.seq))]


def test_check_in_then_out_and_presence(kiosk, clock):
    card = add(kiosk)
    first = kiosk.checkin.check_in_code(card.code)
    assert first.outcome is Outcome.CHECKED_IN and first.name == "Mette Jensen"
    assert first.first_name == "Mette" and first.others_in == 0
    assert [e.member_id for e in kiosk.presence.on().in_now] == [card.member.id]
    clock.advance(minutes=90)
    second = kiosk.checkin.check_in_code(card.code)
    assert second.outcome is Outcome.CHECKED_OUT
    assert second.time_today.total_seconds() == 90 * 60
    assert kiosk.presence.on().in_now == []
    assert [k for k, _, _ in events(kiosk)] == ["check_in", "check_out"]


def test_others_in_counts_everyone_else_present(kiosk):
    cards = [add(kiosk, name=f"Person {i}") for i in range(4)]
    for c in cards[:3]:
        kiosk.checkin.check_in_code(c.code)
    assert kiosk.checkin.check_in_code(cards[3].code).others_in == 3


def test_repeat_inside_guard_is_logged_and_changes_nothing(kiosk, clock):
    card = add(kiosk)
    kiosk.checkin.check_in_code(card.code)
    clock.advance(seconds=20)
    again = kiosk.checkin.check_in_code(card.code)
    assert again.outcome is Outcome.REPEAT and again.shown_as is Outcome.CHECKED_IN
    assert len(kiosk.presence.on().in_now) == 1
    assert events(kiosk)[-1][:2] == ("repeat", "checked_in")


def test_every_refusal_is_an_event_without_the_scanned_text(kiosk):
    result = kiosk.checkin.check_in_code("https://example.com/secret?name=Mette")
    assert result.refusal is Refusal.NOT_OURS
    foreign = issue_code(Ed25519PrivateKey.generate(), "0123456789abcdef", 1)
    assert kiosk.checkin.check_in_code(foreign).refusal is Refusal.FOREIGN
    assert events(kiosk) == [("refused", "not_ours", None), ("refused", "foreign", None)]


def test_unknown_member_signed_with_our_key(kiosk):
    card = add(kiosk)
    with kiosk.store.transaction() as tx:
        tx.s.execute(EventRow.__table__.delete())
        from kiosk.store.models import CardRow, MemberRow
        tx.s.execute(CardRow.__table__.delete())
        tx.s.execute(MemberRow.__table__.delete())
    assert kiosk.checkin.check_in_code(card.code).refusal is Refusal.UNKNOWN_MEMBER


def test_missed_checkout_yesterday_is_closed_and_today_checks_in(kiosk, clock):
    card = add(kiosk)
    kiosk.checkin.check_in_code(card.code)  # Monday 09:00 local, never checked out
    clock.set(datetime(2026, 3, 3, 7, 30, tzinfo=UTC))  # Tuesday 08:30 local
    result = kiosk.checkin.check_in_code(card.code)
    assert result.outcome is Outcome.CHECKED_IN
    monday = kiosk.presence.on(datetime(2026, 3, 2).date()).visits[0]
    assert monday.checkout_kind == "auto"
    assert monday.checked_out_at == datetime(2026, 3, 2, 21, 0, tzinfo=UTC)  # 22:00 local
    assert [k for k, _, _ in events(kiosk)] == ["check_in", "auto_checkout", "check_in"]


def test_close_stale_visits_without_a_scan(kiosk, clock):
    card = add(kiosk)
    kiosk.checkin.check_in_code(card.code)
    clock.set(datetime(2026, 3, 3, 6, 0, tzinfo=UTC))
    assert kiosk.checkin.close_stale_visits() == 1
    assert kiosk.checkin.close_stale_visits() == 0
    assert kiosk.presence.on().in_now == []


def test_clip_card_balance_over_days(kiosk, clock):
    card = add(kiosk, plan=PlanKind.CLIPCARD, clips=2)
    assert kiosk.checkin.check_in_code(card.code).clips_left == 1
    clock.advance(hours=2)
    kiosk.checkin.check_in_code(card.code)  # out
    clock.advance(hours=1)
    assert kiosk.checkin.check_in_code(card.code).clips_left == 1  # same day: free
    clock.advance(days=1)
    assert kiosk.checkin.check_in_code(card.code).clips_left == 0
    clock.advance(days=1)
    refused = kiosk.checkin.check_in_code(card.code)
    assert (refused.refusal, refused.clips_left) == (Refusal.NO_CLIPS, 0)


def test_short_code_manual_entry(kiosk):
    card = add(kiosk)
    typed = card.short_code.lower().replace("-", "")
    assert kiosk.checkin.check_in_short_code(typed).outcome is Outcome.CHECKED_IN
    assert kiosk.checkin.check_in_short_code("AAAA-AAAA-A").refusal is Refusal.MALFORMED


def test_committed_before_answer_survives_a_new_process(kiosk, tmp_path):
    card = add(kiosk)
    result = kiosk.checkin.check_in_code(card.code)
    # Another connection (as after a power cut and restart) sees the check-in at once.
    con = sqlite3.connect(tmp_path / "data" / "kiosk.sqlite3")
    row = con.execute("select kind, id from events order by seq desc limit 1").fetchone()
    assert row == ("check_in", result.event_id)


def test_full_disk_is_a_plain_storage_error_and_nothing_is_shown(kiosk):
    card = add(kiosk)
    with kiosk.engine.connect() as conn:
        page_count = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # Cap the database at its current size: the next write fails as on a full disk.
    from sqlalchemy import event

    @event.listens_for(kiosk.engine, "connect")
    def _cap(dbapi_conn, _):
        dbapi_conn.execute(f"PRAGMA max_page_count={page_count}")

    kiosk.engine.dispose()
    with pytest.raises(StorageFailed, match="full"):
        for _ in range(200):
            kiosk.checkin.check_in_code("not a code " + "x" * 400)
    # What was committed before is all still there, and consistent.
    event.remove(kiosk.engine, "connect", _cap)
    kiosk.engine.dispose()
    assert kiosk.checkin.check_in_code(card.code).outcome is Outcome.CHECKED_IN
