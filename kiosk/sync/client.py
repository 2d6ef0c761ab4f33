"""HTTP to the central server (httpx). One pooled client per server, so the calls of a round
share their connections (and their TLS handshake); a timeout for every phase of a call and a
deadline for the whole of it, so no call can hang the sync loop. Every failure is one of four
kinds the engine acts on: ServerUnavailable (try again later), Incompatible (update a side),
TooLarge (send less at once) and Rejected (the server refused this request)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import ssl
import time
import uuid
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from kiosk.protocol.lazy import lazy_wire
from kiosk.protocol.version import PROTOCOL

if TYPE_CHECKING:
    import httpx

    from kiosk.protocol import wire
else:
    wire = lazy_wire()  # pydantic on the first sync round, not at start

CONNECT_AND_READ_TIMEOUT = 10.0  # seconds for each phase: connect, each read, each write, a free connection
DEADLINE_FACTOR = 3  # the whole call, answer included, ends within this many timeouts
MAX_ANSWER_BYTES = 64 * 1024 * 1024  # a page of the roster is well under 1 MB
MAX_BACKUP_ANSWER_BYTES = 512 * 1024 * 1024  # the server's cap on a sealed backup
BACKUP_DEADLINE_FACTOR = 60  # a sealed backup over a slow line: ten minutes with the default timeout
# Idle connections are dropped before the server would drop them (uvicorn: 5 s), so a call never
# goes out on a connection the server is closing at that moment.
KEEPALIVE_SECONDS = 4.0
# HTTP/2 where the server's TLS proxy offers it (ALPN; plain http stays HTTP/1.1): h2 is pure
# Python and in the lock, but a missing h2 must never stop a kiosk from syncing.
HTTP2 = importlib.util.find_spec("h2") is not None


class ServerUnavailable(Exception):
    """Network down, timeout, or the server said to come back later (5xx, 429)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Incompatible(Exception):
    """The server and this kiosk speak sync protocol versions the other does not serve.
    update: which side needs a newer version, "kiosk" or "server"."""

    def __init__(self, message: str, update: str) -> None:
        super().__init__(message)
        self.update = update


class TooLarge(Exception):
    """The server refused the body as too large (413): send less at once."""


class Rejected(Exception):
    """The server refused the request itself (401 revoked token, 400 bad request)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ServerApi:
    """The server's API for one kiosk: use it for many calls, close it when done (or `with`)."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = CONNECT_AND_READ_TIMEOUT, *,
                 protocol: int = PROTOCOL, http2: bool = HTTP2) -> None:
        self.base_url = base_url.rstrip("/")
        self.token, self.timeout, self.protocol = token, timeout, protocol
        self.http_version: str | None = None  # of the last answer
        headers = {wire.PROTOCOL_HEADER: str(protocol), "User-Agent": f"door-kiosk/{_version()}"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        # httpx is imported here, at the first sync, not with the app: the door's start does
        # without it (benchmarks/start.py).
        import httpx

        # The machine's own trust store (and SSL_CERT_FILE/SSL_CERT_DIR), as urllib had it: a LAN
        # server's certificate from Caddy's own CA is trusted once installed on the kiosk.
        self._client = httpx.Client(
            headers=headers, http2=http2, verify=ssl.create_default_context(), follow_redirects=False,
            timeout=httpx.Timeout(connect=timeout, read=timeout, write=timeout, pool=timeout),
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=2, keepalive_expiry=KEEPALIVE_SECONDS))

    def close(self) -> None:
        self._client.close()

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    def __enter__(self) -> ServerApi:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def health(self) -> dict[str, Any]:
        """The server's health, and which protocol versions it serves (Incompatible if not ours)."""
        answer = self._call("GET", "/api/v1/health", None)
        served = answer.get("protocols") if isinstance(answer, dict) else None
        if not isinstance(served, list) or self.protocol not in served:
            newest = max(served) if isinstance(served, list) and served else 1
            raise _mismatch(self.protocol, served if isinstance(served, list) else [1], newest)
        return dict(answer)

    def enroll(self, code: str, local_id: str) -> wire.EnrollResponse:
        self.health()  # before the code is spent on a server this kiosk cannot speak to
        body = wire.EnrollRequest(code=code, local_id=local_id).model_dump(exclude_none=True)
        return self._v2(wire.EnrollResponse.model_validate(self._call("POST", "/api/v1/enroll", body)))

    def push(self, events: list[dict[str, Any]], pending: int,
             health: wire.KioskHealth | None = None) -> wire.PushResponse:
        """health (version 2, optional): this kiosk's version and doctor's warnings, for the host pages."""
        body: dict[str, Any] = {"events": events, "pending": pending}
        if health is not None:
            body["health"] = health.model_dump(mode="json")
        return self._v2(wire.PushResponse.model_validate(self._call("POST", "/api/v1/events", body)))

    def send_requests(self, requests: list[dict[str, Any]]) -> wire.RosterRequestsResponse:
        return self._v2(wire.RosterRequestsResponse.model_validate(
            self._call("POST", "/api/v1/roster-requests", {"requests": requests})))

    def send_short_code_key(self, key: bytes) -> str:
        """Give the server this kiosk's short-code key (once): "set" or "same"."""
        return str(self._call("POST", "/api/v1/short-code-key", {"key": key.hex()}).get("status", ""))

    def pull(self, cursor: str | None, limit: int = 500) -> wire.PullResponse:
        query = {k: v for k, v in (("cursor", cursor), ("limit", limit)) if v is not None}
        return self._v2(wire.PullResponse.model_validate(self._call("GET", "/api/v1/roster", None, query)))

    def upload_backup(self, blob: bytes, piece: int | None = None) -> dict[str, Any]:
        """Send a sealed backup in pieces under the body cap (wire.BACKUP_PIECE_BYTES unless
        `piece` says); the server checks length and SHA-256."""
        piece = piece or wire.BACKUP_PIECE_BYTES
        upload_id = uuid.uuid4().hex
        offset = 0
        while offset < len(blob):
            chunk = blob[offset:offset + piece]
            answer = self._call("PUT", f"/api/v1/backups/{upload_id}", None, {"offset": offset}, raw=chunk)
            size = answer.get("bytes") if isinstance(answer, dict) else None
            if type(size) is not int or size != offset + len(chunk):  # never the same piece forever
                raise Rejected(200, f"the server answered a size it cannot have ({str(size)[:20]} bytes "
                                    f"after {offset + len(chunk)} sent): the upload was stopped")
            offset = size
        return dict(self._call("POST", f"/api/v1/backups/{upload_id}/done",
                               {"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}))

    def newest_backup(self, kiosk: str | None = None) -> bytes:
        """The newest sealed backup the server holds of this kiosk (or of the kiosk named)."""
        query = {"kiosk": kiosk} if kiosk else None
        return bytes(self._call("GET", "/api/v1/backups/newest", None, query, raw_answer=True))

    def backup_copies(self, kiosk: str | None = None) -> list[str]:
        """The names of the sealed copies the server holds of this kiosk (or the kiosk named),
        newest first (one a day for the retention period)."""
        answer = self._call("GET", "/api/v1/backups", None, {"kiosk": kiosk} if kiosk else None)
        copies = answer.get("copies") if isinstance(answer, dict) else None
        if not isinstance(copies, list):
            return []
        return [str(c["name"]) for c in copies if isinstance(c, dict) and "name" in c]

    def backup_copy(self, name: str, kiosk: str | None = None) -> bytes:
        query = {"kiosk": kiosk} if kiosk else None
        return bytes(self._call("GET", f"/api/v1/backups/copies/{name}", None, query, raw_answer=True))

    def _v2(self, answer: _Answer) -> _Answer:
        """A version-1 server answers without `protocol`: it cannot serve this kiosk."""
        if answer.protocol is None:
            raise _mismatch(self.protocol, [1], 1)
        return answer

    def _call(self, method: str, path: str, body: dict[str, Any] | None,
              query: dict[str, Any] | None = None, raw: bytes | None = None, raw_answer: bool = False) -> Any:
        """raw: bytes sent as they are (a piece of a sealed backup); raw_answer: the answer's bytes
        (a sealed backup: up to the backup cap, with a deadline that grows with its size)."""
        import httpx  # already imported by __init__

        content = json.dumps(body, default=str).encode() if body is not None else raw
        headers = None
        if content is not None:
            headers = {"Content-Type": "application/octet-stream" if raw is not None else "application/json"}
        limit = MAX_BACKUP_ANSWER_BYTES if raw_answer else MAX_ANSWER_BYTES
        deadline = time.monotonic() + self.timeout * (BACKUP_DEADLINE_FACTOR if raw_answer else DEADLINE_FACTOR)
        try:
            with self._client.stream(method, self.base_url + path, content=content, params=query,
                                     headers=headers) as response:
                answer = _read(response, deadline, limit)
                self.http_version = response.http_version  # "HTTP/1.1", or "HTTP/2" through a TLS proxy
        except httpx.TimeoutException as exc:
            raise ServerUnavailable(f"cannot reach {self.base_url}: timed out ({_what(exc)})") from None
        except (httpx.RequestError, httpx.InvalidURL, ssl.SSLError, OSError) as exc:
            raise ServerUnavailable(f"cannot reach {self.base_url}: {_what(exc)}") from None
        status = response.status_code
        if status < 300:
            if raw_answer:
                return answer
            try:
                return json.loads(answer)
            except ValueError as exc:
                raise ServerUnavailable(f"garbled answer from {self.base_url}: {exc}") from None
        if status == 413:
            raise TooLarge(_detail(answer, response.reason_phrase))
        if status == 426:
            raise _refused_version(answer, self.protocol)
        if status == 429 or status >= 500:
            raise ServerUnavailable(f"server answered {status}: {_detail(answer, response.reason_phrase)}",
                                    _retry_after(response.headers.get("Retry-After")))
        if status < 400:  # never followed: the token must not travel to wherever it points
            raise Rejected(status, f"the server sends this kiosk elsewhere ({response.headers.get('Location', '?')}):"
                                   " enroll it again with that address")
        raise Rejected(status, _detail(answer, response.reason_phrase))


def _read(response: httpx.Response, deadline: float, limit: int = MAX_ANSWER_BYTES) -> bytes:
    """The answer's body, within the call's deadline and size limit (a server that trickles or
    sends without end is cut off like one that never answers)."""
    import httpx

    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise httpx.ReadError(f"the answer is larger than {limit // (1024 * 1024)} MB")
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("the answer took too long as a whole")
        chunks.append(chunk)
    return b"".join(chunks)


def _what(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


_VERSION: list[str] = []


def _version() -> str:
    if not _VERSION:
        try:
            _VERSION.append(importlib.metadata.version("door-kiosk"))
        except importlib.metadata.PackageNotFoundError:
            _VERSION.append("unknown")
    return _VERSION[0]


if TYPE_CHECKING:
    _Answer = TypeVar("_Answer", wire.EnrollResponse, wire.PushResponse, wire.RosterRequestsResponse,
                      wire.PullResponse)
else:
    _Answer = TypeVar("_Answer")  # the schemas are loaded on first use


def _mismatch(ours: int, served: list[Any], newest: int) -> Incompatible:
    if ours > newest:
        return Incompatible(f"the server is older than this kiosk (it speaks sync protocol up to {newest}, "
                            f"this kiosk {ours}): update the server", "server")
    return Incompatible(f"this kiosk is too old for the server (it speaks sync protocol {ours}, the server "
                        f"{', '.join(str(v) for v in served)}): update this kiosk", "kiosk")


def _refused_version(body: bytes, ours: int) -> Incompatible:
    try:
        answer = wire.ProtocolMismatch.model_validate(json.loads(body))
    except ValueError:
        return Incompatible(f"the server does not serve sync protocol {ours}", "kiosk")
    return _mismatch(ours, answer.server_protocols, max(answer.server_protocols, default=1))


def _detail(body: bytes, reason: str) -> str:
    try:
        return str(json.loads(body).get("detail", reason))
    except (ValueError, AttributeError):
        return reason


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
