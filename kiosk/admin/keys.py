"""Whose cards this kiosk accepts: its own signing key, rotating it, revoking a key."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk import paths
from kiosk.core.errors import InvalidInput
from kiosk.core.keys import load_private_key, write_new_secret, write_new_signing_key
from kiosk.domain.codes import key_id_of
from kiosk.store.door_store import SqlDoorStore, SqlDoorTx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    label: str
    own: bool
    demo: bool
    revoked: bool
    signing: bool  # signs this kiosk's new cards now
    live_cards: int


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def trust_own_key(tx: SqlDoorTx, signing_key: Ed25519PrivateKey) -> None:
    """This kiosk's key is trusted here; cards the issuer migration could not place (no key of
    this kiosk was on record then) were signed here: nothing else signs cards on a kiosk
    without the server's roster."""
    own_key_id = key_id_of(signing_key.public_key())
    if own_key_id not in tx.trusted_keys():
        tx.add_trusted_key(own_key_id, raw_public(signing_key), label="this kiosk", demo=False, own=True)
    tx.claim_unissued_cards(own_key_id)


def list_keys(data_dir: Path, store: SqlDoorStore) -> list[KeyInfo]:
    signing = key_id_of(load_private_key(paths.signing_key_path(data_dir)).public_key())
    with store.transaction() as tx:
        rows = tx.key_rows()
    return [KeyInfo(k.key_id, label, k.own, k.demo, k.revoked, k.key_id == signing, cards)
            for k, label, cards in rows]


def rotate_key(data_dir: Path, store: SqlDoorStore) -> str:
    """A new signing key for this kiosk's new cards (and day passes). Cards of the old key stay
    valid until reissued or until the old key is revoked. Takes effect at the next start of the
    running kiosk. Returns the new key id."""
    key = write_new_signing_key(paths.signing_key_path(data_dir))
    key_id = key_id_of(key.public_key())
    with store.transaction() as tx:
        tx.add_trusted_key(key_id, raw_public(key), label="this kiosk", demo=False, own=True)
    log.info("signing key rotated", extra={"event": "key_rotated", "key_id": key_id})
    return key_id


def after_theft(data_dir: Path, store: SqlDoorStore) -> tuple[str, list[str], int]:
    """`kiosk restore --stolen`: the stolen box holds this kiosk's signing key, so it could sign
    cards this door accepts. A new key signs from now on and every earlier key of this kiosk is
    revoked: its cards are refused. Returns (the new key id, the keys revoked, the live cards
    they stop: to be reissued)."""
    new = rotate_key(data_dir, store)
    old = [k for k in list_keys(data_dir, store) if k.own and not k.revoked and k.key_id != new]
    stopped = sum(revoke_key(data_dir, store, k.key_id) for k in old)
    log.warning("kiosk keys replaced after a theft", extra={"event": "keys_after_theft", "key_id": new,
                                                           "revoked": [k.key_id for k in old]})
    return new, [k.key_id for k in old], stopped


def new_short_code_key(data_dir: Path, store: SqlDoorStore) -> int:
    """`kiosk restore --stolen`: the stolen box holds the short-code key beside the database, so
    the 40 bits of every typed code (and a fob's UID) can be searched from its HMACs. A new key
    replaces it (read at the next start). The codes typed at the door are those of the cards,
    reissued anyway after a theft (the old card keys are revoked), so members get new typed
    codes with their new cards. Fobs are enrolled again: only their HMACs are kept, never the
    UID, so there is nothing to re-key them from (and the thief can read the old fobs' UIDs out
    of the copy: new fobs are better). An enrolled kiosk gives the new key to the server at its
    next enrollment (the stolen one's token is revoked, so the replacement enrolls anew).
    Returns how many fob enrolments ended."""
    write_new_secret(paths.short_code_key_path(data_dir))
    with store.transaction() as tx:
        fobs = tx.forget_fobs()
    log.warning("short-code key replaced after a theft", extra={"event": "short_code_key_after_theft",
                                                                "fobs_forgotten": fobs})
    return fobs


def revoke_key(data_dir: Path, store: SqlDoorStore, key_id: str) -> int:
    """Refuse every card the key signed from now on. Returns how many live cards that stops."""
    key_id = key_id.strip().lower()
    info = {k.key_id: k for k in list_keys(data_dir, store)}.get(key_id)
    if info is None:
        raise InvalidInput(f"no key {key_id!r} is trusted here (kiosk keys list)")
    if info.signing:
        raise InvalidInput("that key signs this kiosk's new cards: run `kiosk keys rotate` first, then revoke it")
    with store.transaction() as tx:
        tx.revoke_key(key_id)
    log.warning("key revoked", extra={"event": "key_revoked", "key_id": key_id})
    return info.live_cards
