"""What partner servers say to each other, and what a partner's kiosks get (issue 22).

- The agreement: a JSON document both servers sign with their own long-term Ed25519 key (not a
  card key). It is kept as the exact text that was signed; a document changed by one byte no
  longer verifies, so neither side can change it alone. Hosts compare the keys' fingerprints out
  of band (read aloud, or as a QR).
- Server-to-server calls are signed by the caller's long-term key over the method, path, time and
  the body's SHA-256 (`Partner-Key`, `Partner-Time`, `Partner-Signature`): no shared secret.
- The feed a home server serves each partner: its card keys, revoked keys, and the eligible
  members as pseudonyms (kiosk.domain.partners) with validity and current card serials.
- `PartnerSpace`: the same, with the days each visitor already used at this space, on the last
  page of a kiosk's roster pull (`PullResponse.partners`, optional: older kiosks ignore it and
  their checksum does not change).
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date, datetime, time
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import BaseModel, Field, ValidationError

from kiosk.domain.partners import Eligible, Terms

DOCUMENT_TYPE = "door-kiosk/partnership/v1"
DOCUMENT_TAG = b"door-kiosk/partnership-signature/v1\x00"
REQUEST_TAG = b"door-kiosk/partner-request/v1\x00"
REPORT_TAG = b"door-kiosk/partner-visits/v1\x00"
KEY_HEADER, TIME_HEADER, SIGNATURE_HEADER = "Partner-Key", "Partner-Time", "Partner-Signature"
REQUEST_SKEW_SECONDS = 300
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
HEX64 = "^[0-9a-f]{64}$"
PLAN_KINDS = ("monthly", "clipcard", "daypass")


class BadDocument(ValueError):
    """A partnership document that is not whole, not ours, or not signed by the keys it names."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def public_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def fingerprint(public_key_hex: str) -> str:
    """What hosts read aloud: 160 bits of the key's SHA-256 in Crockford base32, groups of four."""
    bits = int.from_bytes(hashlib.sha256(bytes.fromhex(public_key_hex)).digest()[:20], "big")
    text = "".join(CROCKFORD[(bits >> shift) & 31] for shift in range(155, -1, -5))
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def same_fingerprint(typed: str, public_key_hex: str) -> bool:
    """A fingerprint as a host typed it (any case, spaces or dashes) against a key."""
    clean = "".join(c for c in typed.upper() if c not in " -").translate(str.maketrans("OIL", "011"))
    return clean == fingerprint(public_key_hex).replace(" ", "")


class Space(BaseModel):
    """One party of an agreement: the server's identity and what its members are told."""

    server_id: str = Field(max_length=36)
    name: str = Field(min_length=1, max_length=80)
    url: str = Field(min_length=8, max_length=200, pattern="^https?://")
    public_key: str = Field(pattern=HEX64)  # the server's long-term key (raw, hex)
    address: str = Field(default="", max_length=200)
    hours: str = Field(default="", max_length=200)


class WireTerms(BaseModel):
    plans: list[Literal["monthly", "clipcard", "daypass"]] = Field(min_length=1, max_length=3)
    days_per_month: int = Field(ge=1, le=31)
    weekdays: list[int] = Field(min_length=1, max_length=7)
    opens: time
    closes: time
    names_shown: bool = False
    starts: date
    ends: date | None = None

    def to_terms(self) -> Terms:
        return Terms(plans=tuple(self.plans), days_per_month=self.days_per_month, weekdays=tuple(self.weekdays),
                     opens=self.opens, closes=self.closes, names_shown=self.names_shown, starts=self.starts,
                     ends=self.ends)

    @classmethod
    def of(cls, terms: Terms) -> WireTerms:
        return cls(plans=list(terms.plans), days_per_month=terms.days_per_month,  # type: ignore[arg-type]
                   weekdays=list(terms.weekdays), opens=terms.opens, closes=terms.closes,
                   names_shown=terms.names_shown, starts=terms.starts, ends=terms.ends)


class Agreement(BaseModel):
    type: Literal["door-kiosk/partnership/v1"] = "door-kiosk/partnership/v1"
    id: str = Field(min_length=36, max_length=36)
    proposer: Space
    partner: Space
    terms: WireTerms
    created_at: datetime

    def canonical(self) -> str:
        """The exact text both servers sign."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def party(self, public_key_hex: str) -> Space | None:
        return next((s for s in (self.proposer, self.partner) if s.public_key == public_key_hex), None)

    def other(self, public_key_hex: str) -> Space:
        return self.partner if self.proposer.public_key == public_key_hex else self.proposer


class SignedAgreement(BaseModel):
    """The document as it travels and is kept: the signed text, and one signature per party."""

    document: str = Field(max_length=8000)
    signatures: dict[str, str] = Field(default_factory=dict)  # public key hex -> base64 signature

    def agreement(self) -> Agreement:
        try:
            doc = Agreement.model_validate_json(self.document)
        except ValidationError:
            raise BadDocument("partner_document_unreadable", "not a partnership document") from None
        if doc.canonical() != self.document:
            raise BadDocument("partner_document_changed", "the document is not in its signed form")
        if doc.proposer.public_key == doc.partner.public_key:
            raise BadDocument("partner_document_same_key", "both parties name the same key")
        return doc

    def signed_by(self, public_key_hex: str) -> bool:
        signature = self.signatures.get(public_key_hex)
        if signature is None:
            return False
        try:
            key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
            key.verify(base64.b64decode(signature, validate=True), DOCUMENT_TAG + self.document.encode())
        except (InvalidSignature, ValueError):
            return False
        return True

    def verified(self, both: bool = True) -> Agreement:
        """The agreement, once the proposer's signature (and, with both, the partner's) holds."""
        doc = self.agreement()
        if not self.signed_by(doc.proposer.public_key):
            raise BadDocument("partner_signature_bad", "the proposing server's signature does not match")
        if both and not self.signed_by(doc.partner.public_key):
            raise BadDocument("partner_signature_bad", "the partner server's signature does not match")
        return doc

    def sign(self, key: Ed25519PrivateKey) -> SignedAgreement:
        signature = base64.b64encode(key.sign(DOCUMENT_TAG + self.document.encode())).decode()
        return self.model_copy(update={"signatures": {**self.signatures, public_hex(key): signature}})


def propose(key: Ed25519PrivateKey, agreement: Agreement) -> SignedAgreement:
    return SignedAgreement(document=agreement.canonical()).sign(key)


# --- signed server-to-server requests ------------------------------------------------------------
def request_message(method: str, path: str, at: str, body: bytes) -> bytes:
    return REQUEST_TAG + f"{method.upper()}\x00{path}\x00{at}\x00{hashlib.sha256(body).hexdigest()}".encode()


def sign_request(key: Ed25519PrivateKey, method: str, path: str, body: bytes, now: datetime) -> dict[str, str]:
    at = now.isoformat()
    signature = key.sign(request_message(method, path, at, body))
    return {KEY_HEADER: public_hex(key), TIME_HEADER: at, SIGNATURE_HEADER: base64.b64encode(signature).decode()}


def verify_request(headers: dict[str, str | None], method: str, path: str, body: bytes, now: datetime) -> str:
    """The caller's public key (hex) when the request is signed by it, recently; else BadDocument."""
    key_hex, at, signature = (headers.get(h) for h in (KEY_HEADER, TIME_HEADER, SIGNATURE_HEADER))
    if not key_hex or not at or not signature or len(key_hex) != 64:
        raise BadDocument("partner_request_unsigned", "the request is not signed")
    try:
        sent = datetime.fromisoformat(at)
    except ValueError:
        raise BadDocument("partner_request_unsigned", "the request's time is not a time") from None
    # a caller whose clock is far off is told so, not that its signature is forged (BadDocument is
    # a ValueError: raised inside the try below, it would be taken for a bad signature)
    if sent.tzinfo is None or abs((now - sent).total_seconds()) > REQUEST_SKEW_SECONDS:
        raise BadDocument("partner_request_stale", "the request's time is too far from this server's clock")
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
        key.verify(base64.b64decode(signature, validate=True), request_message(method, path, at, body))
    except (InvalidSignature, ValueError):
        raise BadDocument("partner_request_forged", "the request's signature does not match") from None
    return key_hex


# --- the feed: a home server to a partner --------------------------------------------------------
class PartnerKey(BaseModel):
    key_id: str = Field(pattern="^[0-9a-f]{8}$")
    public_key: str = Field(pattern=HEX64)


class PartnerDevice(BaseModel):
    key_id: str = Field(pattern="^[0-9a-f]{8}$")
    algorithm: Literal["ecdsa-p256", "ed25519"]
    spki: str = Field(max_length=400)


class EligibleMember(BaseModel):
    p: str = Field(pattern="^[0-9a-f]{16}$")  # pseudonym (kiosk.domain.partners.pseudonym)
    valid_from: date | None = None
    valid_until: date | None = None
    serials: list[int] = Field(default_factory=list, max_length=64)
    first_name: str | None = Field(default=None, max_length=60)  # only with the member's opt-in
    tags: list[str] = Field(default_factory=list, max_length=3)
    devices: list[PartnerDevice] = Field(default_factory=list, max_length=8)  # phones for the phone pass (not revoked)

    def to_eligible(self) -> Eligible:
        return Eligible(pseudonym=self.p, valid_from=self.valid_from, valid_until=self.valid_until,
                        serials=tuple(self.serials), first_name=self.first_name, tags=tuple(self.tags))


class PartnerFeed(BaseModel):
    """What a home server tells one partner about one partnership (GET /api/v1/partners/feed)."""

    partnership_id: str = Field(min_length=36, max_length=36)
    pseudonym_key: str = Field(pattern=HEX64)
    keys: list[PartnerKey] = Field(max_length=64)
    revoked_keys: list[str] = Field(default_factory=list, max_length=256)
    members: list[EligibleMember] = Field(default_factory=list, max_length=50_000)
    generated_at: datetime


class PartnerFeeds(BaseModel):
    feeds: list[PartnerFeed]
    server_time: datetime


class PartnerSpace(BaseModel):
    """A partner's members as this server's kiosks get them (pull, last page, optional)."""

    partnership_id: str
    name: str  # the home space's name: "Velkommen fra Klitmøller"
    terms: WireTerms
    pseudonym_key: str
    keys: list[PartnerKey]
    revoked_keys: list[str] = Field(default_factory=list)
    members: list[EligibleMember] = Field(default_factory=list)
    # visitor id -> the days of presence it already has at this space (this month and the last)
    days_used: dict[str, list[date]] = Field(default_factory=dict)
    fetched_at: datetime | None = None


# --- settlement: a visited server tells the home server ------------------------------------------
class VisitDay(BaseModel):
    p: str = Field(pattern="^[0-9a-f]{16}$")  # the pseudonym the home server gave
    day: date


class VisitReport(BaseModel):
    """Days of presence of the home server's members at the reporting server, of one partnership.
    Sending the same days again changes nothing (one row per member and day)."""

    partnership_id: str = Field(min_length=36, max_length=36)
    days: list[VisitDay] = Field(max_length=20_000)
