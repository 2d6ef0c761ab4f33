"""HTTP to the central server, with hard timeouts: no call can hang the sync loop."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, TypeVar

from . import wire

CONNECT_AND_READ_TIMEOUT = 10.0


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
    def __init__(self, base_url: str, token: str | None = None, timeout: float = CONNECT_AND_READ_TIMEOUT, *,
                 protocol: int = wire.PROTOCOL) -> None:
        self.base_url = base_url.rstrip("/")
        self.token, self.timeout, self.protocol = token, timeout, protocol

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

    def push(self, events: list[dict[str, Any]], pending: int) -> wire.PushResponse:
        return self._v2(wire.PushResponse.model_validate(
            self._call("POST", "/api/v1/events", {"events": events, "pending": pending})))

    def send_requests(self, requests: list[dict[str, Any]]) -> wire.RosterRequestsResponse:
        return self._v2(wire.RosterRequestsResponse.model_validate(
            self._call("POST", "/api/v1/roster-requests", {"requests": requests})))

    def send_short_code_key(self, key: bytes) -> str:
        """Give the server this kiosk's short-code key (once): "set" or "same"."""
        return str(self._call("POST", "/api/v1/short-code-key", {"key": key.hex()}).get("status", ""))

    def pull(self, cursor: str | None, limit: int = 500) -> wire.PullResponse:
        query = urllib.parse.urlencode({k: v for k, v in (("cursor", cursor), ("limit", limit)) if v is not None})
        return self._v2(wire.PullResponse.model_validate(self._call("GET", f"/api/v1/roster?{query}", None)))

    def upload_backup(self, blob: bytes, piece: int = wire.BACKUP_PIECE_BYTES) -> dict[str, Any]:
        """Send a sealed backup in pieces under the body cap; the server checks length and SHA-256."""
        import hashlib
        import uuid

        upload_id = uuid.uuid4().hex
        offset = 0
        while offset < len(blob):
            chunk = blob[offset:offset + piece]
            answer = self._call("PUT", f"/api/v1/backups/{upload_id}?offset={offset}", None, raw=chunk)
            offset = int(answer["bytes"])
        return dict(self._call("POST", f"/api/v1/backups/{upload_id}/done",
                               {"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}))

    def newest_backup(self, kiosk: str | None = None) -> bytes:
        """The newest sealed backup the server holds of this kiosk (or of the kiosk named)."""
        query = "?" + urllib.parse.urlencode({"kiosk": kiosk}) if kiosk else ""
        return bytes(self._call("GET", f"/api/v1/backups/newest{query}", None, raw_answer=True))

    def _v2(self, answer: _Answer) -> _Answer:
        """A version-1 server answers without `protocol`: it cannot serve this kiosk."""
        if answer.protocol is None:
            raise _mismatch(self.protocol, [1], 1)
        return answer

    def _call(self, method: str, path: str, body: dict[str, Any] | None, raw: bytes | None = None,
              raw_answer: bool = False) -> Any:
        data = json.dumps(body, default=str).encode() if body is not None else raw
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        request.add_header("Content-Type", "application/octet-stream" if raw is not None else "application/json")
        request.add_header(wire.PROTOCOL_HEADER, str(self.protocol))
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                content = response.read()
                return content if raw_answer else json.loads(content)
        except urllib.error.HTTPError as exc:
            if exc.code == 413:
                raise TooLarge(_detail(exc)) from None
            if exc.code == 426:
                raise _refused_version(exc, self.protocol) from None
            detail = _detail(exc)
            if exc.code in (429, 502, 503, 504) or exc.code >= 500:
                raise ServerUnavailable(f"server answered {exc.code}: {detail}",
                                        _retry_after(exc.headers.get("Retry-After"))) from None
            raise Rejected(exc.code, detail) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServerUnavailable(f"cannot reach {self.base_url}: {reason}") from None
        except (json.JSONDecodeError, ValueError) as exc:
            raise ServerUnavailable(f"garbled answer from {self.base_url}: {exc}") from None


_Answer = TypeVar("_Answer", wire.EnrollResponse, wire.PushResponse, wire.RosterRequestsResponse, wire.PullResponse)


def _mismatch(ours: int, served: list[Any], newest: int) -> Incompatible:
    if ours > newest:
        return Incompatible(f"the server is older than this kiosk (it speaks sync protocol up to {newest}, "
                            f"this kiosk {ours}): update the server", "server")
    return Incompatible(f"this kiosk is too old for the server (it speaks sync protocol {ours}, the server "
                        f"{', '.join(str(v) for v in served)}): update this kiosk", "kiosk")


def _refused_version(exc: urllib.error.HTTPError, ours: int) -> Incompatible:
    try:
        answer = wire.ProtocolMismatch.model_validate(json.loads(exc.read()))
    except (ValueError, OSError):
        return Incompatible(f"the server does not serve sync protocol {ours}", "kiosk")
    return _mismatch(ours, answer.server_protocols, max(answer.server_protocols, default=1))


def _detail(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(exc.read()).get("detail", exc.reason))
    except (ValueError, OSError, AttributeError):
        return str(exc.reason)


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
