"""Host accounts and their web sessions: scrypt password hashes, expiring sessions, CSRF tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from kiosk.core.hashing import hash_secret as hash_password
from kiosk.core.hashing import sha256_hex as _sha
from kiosk.core.hashing import verify_secret as verify_password

from .models import HostRow, WebSessionRow
from .store import ServerError

SESSION_HOURS = 8
MIN_PASSWORD = 10


@dataclass(frozen=True)
class WebSession:
    username: str
    csrf: str


class Hosts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, username: str, password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise ServerError(f"a host password needs at least {MIN_PASSWORD} characters")
        if not username.strip() or len(username) > 64:
            raise ServerError("a host name is 1 to 64 characters")
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(HostRow).where(HostRow.username == username))
            if row is None:
                s.add(HostRow(username=username, password_hash=hash_password(password), created_at=datetime.now(UTC)))
            else:
                row.password_hash = hash_password(password)

    def login(self, username: str, password: str) -> tuple[str, WebSession] | None:
        """A new session token and its session, or None for a wrong name or password."""
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(HostRow).where(HostRow.username == username))
            if row is None:
                verify_password(password, hash_password("timing-equaliser"))  # same work either way
                return None
            if not verify_password(password, row.password_hash):
                return None
            s.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < datetime.now(UTC)))
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            s.add(WebSessionRow(token_hash=_sha(token), host_id=row.id, csrf=csrf,
                                expires_at=datetime.now(UTC) + timedelta(hours=SESSION_HOURS)))
            return token, WebSession(username, csrf)

    def session(self, token: str | None) -> WebSession | None:
        if not token:
            return None
        with Session(self.engine) as s:
            row = s.get(WebSessionRow, _sha(token))
            if row is None or row.expires_at < datetime.now(UTC):
                return None
            host = s.get(HostRow, row.host_id)
            return WebSession(host.username, row.csrf) if host else None

    def logout(self, token: str | None) -> None:
        if token:
            with Session(self.engine) as s, s.begin():
                s.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == _sha(token)))
