"""Cards bound to their issuer (issue 9, item 1): forged cards from keys the kiosk trusts for
something else are refused with a clear reason; rotation and revocation of the kiosk's own key."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk import app, paths
from kiosk.admin.demo import seed_demo_if_new
from kiosk.admin.keys import list_keys, revoke_key, rotate_key
from kiosk.core.errors import InvalidInput
from kiosk.core.keys import load_private_key
from kiosk.core.members import NewMember
from kiosk.domain.codes import issue_code, key_id_of, short_code_for
from kiosk.domain.members import Card, Member, Plan, PlanKind, Role
from kiosk.store.sync_store import SqlSyncStore
from tests.conftest import build_kiosk, kiosk_command

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "kiosk-schema"
DEMO_KEY = load_private_key(paths.DEMO_KEY)
HOST_ID = "0000000000000a02"  # Henrik Host in the fixtures, signed by the kiosk's own key


class FixedClock:
    def __init__(self) -> None:
        self.at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.at


def _old_kiosk(tmp_path: Path) -> app.Kiosk:
    """A kiosk upgraded from the last schema before issuers: demo members, the demo key and real
    members side by side, as every kiosk started once and then used for real has them."""
    data = tmp_path / "data"
    (data / "keys").mkdir(parents=True)
    shutil.copy(FIXTURES / "0006.sqlite3", paths.database_path(data))
    shutil.copy(FIXTURES / "card-signing-key.pem", paths.signing_key_path(data))
    shutil.copy(FIXTURES / "short-code-key", paths.short_code_key_path(data))
    return build_kiosk(data, clock=FixedClock())


def test_a_host_card_forged_with_the_published_demo_key_is_refused(tmp_path):
    kiosk = _old_kiosk(tmp_path)
    try:
        forged = issue_code(DEMO_KEY, HOST_ID, 2)
        result = kiosk.checkin.check_in_code(forged)
        assert result.outcome.value == "refused" and result.refusal == "wrong_issuer"
        assert not result.host  # the host view does not open
        genuine = issue_code(load_private_key(paths.signing_key_path(kiosk.data_dir)), HOST_ID, 2)
        assert kiosk.checkin.check_in_code(genuine).outcome.value == "checked_in"
        # the demo members still work with the demo key, until a real member is added
        assert kiosk.checkin.check_in_code(issue_code(DEMO_KEY, "de00000000000001", 2)).outcome.value == "checked_in"
    finally:
        kiosk.close()


def test_a_host_added_after_demo_seeding_cannot_be_forged_with_the_demo_key(tmp_path):
    kiosk = build_kiosk(tmp_path / "data", clock=FixedClock())
    try:
        seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
        assert kiosk.members.demo_will_go()
        host = kiosk.members.add(NewMember(name="Hanne Host", role=Role.HOST))
        assert not any(m.demo for m in kiosk.members.roster())  # the first real member ends the demo
        assert not kiosk.members.demo_will_go()
        result = kiosk.checkin.check_in_code(issue_code(DEMO_KEY, host.member.id, host.serial))
        assert result.outcome.value == "refused" and not result.host
        assert kiosk.checkin.check_in_code(host.code).host
    finally:
        kiosk.close()


def test_a_demo_members_card_reprints_with_the_demo_key_and_still_works(tmp_path):
    kiosk = build_kiosk(tmp_path / "data", clock=FixedClock())
    try:
        seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
        demo = next(m for m in kiosk.members.roster() if m.demo)
        reprint = kiosk.members.card(demo.id)
        assert kiosk.checkin.check_in_code(reprint.code).outcome.value == "checked_in"
    finally:
        kiosk.close()


def _enroll_with_roster(kiosk: app.Kiosk, server_key: Ed25519PrivateKey, member_id: str) -> str:
    """The server's roster arriving at the kiosk as a pull applies it (the sync store's own path)."""
    member = Member(id=member_id, name="Servered Member", plan=Plan(kind=PlanKind.MONTHLY), role=Role.HOST)
    code = issue_code(server_key, member_id, 1)
    raw = server_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    with kiosk.store.transaction() as tx:
        hashed = tx.hash_short_code(short_code_for(code))
    SqlSyncStore(kiosk.engine, kiosk.store._short_code_key).apply_roster(
        [member], [Card(member_id, 1, hashed)], [(key_id_of(server_key.public_key()), raw, "server")],
        [], cursor="c1", reset=True, final=True)
    return code


def test_the_kiosks_own_guest_key_cannot_forge_a_server_members_card(tmp_path):
    kiosk = build_kiosk(tmp_path / "data", clock=FixedClock())
    try:
        server_key = Ed25519PrivateKey.generate()
        genuine = _enroll_with_roster(kiosk, server_key, "5e00000000000001")
        own = load_private_key(paths.signing_key_path(kiosk.data_dir))
        forged = kiosk.checkin.check_in_code(issue_code(own, "5e00000000000001", 1))
        assert forged.outcome.value == "refused" and forged.refusal == "wrong_issuer" and not forged.host
        demo_forged = kiosk.checkin.check_in_code(issue_code(DEMO_KEY, "5e00000000000001", 1))
        assert demo_forged.outcome.value == "refused"
        assert kiosk.checkin.check_in_code(genuine).outcome.value == "checked_in"
    finally:
        kiosk.close()


def test_a_guests_day_pass_is_bound_to_the_kiosks_own_key(tmp_path):
    kiosk = build_kiosk(tmp_path / "data", clock=FixedClock())
    try:
        server_key = Ed25519PrivateKey.generate()
        _enroll_with_roster(kiosk, server_key, "5e00000000000001")
        with kiosk.store.transaction() as tx:  # a guest of this door, as GuestService writes one
            guest = Member(id="9e00000000000001", name="Gæst", role=Role.GUEST,
                           plan=Plan(kind=PlanKind.DAYPASS, valid_from=date(2026, 3, 2), valid_until=date(2026, 3, 2)))
            tx.add_member(guest)
            own = load_private_key(paths.signing_key_path(kiosk.data_dir))
            tx.add_card(Card(guest.id, 1, tx.hash_short_code(short_code_for(issue_code(own, guest.id, 1))),
                             issuer=key_id_of(own.public_key())))
        forged = kiosk.checkin.check_in_code(issue_code(server_key, guest.id, 1))
        assert forged.refusal == "wrong_issuer"
        assert kiosk.checkin.check_in_code(issue_code(own, guest.id, 1)).outcome.value == "checked_in"
    finally:
        kiosk.close()


def test_rotation_keeps_old_cards_until_the_old_key_is_revoked(tmp_path):
    clock = FixedClock()
    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    old = kiosk.members.add(NewMember(name="Olga Old"))
    old_key_id = key_id_of(load_private_key(paths.signing_key_path(kiosk.data_dir)).public_key())
    new_key_id = rotate_key(kiosk.data_dir, kiosk.store)
    kiosk.close()
    assert new_key_id != old_key_id

    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    try:
        assert kiosk.checkin.check_in_code(old.code).outcome.value == "checked_in"
        fresh = kiosk.members.add(NewMember(name="Nina New"))
        assert fresh.code != issue_code(load_private_key(paths.signing_key_path(kiosk.data_dir)), old.member.id, 1)
        with pytest.raises(InvalidInput, match="earlier key"):
            kiosk.members.card(old.member.id)  # the same code again needs the old private key: gone
        with pytest.raises(InvalidInput, match="kiosk keys rotate"):
            revoke_key(kiosk.data_dir, kiosk.store, new_key_id)
        assert revoke_key(kiosk.data_dir, kiosk.store, old_key_id) == 1
        clock.at = clock.at.replace(hour=12)
        refused = kiosk.checkin.check_in_code(old.code)
        assert refused.outcome.value == "refused" and refused.refusal == "key_revoked"
        assert kiosk.checkin.check_in_short_code(old.short_code).refusal == "key_revoked"
        assert kiosk.checkin.check_in_code(fresh.code).outcome.value == "checked_in"
        reissued = kiosk.members.new_card(old.member.id)
        assert reissued is not None
        assert kiosk.checkin.check_in_code(reissued.code).outcome.value in ("checked_in", "checked_out")
        keys = {k.key_id: k for k in list_keys(kiosk.data_dir, kiosk.store)}
        assert keys[old_key_id].revoked and keys[new_key_id].signing
    finally:
        kiosk.close()


def test_kiosk_keys_on_the_command_line(tmp_path):
    data = tmp_path / "data"
    build_kiosk(data).close()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return kiosk_command(*args, "--data-dir", str(data))

    first = key_id_of(load_private_key(paths.signing_key_path(data)).public_key())
    done = cli("keys", "rotate")
    assert done.returncode == 0, done.stderr
    assert cli("keys", "revoke", "ffffffff").returncode == 2
    asked = cli("keys", "revoke", first)  # asks once, saying what will happen; nobody to ask here
    assert asked.returncode == 2 and f"revoke key {first}" in asked.stderr and "live cards" in asked.stderr
    assert "REVOKED" not in cli("keys", "list").stdout
    assert cli("keys", "revoke", first, "--yes").returncode == 0
    listed = cli("keys", "list")
    assert first in listed.stdout and "REVOKED" in listed.stdout and "signs new cards" in listed.stdout


def test_erasing_the_demo_members_one_by_one_ends_the_demo_keys_trust(tmp_path):
    """Issue 19, minor: erasing every demo member by hand left the published demo key trusted."""
    kiosk = build_kiosk(tmp_path / "data", clock=FixedClock())
    try:
        seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
        demo = [m for m in kiosk.members.roster() if m.demo]
        assert demo and any(k.demo for k in list_keys(kiosk.data_dir, kiosk.store))
        for member in demo[:-1]:
            kiosk.privacy.erase(member.id)
            assert any(k.demo for k in list_keys(kiosk.data_dir, kiosk.store))  # trusted while a demo member remains
        kiosk.privacy.erase(demo[-1].id)
        assert not any(k.demo for k in list_keys(kiosk.data_dir, kiosk.store))
        result = kiosk.checkin.check_in_code(issue_code(DEMO_KEY, demo[-1].id, 1))
        assert result.outcome.value == "refused"
    finally:
        kiosk.close()
