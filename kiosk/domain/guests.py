"""Guests who register at the door for a day: what they may type, visitor types, payment.

A guest becomes a short-lived entry in the kiosk's roster (role GUEST, a day-pass plan valid
today only) so that the door's one rule, the presence list and the evacuation list treat them
like anybody else. Their details stay on this kiosk and are deleted after the retention period
(see docs/data-retention.md).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import Enum

GUEST_NAME_MAX = 80
GUEST_EMAIL_MAX = 254
GUEST_COMPANY_MAX = 80
SEARCH_MIN = 3  # a member is found by at least three letters: the kiosk never lists members to strangers
SEARCH_LIMIT = 5

PAYMENT_METHODS = ("mobilepay", "host", "invoice")


class GuestProblem(Enum):
    """What is wrong with a field, for the screen to say in the guest's language."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNSHOWABLE = "unshowable"  # control or private-use characters
    NOT_EMAIL = "not_email"
    UNKNOWN_TYPE = "unknown_type"
    NO_HOST = "no_host"
    NO_PAYMENT = "no_payment"
    NOT_ACCEPTED = "not_accepted"  # a current house rule or privacy text was not accepted


class InvalidGuest(ValueError):
    """Bad input at one field of the guest form: `field` names it, `problem` says what is wrong
    (the screen words it from that), the message says it in English for logs; `limit` is the
    field's maximum length for TOO_LONG."""

    def __init__(self, field: str, message: str, problem: GuestProblem, limit: int = 0) -> None:
        super().__init__(message)
        self.field, self.problem, self.limit = field, problem, limit


# Control and format characters that have no place in a name (but keep ZWJ for emoji sequences
# and the bidirectional marks right-to-left names may need).
_KEEP_FORMAT = {"\u200d", "\u200e", "\u200f"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_text(text: str, limit: int, field: str, *, required: bool = False) -> str:
    """Normalise (NFC, trimmed, inner whitespace collapsed) and check one typed field."""
    text = unicodedata.normalize("NFC", text)
    bad = [ch for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
           or (unicodedata.category(ch) == "Cf" and ch not in _KEEP_FORMAT)]
    text = " ".join(text.split())
    if bad and text:
        raise InvalidGuest(field, "contains characters that cannot be shown", GuestProblem.UNSHOWABLE)
    if required and not text:
        raise InvalidGuest(field, "empty", GuestProblem.EMPTY)
    if len(text) > limit:
        raise InvalidGuest(field, f"too long: at most {limit} characters", GuestProblem.TOO_LONG, limit)
    return text


def clean_email(text: str) -> str:
    text = clean_text(text, GUEST_EMAIL_MAX, "email")
    if text and not _EMAIL.match(text):
        raise InvalidGuest("email", "not an e-mail address", GuestProblem.NOT_EMAIL)
    return text


@dataclass(frozen=True)
class VisitorType:
    key: str  # a-z, 0-9 and _: stored with each guest
    names: dict[str, str]  # language -> name shown on the button
    price_ore: int = 0  # in the currency's smallest unit (øre): 15000 = 150,00 kr
    needs_host: bool = False  # a member they visit must be named

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or next(iter(self.names.values()), self.key)


DEFAULT_VISITOR_TYPES = (
    VisitorType("daypass", {"da": "Dagspas: jeg vil arbejde her i dag", "en": "Day pass: I want to work here today",
                            "de": "Tagespass: Ich möchte heute hier arbeiten"}, price_ore=15000),
    VisitorType("guest", {"da": "Jeg besøger et medlem", "en": "I am visiting a member",
                          "de": "Ich besuche ein Mitglied"}, needs_host=True),
    VisitorType("event", {"da": "Jeg skal til et arrangement", "en": "I am here for an event",
                          "de": "Ich komme zu einer Veranstaltung"}),
)

_KEY = re.compile(r"^[a-z0-9_]{1,24}$")


def parse_visitor_types(text: str) -> tuple[VisitorType, ...]:
    """Visitor types as stored in the settings (a JSON list); a plain message when it is wrong."""
    if not text.strip():
        return DEFAULT_VISITOR_TYPES
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"visitor types are not valid JSON: {exc.msg} at {exc.pos}") from None
    if not isinstance(raw, list) or not raw:
        raise ValueError("visitor types must be a non-empty JSON list")
    types: list[VisitorType] = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise ValueError(f"visitor type {i} is not an object")
        key = item.get("key")
        names = item.get("names")
        price = item.get("price_ore", 0)
        if not isinstance(key, str) or not _KEY.match(key):
            raise ValueError(f"visitor type {i}: key must be 1-24 of a-z, 0-9, _")
        if not isinstance(names, dict) or not names or not all(
                isinstance(k, str) and isinstance(v, str) and 0 < len(v) <= 80 for k, v in names.items()):
            raise ValueError(f"visitor type {key}: names must map languages to texts of 1-80 characters")
        if not isinstance(price, int) or isinstance(price, bool) or not 0 <= price <= 10_000_000:
            raise ValueError(f"visitor type {key}: price_ore must be a whole number 0-10000000")
        types.append(VisitorType(key, dict(names), price, bool(item.get("needs_host", False))))
    if len({t.key for t in types}) != len(types):
        raise ValueError("visitor type keys must be different")
    return tuple(types)


def dump_visitor_types(types: tuple[VisitorType, ...] | list[VisitorType]) -> str:
    return json.dumps([asdict(t) for t in types], ensure_ascii=False)


def format_price(ore: int, currency: str = "kr.") -> str:
    """150,00 kr. in the Danish way (the host's fields); a guest sees money_text in their language."""
    whole, cents = divmod(ore, 100)
    return (f"{whole:,}".replace(",", ".") + f",{cents:02d} {currency}").rstrip()


def money_text(ore: int, lang: str) -> str:
    """Danish kroner as a reader of `lang` writes them: 1.150,00 kr. (da), 1.150,00 DKK (de),
    DKK 1,150.00 (en)."""
    whole, cents = divmod(ore, 100)
    if lang == "en":
        return f"DKK {whole:,}.{cents:02d}"
    return format_price(ore, "kr." if lang == "da" else "DKK")


def parse_kroner(text: str) -> int:
    """An amount as a person types it, in øre: 450, 450,50, 1.234,50 or 450.50; empty is 0.
    ValueError with a plain message otherwise."""
    cleaned = text.strip().replace(" ", "")
    if "," in cleaned:  # Danish/German: the comma is the decimal mark, dots group thousands
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = float(cleaned or "0")
    except ValueError:
        raise ValueError(f"amount {text.strip()!r} is not a number like 450 or 450,00") from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"amount {text.strip()!r} is not a number like 450 or 450,00")
    return round(value * 100)


@dataclass(frozen=True)
class GuestForm:
    """What a guest typed and chose, before it is stored."""

    name: str
    visitor_type: str
    email: str = ""
    company: str = ""
    host_member_id: str | None = None
    payment_method: str | None = None  # None when the visit is free
    language: str = "da"
    consents: dict[str, int] = field(default_factory=dict)  # policy kind -> version accepted
    # The member they visit is told that a guest arrived; with the guest's name only if they agreed.
    share_name_with_host: bool = False


def validate_guest(form: GuestForm, types: tuple[VisitorType, ...], policy_versions: dict[str, int]) -> GuestForm:
    """The form, cleaned, or InvalidGuest naming the field; every current policy must be accepted."""
    name = clean_text(form.name, GUEST_NAME_MAX, "name", required=True)
    email = clean_email(form.email)
    company = clean_text(form.company, GUEST_COMPANY_MAX, "company")
    vtype = next((t for t in types if t.key == form.visitor_type), None)
    if vtype is None:
        raise InvalidGuest("visitor_type", f"unknown visitor type {form.visitor_type!r}",
                           GuestProblem.UNKNOWN_TYPE)
    if vtype.needs_host and not form.host_member_id:
        raise InvalidGuest("host", "choose the member you are visiting", GuestProblem.NO_HOST)
    method = form.payment_method
    if vtype.price_ore:
        if method not in PAYMENT_METHODS:
            raise InvalidGuest("payment", "choose how you will pay", GuestProblem.NO_PAYMENT)
    else:
        method = None
    for kind, version in policy_versions.items():
        if form.consents.get(kind) != version:
            raise InvalidGuest(kind, f"the current {kind} (version {version}) must be accepted",
                               GuestProblem.NOT_ACCEPTED)
    host = form.host_member_id if vtype.needs_host else None
    return GuestForm(name=name, visitor_type=vtype.key, email=email, company=company, host_member_id=host,
                     payment_method=method, language=form.language, consents=dict(form.consents),
                     share_name_with_host=bool(host and form.share_name_with_host))


def fold_query(query: str) -> list[str]:
    return [_fold(w) for w in query.split()]


def name_matches(name: str, wanted: list[str]) -> bool:
    """A member search hit: every typed word (folded once with fold_query) starts a word of the
    name; accents and case are ignored."""
    words = [_fold(w) for w in name.split()]
    return bool(wanted) and all(any(w.startswith(q) for w in words) for q in wanted)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()  # most names: no accents to strip
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class GuestDetails:
    """Stored with a registered guest, beside the name and e-mail on their roster entry."""

    member_id: str
    visitor_type: str
    language: str
    registered_at: datetime
    company: str = ""
    host_member_id: str | None = None
    payment_method: str | None = None
    price_ore: int = 0


@dataclass(frozen=True)
class Payment:
    """A payment declared by a guest or recorded by a host; no money moves through the kiosk."""

    id: str
    member_id: str | None  # None once the person was deleted: the amount stays for the books
    kind: str  # daypass | topup
    amount_ore: int
    method: str
    at: datetime
    clips: int = 0
