"""Signing keys on the server: a rotated key signs new cards while the old cards stay valid; a
revoked key's cards are refused at every kiosk after its next pull, and so is any new card forged
with it; the key that signs new cards cannot be revoked before a rotation."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.codes import issue_code, key_id_of, verify_code
from kiosk.server.keyring import new_signing_key
from kiosk.server.store import ServerError


def test_rotate_then_revoke_reaches_the_kiosk(server, kiosk_at, tmp_path):
    store = server.store
    (old,) = store.add_members([{"name": "Old Card"}])
    first_key = store.key
    first_id = key_id_of(first_key.public_key())
    new_id = store.rotate_key(new_signing_key(store.keys_dir))
    assert new_id != first_id and (store.keys_dir / f"card-signing-{new_id}.pem").stat().st_mode & 0o777 == 0o600
    (new,) = store.add_members([{"name": "New Card"}])
    trusted: dict[str, Ed25519PublicKey] = {k: v.public_key() for k, v in store.ring.items()}
    assert verify_code(new.code, trusted).key_id == new_id
    assert store.card(old.member.id).code == old.code  # a reprint of an old card: its own key still
    kiosk = kiosk_at()
    server.enroll(kiosk)
    assert kiosk.checkin.check_in_code(old.code).outcome is Outcome.CHECKED_IN
    assert kiosk.checkin.check_in_code(new.code).outcome is Outcome.CHECKED_IN

    with pytest.raises(ServerError, match="rotate first"):
        store.revoke_key(new_id, "no")
    assert store.revoke_key(first_id, "laptop stolen") == 1
    assert {k["key_id"]: k["reason"] for k in store.signing_keys()}[first_id] == "laptop stolen"
    forged = issue_code(first_key, new.member.id, 7)  # a new card made with the stolen key
    report = kiosk.sync.run_once()
    assert report.error is None and report.roster_matches
    # Refused, and the reason says why: the key left the kiosk's trust, and the last pull noted
    # it as revoked (state["revoked_keys"]), so the card is not taken for another space's.
    refused = kiosk.checkin.check_in_code(old.code)
    assert refused.outcome is Outcome.REFUSED and refused.refusal is Refusal.KEY_REVOKED
    # The key's cards were revoked with it: typed by its short code, the card says "revoked".
    assert kiosk.checkin.check_in_short_code(old.short_code).refusal is Refusal.REVOKED
    assert kiosk.checkin.check_in_code(forged).refusal is Refusal.KEY_REVOKED
    from kiosk.core.keys import load_or_create_signing_key
    from kiosk.domain.codes import new_member_id

    stranger = load_or_create_signing_key(tmp_path / "another-space.pem")  # a key never on this server
    assert kiosk.checkin.check_in_code(issue_code(stranger, new_member_id(b"12345678"), 1)).refusal is Refusal.FOREIGN
    assert kiosk.checkin.check_in_code(new.code).outcome in (Outcome.CHECKED_OUT, Outcome.REPEAT)
    assert first_id in kiosk.sync.local.state()["revoked_keys"]
    with pytest.raises(ServerError):
        store.card(old.member.id)  # no valid card left: issue a new one
    assert verify_code(store.new_card(old.member.id).code, trusted).key_id == new_id


def test_keys_commands(tmp_path, capsys):
    from kiosk.entry import main

    data = ["--data-dir", str(tmp_path / "server")]
    assert main(["server", "members", "add", "--name", "Mette", *data]) == 0
    assert main(["server", "keys", "rotate", *data]) == 0
    assert main(["server", "keys", "list", "--json", *data]) == 0
    import json

    keys = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    old = next(k["key_id"] for k in keys if not k["signs_new_cards"])
    current = next(k["key_id"] for k in keys if k["signs_new_cards"])
    assert main(["server", "keys", "revoke", current, *data]) == 2  # rotate first
    assert main(["server", "keys", "revoke", old, "--reason", "lost", *data]) == 2  # asks; nobody to ask here
    assert f"revoke key {old}: its 1 valid cards" in capsys.readouterr().err
    assert main(["server", "keys", "revoke", old, "--reason", "lost", "--yes", *data]) == 0
    assert "revoked key" in capsys.readouterr().out


def test_a_card_signed_by_another_current_server_key_is_refused(server, kiosk_at):
    """Issue 19, minor: the README says server cards are accepted only under the key that issued
    them, yet a card issued under one server key and signed by another current one was accepted."""
    store = server.store
    first_key = store.key
    (old,) = store.add_members([{"name": "Old Card"}])  # issued under the first key
    new_key = new_signing_key(store.keys_dir)
    store.rotate_key(new_key)
    (new,) = store.add_members([{"name": "New Card"}])  # issued under the second
    kiosk = kiosk_at()
    server.enroll(kiosk)
    assert kiosk.sync.run_once().roster_matches
    swapped_old = issue_code(new_key, old.member.id, old.serial)
    swapped_new = issue_code(first_key, new.member.id, new.serial)
    for forged in (swapped_old, swapped_new):
        refused = kiosk.checkin.check_in_code(forged)
        assert refused.outcome is Outcome.REFUSED and refused.refusal is Refusal.WRONG_ISSUER
    assert kiosk.checkin.check_in_code(old.code).outcome is Outcome.CHECKED_IN
    assert kiosk.checkin.check_in_code(new.code).outcome is Outcome.CHECKED_IN
