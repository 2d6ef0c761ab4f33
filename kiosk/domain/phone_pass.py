"""The phone pass: a QR that changes every 30 seconds, signed by a key that never leaves the phone.

    KP1:<base32(payload + signature)>

payload = version (1 byte) | member id (8) | device key id (4) | time step (4, big endian)
signature = over DOMAIN_TAG + payload, 64 bytes: ECDSA P-256 with SHA-256 as WebCrypto gives it
(r || s, 32 bytes each), or Ed25519 where the browser has it.

The member's browser makes the key pair (non-extractable) and registers the public key for the
member on the server; kiosks get the public keys with the roster and verify offline, with no
shared secret. A step is accepted within +-1 of the door's clock (90 s at most), so a screenshot
shown later is refused as expired; the door records each (device, step) once, so a step shown
twice inside its window gives the same answer and never a second event.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import struct
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import load_der_public_key

from .checkin import Outcome, Refusal
from .codes import CodeProblem, CodeRejected, signed_body

PREFIX = "KP"
VERSION = 1
STEP_SECONDS = 30
ALLOWED_DRIFT = 1  # steps either side of the door's clock
DOMAIN_TAG = b"door-kiosk/phone-pass/v1\x00"
_PAYLOAD = struct.Struct(">B8s4sI")
_SIG_LEN = 64
MAX_PASS_LEN = 512


class Algorithm(enum.StrEnum):
    ECDSA_P256 = "ecdsa-p256"
    ED25519 = "ed25519"


class PassProblem(enum.StrEnum):
    EXPIRED = "pass_expired"  # a step too far from the door's clock: a screenshot, or a wrong clock
    DEVICE_REVOKED = "device_revoked"  # the member turned this phone off on their page


class PassRefused(ValueError):
    """A phone pass that is well formed and truly signed, but not valid now. `shown`: what it
    says (authentic: its signature was checked), so a door can answer it once."""

    def __init__(self, problem: PassProblem, detail: str, shown: PhonePass | None = None) -> None:
        super().__init__(detail)
        self.problem = problem
        self.shown = shown


@dataclass(frozen=True)
class DeviceKey:
    """A phone's public key as the roster carries it."""

    key_id: str  # 8 lowercase hex characters: the first 4 bytes of SHA-256 of the key's SPKI
    member_id: str
    algorithm: Algorithm
    public_key_der: bytes  # SubjectPublicKeyInfo, DER (what WebCrypto exports as "spki")
    revoked: bool = False


@dataclass(frozen=True)
class PhonePass:
    member_id: str
    key_id: str
    step: int


@dataclass(frozen=True)
class PassAnswer:
    """What a door answered to one pass (device, step): shown again, the same answer, no event."""

    member_id: str
    outcome: Outcome
    refusal: Refusal | None
    repeated: Outcome | None
    seen_at: datetime


def device_key_id(public_key_der: bytes) -> str:
    return hashlib.sha256(public_key_der).digest()[:4].hex()


def step_at(moment: datetime) -> int:
    return int(moment.timestamp()) // STEP_SECONDS


def signed_bytes(member_id: str, key_id: str, step: int) -> bytes:
    """What the phone signs: the same bytes the page's script builds."""
    return DOMAIN_TAG + _PAYLOAD.pack(VERSION, bytes.fromhex(member_id), bytes.fromhex(key_id), step)


def encode_pass(member_id: str, key_id: str, step: int, signature: bytes) -> str:
    """The QR text for a signature made elsewhere (the phone; tests sign with a local key)."""
    if len(signature) != _SIG_LEN:
        raise ValueError("a phone pass signature is 64 bytes")
    payload = _PAYLOAD.pack(VERSION, bytes.fromhex(member_id), bytes.fromhex(key_id), step)
    return f"{PREFIX}{VERSION}:" + base64.b32encode(payload + signature).decode("ascii").rstrip("=")


def is_phone_pass(text: str) -> bool:
    return text.strip().startswith(f"{PREFIX}{VERSION}:")


def pass_key_id(text: str) -> str | None:
    """The device key id a pass names (unverified: only to look its key up), None if damaged."""
    try:
        payload, _ = signed_body(text, PREFIX, VERSION, _PAYLOAD.size, MAX_PASS_LEN, "phone pass")
    except CodeRejected:
        return None
    key_id: bytes = _PAYLOAD.unpack(payload)[2]
    return key_id.hex()


def verify_pass(text: str, keys: dict[str, DeviceKey], now: datetime) -> PhonePass:
    """What a phone pass says, or CodeRejected (not ours, damaged, unknown device, forged) or
    PassRefused (expired, device revoked) with the specific reason."""
    payload, signature = signed_body(text, PREFIX, VERSION, _PAYLOAD.size, MAX_PASS_LEN, "phone pass")
    version, member_raw, key_raw, step = _PAYLOAD.unpack(payload)
    if version != VERSION:
        raise CodeRejected(CodeProblem.MALFORMED, "the pass's version byte does not match")
    key = keys.get(key_raw.hex())
    if key is None or key.member_id != member_raw.hex():
        raise CodeRejected(CodeProblem.FOREIGN, "a phone this space does not know")
    if not _signature_ok(key, signature, DOMAIN_TAG + payload):
        raise CodeRejected(CodeProblem.FORGED, "the signature does not match")
    shown = PhonePass(member_id=member_raw.hex(), key_id=key_raw.hex(), step=step)
    if key.revoked:
        raise PassRefused(PassProblem.DEVICE_REVOKED, "this phone was turned off for the door", shown)
    if abs(step - step_at(now)) > ALLOWED_DRIFT:
        raise PassRefused(PassProblem.EXPIRED, "the pass is not from now", shown)
    return shown


def _signature_ok(key: DeviceKey, signature: bytes, message: bytes) -> bool:
    try:
        public = load_der_public_key(key.public_key_der)
        if key.algorithm is Algorithm.ED25519 and isinstance(public, Ed25519PublicKey):
            public.verify(signature, message)
            return True
        if key.algorithm is Algorithm.ECDSA_P256 and isinstance(public, ec.EllipticCurvePublicKey) \
                and public.curve.name == "secp256r1":
            r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            public.verify(encode_dss_signature(r, s), message, ec.ECDSA(hashes.SHA256()))
            return True
    except (InvalidSignature, ValueError, TypeError):
        return False
    return False
