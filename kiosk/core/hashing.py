"""One way to keep a secret (a host password, a host PIN) and one content hash, for both sides.

Secrets are scrypt hashes in one self-describing format, `scrypt$N$r$p$salt$digest` (hex), so
the cost can be raised later without breaking stored hashes. Comparison is constant-time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCRYPT = {"n": 2**14, "r": 8, "p": 1}
DKLEN = 32


def hash_secret(secret: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, dklen=DKLEN, **SCRYPT)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    """True when `secret` matches `stored`. Also reads the kiosk PIN's first format, `salt$digest`
    (scrypt N=2**14, r=8, p=1), so a PIN set before this module keeps working."""
    parts = stored.split("$")
    try:
        if len(parts) == 2:
            n, r, p, salt, digest = SCRYPT["n"], SCRYPT["r"], SCRYPT["p"], parts[0], parts[1]
        else:
            _, n_, r_, p_, salt, digest = parts
            n, r, p = int(n_), int(r_), int(p_)
        got = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=n, r=r, p=p, dklen=DKLEN)
        return hmac.compare_digest(got, bytes.fromhex(digest))
    except (ValueError, TypeError, UnicodeEncodeError):
        return False


def burn_equal_work(secret: str) -> None:
    """Do the work of one verification for an account that does not exist, so an unknown name
    and a wrong password take the same time."""
    hashlib.scrypt(secret.encode("utf-8", "surrogatepass"), salt=b"\0" * 16, dklen=DKLEN, **SCRYPT)


def sha256_hex(text: str) -> str:
    """The hash tokens and codes are stored under (they are random, so no salt is needed)."""
    return hashlib.sha256(text.encode()).hexdigest()
