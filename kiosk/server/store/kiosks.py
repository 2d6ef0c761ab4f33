"""Kiosks: enrollment codes, device tokens, short-code keys."""

from __future__ import annotations

import hmac
import secrets
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select, update

from kiosk.core.hashing import sha256_hex as _sha
from kiosk.domain.codes import CROCKFORD
from kiosk.protocol import wire

from ..errors import KeyConflict, ServerError, Unauthorized
from ..models import (
    KioskRow,
    LocationRow,
)
from .common import ENROLL_VALID, Device, StoreBase

HEARD_FROM_EVERY = timedelta(minutes=1)  # how often a kiosk's pulls update its last_seen_at


class Kiosks(StoreBase):
    """Kiosks: enrollment codes, device tokens, short-code keys."""

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
            row.first_enrolled_at = row.first_enrolled_at or row.enrolled_at  # a renewal keeps it
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

    def kiosks(self) -> list[dict[str, object]]:
        with self._session() as s:
            return [{"name": k.name, "device_id": k.device_id, "enrolled": k.token_hash is not None,
                     "last_seen_at": k.last_seen_at, "pending": k.pending}
                    for k in s.scalars(select(KioskRow).order_by(KioskRow.name))]

    def heard_from(self, device_id: str, now: datetime | None = None) -> None:
        """A kiosk's pull: it is there (its events waiting and health come with its pushes). At
        most one write a minute per kiosk."""
        now = now or datetime.now(UTC)
        with self._session() as s, s.begin():
            s.execute(update(KioskRow).where(KioskRow.device_id == device_id, or_(
                KioskRow.last_seen_at.is_(None), KioskRow.last_seen_at < now - HEARD_FROM_EVERY))
                .values(last_seen_at=now))
