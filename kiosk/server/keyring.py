"""The server's card signing keys on disk: the first one, and one file per rotation.

`keys/card-signing-key.pem` is the key a server made on its first start; `kiosk server keys
rotate` adds `keys/card-signing-<key id>.pem`. The database says which one signs new cards
(server_meta `signing_key_id`); the others stay to reprint the cards they signed, until revoked.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.keys import load_or_create_signing_key, load_private_key
from kiosk.domain.codes import key_id_of

FIRST_KEY = "card-signing-key.pem"


def load_key_ring(keys_dir: Path) -> dict[str, Ed25519PrivateKey]:
    """Every signing key in the folder by its key id; the first key is created if there is none."""
    first = load_or_create_signing_key(keys_dir / FIRST_KEY)
    ring = {key_id_of(first.public_key()): first}
    for path in sorted(keys_dir.glob("card-signing-*.pem")):
        if path.name != FIRST_KEY:
            key = load_private_key(path)
            ring[key_id_of(key.public_key())] = key
    return ring


def new_signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    """A new key, written (mode 0600, fsynced) before anything signs with it."""
    staging = keys_dir / "new-card-signing-key.pem"  # (a crash here leaves a key nothing used yet)
    key = load_or_create_signing_key(staging)
    os.replace(staging, keys_dir / f"card-signing-{key_id_of(key.public_key())}.pem")
    return key
