"""The member code printed as a QR: ASCII only, versioned, signed with Ed25519.

    KM1:<base32(payload + signature)>

payload = version (1 byte) | key id (4) | member id (8) | card serial (2, big endian)
signature = Ed25519 over DOMAIN_TAG + payload.

The text uses only QR "alphanumeric" characters (A-Z, 2-7, ':'), so the QR stays small.
The code names an opaque member id and a card serial: no personal data. A lost card is revoked
by issuing a new serial. The short code printed under the QR is derived from the code and is
what a person types when the QR will not read.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PREFIX = "KM"
VERSION = 1
DOMAIN_TAG = b"door-kiosk/member-code/v1\x00"
_PAYLOAD = struct.Struct(">B4s8sH")
_SIG_LEN = 64
MAX_CODE_LEN = 512  # anything longer is not ours; refuse before doing any work


class CodeProblem(enum.StrEnum):
    NOT_OURS = "not_ours"  # a URL, a wifi code, a ticket: not a member card at all
    MALFORMED = "malformed"  # looks like ours but is damaged or of an unknown version
    FOREIGN = "foreign"  # signed by a key this space does not know (another space's card)
    FORGED = "forged"  # our key id, but the signature does not match: altered or forged


class CodeRejected(ValueError):
    def __init__(self, problem: CodeProblem, detail: str, key_id: str | None = None) -> None:
        super().__init__(detail)
        self.problem = problem
        self.key_id = key_id  # FOREIGN: the key id the code names (a withdrawn key's, perhaps)


@dataclass(frozen=True)
class MemberCode:
    member_id: str  # 16 lowercase hex characters
    serial: int
    key_id: str  # 8 lowercase hex characters


def key_id_of(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:4].hex()


def new_member_id(random_bytes: bytes) -> str:
    if len(random_bytes) != 8:
        raise ValueError("a member id is 8 random bytes")
    return random_bytes.hex()


def issue_code(private_key: Ed25519PrivateKey, member_id: str, serial: int) -> str:
    if not 0 <= serial <= 0xFFFF:
        raise ValueError("card serial out of range")
    key_id = bytes.fromhex(key_id_of(private_key.public_key()))
    payload = _PAYLOAD.pack(VERSION, key_id, bytes.fromhex(member_id), serial)
    signature = private_key.sign(DOMAIN_TAG + payload)
    body = base64.b32encode(payload + signature).decode("ascii").rstrip("=")
    return f"{PREFIX}{VERSION}:{body}"


def verify_code(text: str, trusted: dict[str, Ed25519PublicKey]) -> MemberCode:
    """Return what a code says, or raise CodeRejected with the specific reason."""
    payload, signature = signed_body(text, PREFIX, VERSION, _PAYLOAD.size, MAX_CODE_LEN, "member code")
    version, key_id_raw, member_raw, serial = _PAYLOAD.unpack(payload)
    if version != VERSION:
        raise CodeRejected(CodeProblem.MALFORMED, "the code's version byte does not match")
    key = trusted.get(key_id_raw.hex())
    if key is None:
        raise CodeRejected(CodeProblem.FOREIGN, "signed by a key this space does not know", key_id_raw.hex())
    try:
        key.verify(signature, DOMAIN_TAG + payload)
    except InvalidSignature:
        raise CodeRejected(CodeProblem.FORGED, "the signature does not match") from None
    return MemberCode(member_id=member_raw.hex(), serial=serial, key_id=key_id_raw.hex())


def signed_body(text: str, prefix: str, version: int, payload_size: int, max_len: int,
                what: str) -> tuple[bytes, bytes]:
    """The payload and the 64-byte signature of `PREFIXn:<base32>` text (member codes and phone
    passes share the form), or CodeRejected: not ours, or damaged."""
    text = text.strip()
    if len(text) > max_len or not text.startswith(prefix):
        raise CodeRejected(CodeProblem.NOT_OURS, f"not a {what}")
    head, sep, body = text.partition(":")
    if not sep or head != f"{prefix}{version}":
        raise CodeRejected(CodeProblem.MALFORMED, f"unknown {what} version {head!r}")
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raise CodeRejected(CodeProblem.MALFORMED, f"the {what}'s characters are damaged") from None
    if len(raw) != payload_size + _SIG_LEN:
        raise CodeRejected(CodeProblem.MALFORMED, f"the {what} has the wrong length")
    return raw[:payload_size], raw[payload_size:]


# --- short code for manual entry -------------------------------------------------------------
# Crockford's base32: no I, L, O or U, so nothing is mistaken for 1, 0 or V when typed.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _luhn_mod32_check(chars: str) -> str:
    """Luhn mod N check character: catches every single substitution and adjacent swap."""
    factor, total, n = 2, 0, len(CROCKFORD)
    for ch in reversed(chars):
        addend = factor * CROCKFORD.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return CROCKFORD[(n - total % n) % n]


def short_code_for(code_text: str) -> str:
    """Eight characters from the code's hash plus a check character, shown as XXXX-XXXX-C."""
    digest = int.from_bytes(hashlib.sha256(b"short\x00" + code_text.encode()).digest()[:5], "big")
    body = "".join(CROCKFORD[(digest >> shift) & 31] for shift in range(35, -1, -5))
    return f"{body[:4]}-{body[4:]}-{_luhn_mod32_check(body)}"


def normalize_short_code(typed: str) -> str | None:
    """Return the canonical XXXX-XXXX-C form, or None if it is not a valid short code."""
    chars = "".join(ch for ch in typed.upper().translate(_TYPO) if ch not in " -")
    if len(chars) != 9 or any(ch not in CROCKFORD for ch in chars):
        return None
    body, check = chars[:8], chars[8]
    if _luhn_mod32_check(body) != check:
        return None
    return f"{body[:4]}-{body[4:]}-{check}"


SHORT_CODE_KEY_BYTES = 32


def short_code_hash(key: bytes, short_code: str) -> str:
    """How kiosks keep short codes: HMAC-SHA256 under the kiosk's own key, of the canonical form
    (XXXX-XXXX-C). A copied database or roster without the key is not a list of door codes;
    with the key, the 40 bits of a short code can be searched, so a stolen kiosk still means new
    cards (docs/sync-protocol.md, Version 2)."""
    if len(key) != SHORT_CODE_KEY_BYTES:
        raise ValueError("a short-code key is 32 bytes")
    return hmac.new(key, b"door-kiosk/short-code/v1\x00" + short_code.encode("ascii"), hashlib.sha256).hexdigest()


# --- codes typed by a USB hand scanner ------------------------------------------------------
_YZ = str.maketrans("YZyz", "ZYzy")


def typed_variants(text: str) -> list[str]:
    """Readings of a code that a hand scanner typed through a keyboard layout it does not know.

    A scanner set up for a US keyboard, on a Danish or German one, types the ':' as 'Æ' or 'Ö'
    and, on German QWERTZ, swaps Y and Z; caps lock lowers every letter. The signature decides
    which reading is real: a wrong reading cannot verify.
    """
    text = text.strip()
    if len(text) < 5 or text[:3].upper() != f"{PREFIX}{VERSION}":
        return [text]
    fixed = f"{PREFIX}{VERSION}:{text[4:].upper()}"
    variants = [text, fixed, fixed[:4] + fixed[4:].translate(_YZ)]
    return list(dict.fromkeys(variants))
def verify_typed(text: str, trusted: dict[str, Ed25519PublicKey]) -> MemberCode:
    """The code as read; failing that, as a hand scanner on a foreign layout may have typed it
    (typed_variants). The first reading's refusal is the one raised."""
    first: CodeRejected | None = None
    for variant in typed_variants(text):
        try:
            return verify_code(variant, trusted)
        except CodeRejected as rejected:
            first = first or rejected
    assert first is not None
    raise first


