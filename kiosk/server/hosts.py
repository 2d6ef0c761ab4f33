"""Host accounts and their web sessions: scrypt password hashes, sessions kept on the server
(a table: logout and a password change end them), a CSRF token per session."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from kiosk.core.hashing import burn_equal_work
from kiosk.core.hashing import hash_secret as hash_password
from kiosk.core.hashing import sha256_hex as _sha
from kiosk.core.hashing import verify_secret as verify_password

from .models import HostRow, WebSessionRow
from .store import ServerError
from .throttle import LoginThrottle, account_key

SESSION_HOURS = 8
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # longer input is refused before any hashing


@dataclass(frozen=True)
class WebSession:
    username: str
    csrf: str


class Hosts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.throttle = LoginThrottle(engine)

    def add(self, username: str, password: str) -> None:
        """Add a host, or set a new password: that ends every session the host had."""
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise ServerError(f"a host password has {MIN_PASSWORD} to {MAX_PASSWORD} characters")
        if not username.strip() or len(username) > 64:
            raise ServerError("a host name is 1 to 64 characters")
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(HostRow).where(HostRow.username == username))
            if row is None:
                s.add(HostRow(username=username, password_hash=hash_password(password), created_at=datetime.now(UTC)))
            else:
                row.password_hash = hash_password(password)
                s.execute(delete(WebSessionRow).where(WebSessionRow.host_id == row.id))

    def check_password(self, username: str, password: str) -> int | None:
        """The host's id when the password is right. Blocking (scrypt): call it off the event loop."""
        if len(password) > MAX_PASSWORD:
            return None
        with Session(self.engine) as s:
            row = s.scalar(select(HostRow).where(HostRow.username == username))
            stored, host_id = (row.password_hash, row.id) if row is not None else (None, None)
        if stored is None or host_id is None:
            burn_equal_work(password)  # an unknown name: the same one scrypt run as a wrong password
            return None
        return host_id if verify_password(password, stored) else None

    def start_session(self, host_id: int) -> tuple[str, WebSession]:
        """A new session token (for the cookie; only its hash is stored) and its session."""
        now = datetime.now(UTC)
        with Session(self.engine) as s, s.begin():
            host = s.get(HostRow, host_id)
            if host is None:
                raise ServerError("that host no longer exists")
            s.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now))
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            s.add(WebSessionRow(token_hash=_sha(token), host_id=host_id, csrf=csrf,
                                expires_at=now + timedelta(hours=SESSION_HOURS)))
            return token, WebSession(host.username, csrf)

    def login(self, username: str, password: str) -> tuple[str, WebSession] | None:
        """A new session for a right name and password (no throttling: the web layer does that)."""
        host_id = self.check_password(username, password)
        return self.start_session(host_id) if host_id is not None else None

    def session(self, token: str | None) -> WebSession | None:
        if not token or len(token) > 200:
            return None
        with Session(self.engine) as s:
            row = s.get(WebSessionRow, _sha(token))
            if row is None or row.expires_at < datetime.now(UTC):
                return None
            host = s.get(HostRow, row.host_id)
            return WebSession(host.username, row.csrf) if host else None

    def logout(self, token: str | None) -> None:
        if token and len(token) <= 200:
            with Session(self.engine) as s, s.begin():
                s.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == _sha(token)))

    def unlock(self, username: str) -> bool:
        """End a login throttle on this account (`kiosk server hosts unlock NAME`)."""
        with Session(self.engine) as s:
            if s.scalar(select(HostRow.id).where(HostRow.username == username)) is None:
                raise ServerError(f"no host named {username!r}")
        return self.throttle.clear([account_key(username)]) > 0
