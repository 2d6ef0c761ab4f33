"""A Nuki smart lock through a Nuki Bridge's local HTTP API (Bridge HTTP API, developer mode).

GET /lockAction?nukiId=ID&deviceType=0&action=3&noWait=1 with the hashed token: ts (UTC,
"2026-12-07T11:53:00Z"), rnr (a random number the bridge accepts once) and
hash = SHA256("ts,rnr,token"); the token itself never crosses the network. action 3 is
"unlatch" (pull the latch: the door opens, the lock stays locked after); noWait=1 answers at once
instead of after the motor. The bridge answers {"success": true, "batteryCritical": false};
401 for a wrong token or a ts more than 60 s from its clock, 404 for an unknown lock, 503 when
the lock is out of Bluetooth reach. The Nuki times itself; `seconds` does not apply.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from .deadline import Deadline
from .port import DEADLINE_SECONDS, DoorState, LockResult, LockStatus, SensorReading

UNLATCH = 3
SMART_LOCK = 0
# The Bridge API's doorsensorState: 0 unavailable, 1 deactivated, 2 door closed, 3 door opened,
# 4 door state unknown, 5 calibrating, 16 uncalibrated, 240 removed, 255 unknown.
DOOR_CLOSED, DOOR_OPENED = 2, 3


def hashed_token(token: str, ts: str, rnr: int) -> str:
    return hashlib.sha256(f"{ts},{rnr},{token}".encode()).hexdigest()


class NukiBridge:
    kind = "nuki"

    def __init__(self, url: str, token: str, lock_id: str, deadline: float = DEADLINE_SECONDS,
                 utc_now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.lock_id = lock_id
        self.deadline = deadline
        self._utc_now = utc_now
        self._client = httpx.Client(transport=transport, follow_redirects=False)

    def describe(self) -> str:
        return f"nuki {self.url} lock {self.lock_id}"

    def close(self) -> None:
        self._client.close()

    def finish(self, timeout: float) -> None:
        return None  # the device times itself

    def rest(self) -> None:
        return None  # unlatch is a pulse the lock ends itself

    def probe(self) -> LockResult:
        """`kiosk doctor`: GET /info with the hashed token; nothing is unlatched."""
        deadline = Deadline(self.deadline)
        ts = self._utc_now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        rnr = secrets.randbelow(65535) + 1
        try:
            answer = self._client.get(f"{self.url}/info", params={"ts": ts, "rnr": rnr,
                                                               "hash": hashed_token(self.token, ts, rnr)},
                                      timeout=deadline.left())
        except (httpx.TimeoutException, TimeoutError):
            return self._result(LockStatus.NOT_ANSWERING, "timeout")
        except httpx.HTTPError as exc:
            return self._result(LockStatus.NOT_ANSWERING, type(exc).__name__)
        if answer.status_code == 401:
            return self._result(LockStatus.WRONG_SECRET, "401")
        if answer.status_code != 200:
            return self._result(LockStatus.FAILED, f"http {answer.status_code}")
        return self._result(LockStatus.ANSWERED, "")

    def read_door(self) -> SensorReading:
        """The lock's door sensor: GET /lockState?nukiId=ID&deviceType=0 with the hashed token
        answers the lock's state with `doorsensorState` (2 closed, 3 opened; others: no state)."""
        deadline = Deadline(self.deadline)
        try:
            answer = self._client.get(f"{self.url}/lockState", params={
                "nukiId": self.lock_id, "deviceType": SMART_LOCK, **self._token_params()}, timeout=deadline.left())
        except (httpx.TimeoutException, TimeoutError):
            return SensorReading(DoorState.NOT_ANSWERING, "timeout")
        except httpx.HTTPError as exc:
            return SensorReading(DoorState.NOT_ANSWERING, type(exc).__name__)
        if answer.status_code != 200:
            return SensorReading(DoorState.NOT_ANSWERING, f"http {answer.status_code}")
        try:
            body = json.loads(answer.content)
        except (ValueError, UnicodeDecodeError):
            return SensorReading(DoorState.NOT_ANSWERING, "garbage")
        if not isinstance(body, dict) or body.get("success") is False:
            return SensorReading(DoorState.NOT_ANSWERING, "no_success")
        state = body.get("doorsensorState")
        if state == DOOR_CLOSED:
            return SensorReading(DoorState.CLOSED)
        if state == DOOR_OPENED:
            return SensorReading(DoorState.OPEN)
        return SensorReading(DoorState.UNKNOWN, f"doorsensor {state}")

    def _token_params(self) -> dict[str, str | int]:
        ts = self._utc_now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        rnr = secrets.randbelow(65535) + 1
        return {"ts": ts, "rnr": rnr, "hash": hashed_token(self.token, ts, rnr)}

    def open(self, seconds: int) -> LockResult:
        deadline = Deadline(self.deadline)
        ts = self._utc_now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        rnr = secrets.randbelow(65535) + 1
        params: dict[str, str | int] = {
            "nukiId": self.lock_id, "deviceType": SMART_LOCK, "action": UNLATCH, "noWait": 1,
            "ts": ts, "rnr": rnr, "hash": hashed_token(self.token, ts, rnr)}
        try:
            answer = self._client.get(f"{self.url}/lockAction", params=params, timeout=deadline.left())
        except (httpx.TimeoutException, TimeoutError):
            return self._result(LockStatus.NOT_ANSWERING, "timeout")
        except httpx.HTTPError as exc:
            return self._result(LockStatus.NOT_ANSWERING, type(exc).__name__)
        if answer.status_code == 401:
            return self._result(LockStatus.WRONG_SECRET, "401")
        if answer.status_code == 503:
            return self._result(LockStatus.NOT_ANSWERING, "503 lock offline")
        if answer.status_code != 200:
            return self._result(LockStatus.FAILED, f"http {answer.status_code}")
        try:
            body = json.loads(answer.content)
        except (ValueError, UnicodeDecodeError):
            return self._result(LockStatus.FAILED, "garbage")
        if not isinstance(body, dict) or body.get("success") is not True:
            return self._result(LockStatus.FAILED, "no_success")
        return self._result(LockStatus.OPENED, "battery_critical" if body.get("batteryCritical") else "")

    def _result(self, status: LockStatus, detail: str) -> LockResult:
        return LockResult(status, self.describe(), detail)
