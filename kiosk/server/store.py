"""The server's use of its database: roster, kiosks and enrollment, event ingest, roster pages."""

from __future__ import annotations

import hmac
import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import ValidationError
from sqlalchemy import Engine, case, create_engine, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.core.db import migrate, open_engine
from kiosk.core.errors import InvalidInput
from kiosk.core.hashing import sha256_hex as _sha
from kiosk.core.members import IssuedCard, member_of, new_member_from, plan_from
from kiosk.domain.codes import CROCKFORD, issue_code, key_id_of, new_member_id, short_code_for, short_code_hash
from kiosk.domain.events import spent_clip
from kiosk.domain.members import MAX_CLIPS, InvalidMember, Plan, PlanKind, clips_left, validate_member_fields
from kiosk.domain.presence import in_now
from kiosk.sync import wire

from .errors import KeyConflict, ServerError, Unauthorized
from .feed import ServerSession, log_change, parse_cursor
from .keyring import load_key_ring
from .models import (
    ChangeRow,
    KioskRow,
    LocationRow,
    MetaRow,
    PublicKeyRow,
    ServerBase,
    ServerCardRow,
    ServerEventRow,
    ServerMemberRow,
    ServerVisitRow,
)
from .social import social_of_members

UUID_SHAPE = re.compile(wire.UUID_PATTERN)
MIGRATIONS = Path(__file__).with_name("migrations")
ENROLL_VALID = timedelta(hours=24)


def _plan(kind: object, clips: object, valid_until: object) -> Plan:
    """The kiosk's parsing of a plan (core.members.plan_from), refusing as the server does."""
    try:
        return plan_from(kind, clips, valid_until)
    except InvalidInput as exc:
        raise ServerError(str(exc)) from None


def _validated(name: str, email: str, plan: Plan) -> None:
    try:
        validate_member_fields(name, email, plan)
    except InvalidMember as exc:
        raise ServerError(str(exc)) from None


def _locked_member(s: Session, member_id: str) -> ServerMemberRow:
    """The member's row, locked until the transaction ends (FOR UPDATE; SQLite: the write lock
    taken at BEGIN), so what is read here is still true when it is written."""
    row = s.get(ServerMemberRow, member_id, with_for_update=True)
    if row is None:
        raise ServerError(f"no member with id {member_id!r}")
    return row


@dataclass(frozen=True)
class Device:
    """An enrolled kiosk as its token names it. device_id is the server's (assigned at
    enrollment); local_id is the id the kiosk stamped on its events before it knew that one."""

    device_id: str
    local_id: str | None = None

    def ids(self) -> set[str]:
        return {self.device_id} | ({self.local_id} if self.local_id else set())

    def own_visits_as(self, protocol: int) -> tuple[str, str]:
        """(server id, the id this kiosk knows itself by): a version-1 kiosk only knows its own."""
        return self.device_id, (self.local_id or self.device_id) if protocol < 2 else self.device_id


def open_server_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        return open_engine(Path(url.removeprefix("sqlite:///")))
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def migrate_server(engine: Engine) -> None:
    migrate(engine, MIGRATIONS)




def _member_wire(row: ServerMemberRow) -> wire.RosterMember:
    return wire.RosterMember(id=row.id, name=row.name, email=row.email, plan_kind=row.plan_kind,
                             valid_from=row.valid_from, valid_until=row.valid_until,
                             clips_total=row.clips_total, status=row.status, role=row.role)


def _for_kiosk(row: ServerMemberRow) -> wire.RosterMember:
    """A member as kiosks get them: what the door needs, no e-mail address."""
    return _member_wire(row).model_copy(update={"email": ""})


def _card_wire(row: ServerCardRow, short_code_key: bytes | None) -> wire.RosterCard:
    """A card as a kiosk gets it: its short code as HMAC(the kiosk's key, code) once the kiosk has
    given its key; in clear only to protocol 1 kiosks, which never do."""
    if short_code_key is None:
        return wire.RosterCard(member_id=row.member_id, serial=row.serial, short_code=row.short_code,
                               revoked=row.revoked)
    return wire.RosterCard(member_id=row.member_id, serial=row.serial, revoked=row.revoked,
                           short_code_hash=short_code_hash(short_code_key, row.short_code))


@dataclass(frozen=True)
class IssuedServerCard:
    member: wire.RosterMember
    serial: int
    code: str
    short_code: str

    def printable(self) -> IssuedCard:
        """The card as the card printer takes it."""
        return IssuedCard(self.member.to_member(), self.serial, self.code, self.short_code)


def item_id(item: object) -> str:
    """An item's id for its answer, only when it looks like one (never echo arbitrary input)."""
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) and UUID_SHAPE.fullmatch(value) else ""


def invalid_reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    return f"invalid {'.'.join(str(p)[:40] for p in first['loc'])}"[:200]


class ServerStore:
    def __init__(self, engine: Engine, signing_key: Ed25519PrivateKey, tz: ZoneInfo,
                 keys_dir: Path | None = None) -> None:
        """signing_key: the server's first key; keys_dir: where rotated keys are (keyring.py)."""
        self.engine, self.key, self.tz = engine, signing_key, tz
        self.first_key_id = key_id_of(signing_key.public_key())
        self.keys_dir = keys_dir
        self.ring = load_key_ring(keys_dir) if keys_dir else {self.first_key_id: signing_key}
        # (newest change, count, checksum) of the roster as each short-code key sees it
        self._summary: dict[bytes | None, tuple[int, int, str]] = {}
        self.server_id = self._ensure_identity()

    def _session(self) -> Session:
        return ServerSession(self.engine, expire_on_commit=False)

    def _ensure_identity(self) -> str:
        with self._session() as s, s.begin():
            row = s.get(MetaRow, "server_id")
            if row is None:
                row = MetaRow(key="server_id", value=str(uuid.uuid4()))
                s.add(row)
            self._register_key(s, self.key)
            # Cards from before rotation existed were all signed by the first key.
            s.execute(update(ServerCardRow).where(ServerCardRow.key_id.is_(None)).values(key_id=self.first_key_id))
            return row.value

    def _register_key(self, s: Session, key: Ed25519PrivateKey) -> str:
        key_id = key_id_of(key.public_key())
        if s.get(PublicKeyRow, key_id) is None:
            raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            s.add(PublicKeyRow(key_id=key_id, public_key=raw.hex(), label="server"))
            self._log(s, "key", key_id)
        return key_id

    def _signing_key(self, s: Session) -> tuple[str, Ed25519PrivateKey]:
        """The key that signs new cards now (another process may have rotated it)."""
        row = s.get(MetaRow, "signing_key_id")
        key_id = row.value if row is not None else self.first_key_id
        if key_id not in self.ring and self.keys_dir is not None:
            self.ring = load_key_ring(self.keys_dir)
        if key_id not in self.ring:
            raise ServerError(f"the signing key {key_id} is not in this server's keys folder")
        return key_id, self.ring[key_id]

    def _issue(self, s: Session, member_id: str, serial: int) -> tuple[str, ServerCardRow]:
        """A new card's code and row, signed by the current key (the row records which)."""
        key_id, key = self._signing_key(s)
        code = issue_code(key, member_id, serial)
        return code, ServerCardRow(member_id=member_id, serial=serial, short_code=short_code_for(code),
                                   issued_at=datetime.now(UTC), key_id=key_id)

    # --- signing keys --------------------------------------------------------------------------
    def rotate_key(self, new_key: Ed25519PrivateKey) -> str:
        """New cards are signed by new_key from now on; cards of the older keys stay valid."""
        key_id = key_id_of(new_key.public_key())
        self.ring[key_id] = new_key
        with self._session() as s, s.begin():
            self._register_key(s, new_key)
            s.merge(MetaRow(key="signing_key_id", value=key_id))
        return key_id

    def revoke_key(self, key_id: str, reason: str) -> int:
        """A compromised key: every card it signed is revoked and the key leaves every kiosk's trust
        with the next pull. Returns how many cards were revoked."""
        with self._session() as s, s.begin():
            row = s.get(PublicKeyRow, key_id)
            if row is None:
                raise ServerError(f"no key with id {key_id!r} (kiosk server keys list)")
            if key_id == self._signing_key(s)[0]:
                raise ServerError("that key signs new cards: rotate first (kiosk server keys rotate)")
            row.revoked_at, row.revoked_reason = row.revoked_at or datetime.now(UTC), reason[:200]
            cards = s.scalars(select(ServerCardRow).where(ServerCardRow.key_id == key_id,
                                                          ServerCardRow.revoked.is_(False))).all()
            for card in cards:
                card.revoked = True
                self._log(s, "card", f"{card.member_id}/{card.serial}")
            self._log(s, "key", key_id)
            return len(cards)

    def signing_keys(self) -> list[dict[str, object]]:
        with self._session() as s:
            current = self._signing_key(s)[0]
            counts = dict(s.execute(select(ServerCardRow.key_id, func.count()).where(
                ServerCardRow.revoked.is_(False)).group_by(ServerCardRow.key_id)).all())
            return [{"key_id": k.key_id, "signs_new_cards": k.key_id == current, "valid_cards": counts.get(k.key_id, 0),
                     "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None, "reason": k.revoked_reason}
                    for k in s.scalars(select(PublicKeyRow).order_by(PublicKeyRow.key_id))]

    @staticmethod
    def _log(s: Session, kind: str, ref: str) -> None:
        log_change(s, kind, ref)  # written at commit, in commit order (feed.py)

    # --- roster ------------------------------------------------------------------------------
    # Every change below is one transaction that locks the member row it reads (FOR UPDATE on
    # PostgreSQL; SQLite takes the write lock at BEGIN) or changes it in SQL, so two hosts, or a
    # host and a kiosk's request, never overwrite each other with what they read earlier.
    def add_members(self, news: list[dict[str, object]]) -> list[IssuedServerCard]:
        """Add members (dicts of name, email, plan, clips, valid_until), each with a first card."""
        with self._session() as s, s.begin():
            return [self.add_member_in(s, new) for new in news]

    def add_member_in(self, s: Session, new: dict[str, object]) -> IssuedServerCard:
        """One member and their first card, inside the caller's transaction. A proposed id
        ("id") is taken only if the server has never seen it (see member_id_seen). The fields
        are taken and checked by the kiosk's own rule (core.members.new_member_from, member_of)."""
        proposed = str(new.get("id") or "")
        try:
            member = member_of(new_member_from(new), proposed or new_member_id(secrets.token_bytes(8)))
        except InvalidInput as exc:
            raise ServerError(str(exc)) from None
        if proposed and self.member_id_seen(s, proposed):
            raise ServerError(f"member id {proposed} is already known to the server (a member, an erased "
                              f"member or another door's guest): the server does not reuse it")
        plan = member.plan
        row = ServerMemberRow(id=member.id, name=member.name, email=member.email, plan_kind=plan.kind.value,
                              valid_until=plan.valid_until, role=member.role.value, clips_total=plan.clips_total,
                              created_at=datetime.now(UTC))
        s.add(row)
        s.flush()  # the member row first: the card refers to it
        code, card = self._issue(s, row.id, 1)
        s.add(card)
        s.flush()
        self._log(s, "member", row.id)
        self._log(s, "card", f"{row.id}/1")
        return IssuedServerCard(_member_wire(row), 1, code, card.short_code)

    @staticmethod
    def member_id_seen(s: Session, member_id: str) -> bool:
        """Has the server ever seen this member id: on the roster, as an erased member (its
        tombstone in the change log) or in any event (a guest of some door checks in with it)?"""
        return any(s.scalar(select(literal(1)).where(clause).limit(1)) for clause in (
            ServerMemberRow.id == member_id,
            (ChangeRow.kind == "member") & (ChangeRow.ref == member_id),
            ServerEventRow.member_id == member_id,
            ServerVisitRow.member_id == member_id))

    def update_member(self, member_id: str, **fields: object) -> None:
        """Set the given columns of a member (no validation: see edit_member), in SQL."""
        with self._session() as s, s.begin():
            self.update_member_in(s, member_id, **fields)

    def update_member_in(self, s: Session, member_id: str, **fields: object) -> None:
        done = s.execute(update(ServerMemberRow).where(ServerMemberRow.id == member_id).values(**fields))
        if done.rowcount == 0:  # type: ignore[attr-defined]
            raise ServerError(f"no member with id {member_id!r}")
        self._log(s, "member", member_id)

    def set_suspended(self, member_id: str, suspended: bool) -> None:
        self.update_member(member_id, status="suspended" if suspended else "active")

    def toggle_suspended(self, member_id: str) -> str:
        """Suspend an active member, reactivate a suspended one, in one statement; the new status."""
        with self._session() as s, s.begin():
            flipped = case((ServerMemberRow.status == "suspended", "active"), else_="suspended")
            status = s.scalar(update(ServerMemberRow).where(ServerMemberRow.id == member_id)
                              .values(status=flipped).returning(ServerMemberRow.status))
            if status is None:
                raise ServerError(f"no member with id {member_id!r}")
            self._log(s, "member", member_id)
            return status

    def top_up(self, member_id: str, clips: int) -> int:
        """Add clips to a clip card; the new total."""
        with self._session() as s, s.begin():
            return self.top_up_in(s, member_id, clips)

    def top_up_in(self, s: Session, member_id: str, clips: int) -> int:
        """clips_total = clips_total + n in one UPDATE: top-ups at once all count (no read first)."""
        if not 1 <= clips <= MAX_CLIPS:
            raise ServerError(f"a top-up adds 1 to {MAX_CLIPS} clips")
        total = s.scalar(update(ServerMemberRow).where(
            ServerMemberRow.id == member_id, ServerMemberRow.plan_kind == PlanKind.CLIPCARD.value,
            ServerMemberRow.clips_total <= MAX_CLIPS - clips)
            .values(clips_total=ServerMemberRow.clips_total + clips).returning(ServerMemberRow.clips_total))
        if total is None:
            current = s.get(ServerMemberRow, member_id)
            if current is None:
                raise ServerError(f"no member with id {member_id!r}")
            if current.plan_kind != PlanKind.CLIPCARD.value:
                raise ServerError("only a clip card can be topped up")
            raise ServerError(f"a clip card holds at most {MAX_CLIPS} clips")
        self._log(s, "member", member_id)
        return total

    def delete_member(self, member_id: str) -> None:
        with self._session() as s, s.begin():
            self.delete_member_in(s, member_id)

    def delete_member_in(self, s: Session, member_id: str) -> None:
        row = _locked_member(s, member_id)
        for card in s.scalars(select(ServerCardRow).where(ServerCardRow.member_id == member_id)):
            self._log(s, "card", f"{member_id}/{card.serial}")
            s.delete(card)
        s.delete(row)
        self._log(s, "member", member_id)

    def new_card(self, member_id: str) -> IssuedServerCard:
        """A lost card: every earlier card of the member is revoked at once, a new serial issued."""
        with self._session() as s, s.begin():
            self.new_card_in(s, member_id)
        return self.card(member_id)

    def new_card_in(self, s: Session, member_id: str) -> None:
        _locked_member(s, member_id)  # two new cards at once: one waits, and takes the next serial
        cards = s.scalars(select(ServerCardRow).where(ServerCardRow.member_id == member_id)).all()
        for card in cards:
            card.revoked = True
            self._log(s, "card", f"{member_id}/{card.serial}")
        serial = max((c.serial for c in cards), default=0) + 1
        s.add(self._issue(s, member_id, serial)[1])
        s.flush()
        self._log(s, "card", f"{member_id}/{serial}")

    def member(self, member_id: str) -> wire.RosterMember:
        with self._session() as s:
            row = s.get(ServerMemberRow, member_id)
            if row is None:
                raise ServerError(f"no member with id {member_id!r}")
            return _member_wire(row)

    def edit_member(self, member_id: str, name: str, email: str, plan: str, clips: int,
                    valid_until: date | None, seen: wire.RosterMember | None = None) -> None:
        """Change a member's details; the same rules as adding one.

        seen: the member as the host's form showed it. Then only what the host changed is
        written, so a top-up or another host's edit made meanwhile is kept (a field both changed:
        the later edit wins). Without it, every field is written as given."""
        with self._session() as s, s.begin():
            self.edit_member_in(s, member_id, {"name": name, "email": email, "plan_kind": plan,
                                               "clips_total": clips, "valid_until": valid_until}, seen)

    def edit_member_in(self, s: Session, member_id: str, fields: dict[str, object],
                       seen: wire.RosterMember | None = None) -> None:
        """Write the given fields (name, email, plan_kind, clips_total, valid_until, role) of a
        locked member row after checking the result as a whole."""
        row = _locked_member(s, member_id)
        if seen is not None:
            fields = {k: v for k, v in fields.items() if v != getattr(seen, k)}
        merged = {k: fields.get(k, getattr(row, k)) for k in ("name", "email", "plan_kind", "clips_total",
                                                              "valid_until")}
        plan = _plan(merged["plan_kind"], merged["clips_total"], merged["valid_until"])
        name, email = str(merged["name"]).strip(), str(merged["email"]).strip()
        _validated(name, email, plan)
        row.name, row.email, row.plan_kind = name, email, plan.kind.value
        row.clips_total, row.valid_until = plan.clips_total, plan.valid_until
        if fields.get("role") is not None:
            row.role = str(fields["role"])
        self._log(s, "member", member_id)

    def members(self) -> list[wire.RosterMember]:
        with self._session() as s:
            return [_member_wire(r) for r in s.scalars(select(ServerMemberRow).order_by(ServerMemberRow.name))]

    def clips_left(self) -> dict[str, int]:
        """Each clip-card member's clips left, by the kiosk's own rule (domain.members.clips_left)
        over the days charged at any door: what every door says after its next sync."""
        with self._session() as s:
            days = self._clip_days(s)
            cards = s.scalars(select(ServerMemberRow).where(ServerMemberRow.plan_kind == "clipcard")).all()
            return {r.id: clips_left(_member_wire(r).to_member().plan, len(days.get(r.id, []))) or 0
                    for r in cards}

    def card(self, member_id: str) -> IssuedServerCard:
        with self._session() as s:
            row = s.get(ServerMemberRow, member_id)
            if row is None:
                raise ServerError(f"no member with id {member_id!r}")
            card = s.scalars(select(ServerCardRow).where(
                ServerCardRow.member_id == member_id, ServerCardRow.revoked.is_(False))
                .order_by(ServerCardRow.serial.desc())).first()
            if card is None:
                raise ServerError(f"member {member_id} has no valid card")
            key = self.ring.get(card.key_id or self.first_key_id)
            if key is None:
                raise ServerError(f"the key that signed this card ({card.key_id}) is not on this server: "
                                  "issue a new card")
            code = issue_code(key, member_id, card.serial)
            return IssuedServerCard(_member_wire(row), card.serial, code, card.short_code)

    # --- kiosks ------------------------------------------------------------------------------
    def add_kiosk(self, name: str, location: str | None = None) -> str:
        """Create a kiosk (or renew its enrollment code); returns the one-time enrollment code."""
        code = "".join(secrets.choice(CROCKFORD) for _ in range(10))
        with self._session() as s, s.begin():
            loc_id = None
            if location:
                loc = s.scalar(select(LocationRow).where(LocationRow.name == location))
                if loc is None:
                    loc = LocationRow(name=location)
                    s.add(loc)
                    s.flush()
                loc_id = loc.id
            row = s.scalar(select(KioskRow).where(KioskRow.name == name))
            if row is None:
                row = KioskRow(name=name, pending=0)
                s.add(row)
            row.location_id = loc_id or row.location_id
            row.enroll_code_hash = _sha(code)
            row.enroll_expires_at = datetime.now(UTC) + ENROLL_VALID
        return code

    def enroll(self, request: wire.EnrollRequest) -> wire.EnrollResponse:
        """The server decides the device id: whatever id the kiosk sends is only an alias its own
        events may carry, so an enrollment naming another kiosk's id takes nothing from it."""
        token = secrets.token_urlsafe(32)
        with self._session() as s, s.begin():
            row = s.scalar(select(KioskRow).where(KioskRow.enroll_code_hash == _sha(request.code.strip().upper())))
            if row is None or row.enroll_expires_at is None or row.enroll_expires_at < datetime.now(UTC):
                raise Unauthorized("the enrollment code is wrong or has expired; make a new one")
            # A kiosk enrolled again (a renewed code for the same record) keeps its identity.
            row.device_id = row.device_id or str(uuid.uuid4())
            row.local_id = request.local_id or request.device_id
            row.token_hash = _sha(token)
            row.enroll_code_hash, row.enroll_expires_at = None, None
            row.enrolled_at, row.revoked_at = datetime.now(UTC), None
            row.short_code_key = None  # the enrolled device gives its own (set_short_code_key)
            return wire.EnrollResponse(kiosk_name=row.name, device_id=row.device_id, token=token,
                                       server_id=self.server_id)

    def revoke_kiosk(self, name: str) -> None:
        with self._session() as s, s.begin():
            row = s.scalar(select(KioskRow).where(KioskRow.name == name))
            if row is None:
                raise ServerError(f"no kiosk named {name!r}")
            row.revoked_at, row.token_hash = datetime.now(UTC), None

    def device_for_token(self, token: str) -> Device:
        """The kiosk that a token belongs to; Unauthorized if none, or revoked."""
        digest = _sha(token)
        with self._session() as s:
            row = s.scalar(select(KioskRow).where(KioskRow.token_hash == digest))
            # The lookup is by hash; the comparison that decides is constant-time on bytes.
            if row is None or row.device_id is None or not hmac.compare_digest(
                    (row.token_hash or "").encode(), digest.encode()):
                raise Unauthorized("unknown or revoked device token; enroll this kiosk again")
            return Device(row.device_id, row.local_id)

    def set_short_code_key(self, device_id: str, key_hex: str) -> str:
        """A kiosk gives the server its short-code key once (protocol 2); from then on its roster
        carries HMAC(key, short code) instead of short codes. The same key again is fine; another
        key is refused (a stolen token must not swap it): "set" or "same"."""
        if len(key_hex) != 64 or any(ch not in "0123456789abcdef" for ch in key_hex):
            raise ServerError("a short-code key is 32 bytes as 64 lowercase hex digits")
        with self._session() as s, s.begin():
            row = s.scalar(select(KioskRow).where(KioskRow.device_id == device_id).with_for_update())
            if row is None:
                raise Unauthorized("unknown device")
            if row.short_code_key == key_hex:
                return "same"
            if row.short_code_key is not None:
                raise KeyConflict("this kiosk already has another short-code key on the server; "
                                  "enroll it again (kiosk enroll) to start afresh")
            row.short_code_key = key_hex
            return "set"

    def short_code_key(self, device_id: str) -> bytes | None:
        with self._session() as s:
            key = s.scalar(select(KioskRow.short_code_key).where(KioskRow.device_id == device_id))
            return bytes.fromhex(key) if key else None

    def kiosks(self) -> list[dict[str, object]]:
        with self._session() as s:
            return [{"name": k.name, "device_id": k.device_id, "enrolled": k.token_hash is not None,
                     "last_seen_at": k.last_seen_at, "pending": k.pending}
                    for k in s.scalars(select(KioskRow).order_by(KioskRow.name))]

    # --- roster requests from kiosks: kiosk/server/requests.py (RosterRequests) ---------------
    def session(self) -> Session:
        """A session for the store's helpers (kiosk/server/requests.py) to hold one transaction."""
        return self._session()

    def insert(self, model: type[ServerBase]) -> Any:
        """INSERT ... ON CONFLICT of this database's dialect."""
        return (postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert)(model)

    # --- events up ---------------------------------------------------------------------------
    def ingest(self, who: Device, raw_events: list[object], pending: int) -> list[wire.EventResult]:
        device_id = who.device_id
        results: dict[int, wire.EventResult] = {}
        valid: list[tuple[int, wire.WireEvent]] = []
        for i, raw in enumerate(raw_events):
            try:
                event = wire.WireEvent.model_validate(raw)
            except ValidationError as exc:
                results[i] = wire.EventResult(id=item_id(raw), status="rejected", reason=invalid_reason(exc))
                continue
            if event.kiosk_id not in who.ids():
                results[i] = wire.EventResult(id=event.id, status="rejected", reason="not this kiosk's event")
                continue
            # Stored under the server's id for the kiosk, whichever of its ids the kiosk sent.
            valid.append((i, event.model_copy(update={"kiosk_id": device_id})))
        now = datetime.now(UTC)
        with self._session() as s, s.begin():
            accepted = self._insert_events(s, [e for _, e in valid], now)
            hashes = {}
            rest = [e.id for _, e in valid if e.id not in accepted]
            if rest:
                hashes = dict(s.execute(select(ServerEventRow.id, ServerEventRow.content_hash)
                                        .where(ServerEventRow.id.in_(rest))).all())
            seen_in_batch: set[str] = set()
            for i, event in valid:
                if event.id in accepted and event.id not in seen_in_batch:
                    seen_in_batch.add(event.id)
                    results[i] = wire.EventResult(id=event.id, status="accepted")
                elif hashes.get(event.id) == event.content_hash() or event.id in seen_in_batch:
                    results[i] = wire.EventResult(id=event.id, status="duplicate")
                else:
                    results[i] = wire.EventResult(id=event.id, status="rejected",
                                                  reason="conflict: this id was stored with other content")
            self._apply_visits(s, [e for _, e in valid if e.id in accepted])
            kiosk = s.scalar(select(KioskRow).where(KioskRow.device_id == device_id))
            if kiosk is not None:
                kiosk.last_seen_at, kiosk.pending = now, pending
        return [results[i] for i in range(len(raw_events))]

    def _insert_events(self, s: Session, events: list[wire.WireEvent], now: datetime) -> set[str]:
        if not events:
            return set()
        rows = [{**e.model_dump(), "content_hash": e.content_hash(), "received_at": now} for e in events]
        # Parameters as a list, not .values(rows): the statement is compiled once and cached, and
        # SQLAlchemy batches it ("insertmanyvalues"), RETURNING the ids that were new.
        stmt = self.insert(ServerEventRow).on_conflict_do_nothing(index_elements=["id"]).returning(ServerEventRow.id)
        return set(s.scalars(stmt, rows).all())

    def _apply_visits(self, s: Session, events: list[wire.WireEvent]) -> None:
        for e in sorted(events, key=lambda e: (e.kiosk_id, e.seq)):
            if e.visit_id is None or e.kind not in ("check_in", "check_out", "auto_checkout"):
                continue
            visit = s.get(ServerVisitRow, e.visit_id)
            if visit is None:
                visit = ServerVisitRow(id=e.visit_id, member_id=e.member_id or "", kiosk_id=e.kiosk_id,
                                       day=e.effective_at.astimezone(self.tz).date())
                s.add(visit)
            if e.kind == "check_in":
                visit.checked_in_at = e.effective_at
                visit.day = e.effective_at.astimezone(self.tz).date()
                visit.clip_charged = spent_clip(e.reason)
                # A door that was offline may report a check-in older than a check-out another
                # door already reported for the same member: that check-out ended this visit too.
                later_out = s.scalar(select(func.min(ServerEventRow.effective_at)).where(
                    ServerEventRow.member_id == e.member_id, ServerEventRow.kind == "check_out",
                    ServerEventRow.effective_at > e.effective_at,
                    ServerEventRow.effective_at < self._day_end(visit.day)))
                if later_out is not None and visit.checked_out_at is None:
                    visit.checked_out_at, visit.checkout_kind = later_out, "scan"
            else:
                out = e.effective_at
                if visit.checked_in_at is not None and out < visit.checked_in_at:
                    out = visit.checked_in_at  # the kiosk's clock jumped back: never a negative stay
                visit.checked_out_at = out
                visit.checkout_kind = "auto" if e.kind == "auto_checkout" else "scan"
                if e.kind == "check_out":  # out at one door is out at every door
                    for other in s.scalars(select(ServerVisitRow).where(
                            ServerVisitRow.member_id == e.member_id, ServerVisitRow.day == visit.day,
                            ServerVisitRow.checked_out_at.is_(None), ServerVisitRow.checked_in_at <= e.effective_at)):
                        other.checked_out_at, other.checkout_kind = e.effective_at, "scan"
            s.flush()

    def _day_end(self, day: date) -> datetime:
        return datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=self.tz).astimezone(UTC)

    def presence(self, day: date | None = None) -> dict[str, object]:
        day = day or datetime.now(self.tz).date()
        with self._session() as s:
            names = dict(s.execute(select(ServerMemberRow.id, ServerMemberRow.name)).all())
            visits = s.scalars(select(ServerVisitRow).where(ServerVisitRow.day == day)
                               .order_by(ServerVisitRow.checked_in_at)).all()
            devices = dict(s.execute(select(KioskRow.device_id, KioskRow.name)).all())
            locations = dict(s.execute(select(KioskRow.device_id, LocationRow.name)
                                       .join(LocationRow, KioskRow.location_id == LocationRow.id)).all())

        def entry(v: ServerVisitRow) -> dict[str, object]:
            return {"member_id": v.member_id, "name": names.get(v.member_id, "(a guest; the name stays at the kiosk)"),
                    "kiosk": devices.get(v.kiosk_id, v.kiosk_id), "location": locations.get(v.kiosk_id, ""),
                    "checked_in_at": v.checked_in_at.astimezone(self.tz).isoformat() if v.checked_in_at else None,
                    "checked_out_at": v.checked_out_at.astimezone(self.tz).isoformat() if v.checked_out_at else None}

        here = in_now(visits, day, datetime.now(self.tz).date())  # the kiosk's rule (domain.presence)
        return {"date": day.isoformat(), "in_now": [entry(v) for v in here], "visits": [entry(v) for v in visits]}

    # --- roster down -------------------------------------------------------------------------
    def pull(self, cursor: str | None, limit: int = 500, device_id: str | None = None,
             own: tuple[str, str] | None = None, social: bool = False) -> wire.PullResponse:
        """device_id: whose short-code key hashes the codes; own: (server id, the id the kiosk knows
        itself by): its own visits come back under the latter; social (version 2): each member upsert
        with the member's visibility and phones."""
        limit = max(1, min(limit, 2000))
        key = self.short_code_key(device_id) if device_id else None
        with self._session() as s:
            if self.engine.dialect.name == "postgresql":
                # One snapshot for the page, the newest change number and the checksum.
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            newest = s.scalar(select(func.max(ChangeRow.seq))) or 0
            resume = parse_cursor(cursor, self.server_id, newest)
            after, reset = (0, True) if resume is None else (resume, False)
            rows = s.scalars(select(ChangeRow).where(ChangeRow.seq > after)
                             .order_by(ChangeRow.seq).limit(limit)).all()
            changes = self._changes(s, rows, key)
            if social:  # version 2: each member upsert with the member's visibility and phones
                extra = social_of_members(s, [c.ref for c in changes if c.kind == "member" and c.member])
                changes = [c.model_copy(update={"social": extra[c.ref]}) if c.ref in extra and c.member else c
                           for c in changes]
            last = rows[-1].seq if rows else after
            more = last < newest
            count = checksum = None
            visits = clip_days = revoked_keys = None
            if not more:  # the whole roster's count and checksum, and today's visits: last page only
                count, checksum = self._roster_summary(s, newest, key)
                today = datetime.now(self.tz).date()
                rename = dict([own]) if own else {}
                visits = [wire.WireVisit(id=v.id, member_id=v.member_id, kiosk_id=rename.get(v.kiosk_id, v.kiosk_id),
                                         checked_in_at=v.checked_in_at, checked_out_at=v.checked_out_at)
                          for v in s.scalars(select(ServerVisitRow).where(ServerVisitRow.day == today))]
                clip_days = self._clip_days(s)
                revoked_keys = [wire.RevokedKey(key_id=k.key_id, revoked_at=k.revoked_at, reason=k.revoked_reason or "")
                                for k in s.scalars(select(PublicKeyRow).where(PublicKeyRow.revoked_at.is_not(None)))]
        return wire.PullResponse(changes=changes, cursor=f"{self.server_id}:{last}", more=more, reset=reset,
                                 count=count, checksum=checksum, visits=visits, clip_days=clip_days,
                                 revoked_keys=revoked_keys, server_time=datetime.now(UTC))

    @staticmethod
    def _clip_days(s: Session) -> dict[str, list[date]]:
        """Every day each clip-card member spent a clip, at any door: one clip a day, wherever."""
        rows = s.execute(select(ServerVisitRow.member_id, ServerVisitRow.day).distinct()
                         .join(ServerMemberRow, ServerMemberRow.id == ServerVisitRow.member_id)
                         .where(ServerMemberRow.plan_kind == "clipcard", ServerVisitRow.clip_charged)
                         .order_by(ServerVisitRow.member_id, ServerVisitRow.day)).all()
        days: dict[str, list[date]] = {}
        for member_id, day in rows:
            days.setdefault(member_id, []).append(day)
        return days

    def _roster_summary(self, s: Session, newest: int, key: bytes | None) -> tuple[int, str]:
        """Count and checksum of the whole roster. Every roster write appends to the change log,
        so the newest change number identifies the roster's state: computed once per state."""
        cached = self._summary.get(key)
        if cached is not None and cached[0] == newest:
            return cached[1], cached[2]
        members = [_for_kiosk(m) for m in s.scalars(select(ServerMemberRow))]
        cards = [_card_wire(c, key) for c in s.scalars(select(ServerCardRow))]
        summary = (newest, len(members), wire.roster_checksum(members, cards))
        self._summary[key] = summary
        return summary[1], summary[2]

    def _changes(self, s: Session, rows: Sequence[ChangeRow], code_key: bytes | None) -> list[wire.Change]:
        """The current state of every entity a page of the change log names, loaded in bulk."""
        refs = {kind: {r.ref for r in rows if r.kind == kind} for kind in ("member", "card", "key")}
        members = {m.id: m for m in s.scalars(select(ServerMemberRow).where(ServerMemberRow.id.in_(refs["member"])))}
        card_members = {ref.partition("/")[0] for ref in refs["card"]}
        cards = {f"{c.member_id}/{c.serial}": c for c in s.scalars(
            select(ServerCardRow).where(ServerCardRow.member_id.in_(card_members)))}
        keys = {k.key_id: k for k in s.scalars(select(PublicKeyRow).where(PublicKeyRow.key_id.in_(refs["key"])))}
        out = []
        for row in rows:
            if row.kind == "member":
                m = members.get(row.ref)
                out.append(wire.Change(kind="member", op="upsert", ref=row.ref, member=_for_kiosk(m)) if m
                           else wire.Change(kind="member", op="delete", ref=row.ref))
            elif row.kind == "card":
                c = cards.get(row.ref)
                out.append(wire.Change(kind="card", op="upsert", ref=row.ref, card=_card_wire(c, code_key)) if c
                           else wire.Change(kind="card", op="delete", ref=row.ref))
            else:
                k = keys.get(row.ref)
                key = (wire.RosterKey(key_id=k.key_id, public_key=k.public_key, label=k.label)
                       if k and k.revoked_at is None else None)  # a revoked key leaves every kiosk's trust
                out.append(wire.Change(kind="key", op="upsert", ref=row.ref, key=key) if key
                           else wire.Change(kind="key", op="delete", ref=row.ref))
        return out
