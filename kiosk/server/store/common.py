"""What every room of the server's store stands on: the engine and its migrations, the signing
key ring, the change log, the member and card shapes kiosks get, and StoreBase (the session,
the server's identity, issuing a card)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import ValidationError
from sqlalchemy import Engine, create_engine, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.core.db import migrate, open_engine
from kiosk.core.errors import InvalidInput
from kiosk.core.members import IssuedCard, plan_from
from kiosk.domain.codes import issue_code, key_id_of, short_code_for, short_code_hash
from kiosk.domain.members import InvalidMember, Plan, validate_member_fields
from kiosk.domain.problems import Code
from kiosk.protocol import wire

from ..errors import ServerError
from ..feed import ServerSession, log_change
from ..keyring import load_key_ring
from ..models import (
    KioskRow,
    MetaRow,
    PublicKeyRow,
    ServerBase,
    ServerCardRow,
    ServerMemberRow,
    ServerVisitRow,
)

UUID_SHAPE = re.compile(wire.UUID_PATTERN)
MIGRATIONS = Path(__file__).parent.parent / "migrations"
ENROLL_VALID = timedelta(hours=24)


def _plan(kind: object, clips: object, valid_until: object) -> Plan:
    """The kiosk's parsing of a plan (core.members.plan_from), refusing as the server does."""
    try:
        return plan_from(kind, clips, valid_until)
    except InvalidInput as exc:
        raise ServerError(str(exc), exc.code, **exc.params) from None


def _validated(name: str, email: str, plan: Plan) -> None:
    try:
        validate_member_fields(name, email, plan)
    except InvalidMember as exc:
        raise ServerError(str(exc), exc.code, **exc.params) from None


def _locked_member(s: Session, member_id: str) -> ServerMemberRow:
    """The member's row, locked until the transaction ends (FOR UPDATE; SQLite: the write lock
    taken at BEGIN), so what is read here is still true when it is written."""
    row = s.get(ServerMemberRow, member_id, with_for_update=True)
    if row is None:
        raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
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
                             clips_total=row.clips_total, status=row.status, role=row.role,
                             language=row.language)


def _for_kiosk(row: ServerMemberRow) -> wire.RosterMember:
    """A member as kiosks get them: what the door needs, no e-mail address."""
    return _member_wire(row).model_copy(update={"email": ""})


def _card_wire(row: ServerCardRow, short_code_key: bytes | None) -> wire.RosterCard:
    """A card as a kiosk gets it: its short code as HMAC(the kiosk's key, code) once the kiosk has
    given its key; in clear only to protocol 1 kiosks, which never do."""
    if short_code_key is None:
        return wire.RosterCard(member_id=row.member_id, serial=row.serial, short_code=row.short_code,
                               revoked=row.revoked, key_id=row.key_id)
    return wire.RosterCard(member_id=row.member_id, serial=row.serial, revoked=row.revoked,
                           short_code_hash=short_code_hash(short_code_key, row.short_code), key_id=row.key_id)


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


class StoreBase:
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

    @staticmethod
    def _log(s: Session, kind: str, ref: str) -> None:
        log_change(s, kind, ref)  # written at commit, in commit order (feed.py)

    # --- roster requests from kiosks: kiosk/server/requests.py (RosterRequests) ---------------
    def session(self) -> Session:
        """A session for the store's helpers (kiosk/server/requests.py) to hold one transaction."""
        return self._session()

    def insert(self, model: type[ServerBase]) -> Any:
        """INSERT ... ON CONFLICT of this database's dialect."""
        return (postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert)(model)

    # --- read by more than one room -----------------------------------------------------------
    def short_code_key(self, device_id: str) -> bytes | None:
        with self._session() as s:
            key = s.scalar(select(KioskRow.short_code_key).where(KioskRow.device_id == device_id))
            return bytes.fromhex(key) if key else None

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
