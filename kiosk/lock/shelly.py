"""A Shelly Gen2/Gen3 relay over its local RPC (HTTP POST /rpc, JSON-RPC 2.0 style).

`Switch.Set` with `toggle_after`: the relay switches itself off again after N seconds, so a kiosk
that dies while the door is open leaves nothing open. Authentication is required (a Shelly without
a password can be switched by anyone on its Wi-Fi): the exchange starts with the harmless
`Switch.GetStatus`; a Shelly that answers it without a challenge has no password and is refused
before it is ever switched. Otherwise its 401 carries the digest challenge (RFC 7616, SHA-256,
realm = the device id, user "admin") and `Switch.Set` goes with the "auth" object in its JSON body:
response = SHA256(ha1:nonce:nc:cnonce:auth:ha2), ha1 = SHA256(admin:realm:password),
ha2 = SHA256("dummy_method:dummy_uri") (Shelly's Gen2 API, General/Authentication).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from typing import Any

import httpx

from .deadline import Deadline
from .port import DEADLINE_SECONDS, DoorState, LockResult, LockStatus, SensorReading

USER = "admin"  # always, on a Shelly
HA2 = hashlib.sha256(b"dummy_method:dummy_uri").hexdigest()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def auth_object(realm: str, password: str, nonce: str, cnonce: int, nc: int = 1) -> dict[str, Any]:
    """The nonce is hashed as the device wrote it, and sent back as the number it is (its JSON type)."""
    ha1 = _sha256(f"{USER}:{realm}:{password}")
    response = _sha256(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{HA2}")
    return {"realm": realm, "username": USER, "nonce": int(nonce) if nonce.isdigit() else nonce,
            "cnonce": cnonce, "response": response, "algorithm": "SHA-256"}


class _Unanswered(Exception):
    def __init__(self, status: LockStatus, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


class ShellyRelay:
    kind = "shelly"

    def __init__(self, url: str, password: str, switch_id: int = 0, deadline: float = DEADLINE_SECONDS,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        self.password = password
        self.switch_id = switch_id
        self.deadline = deadline
        self._client = httpx.Client(transport=transport, follow_redirects=False)

    def describe(self) -> str:
        return f"shelly {self.url} switch {self.switch_id}"

    def close(self) -> None:
        self._client.close()

    def finish(self, timeout: float) -> None:
        return None  # the device times itself

    def rest(self) -> None:
        return None  # toggle_after: the relay times itself

    def open(self, seconds: int) -> LockResult:
        deadline = Deadline(self.deadline)
        try:
            challenge = self._challenge(deadline)
            if challenge is None:
                return self._result(LockStatus.INSECURE, "no_password")
            realm, nonce = challenge
            auth = auth_object(realm, self.password, nonce, secrets.randbelow(2**31))
            answer = self._call("Switch.Set", {"id": self.switch_id, "on": True, "toggle_after": seconds},
                                deadline, auth)
        except _Unanswered as exc:
            return self._result(exc.status, exc.detail)
        if answer.status_code == 401:
            return self._result(LockStatus.WRONG_SECRET, "401")
        body = self._json(answer)
        if answer.status_code != 200 or "error" in body or not isinstance(body.get("result"), dict):
            error = body.get("error")
            code = error.get("code") if isinstance(error, dict) else answer.status_code
            return self._result(LockStatus.FAILED, f"error {code}")
        return self._result(LockStatus.OPENED, "")

    def set_password(self, new: str) -> LockResult:
        """A new password on the device (`Shelly.SetAuth`, authenticated with the one set now;
        only its ha1 crosses the network): after a kiosk was stolen, its copy stops working.
        ANSWERED when the device took it."""
        deadline = Deadline(self.deadline)
        try:
            challenge = self._challenge(deadline)
            if challenge is None:
                return self._result(LockStatus.INSECURE, "no_password")
            realm, nonce = challenge
            auth = auth_object(realm, self.password, nonce, secrets.randbelow(2**31))
            answer = self._call("Shelly.SetAuth", {"user": USER, "realm": realm,
                                                   "ha1": _sha256(f"{USER}:{realm}:{new}")}, deadline, auth)
        except _Unanswered as exc:
            return self._result(exc.status, exc.detail)
        if answer.status_code == 401:
            return self._result(LockStatus.WRONG_SECRET, "401")
        if answer.status_code != 200 or "error" in self._json_or_empty(answer):
            return self._result(LockStatus.FAILED, f"http {answer.status_code}")
        return self._result(LockStatus.ANSWERED, "")

    def probe(self) -> LockResult:
        """`kiosk doctor`: does it answer, and take the password? Nothing is switched."""
        deadline = Deadline(self.deadline)
        try:
            challenge = self._challenge(deadline)
            if challenge is None:
                return self._result(LockStatus.INSECURE, "no_password")
            realm, nonce = challenge
            auth = auth_object(realm, self.password, nonce, secrets.randbelow(2**31))
            answer = self._call("Switch.GetStatus", {"id": self.switch_id}, deadline, auth)
        except _Unanswered as exc:
            return self._result(exc.status, exc.detail)
        if answer.status_code == 401:
            return self._result(LockStatus.WRONG_SECRET, "401")
        if answer.status_code != 200 or "result" not in self._json_or_empty(answer):
            return self._result(LockStatus.FAILED, f"http {answer.status_code}")
        return self._result(LockStatus.ANSWERED, "")

    def read_door(self, input_id: int) -> SensorReading:
        """The door's contact on one of the Shelly's inputs: `Input.GetStatus {id}` over the same
        digest-authenticated RPC answers `{"id": 0, "state": true}`; state true = the contact is
        closed = the door is closed (a reed contact wired to the input), null for an input that is
        not a switch. Two small requests (challenge, then the call) within the deadline."""
        deadline = Deadline(self.deadline)
        try:
            challenge = self._challenge(deadline)
            if challenge is None:
                return SensorReading(DoorState.NOT_ANSWERING, "no_password")
            realm, nonce = challenge
            auth = auth_object(realm, self.password, nonce, secrets.randbelow(2**31))
            answer = self._call("Input.GetStatus", {"id": input_id}, deadline, auth)
            if answer.status_code == 401:
                return SensorReading(DoorState.NOT_ANSWERING, "401")
            result = self._json(answer).get("result")
        except _Unanswered as exc:
            return SensorReading(DoorState.NOT_ANSWERING, exc.detail)
        if answer.status_code != 200 or not isinstance(result, dict):
            return SensorReading(DoorState.NOT_ANSWERING, f"http {answer.status_code}")
        state = result.get("state")
        if not isinstance(state, bool):
            return SensorReading(DoorState.UNKNOWN, "no_state")
        return SensorReading(DoorState.CLOSED if state else DoorState.OPEN)

    def _json_or_empty(self, answer: httpx.Response) -> dict[str, Any]:
        try:
            return self._json(answer)
        except _Unanswered:
            return {}

    def _challenge(self, deadline: Deadline) -> tuple[str, str] | None:
        """The realm and nonce of the device's 401, or None if it answered without asking."""
        answer = self._call("Switch.GetStatus", {"id": self.switch_id}, deadline, None)
        if answer.status_code == 200:
            body = self._json(answer)
            if "result" in body:
                return None
            raise _Unanswered(LockStatus.FAILED, "no_result")
        if answer.status_code != 401:
            raise _Unanswered(LockStatus.FAILED, f"http {answer.status_code}")
        found = _parse_challenge(answer.headers.get("www-authenticate", ""))
        if found is None:
            raise _Unanswered(LockStatus.FAILED, "bad_challenge")
        return found

    def _call(self, method: str, params: dict[str, Any], deadline: Deadline,
              auth: dict[str, Any] | None) -> httpx.Response:
        request: dict[str, Any] = {"id": 1, "src": "door-kiosk", "method": method, "params": params}
        if auth is not None:
            request["auth"] = auth
        try:
            return self._client.post(f"{self.url}/rpc", json=request, timeout=deadline.left())
        except (httpx.TimeoutException, TimeoutError):
            raise _Unanswered(LockStatus.NOT_ANSWERING, "timeout") from None
        except httpx.HTTPError as exc:
            raise _Unanswered(LockStatus.NOT_ANSWERING, type(exc).__name__) from None

    @staticmethod
    def _json(answer: httpx.Response) -> dict[str, Any]:
        try:
            body = json.loads(answer.content)
        except (ValueError, UnicodeDecodeError):
            raise _Unanswered(LockStatus.FAILED, "garbage") from None
        if not isinstance(body, dict):
            raise _Unanswered(LockStatus.FAILED, "garbage")
        return body

    def _result(self, status: LockStatus, detail: str) -> LockResult:
        return LockResult(status, self.describe(), detail)


_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^,\s]*))')


def _parse_challenge(header: str) -> tuple[str, str] | None:
    """`Digest qop="auth", realm="shellypro1-...", nonce="60dc59c6", algorithm=SHA-256`."""
    if not header.lower().startswith("digest "):
        return None
    params = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
              for m in _PARAM.finditer(header[7:])}
    realm, nonce = params.get("realm"), params.get("nonce")
    if not realm or not nonce or params.get("algorithm", "SHA-256").upper() != "SHA-256":
        return None
    return realm, nonce
