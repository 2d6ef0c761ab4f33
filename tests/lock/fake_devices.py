"""Small local servers that speak the locks' documented protocols on loopback, with their faults.

FakeShelly: a Shelly Gen2 relay's POST /rpc with digest authentication (a 401 with
`WWW-Authenticate: Digest qop="auth", realm=..., nonce=..., algorithm=SHA-256`, then the "auth"
object in the JSON body), `Switch.Set` with `toggle_after` timing the relay itself.
FakeNukiBridge: GET /lockAction with the hashed token (ts within 60 s, rnr once, hash).
Both have a door the test opens and closes (`door_open`): a Shelly's input 0 wired to a reed
contact (`Input.GetStatus`: state true = contact closed = door closed), a Nuki's door sensor
(`/lockState`: doorsensorState 2 closed, 3 opened; `door_sensor_state` overrides it, e.g. 5
calibrating). `readings` counts the sensor readings.
Both can answer slowly, with garbage, with an error, or not at all (stopped).

Run one by hand or from an e2e test: python -m tests.lock.fake_devices shelly PASSWORD
(prints its URL, then serves until killed).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Switching:
    at: float
    on: bool
    toggle_after: float | None


class _Server:
    def __init__(self) -> None:
        self._stopped = False
        self.mode = "ok"  # ok | slow | garbage | error | offline
        self.delay = 0.0
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:
                fake._handle(self, "GET", b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                fake._handle(self, "POST", self.rfile.read(length))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> _Server:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Unplugged: no longer answers (connections are refused). Stopping twice is fine."""
        if self._stopped:
            return
        self._stopped = True
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handle(self, h: BaseHTTPRequestHandler, method: str, body: bytes) -> None:
        if self.mode == "slow":
            time.sleep(self.delay)
        if self.mode == "garbage":
            self._send(h, 200, b"\x00<html>not json", "text/html")
            return
        status, headers, payload = self.answer(method, h.path, body)
        self._send(h, status, json.dumps(payload).encode(), "application/json", headers)

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, data: bytes, ctype: str,
              headers: dict[str, str] | None = None) -> None:
        try:
            h.send_response(status)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)
        except OSError:
            pass  # the client gave up (its deadline)

    def answer(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], Any]:
        raise NotImplementedError


class FakeShelly(_Server):
    def __init__(self, password: str | None = "secret", realm: str = "shellypro1-a8032ab1c2d3") -> None:
        super().__init__()
        self.password, self.realm = password, realm
        self.ha1: str | None = None  # set by Shelly.SetAuth (then password is None)
        self.on = False
        self.door_open = False  # the reed contact on input 0 (open door: contact open, state false)
        self.readings = 0
        self.switchings: list[Switching] = []  # every switching, the relay's own timed "off" too
        self._nonces: set[str] = set()
        self._counter = itertools.count(int(time.time()))
        self._state = threading.Lock()

    @property
    def openings(self) -> list[Switching]:
        """The switchings on (each an opening): the relay's own "off" after `toggle_after` comes
        in real time, so a slow test may see it or not."""
        return [s for s in self.switchings if s.on]

    def answer(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], Any]:
        if method != "POST" or urlsplit(path).path != "/rpc":
            return 404, {}, {"error": "not found"}
        try:
            request = json.loads(body)
        except ValueError:
            return 400, {}, {"id": None, "error": {"code": -103, "message": "bad JSON"}}
        self.requests.append(request)
        rid, call = request.get("id"), request.get("method")
        secured = self.password is not None or self.ha1 is not None
        if call != "Shelly.GetDeviceInfo" and secured and not self._authorised(request.get("auth")):
            nonce = str(next(self._counter))
            self._nonces.add(nonce)
            challenge = f'Digest qop="auth", realm="{self.realm}", nonce="{nonce}", algorithm=SHA-256'
            return 401, {"WWW-Authenticate": challenge}, {"id": rid, "error": {"code": 401, "message": "unauthorized"}}
        if self.mode == "error":
            return 500, {}, {"id": rid, "error": {"code": -114, "message": "internal"}}
        params = request.get("params") or {}
        if call == "Shelly.GetDeviceInfo":
            return 200, {}, {"id": rid, "result": {"id": self.realm, "gen": 2, "auth_en": secured}}
        if call == "Shelly.SetAuth":  # a new password: only its ha1 comes (the device keeps the ha1)
            if params.get("user") != "admin" or params.get("realm") != self.realm or not params.get("ha1"):
                return 200, {}, {"id": rid, "error": {"code": -103, "message": "bad argument"}}
            self.password, self.ha1 = None, str(params["ha1"])
            return 200, {}, {"id": rid, "result": None}
        if call == "Input.GetStatus":
            if params.get("id") != 0:
                return 200, {}, {"id": rid, "error": {"code": -105, "message": "Argument 'id', value 1 not found!"}}
            self.readings += 1
            return 200, {}, {"id": rid, "result": {"id": 0, "state": not self.door_open}}
        if call == "Switch.GetStatus":
            return 200, {}, {"id": rid, "result": {"id": params.get("id", 0), "output": self.on}}
        if call == "Switch.Set":
            if params.get("id") != 0 or not isinstance(params.get("on"), bool):
                return 200, {}, {"id": rid, "error": {"code": -105, "message": "bad argument"}}
            return 200, {}, {"id": rid, "result": {"was_on": self._switch(params["on"], params.get("toggle_after"))}}
        return 404, {}, {"id": rid, "error": {"code": 404, "message": "no handler"}}

    def _authorised(self, auth: Any) -> bool:
        if not isinstance(auth, dict) or auth.get("username") != "admin" or auth.get("realm") != self.realm:
            return False
        nonce = str(auth.get("nonce"))
        if nonce not in self._nonces:
            return False
        ha1 = self.ha1 or _sha(f"admin:{self.realm}:{self.password}")
        ha2 = _sha("dummy_method:dummy_uri")
        expected = _sha(f"{ha1}:{nonce}:1:{auth.get('cnonce')}:auth:{ha2}")
        if auth.get("response") != expected:
            return False
        self._nonces.discard(nonce)  # once
        return True

    def _switch(self, on: bool, toggle_after: Any) -> bool:
        with self._state:
            was_on, self.on = self.on, on
            after = float(toggle_after) if isinstance(toggle_after, int | float) else None
            self.switchings.append(Switching(time.monotonic(), on, after))
        if after:
            timer = threading.Timer(after, self._switch, args=(not on, None))
            timer.daemon = True
            timer.start()
        return was_on


class FakeNukiBridge(_Server):
    def __init__(self, token: str = "nuki-token-123", lock_id: str = "123456789") -> None:
        super().__init__()
        self.token, self.lock_id = token, lock_id
        self.unlatches: list[float] = []
        self.door_open = False
        self.door_sensor_state: int | None = None  # None: 2 or 3 from door_open
        self.readings = 0
        self._seen_rnr: set[str] = set()

    def answer(self, method: str, path: str, body: bytes) -> tuple[int, dict[str, str], Any]:
        parts = urlsplit(path)
        if method != "GET" or parts.path not in ("/lockAction", "/info", "/lockState"):
            return 404, {}, {"success": False}
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.requests.append(q)
        ts, rnr, given = q.get("ts", ""), q.get("rnr", ""), q.get("hash", "")
        try:
            when = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return 401, {}, {"success": False}
        if abs((datetime.now(UTC) - when).total_seconds()) > 60 or rnr in self._seen_rnr:
            return 401, {}, {"success": False}
        if given != _sha(f"{ts},{rnr},{self.token}"):
            return 401, {}, {"success": False}
        self._seen_rnr.add(rnr)
        if parts.path == "/info":
            return 200, {}, {"bridgeType": 1, "ids": {"hardwareId": 1, "serverId": 2}, "scanResults": []}
        if q.get("nukiId") != self.lock_id:
            return 404, {}, {"success": False}
        if parts.path == "/lockState":
            if self.mode == "offline":
                return 503, {}, {"success": False}
            self.readings += 1
            door = self.door_sensor_state if self.door_sensor_state is not None else (3 if self.door_open else 2)
            return 200, {}, {"mode": 2, "state": 1, "stateName": "locked", "batteryCritical": False,
                             "doorsensorState": door, "doorsensorStateName": {2: "door closed", 3: "door opened"}.get(
                                 door, "calibrating"), "success": True}
        if self.mode == "offline":
            return 503, {}, {"success": False}
        if q.get("action") != "3" or q.get("noWait") != "1" or q.get("deviceType") != "0":
            return 400, {}, {"success": False}
        self.unlatches.append(time.monotonic())
        return 200, {}, {"success": True, "batteryCritical": False}


def main(argv: list[str]) -> None:
    kind, secret = argv[0], argv[1]
    server = FakeShelly(secret) if kind == "shelly" else FakeNukiBridge(secret)
    server.start()
    print(server.url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main(sys.argv[1:])
