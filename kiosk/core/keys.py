"""The card signing key on disk: created once, readable by the kiosk's user only."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 key")
    return key


def load_or_create_signing_key(path: Path) -> Ed25519PrivateKey:
    if path.exists():
        return load_private_key(path)
    return write_new_signing_key(path)


def write_new_signing_key(path: Path) -> Ed25519PrivateKey:
    """A new key at `path`, replacing any there atomically (rotation: the old private key is not
    kept; its cards stay valid through its public key in the database)."""
    key = Ed25519PrivateKey.generate()
    _write_private(path, key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    return key


def load_or_create_secret(path: Path, size: int = 32) -> bytes:
    """A random secret of `size` bytes kept in its own file (mode 0600): the short-code key.
    Apart from the database, so a copy of the database alone holds no door codes."""
    if path.exists():
        secret = path.read_bytes()
        if len(secret) != size:
            raise ValueError(f"{path} is not a {size}-byte key")
        return secret
    return write_new_secret(path, size)


def write_new_secret(path: Path, size: int = 32) -> bytes:
    """A new random secret at `path`, replacing any there atomically (a new short-code key after
    a theft: the old one is in the stolen box)."""
    secret = os.urandom(size)
    _write_private(path, secret)
    return secret


def _write_private(path: Path, data: bytes) -> None:
    """Write a key file readable by this user only, whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
