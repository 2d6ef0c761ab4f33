"""The social door at the kiosk: who is named as in now, and a withdrawal made at the door, on a
real SQLite file; the roster's consent records and phone keys as sync keeps them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk import app, paths
from kiosk.core.errors import NotFound
from kiosk.core.members import NewMember
from kiosk.domain.guests import GuestForm
from kiosk.domain.phone_pass import Algorithm, DeviceKey, device_key_id
from kiosk.domain.social import HereNow, SocialEntry, Source, Visibility
from kiosk.store.sync_store import SqlSyncStore
from tests.fakes import FakeClock


def opted_in(kiosk: app.Kiosk, member_id: str, at: datetime, tags: tuple[str, ...] = (),
             visible: bool = True) -> None:
    """A consent record as the roster brings it (the member chose on their own page)."""
    with kiosk.store.transaction() as tx:
        tx.set_visibility(Visibility(member_id, visible, tags, 1, at, Source.MEMBER_PAGE))


def sync_store(kiosk: app.Kiosk) -> SqlSyncStore:
    return SqlSyncStore(kiosk.engine, b"k" * 32)


def guest(kiosk: app.Kiosk, name: str) -> None:
    consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}
    kiosk.guests.register(GuestForm(name=name, visitor_type="daypass", payment_method="mobilepay", language="da",
                                    consents=consents))


@pytest.fixture
def people(kiosk: app.Kiosk):  # type: ignore[no-untyped-def]
    return kiosk.members.add_many([NewMember(name="Anna Holm"), NewMember(name="Lars Bak"),
                                   NewMember(name="Mette Sø"), NewMember(name="Ole Ude")])


def test_nobody_opted_in_shows_only_numbers(kiosk: app.Kiosk, people) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.social.here_now() == HereNow((), 0)
    for p in people[:3]:
        kiosk.checkin.check_in_code(p.code)
    guest(kiosk, "Gitte Gæst")
    assert kiosk.social.here_now() == HereNow((), 4)
    assert kiosk.social.here_now(exclude=people[0].member.id) == HereNow((), 3)


def test_opted_in_members_are_named_with_tags_and_guests_never(kiosk: app.Kiosk, clock: FakeClock,
                                                               people) -> None:  # type: ignore[no-untyped-def]
    anna, lars, mette, ole = people
    opted_in(kiosk, anna.member.id, clock.now(), ("web design",))
    opted_in(kiosk, lars.member.id, clock.now(), ("3D print", "beekeeping"))
    opted_in(kiosk, ole.member.id, clock.now())  # opted in, but not in: never shown
    for p in (anna, lars, mette):
        kiosk.checkin.check_in_code(p.code)
    guest(kiosk, "Gitte Gæst")
    assert kiosk.social.here_now() == HereNow((("Anna", ("web design",)), ("Lars", ("3D print", "beekeeping"))), 2)
    # The one being welcomed is left out: "Lars and 2 others are in" is said to Anna.
    assert kiosk.social.here_now(exclude=anna.member.id) == HereNow((("Lars", ("3D print", "beekeeping")),), 2)
    clock.advance(minutes=5)
    kiosk.checkin.check_in_code(lars.code)  # Lars leaves
    assert kiosk.social.here_now() == HereNow((("Anna", ("web design",)),), 2)


def test_a_welcome_reads_what_the_three_questions_answer(kiosk: app.Kiosk, clock: FakeClock,
                                                         people) -> None:  # type: ignore[no-untyped-def]
    """welcome() is one read for the door's welcome: the same answers as here_now(),
    here_now(exclude=...) and visibility(), for a shown, a hidden and a never-chosen member."""
    anna, lars, mette, _ = people
    opted_in(kiosk, anna.member.id, clock.now(), ("web design",))
    opted_in(kiosk, lars.member.id, clock.now(), visible=False)
    for p in (anna, lars, mette):
        kiosk.checkin.check_in_code(p.code)
    guest(kiosk, "Gitte Gæst")
    for p in (anna, lars, mette):
        choice = kiosk.social.visibility(p.member.id)
        assert kiosk.social.welcome(p.member.id) == (
            kiosk.social.here_now(), kiosk.social.here_now(exclude=p.member.id), bool(choice and choice.visible))
    assert kiosk.social.welcome(anna.member.id)[2] is True
    assert kiosk.social.welcome(lars.member.id)[2] is False
    assert kiosk.social.welcome(anna.member.id)[1] == HereNow((), 3)


def test_a_hidden_choice_counts_but_never_names(kiosk: app.Kiosk, clock: FakeClock, people) -> None:  # type: ignore[no-untyped-def]
    anna = people[0]
    opted_in(kiosk, anna.member.id, clock.now(), visible=False)
    kiosk.checkin.check_in_code(anna.code)
    assert kiosk.social.here_now() == HereNow((), 1)
    assert kiosk.social.visibility(anna.member.id).visible is False  # type: ignore[union-attr]
    assert kiosk.social.visibility(people[1].member.id) is None  # never chosen


def test_a_withdrawal_hides_the_member_at_once_and_a_standalone_kiosk_just_records_it(
        kiosk: app.Kiosk, clock: FakeClock, people) -> None:  # type: ignore[no-untyped-def]
    anna = people[0]
    opted_in(kiosk, anna.member.id, clock.now() - timedelta(days=3), ("web design",))
    kiosk.checkin.check_in_code(anna.code)
    assert kiosk.social.here_now().named == (("Anna", ("web design",)),)
    hidden = kiosk.social.withdraw(anna.member.id)
    assert (hidden.visible, hidden.tags, hidden.source, hidden.decided_at) == (False, (), Source.DOOR, clock.now())
    assert kiosk.social.here_now() == HereNow((), 1)
    assert kiosk.social.visibility(anna.member.id) == hidden
    assert sync_store(kiosk).requests() == []  # not enrolled: nothing to send anywhere
    with pytest.raises(NotFound):
        kiosk.social.withdraw("00000000000000ff")


def test_a_withdrawal_holds_even_when_this_door_s_clock_runs_behind(kiosk: app.Kiosk, clock: FakeClock,
                                                                    people) -> None:  # type: ignore[no-untyped-def]
    anna = people[0]
    chosen_at = clock.now() + timedelta(minutes=10)  # the server's clock is ahead of this door's
    opted_in(kiosk, anna.member.id, chosen_at, ("web design",))
    kiosk.checkin.check_in_code(anna.code)
    hidden = kiosk.social.withdraw(anna.member.id)
    assert hidden.decided_at > chosen_at and not hidden.visible
    assert kiosk.social.here_now() == HereNow((), 1)


def test_an_enrolled_kiosk_sends_the_withdrawal_to_the_server(kiosk: app.Kiosk, clock: FakeClock,
                                                               people) -> None:  # type: ignore[no-untyped-def]
    anna = people[0]
    local = sync_store(kiosk)
    local.set_state(url="http://127.0.0.1:9", token="t")  # enrolled (the server is not asked here)
    kiosk.social.withdraw(anna.member.id)
    [(body, state, _)] = local.requests()
    assert state == "unsent"
    assert {k: body[k] for k in ("op", "member_id")} == {"op": "hide", "member_id": anna.member.id}
    assert datetime.fromisoformat(str(body["decided_at"])) == clock.now()
    assert "visible" not in body and "tags" not in body  # the door can only ask to hide


def phone(member_id: str, revoked: bool = False) -> DeviceKey:
    spki = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return DeviceKey(device_key_id(spki), member_id, Algorithm.ECDSA_P256, spki, revoked)


def test_the_roster_s_newer_record_wins_and_its_phone_list_replaces_the_door_s(
        kiosk: app.Kiosk, clock: FakeClock, people) -> None:  # type: ignore[no-untyped-def]
    anna = people[0]
    member = kiosk.members.roster()[0]
    assert member.id == anna.member.id
    local = sync_store(kiosk)
    t0 = clock.now()

    def pull(choice: Visibility | None, devices: tuple[DeviceKey, ...]) -> None:
        local.apply_roster([member], [], [], [], "c", False, True, social={member.id: SocialEntry(choice, devices)})

    one, two = phone(member.id), phone(member.id)
    pull(Visibility(member.id, True, ("web design",), 1, t0, Source.MEMBER_PAGE), (one, two))
    assert kiosk.social.visibility(member.id).visible  # type: ignore[union-attr]
    with kiosk.store.reading() as tx:
        assert set(tx.device_keys()) == {one.key_id, two.key_id}
    clock.advance(minutes=1)
    hidden = kiosk.social.withdraw(member.id)  # at this door, before the server heard of it
    pull(Visibility(member.id, True, ("web design",), 1, t0, Source.MEMBER_PAGE), (replace_revoked(one),))
    assert kiosk.social.visibility(member.id) == hidden  # an older record never undoes a withdrawal
    with kiosk.store.reading() as tx:
        keys = tx.device_keys()
    assert set(keys) == {one.key_id} and keys[one.key_id].revoked
    # The member opts in again later on their page: the newer record holds here too.
    again = Visibility(member.id, True, ("EU grants",), 1, clock.advance(minutes=5), Source.MEMBER_PAGE)
    pull(again, ())
    assert kiosk.social.visibility(member.id) == again
    pull(None, ())  # a roster entry without a record leaves the one here
    assert kiosk.social.visibility(member.id) == again


def replace_revoked(key: DeviceKey) -> DeviceKey:
    return DeviceKey(key.key_id, key.member_id, key.algorithm, key.public_key_der, True)


def test_erasure_takes_the_consent_record_and_phones_with_the_member(kiosk: app.Kiosk, clock: FakeClock,
                                                                    people) -> None:  # type: ignore[no-untyped-def]
    anna = people[0]
    member = kiosk.members.roster()[0]
    key = phone(member.id)
    sync_store(kiosk).apply_roster([member], [], [], [], "c", False, True, social={member.id: SocialEntry(
        Visibility(member.id, True, ("Bienenzucht-Erasetag",), 1, clock.now(), Source.MEMBER_PAGE), (key,))})
    kiosk.checkin.check_in_code(anna.code)
    kiosk.privacy.erase(anna.member.id)
    con = sqlite3.connect(paths.database_path(kiosk.data_dir))
    try:
        assert con.execute("select count(*) from member_visibility").fetchone() == (0,)
        assert con.execute("select count(*) from device_keys").fetchone() == (0,)
    finally:
        con.close()
    path = paths.database_path(kiosk.data_dir)
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    assert b"Erasetag" not in raw and key.public_key_der not in raw
    assert kiosk.social.here_now() == HereNow((), 0)


def test_a_guest_s_name_passed_to_their_host_goes_when_either_is_erased(kiosk: app.Kiosk, clock: FakeClock,
                                                                        people) -> None:  # type: ignore[no-untyped-def]
    lars = people[1]
    consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}

    def arrive(name: str, share: bool) -> str:
        return kiosk.guests.register(GuestForm(name=name, visitor_type="guest", host_member_id=lars.member.id,
                                               share_name_with_host=share, language="de", consents=consents)).member_id

    told, untold = arrive("Jürgen Weißnamig", True), arrive("Ingrid Ohnename", False)
    with kiosk.store.reading() as tx:
        arrivals = {e.member_id: (e.host_member_id, e.guest_name) for e in tx.events()}
    assert arrivals[told] == (lars.member.id, "Jürgen Weißnamig")
    assert arrivals[untold] == (lars.member.id, None)  # told only that a guest came
    kiosk.privacy.erase(told)
    kiosk.privacy.erase(lars.member.id)  # the host erased: whom the other guest visited goes too
    with kiosk.store.reading() as tx:
        assert all((e.host_member_id, e.guest_name) == (None, None) for e in tx.events())
    path = paths.database_path(kiosk.data_dir)
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    assert "Weißnamig".encode() not in raw
