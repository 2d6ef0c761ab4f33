"""HTTP to the central server, with hard timeouts: no call can hang the sync loop."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from . import wire

CONNECT_AND_READ_TIMEOUT = 10.0
PROTOCOL = "2"  # sent as Kiosk-Protocol; a server answers protocol 1 kiosks (no header) as before


class ServerUnavailable(Exception):
    """Network down, timeout, or the server said to come back later (5xx, 429)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Rejected(Exception):
    """The server refused the request itself (401 revoked token, 400 bad request)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ServerApi:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = CONNECT_AND_READ_TIMEOUT) -> None:
        self.base_url = base_url.rstrip("/")
        self.token, self.timeout = token, timeout

    def enroll(self, code: str, device_id: str) -> wire.EnrollResponse:
        body = wire.EnrollRequest(code=code, device_id=device_id).model_dump()
        return wire.EnrollResponse.model_validate(self._call("POST", "/api/v1/enroll", body))

    def push(self, events: list[dict[str, Any]], pending: int) -> wire.PushResponse:
        return wire.PushResponse.model_validate(
            self._call("POST", "/api/v1/events", {"events": events, "pending": pending}))

    def send_requests(self, requests: list[dict[str, Any]]) -> wire.RosterRequestsResponse:
        return wire.RosterRequestsResponse.model_validate(
            self._call("POST", "/api/v1/roster-requests", {"requests": requests}))

    def send_short_code_key(self, key: bytes) -> str:
        """Give the server this kiosk's short-code key (once): "set" or "same"."""
        return str(self._call("POST", "/api/v1/short-code-key", {"key": key.hex()}).get("status", ""))

    def pull(self, cursor: str | None, limit: int = 500) -> wire.PullResponse:
        query = urllib.parse.urlencode({k: v for k, v in (("cursor", cursor), ("limit", limit)) if v is not None})
        return wire.PullResponse.model_validate(self._call("GET", f"/api/v1/roster?{query}", None))

    def _call(self, method: str, path: str, body: dict[str, Any] | None) -> Any:
        data = json.dumps(body, default=str).encode() if body is not None else None
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        request.add_header("Kiosk-Protocol", PROTOCOL)
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
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
