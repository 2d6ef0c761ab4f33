"""Guests, day passes, policies, retention and erasure on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from kiosk import app, paths
from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.members import NewMember
from kiosk.domain.checkin import Notice, Outcome, Refusal
from kiosk.domain.guests import GuestForm
from kiosk.domain.members import PlanKind
from kiosk.domain.policies import PolicyKind
from tests.fakes import FakeClock


def accept_all(kiosk: app.Kiosk) -> dict[str, int]:
    return {kind.value: p.version for kind, p in kiosk.guests.policies().items()}


def register(kiosk: app.Kiosk, **kw: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = dict(name="Jürgen Müller", visitor_type="daypass", payment_method="mobilepay",
                                   language="de", consents=accept_all(kiosk))
    base.update(kw)
    return kiosk.guests.register(GuestForm(**base))  # type: ignore[arg-type]


def db_text(kiosk: app.Kiosk) -> str:
    """Every value in every table, as text, and the raw bytes of the database file and its
    write-ahead log: to prove personal data is really gone, not just hidden."""
    path = paths.database_path(kiosk.data_dir)
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        rows = "\n".join(str(row) for t in tables for row in con.execute(f"select * from {t}"))
    finally:
        con.close()
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    return rows + raw.decode("utf-8", "replace")


def test_a_guest_registers_is_checked_in_and_the_day_pass_works_that_day_only(kiosk: app.Kiosk,
                                                                               clock: FakeClock) -> None:
    day_pass = register(kiosk)
    assert day_pass.checked_in.outcome is Outcome.CHECKED_IN
    assert day_pass.checked_in.guest and day_pass.checked_in.notices == (Notice.DAYPASS_TONIGHT,)
    assert day_pass.code.startswith("KM1:")
    presence = kiosk.presence.on()
    assert [(e.name, e.guest, e.visitor_type) for e in presence.in_now] == [("Jürgen Müller", True, "daypass")]
    clock.advance(hours=2)
    assert kiosk.checkin.check_in_code(day_pass.code).outcome is Outcome.CHECKED_OUT
    clock.advance(hours=1)
    assert kiosk.checkin.check_in_code(day_pass.code).outcome is Outcome.CHECKED_IN  # re-entry
    assert kiosk.checkin.check_in_short_code(day_pass.short_code).outcome is Outcome.REPEAT
    clock.advance(days=1)
    tomorrow = kiosk.checkin.check_in_code(day_pass.code)
    assert tomorrow.outcome is Outcome.REFUSED and tomorrow.refusal is Refusal.EXPIRED
    # guests are not on the member roster
    assert all(m.role.value != "guest" for m in kiosk.members.roster())


def test_consents_payment_and_details_are_stored_with_the_text_versions(kiosk: app.Kiosk) -> None:
    day_pass = register(kiosk, email="j@example.de", company="Müller GmbH")
    with kiosk.store.transaction() as tx:
        assert sorted((k, v) for k, v, _ in tx.consents_of(day_pass.member_id)) == [("house_rules", 1), ("privacy", 1)]
        [payment] = tx.payments(day_pass.member_id)
        details = tx.guest_details([day_pass.member_id])[day_pass.member_id]
    assert (payment.kind, payment.amount_ore, payment.method) == ("daypass", 15000, "mobilepay")
    assert (details.company, details.language, details.price_ore) == ("Müller GmbH", "de", 15000)


def test_a_new_policy_version_must_be_accepted_again(kiosk: app.Kiosk) -> None:
    old = accept_all(kiosk)
    policy = kiosk.guests.set_policy(PolicyKind.HOUSE_RULES, {"da": "Nye regler", "en": "New rules"})
    assert policy.version == 2
    assert kiosk.guests.set_policy(PolicyKind.HOUSE_RULES, {"da": "Nye regler", "en": "New rules"}).version == 2
    with pytest.raises(InvalidInput, match="version 2"):
        register(kiosk, consents=old)
    assert register(kiosk).checked_in.outcome is Outcome.CHECKED_IN
    with pytest.raises(InvalidInput, match="empty"):
        kiosk.guests.set_policy(PolicyKind.PRIVACY, {"da": "  "})


def test_bad_input_stores_nothing(kiosk: app.Kiosk) -> None:
    before = kiosk.presence.on().visits
    for bad in (dict(name="x" * 500), dict(name=""), dict(email="not-an-address"),
                dict(visitor_type="guest"), dict(visitor_type="nope"), dict(payment_method=None),
                dict(visitor_type="guest", host_member_id="0" * 16)):
        with pytest.raises(InvalidInput):
            register(kiosk, **bad)
    assert kiosk.presence.on().visits == before
    with kiosk.store.transaction() as tx:
        assert not [m for m in tx.members() if m.role.value == "guest"]
        assert tx.payments() == []


def test_member_search_for_a_guest_needs_three_letters_and_shows_few(kiosk: app.Kiosk) -> None:
    kiosk.members.add_many([NewMember(name=f"Mette Hansen {i}") for i in range(8)] +
                           [NewMember(name="Lars Mette-Berg")])
    assert kiosk.guests.find_hosts("me") == []
    assert kiosk.guests.find_hosts("  m e ") == []
    found = kiosk.guests.find_hosts("met")
    assert len(found) == 5
    assert [h.name for h in kiosk.guests.find_hosts("lars met")] == ["Lars Mette-Berg"]
    host = found[0]
    kiosk.members.set_suspended(host.member_id, True)
    assert host.member_id not in [h.member_id for h in kiosk.guests.find_hosts("mette")]
    guest = register(kiosk, name="Mette Guest", visitor_type="event")
    assert guest.member_id not in [h.member_id for h in kiosk.guests.find_hosts("mette")]


def test_a_guest_of_a_member_is_shown_with_their_host(kiosk: app.Kiosk) -> None:
    [lars] = kiosk.members.add_many([NewMember(name="Lars Holm")])
    register(kiosk, name="Ole", visitor_type="guest", host_member_id=lars.member.id)
    [entry] = kiosk.presence.on().in_now
    assert (entry.name, entry.host_name) == ("Ole", "Lars Holm")
    with kiosk.store.transaction() as tx:
        assert tx.payments() == []  # a free visit records no payment


def test_retention_deletes_guests_for_real_and_keeps_anonymous_counts(kiosk: app.Kiosk, clock: FakeClock) -> None:
    register(kiosk, name="Zebulon Quist", email="zq@example.dk", company="Quist ApS")
    [member] = kiosk.members.add_many([NewMember(name="Mette")])
    kiosk.checkin.check_in_code(member.code)
    day = kiosk.presence.today()
    assert "Zebulon" in db_text(kiosk)
    clock.advance(days=30)
    assert kiosk.privacy.purge().guests_deleted == 0  # 30 days: still kept
    clock.advance(days=1)
    report = kiosk.privacy.purge()
    assert report.guests_deleted == 1
    text = db_text(kiosk)
    for personal in ("Zebulon", "zq@example.dk", "Quist ApS"):
        assert personal not in text
    stats = kiosk.stats.period(day, day)
    assert (stats.members, stats.guests) == (1, 1)
    with kiosk.store.transaction() as tx:
        [payment] = tx.payments()
    assert payment.member_id is None and payment.amount_ore == 15000  # the books keep the amount only
    assert kiosk.privacy.purge().guests_deleted == 0


def test_a_member_can_be_erased_completely(kiosk: app.Kiosk, clock: FakeClock) -> None:
    [member] = kiosk.members.add_many([NewMember(name="Ingrid Eraseme", email="ingrid@example.dk",
                                                 plan=PlanKind.CLIPCARD, clips=5)])
    kiosk.checkin.check_in_code(member.code)
    kiosk.members.top_up(member.member.id, 10, 45000, "mobilepay")
    assert kiosk.privacy.erase(member.member.id) == "erased"
    text = db_text(kiosk)
    assert "Ingrid" not in text and "ingrid@example.dk" not in text
    assert kiosk.checkin.check_in_code(member.code).refusal is Refusal.UNKNOWN_MEMBER
    assert kiosk.stats.period(days=1).members == 1
    with pytest.raises(NotFound):
        kiosk.privacy.erase(member.member.id)


def test_top_up_adds_clips_and_records_the_payment(kiosk: app.Kiosk, clock: FakeClock) -> None:
    [member] = kiosk.members.add_many([NewMember(name="Kim", plan=PlanKind.CLIPCARD, clips=2)])
    result = kiosk.checkin.check_in_code(member.code)
    assert result.clips_left == 1 and result.notices == (Notice.LOW_CLIPS,)
    kiosk.members.top_up(member.member.id, 10, 45000, "mobilepay")
    clock.advance(days=1)
    result = kiosk.checkin.check_in_code(member.code)
    assert result.clips_left == 10 and result.notices == ()
    with kiosk.store.transaction() as tx:
        [payment] = tx.payments(member.member.id)
    assert (payment.kind, payment.clips, payment.amount_ore) == ("topup", 10, 45000)
    with pytest.raises(InvalidInput):
        kiosk.members.top_up(member.member.id, 0, 0, "host")
    [monthly] = kiosk.members.add_many([NewMember(name="Mo")])
    with pytest.raises(InvalidInput, match="no clip card"):
        kiosk.members.top_up(monthly.member.id, 5, 0, "host")


def test_member_edits_suspension_and_new_card(kiosk: app.Kiosk) -> None:
    [member] = kiosk.members.add_many([NewMember(name="Old Name")])
    assert kiosk.members.edit(member.member.id, NewMember(name="New Name", email="n@example.dk")) == "saved"
    assert kiosk.members.search("new")[0].email == "n@example.dk"
    with pytest.raises(InvalidInput):
        kiosk.members.edit(member.member.id, NewMember(name=""))
    kiosk.members.set_suspended(member.member.id, True)
    assert kiosk.checkin.check_in_code(member.code).refusal is Refusal.SUSPENDED
    kiosk.members.set_suspended(member.member.id, False)
    new = kiosk.members.new_card(member.member.id)
    assert new is not None and new.serial == 2
    assert kiosk.checkin.check_in_code(member.code).refusal is Refusal.REVOKED
    assert kiosk.checkin.check_in_code(new.code).outcome is Outcome.CHECKED_IN


def test_day_passes_stay_valid_after_the_kiosk_hands_its_roster_to_a_server(kiosk: app.Kiosk) -> None:
    """Enrolling replaces the members with the server's, but this kiosk's guests and its own key
    (which signs their passes) stay."""

    day_pass = register(kiosk)
    store = kiosk.sync.local
    store.hand_over_roster()
    store.apply_roster([], [], [], [], cursor="x:1", reset=True, final=True)
    assert kiosk.checkin.check_in_code(day_pass.code).outcome is Outcome.REPEAT
    kiosk.engine  # noqa: B018
    assert store.roster() == ([], [])
    assert not store.has_real_members()
    clock_later = kiosk.clock
    assert isinstance(clock_later, FakeClock)
    clock_later.advance(minutes=5)
    assert kiosk.checkin.check_in_code(day_pass.code).outcome is Outcome.CHECKED_OUT
    _ = timedelta


def test_a_host_checks_someone_in_by_hand_with_a_kept_reason(kiosk: app.Kiosk, clock: FakeClock) -> None:
    [member] = kiosk.members.add_many([NewMember(name="Kim", plan=PlanKind.CLIPCARD, clips=1)])
    result = kiosk.checkin.host_check_in(member.member.id, "no_card")
    assert result.outcome is Outcome.CHECKED_IN and result.clips_left == 0
    with pytest.raises(InvalidInput, match="already"):
        kiosk.checkin.host_check_in(member.member.id, "no_card")
    with kiosk.store.transaction() as tx:
        event = tx.events()[-1]
    assert (event.kind.value, event.source, event.reason) == ("check_in", "host", "clip no_card")  # spent a clip
    kiosk.checkin.host_check_out(member.member.id, "forgot")
    clock.advance(days=1)
    refused = kiosk.checkin.host_check_in(member.member.id, "other")
    assert refused.refusal is Refusal.NO_CLIPS  # the door's rule still decides
    with pytest.raises(InvalidInput):
        kiosk.checkin.host_check_in(member.member.id, "because")
