"""Wire schemas of the sync protocol (versions 1 and 2), shared by the server and the kiosk
(docs/sync-protocol.md). Version 2 adds fields; every version-1 body is still read as before."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from kiosk.domain.members import MAX_CLIPS, Member, MemberStatus, Plan, PlanKind, Role
from kiosk.protocol.version import OLDEST_PROTOCOL as OLDEST_PROTOCOL
from kiosk.protocol.version import PROTOCOL as PROTOCOL

from .partners import PartnerSpace

MAX_BATCH = 500
EVENT_KINDS = ("check_in", "check_out", "auto_checkout", "repeat", "refused",
               "door_opened", "door_refused", "lock_failed",
               "door_held_open", "door_forced_open", "door_closed", "sensor_failed", "sensor_back")

# Protocol versions: a kiosk names its version in this header on every request (none: version 1);
# the server answers in the same header (and v2 bodies carry `protocol`). See docs/sync-protocol.md.
PROTOCOL_HEADER = "Kiosk-Protocol"
MAX_BODY_BYTES = 1_000_000  # the server's default request body cap (a server setting)

UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
MEMBER_ID_PATTERN = "^[0-9a-f]{16}$"
Uuid = Annotated[str, Field(min_length=36, max_length=36, pattern=UUID_PATTERN)]
MemberId = Annotated[str, Field(min_length=16, max_length=16, pattern=MEMBER_ID_PATTERN)]
Word = Annotated[str, Field(max_length=32, pattern="^[A-Za-z0-9_ .:-]*$")]  # reasons, sources: no free text


class ProtocolMismatch(BaseModel):
    """The 426 answer to a kiosk the server cannot serve: too old, or newer than the server."""

    detail: str
    kiosk_protocol: int
    server_protocols: list[int]  # the versions this server serves, oldest first


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=32, pattern="^[0-9A-Za-z -]*$")
    # Version 1: the id the kiosk stamps on its events. The server no longer takes it as the
    # kiosk's identity (it assigns one); it only accepts this kiosk's events that carry it.
    device_id: str | None = Field(default=None, min_length=8, max_length=36, pattern="^[0-9A-Za-z-]*$")
    local_id: Uuid | None = None  # version 2: the same, under its honest name


class EnrollResponse(BaseModel):
    kiosk_name: str
    device_id: str  # assigned by the server: the kiosk's identity from now on (version 2 uses it)
    token: str
    server_id: str
    protocol: int | None = None  # version 2 and later
    max_body_bytes: int | None = None  # version 2: the server's request body cap


class WireEvent(BaseModel):
    id: Uuid
    kiosk_id: str = Field(min_length=8, max_length=36, pattern="^[0-9A-Za-z-]*$")
    seq: int = Field(ge=1, le=2**62)
    # door_opened, door_refused, lock_failed: what a door with a lock did (the server's Door log);
    # a server older than them rejects them, and the kiosk keeps them as rejected.
    # door_held_open, door_forced_open, door_closed, sensor_failed, sensor_back: the door's sensor
    # (the same way: an older server rejects them, nothing else of the push is lost).
    kind: Literal["check_in", "check_out", "auto_checkout", "repeat", "refused", "door_opened", "door_refused",
                  "lock_failed", "door_held_open", "door_forced_open", "door_closed", "sensor_failed",
                  "sensor_back"]
    recorded_at: datetime
    effective_at: datetime
    member_id: MemberId | None = None
    card_serial: int | None = Field(default=None, ge=0, le=0xFFFF)
    visit_id: Uuid | None = None
    reason: Word | None = None
    source: str = Field(max_length=16, pattern="^[A-Za-z0-9_]*$")
    clock_offset_ms: int | None = Field(default=None, ge=-10**12, le=10**12)
    # Protocol 2, a guest's first check-in: the member they visit, and the guest's name only when
    # the guest agreed at the door. The server tells that member; neither is stored with the event.
    host_member_id: MemberId | None = None
    guest_name: str | None = Field(default=None, min_length=1, max_length=120)

    NOT_HASHED: ClassVar[set[str]] = {"clock_offset_ms", "host_member_id", "guest_name"}
    MESSAGE_ONLY: ClassVar[set[str]] = {"host_member_id", "guest_name"}

    def content_hash(self) -> str:
        """What makes two copies of an event the same event (the offset estimate may change; the
        arrival message goes with the event but is not the event: an erased guest's name may be gone)."""
        body = self.model_dump(mode="json", exclude=self.NOT_HASHED)
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _items_of(model: type[BaseModel]) -> WithJsonSchema:
    """A batch whose items the OpenAPI shows as `model`, but which the server validates one by
    one (one bad item must not sink the batch: the reply says which items were refused)."""
    return WithJsonSchema({"type": "array", "maxItems": MAX_BATCH, "items": model.model_json_schema()})


# A kiosk's health as it reports it (version 2, optional): bounded, so a hostile kiosk cannot
# make the server store more than about 12 x 550 characters of warnings.
MAX_WARNINGS = 12
MAX_SAYS = 300
MAX_VERSION = 40
HEALTH_STATUSES = ("warning", "problem")
_CHECK_NAME = re.compile(r"^[a-z_]{1,24}$")
_VERSION_TEXT = re.compile(r"[^0-9A-Za-z.+!_-]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


# What a kiosk's warning is, for the server's page to word in its reader's language (optional:
# a kiosk before codes sends only its English sentence, which the page then shows as it is).
WARNING_CODES = ("camera_demo", "camera_unavailable", "camera_lost", "camera_dark", "decoders_none",
                 "decoders_missing", "decoders_crashed", "clock_offset_behind", "clock_offset_ahead",
                 "disk_low", "clock_behind", "clock_unsynced", "lock_failing")
MAX_PARAMS = 3
MAX_PARAM = 80
_PARAM_NAME = re.compile(r"^[a-z_]{1,16}$")


class KioskWarning(BaseModel):
    """One of `kiosk doctor`'s findings that is not ok: which check, how bad, its sentence, and
    its code and arguments (version 2, optional) for a page in another language."""

    check: str = Field(pattern=_CHECK_NAME.pattern)  # camera, disk, clock, decoders, ...
    status: Literal["warning", "problem"]
    says: str = Field(max_length=MAX_SAYS)  # one plain sentence, in the kiosk's words (English)
    code: str = ""  # one of WARNING_CODES, or "" (an older kiosk, or a code this server does not know)
    params: dict[str, str | int] = Field(default_factory=dict)


def clean_params(raw: object) -> dict[str, str | int]:
    """A warning's arguments cut to their bounds: a few short plain values, named plainly."""
    if not isinstance(raw, dict):
        return {}
    kept: dict[str, str | int] = {}
    for name, value in list(raw.items())[:MAX_PARAMS]:
        if not (isinstance(name, str) and _PARAM_NAME.fullmatch(name)):
            continue
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**31:
            kept[name] = value
        elif isinstance(value, str):
            kept[name] = _CONTROL.sub(" ", value)[:MAX_PARAM].strip()
    return kept


class KioskHealth(BaseModel):
    """What a kiosk tells the server about itself with a push (version 2, optional)."""

    version: str = Field(max_length=MAX_VERSION, pattern="^[0-9A-Za-z.+!_-]*$")  # door-kiosk's version
    warnings: list[KioskWarning] = Field(default_factory=list, max_length=MAX_WARNINGS)


def read_health(raw: object) -> KioskHealth | None:
    """A kiosk's report as the server keeps it: cut to the bounds, never refused as a whole (the
    events beside it must not fail for it). None when it is not a report at all."""
    if not isinstance(raw, dict):
        return None
    version = _VERSION_TEXT.sub("", str(raw.get("version") or ""))[:MAX_VERSION]
    found = raw.get("warnings")
    warnings = []
    for item in found[:MAX_WARNINGS] if isinstance(found, list) else []:
        if not isinstance(item, dict) or item.get("status") not in HEALTH_STATUSES:
            continue
        check = str(item.get("check"))[:24]
        says = _CONTROL.sub(" ", str(item.get("says") or ""))[:MAX_SAYS].strip()
        code = item.get("code")
        warnings.append(KioskWarning(check=check if _CHECK_NAME.fullmatch(check) else "other",
                                     status=item["status"], says=says, code=code if code in WARNING_CODES else "",
                                     params=clean_params(item.get("params"))))
    return KioskHealth(version=version, warnings=warnings)


class PushRequest(BaseModel):
    events: Annotated[list[Any], Field(max_length=MAX_BATCH), _items_of(WireEvent)]
    pending: int = Field(default=0, ge=0, le=2**31 - 1)  # fits every database's INTEGER
    # Version 2, optional: read leniently (wire.read_health), so a report out of bounds is cut,
    # never the reason a batch of events is refused. Servers before it ignore the field.
    health: Annotated[Any, WithJsonSchema({"anyOf": [{
        "type": "object", "required": ["version"],
        "properties": {"version": KioskHealth.model_json_schema()["properties"]["version"],
                       "warnings": {"type": "array", "maxItems": MAX_WARNINGS,
                                    "items": KioskWarning.model_json_schema()}}}, {"type": "null"}]})] = None


class EventResult(BaseModel):
    id: str  # the item's id, or "" when it had none that looked like one
    # pending (protocol 2, roster requests only): waiting for a host's approval on the server;
    # neither applied nor refused yet. Sending the request again asks what became of it.
    status: Literal["accepted", "duplicate", "rejected", "pending"]
    reason: str | None = None


class RosterRequest(BaseModel):
    """A roster change asked for at a kiosk (its host view or CLI); the server decides and applies
    it, and the result comes back down with the roster like any other change. A request carries
    the fields its op needs and nothing else: an unknown field is refused, not ignored."""

    model_config = ConfigDict(extra="forbid")

    id: Uuid
    # hide (protocol 2): the member withdrew, at the door, their consent to be named there. A door
    # can only withdraw: there is no op that makes anyone visible (kiosk.domain.social.choose).
    op: Literal["add", "update", "suspend", "reactivate", "new_card", "top_up", "erase", "hide"]
    member_id: MemberId
    name: str | None = Field(default=None, max_length=120)
    email: str | None = Field(default=None, max_length=254)
    plan: Literal["monthly", "clipcard", "daypass"] | None = None
    clips: int | None = Field(default=None, ge=0, le=MAX_CLIPS)  # top_up: clips to add
    valid_until: date | None = None
    role: Literal["member", "host"] | None = None  # protocol 2; never applied without a host
    decided_at: datetime | None = None  # hide: when the member withdrew (the door's clock)


class ShortCodeKey(BaseModel):
    key: str = Field(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")  # 32 bytes, hex


class BackupDone(BaseModel):
    """The end of a sealed backup's upload: its length and SHA-256, checked by the server."""

    bytes: int = Field(ge=1)
    sha256: str = Field(pattern="^[0-9a-fA-F]{64}$")


BACKUP_PIECE_BYTES = 512 * 1024  # a backup travels in pieces well under the body cap


class RosterRequestsPush(BaseModel):
    requests: Annotated[list[Any], Field(max_length=MAX_BATCH), _items_of(RosterRequest)]


class RosterRequestsResponse(BaseModel):
    results: list[EventResult]
    protocol: int | None = None  # version 2 and later


class PushResponse(BaseModel):
    results: list[EventResult]
    server_time: datetime
    protocol: int | None = None  # version 2 and later


class RosterMember(BaseModel):
    id: str
    name: str
    email: str = ""
    plan_kind: str
    valid_from: date | None = None
    valid_until: date | None = None
    clips_total: int = 0
    status: str = "active"
    role: str = "member"
    language: str | None = None  # optional (issue 24): the member's language, when known

    def to_member(self) -> Member:
        return Member(id=self.id, name=self.name, email=self.email, status=MemberStatus(self.status),
                      role=Role(self.role), language=self.language if self.language in ("da", "en", "de") else None,
                      plan=Plan(kind=PlanKind(self.plan_kind), valid_from=self.valid_from,
                                                       valid_until=self.valid_until, clips_total=self.clips_total))

    def checksum_row(self) -> str:
        """The member as the roster checksum sees it: never the optional language, which older
        kiosks do not keep (it comes with the member's change like any field)."""
        return self.model_dump_json(exclude={"language"})

    @classmethod
    def of(cls, m: Member) -> RosterMember:
        return cls(id=m.id, name=m.name, email=m.email, plan_kind=m.plan.kind.value, valid_from=m.plan.valid_from,
                   valid_until=m.plan.valid_until, clips_total=m.plan.clips_total, status=m.status.value,
                   role=m.role.value, language=m.language)


class RosterCard(BaseModel):
    member_id: str
    serial: int
    # Protocol 1 kiosks get the short code in clear. A kiosk that gave the server its short-code
    # key gets short_code_hash = HMAC-SHA256(its key, short code) instead, and short_code None.
    short_code: str | None = None
    revoked: bool = False
    short_code_hash: str | None = None
    # The server key that signed the card (optional, any protocol: older kiosks ignore it). A
    # kiosk that keeps it accepts the card under that key only (issue 19).
    key_id: str | None = Field(default=None, pattern="^[0-9a-f]{8}$")

    def checksum_row(self) -> str:
        """The card as the roster checksum sees it: protocol 1's JSON when it is a protocol 1 card
        (never the signing key's id, which older kiosks do not keep)."""
        exclude = {"key_id", "short_code_hash"} if self.short_code_hash is None else {"key_id"}
        return self.model_dump_json(exclude=exclude)


class RosterKey(BaseModel):
    key_id: str
    public_key: str  # hex of the raw 32 bytes
    label: str


class RosterVisibility(BaseModel):
    """Version 2, optional: a member's consent to be named at the door (kiosk.domain.social)."""

    visible: bool
    tags: list[str] = Field(default_factory=list, max_length=3)
    version: int = 0
    decided_at: datetime
    source: str = Field(default="member_page", max_length=16)  # member_page, door (domain.social.Source)


class RosterDevice(BaseModel):
    """Version 2, optional: a phone's public key for the phone pass (kiosk.domain.phone_pass)."""

    key_id: str = Field(pattern="^[0-9a-f]{8}$")
    algorithm: Literal["ecdsa-p256", "ed25519"]
    spki: str  # base64 of the DER SubjectPublicKeyInfo
    revoked: bool = False


class MemberSocial(BaseModel):
    """Version 2, optional, beside a member upsert: the member's visibility choice and phones.
    Kept apart from RosterMember so the roster checksum stays what both sides compute."""

    visibility: RosterVisibility | None = None
    devices: list[RosterDevice] = Field(default_factory=list)
    any_hour: bool = False  # may open a door with a lock at any hour (kiosk.domain.door); older kiosks ignore it


class RevokedKey(BaseModel):
    """A signing key revoked on the server: its cards are refused everywhere (version 2)."""

    key_id: str
    revoked_at: datetime | None = None
    reason: str = ""


class Change(BaseModel):
    kind: Literal["member", "card", "key"]
    op: Literal["upsert", "delete"]
    ref: str  # member id, "member_id/serial", or key id; a tombstone carries nothing else
    member: RosterMember | None = None
    card: RosterCard | None = None
    key: RosterKey | None = None
    social: MemberSocial | None = None  # version 2, member upserts only


class WireVisit(BaseModel):
    """A visit of today as the server knows it, from any kiosk: how doors learn of each other."""

    id: str
    member_id: str
    kiosk_id: str  # the device that opened it
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None


class VisitCorrection(BaseModel):
    """A visit a host's roll-back changed (version 2, optional; older kiosks ignore the field): the
    visit as the server has it now, or removed. A door sets its copy to it, once per corrected_at,
    unless it holds an event of its own for that visit not yet sent (docs/sync-protocol.md)."""

    id: str
    corrected_at: datetime
    removed: bool = False
    member_id: str | None = None
    kiosk_id: str | None = None  # the device that opened it
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None


class GuestApproval(BaseModel):
    """A host's or the visited member's "let them in at the door today" for a guest this kiosk
    registered (issue 20), given on the server. Sent to that kiosk only, on the day only; the
    kiosk takes it only for a guest it made, for its own today, once."""

    id: Uuid
    member_id: MemberId  # the guest, as the door that registered them named them
    day: date  # the server's day of the approval: the door's today, or it is ignored
    by: Literal["host", "member"]  # who approved, by role (names stay on the server)


class PullResponse(BaseModel):
    changes: list[Change]
    cursor: str
    more: bool
    reset: bool
    count: int | None = None  # members in the server's whole roster; on the last page only
    checksum: str | None = None  # of the whole roster; on the last page only
    visits: list[WireVisit] | None = None  # today's visits at every kiosk; on the last page only
    # Clip-card members: every day a clip was spent at any kiosk; on the last page only.
    clip_days: dict[str, list[date]] | None = None
    revoked_keys: list[RevokedKey] | None = None  # version 2; on the last page only
    # Visits a host's roll-back changed in the last days (reopened, closed otherwise, removed);
    # on the last page only. Kiosks from before the field ignore it.
    visit_corrections: list[VisitCorrection] | None = None
    # Version 2, optional, last page only (issue 22): the partner spaces whose members this
    # server's doors let in, with their keys and eligible members as pseudonyms. Replaced whole.
    partners: list[PartnerSpace] | None = None
    # Version 2: the kiosk's server-assigned id ("you are"), for a kiosk enrolled by version 1.
    device_id: str | None = None
    # Version 2, optional, last page only: today's approvals of guests this kiosk registered
    # (given on the server by a host or the member visited). Older kiosks ignore the field.
    guest_approvals: list[GuestApproval] | None = None
    server_time: datetime
    protocol: int | None = None  # version 2 and later


def roster_checksum(members: list[RosterMember], cards: list[RosterCard]) -> str:
    """The same on both sides for the same roster, whatever order the rows come in."""
    rows = sorted(m.checksum_row() for m in members) + sorted(c.checksum_row() for c in cards)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()
