"""The social door on the server: the space's public details, members' visibility choices,
one-time login codes and sessions for the members' own page, and phone device keys.

The rules live in kiosk.domain.social and kiosk.domain.phone_pass; this module stores them."""

from __future__ import annotations

import base64
import json
import secrets
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.serialization import load_der_public_key
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core.hashing import sha256_hex as _sha
from kiosk.domain.codes import CROCKFORD
from kiosk.domain.phone_pass import Algorithm, DeviceKey, device_key_id
from kiosk.domain.problems import Code
from kiosk.domain.social import HereNow, InvalidChoice, Person, Source, SpaceInfo, Visibility, choose, here_now
from kiosk.protocol import wire

from .errors import ServerError
from .models import (
    ChangeRow,
    DeviceKeyRow,
    DoorRightRow,
    LocationRow,
    MemberLoginCodeRow,
    MemberSessionRow,
    MetaRow,
    ServerMemberRow,
    ServerVisitRow,
    VisibilityRow,
)

CODE_VALID = timedelta(minutes=15)
CODE_LENGTH = 8  # Crockford base32: 40 bits, guessed only behind the login throttle
MEMBER_SESSION_HOURS = 8
MAX_DEVICES = 5  # live phone keys per member
MAX_LIVE_CODES = 3  # unused e-mailed login codes per member at once
SPACE_KEY = "space"


def ensure_meta_row(engine: Engine, key: str) -> None:
    """A server_meta row to lock with FOR UPDATE: PostgreSQL locks rows, not their absence, so
    two first writers would both insert (and one fail) without it."""
    with Session(engine) as s:
        if s.get(MetaRow, key) is not None:
            return
    try:
        with Session(engine) as s, s.begin():
            s.add(MetaRow(key=key, value="{}"))
    except IntegrityError:
        pass  # another writer made it first: fine


@dataclass(frozen=True)
class MemberSession:
    member_id: str
    csrf: str


def normalise_code(code: str) -> str:
    """What a person types: spaces and dashes dropped, case ignored, O->0 and I/L->1 (Crockford)."""
    text = "".join(code.split()).replace("-", "").upper()
    return text.translate(str.maketrans("OIL", "011"))


def _visibility(row: VisibilityRow) -> Visibility:
    return Visibility(row.member_id, row.visible, tuple(json.loads(row.tags)), row.version, row.decided_at,
                      row.source)


def _device(row: DeviceKeyRow) -> DeviceKey:
    return DeviceKey(row.key_id, row.member_id, Algorithm(row.algorithm), base64.b64decode(row.spki), row.revoked)


def _check_spki(algorithm: str, der: bytes) -> None:
    """A public key of the kind it says it is: P-256 for ECDSA, Ed25519 otherwise."""
    try:
        key = load_der_public_key(der)
    except ValueError:
        raise ServerError("the public key is not a DER SubjectPublicKeyInfo", Code.PHONE_KEY_INVALID) from None
    if algorithm == Algorithm.ECDSA_P256:
        ok = isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    elif algorithm == Algorithm.ED25519:
        ok = isinstance(key, ed25519.Ed25519PublicKey)
    else:
        raise ServerError(f"algorithm {algorithm!r} is not one of ecdsa-p256, ed25519", Code.PHONE_KEY_INVALID)
    if not ok:
        raise ServerError(f"the public key is not an {algorithm} key", Code.PHONE_KEY_INVALID)


class Social:
    def __init__(self, engine: Engine, tz: ZoneInfo) -> None:
        self.engine, self.tz = engine, tz

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # --- the space's public details ---------------------------------------------------------
    def _stored(self) -> dict[str, object]:
        with self._session() as s:
            row = s.get(MetaRow, SPACE_KEY)
        return json.loads(row.value) if row else {}  # {} too for a row made by ensure_meta_row

    def space(self) -> SpaceInfo:
        """The space as the host page "Space" describes it. Its name, before that page is filled
        in: the name of the place its kiosks were added at (the Kiosks page's location), never a
        made-up one: a card that says "Coworking space" is nobody's (issue 24)."""
        stored: dict[str, Any] = {k: v for k, v in self._stored().items() if k != "language"}
        if not str(stored.get("name") or "").strip():
            stored["name"] = self._place_name()
        return SpaceInfo(**{"url": "", "logo": "", "timezone": str(self.tz), **stored})

    def _place_name(self) -> str:
        with self._session() as s:
            return s.scalar(select(LocationRow.name).order_by(LocationRow.id).limit(1)) or ""

    def language(self) -> str:
        """The language of the space's badge when the page embedding it does not ask for one."""
        return str(self._stored().get("language", "da"))

    def set_space(self, info: SpaceInfo, language: str = "da") -> None:
        if info.lat is not None and not -90 <= info.lat <= 90:
            raise ServerError("latitude is between -90 and 90", Code.LATITUDE_RANGE)
        if info.lon is not None and not -180 <= info.lon <= 180:
            raise ServerError("longitude is between -180 and 180", Code.LONGITUDE_RANGE)
        if not info.name.strip():
            raise ServerError("the space needs a name", Code.SPACE_NEEDS_NAME)
        value = json.dumps({**asdict(info), "language": language})
        ensure_meta_row(self.engine, SPACE_KEY)
        with self._session() as s, s.begin():
            row = s.get(MetaRow, SPACE_KEY, with_for_update=True)
            if row is None:
                raise ServerError("the space's settings row vanished")
            row.value = value

    # --- visibility -------------------------------------------------------------------------
    def visibility(self, member_id: str) -> Visibility:
        with self._session() as s:
            row = s.get(VisibilityRow, member_id)
            return _visibility(row) if row else Visibility.hidden(member_id)

    def choices(self) -> dict[str, Visibility]:
        with self._session() as s:
            return {r.member_id: _visibility(r) for r in s.scalars(select(VisibilityRow))}

    def choose(self, member_id: str, visible: bool, tags: list[str], source: str = Source.MEMBER_PAGE,
               at: datetime | None = None) -> Visibility:
        """Record a new consent (or its withdrawal); an older decision never overrides a newer one."""
        with self._session() as s, s.begin():
            return record_choice(s, member_id, visible, tags, source, at or datetime.now(UTC))

    def here_now(self, in_now: list[dict[str, object]]) -> HereNow:
        """Who is in as the public may see it (kiosk.domain.social.here_now), from
        ServerStore.presence()["in_now"]: a visit whose member is not in the roster is a guest."""
        with self._session() as s:
            members = set(s.scalars(select(ServerMemberRow.id)))
        people = [Person(str(v["member_id"]), str(v["name"]), str(v["member_id"]) not in members) for v in in_now]
        return here_now(people, self.choices())

    # --- one-time login codes and member sessions ---------------------------------------------
    def issue_code(self, member_id: str, now: datetime | None = None) -> str:
        """A new code for the member's page (a host's button); codes already given keep working."""
        code = self._issue(member_id, now or datetime.now(UTC), max_live=None)
        assert code is not None
        return code

    def issue_mailed_code(self, member_id: str, now: datetime | None = None) -> str | None:
        """A new code to e-mail, unless MAX_LIVE_CODES of the member's codes are live already
        (then None: no code, no e-mail). Never cancels a code already sent: anyone may ask for
        a code for any address, and that must not take away the member's (issue 19)."""
        return self._issue(member_id, now or datetime.now(UTC), max_live=MAX_LIVE_CODES)

    def _issue(self, member_id: str, now: datetime, max_live: int | None) -> str | None:
        code = "".join(secrets.choice(CROCKFORD) for _ in range(CODE_LENGTH))
        with self._session() as s, s.begin():
            row = s.get(ServerMemberRow, member_id, with_for_update=True)  # one issuer per member at a time
            if row is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            if row.status != "active":
                raise ServerError("a suspended member cannot log in", Code.MEMBER_SUSPENDED)
            s.execute(delete(MemberLoginCodeRow).where(MemberLoginCodeRow.expires_at < now))
            live = s.scalar(select(func.count()).select_from(MemberLoginCodeRow).where(
                MemberLoginCodeRow.member_id == member_id, MemberLoginCodeRow.used_at.is_(None),
                MemberLoginCodeRow.expires_at > now)) or 0
            if max_live is not None and live >= max_live:
                return None
            s.add(MemberLoginCodeRow(code_hash=_sha(normalise_code(code)), member_id=member_id,
                                     expires_at=now + CODE_VALID))
        return code

    def member_by_email(self, email: str) -> str | None:
        """The active member with this e-mail address (case ignored), if exactly one has it."""
        address = email.strip().lower()
        if "@" not in address:
            return None
        with self._session() as s:
            found = s.scalars(select(ServerMemberRow.id).where(func.lower(ServerMemberRow.email) == address,
                                                               ServerMemberRow.status == "active")).all()
        return found[0] if len(found) == 1 else None

    def redeem_code(self, code: str, now: datetime | None = None) -> tuple[str, MemberSession] | None:
        """A session for a right, unused, unexpired code; the code is used up in the same statement
        that checks it, so two tabs racing with one code get one session between them."""
        now = now or datetime.now(UTC)
        text = normalise_code(code)
        if not text or len(text) > 32:
            return None
        with self._session() as s, s.begin():
            member_id = s.scalar(
                update(MemberLoginCodeRow)
                .where(MemberLoginCodeRow.code_hash == _sha(text), MemberLoginCodeRow.used_at.is_(None),
                       MemberLoginCodeRow.expires_at > now)
                .values(used_at=now).returning(MemberLoginCodeRow.member_id))
            if member_id is None:
                return None
            s.execute(delete(MemberSessionRow).where(MemberSessionRow.expires_at < now))
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            s.add(MemberSessionRow(token_hash=_sha(token), member_id=member_id, csrf=csrf,
                                   expires_at=now + timedelta(hours=MEMBER_SESSION_HOURS)))
            return token, MemberSession(member_id, csrf)

    def member_session(self, token: str | None) -> MemberSession | None:
        if not token or len(token) > 200:
            return None
        with self._session() as s:
            row = s.get(MemberSessionRow, _sha(token))
            if row is None or row.expires_at < datetime.now(UTC):
                return None
            member = s.get(ServerMemberRow, row.member_id)
            if member is None or member.status != "active":
                return None
            return MemberSession(row.member_id, row.csrf)

    def logout(self, token: str | None) -> None:
        if token and len(token) <= 200:
            with self._session() as s, s.begin():
                s.execute(delete(MemberSessionRow).where(MemberSessionRow.token_hash == _sha(token)))

    # --- phone device keys --------------------------------------------------------------------
    def register_device(self, member_id: str, algorithm: str, spki_b64: str, label: str = "") -> str:
        try:
            der = base64.b64decode(spki_b64, validate=True)
        except ValueError:
            raise ServerError("the public key is not base64", Code.PHONE_KEY_INVALID) from None
        if len(der) > 200:
            raise ServerError("the public key is too long", Code.PHONE_KEY_INVALID)
        _check_spki(algorithm, der)
        key_id = device_key_id(der)
        with self._session() as s, s.begin():
            if s.get(ServerMemberRow, member_id, with_for_update=True) is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            existing = s.get(DeviceKeyRow, key_id)
            if existing is not None:
                if existing.member_id != member_id or existing.revoked:
                    raise ServerError("this key cannot be registered; make a new one", Code.PHONE_KEY_TAKEN)
                return key_id
            live = s.scalar(select(func.count()).select_from(DeviceKeyRow).where(
                DeviceKeyRow.member_id == member_id, DeviceKeyRow.revoked.is_(False))) or 0
            if live >= MAX_DEVICES:
                raise ServerError(f"at most {MAX_DEVICES} phones; revoke one first",
                                  Code.TOO_MANY_PHONES, limit=MAX_DEVICES)
            s.add(DeviceKeyRow(key_id=key_id, member_id=member_id, algorithm=algorithm,
                               spki=base64.b64encode(der).decode(), label=label[:64],
                               created_at=datetime.now(UTC)))
            self._log_member(s, member_id)
        return key_id

    def revoke_device(self, key_id: str, member_id: str | None = None) -> None:
        """Revoke a phone key (a member only their own; a host any)."""
        with self._session() as s, s.begin():
            row = s.get(DeviceKeyRow, key_id, with_for_update=True)
            if row is None or (member_id is not None and row.member_id != member_id):
                raise ServerError(f"no phone with key {key_id!r}", Code.NOT_FOUND)
            row.revoked = True
            self._log_member(s, row.member_id)

    def devices(self, member_id: str) -> list[DeviceKey]:
        with self._session() as s:
            return [_device(r) for r in s.scalars(select(DeviceKeyRow).where(DeviceKeyRow.member_id == member_id)
                                                  .order_by(DeviceKeyRow.created_at))]

    def all_devices(self) -> dict[str, DeviceKey]:
        with self._session() as s:
            return {r.key_id: _device(r) for r in s.scalars(select(DeviceKeyRow))}

    @staticmethod
    def _log_member(s: Session, member_id: str) -> None:
        """The member's roster entry carries their keys and choice: a change goes out with the next pull."""
        s.add(ChangeRow(kind="member", ref=member_id, at=datetime.now(UTC)))

    # --- visits and critical mass -------------------------------------------------------------
    def visits_of(self, member_id: str, limit: int = 60) -> list[ServerVisitRow]:
        with self._session() as s:
            return list(s.scalars(select(ServerVisitRow).where(ServerVisitRow.member_id == member_id)
                                  .order_by(ServerVisitRow.day.desc(), ServerVisitRow.checked_in_at.desc())
                                  .limit(limit)))

    def people_per_day(self, since: date | None = None) -> dict[date, int]:
        """How many different people came each day (members and guests, by visit's member id)."""
        with self._session() as s:
            q = select(ServerVisitRow.day, ServerVisitRow.member_id).distinct()
            if since is not None:
                q = q.where(ServerVisitRow.day >= since)
            counts: Counter[date] = Counter(day for day, _ in s.execute(q))
        return dict(counts)


def record_choice(s: Session, member_id: str, visible: bool, tags: list[str], source: str,
                  at: datetime) -> Visibility:
    """Record a choice in the caller's transaction (Social.choose; a door's withdrawal, a roster
    request). The rule is kiosk.domain.social.choose: from the door only a withdrawal."""
    if s.get(ServerMemberRow, member_id, with_for_update=True) is None:
        raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
    row = s.get(VisibilityRow, member_id)
    try:
        new = choose(member_id, visible, tags, source, at, _visibility(row) if row else None)
    except InvalidChoice as exc:
        raise ServerError(str(exc), exc.code, **exc.params) from None
    if row is None:
        row = VisibilityRow(member_id=member_id)
        s.add(row)
    row.visible, row.tags, row.version = new.visible, json.dumps(list(new.tags)), new.version
    row.decided_at, row.source = new.decided_at, new.source
    Social._log_member(s, member_id)
    return new


def social_of_members(s: Session, member_ids: list[str]) -> dict[str, wire.MemberSocial]:
    """The roster's version-2 extra for these members: visibility and phone keys (revoked ones
    too, so a door that knew a phone learns it is off)."""
    if not member_ids:
        return {}
    out = {m: wire.MemberSocial() for m in member_ids}
    for row in s.scalars(select(VisibilityRow).where(VisibilityRow.member_id.in_(member_ids))):
        out[row.member_id].visibility = wire.RosterVisibility(
            visible=row.visible, tags=json.loads(row.tags), version=row.version, decided_at=row.decided_at,
            source=row.source)
    for right in s.scalars(select(DoorRightRow).where(DoorRightRow.member_id.in_(member_ids))):
        out[right.member_id].any_hour = right.any_hour
    for key in s.scalars(select(DeviceKeyRow).where(DeviceKeyRow.member_id.in_(member_ids))
                         .order_by(DeviceKeyRow.created_at)):
        out[key.member_id].devices.append(wire.RosterDevice.model_validate(
            {"key_id": key.key_id, "algorithm": key.algorithm, "spki": key.spki, "revoked": key.revoked}))
    return out
