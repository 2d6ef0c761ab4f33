"""The API under abuse, against a real server on loopback: oversized bodies are refused before
they are read whole and never hold the server; validation errors never echo the input; missing,
unknown and odd tokens are refused, never a 500; ids and integers are bounded (422 or a refused
item, never a 500); the kiosk splits and halves its pushes so a legitimate push never loops."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import urllib.parse
import urllib.request
import uuid
from datetime import UTC, datetime

import pytest

from kiosk.sync.client import ServerApi, TooLarge
from tests.sync.conftest import start_server

CAP = 1_000_000


def _addr(server) -> tuple[str, int]:
    parts = urllib.parse.urlsplit(server.url)
    return parts.hostname or "127.0.0.1", parts.port or 80


def _health(server) -> int:
    with urllib.request.urlopen(server.url + "/api/v1/health", timeout=10) as response:
        assert json.loads(response.read())["status"] == "ok"
        return response.status


def _read_status(sock: socket.socket) -> int:
    data = b""
    while b"\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return int(data.split(b" ", 2)[1])


def test_a_declared_5_mb_body_is_refused_before_a_byte_of_it_is_sent(server):
    with socket.create_connection(_addr(server), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 5000000\r\n\r\n")
        assert _read_status(sock) == 413  # answered with the body still unsent


def test_health_answers_while_a_5_mb_upload_is_in_progress_then_the_upload_gets_413(server):
    """Ordering, not timing: the upload is held open by a slow sender (no length declared), health
    is asked and answered while it is, and only then is the rest of the upload sent."""
    with socket.create_connection(_addr(server), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer " + b"A" * 43 + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b'{"events": [' + b" " * (64 * 1024)
        sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        assert _health(server) == 200  # the upload is open, unfinished, and health still answers
        # Past the cap, but far from the 5 MB (and no final chunk): the answer comes anyway.
        filler = b" " * (64 * 1024)
        sent = len(chunk)
        try:
            while sent <= CAP + len(filler):
                sock.sendall(b"%x\r\n%s\r\n" % (len(filler), filler))
                sent += len(filler)
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert _read_status(sock) == 413  # with 5 MB - 1.1 MB of the upload never sent
    assert _health(server) == 200


def test_a_24_mb_body_never_blocks_the_server(server):
    done = threading.Event()
    outcome: dict[str, object] = {}

    def upload() -> None:
        try:
            with socket.create_connection(_addr(server), timeout=20) as sock:
                sock.sendall(b"POST /api/v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                             b"Transfer-Encoding: chunked\r\n\r\n")
                block = b" " * (256 * 1024)
                try:
                    for _ in range(96):  # 24 MB
                        sock.sendall(b"%x\r\n%s\r\n" % (len(block), block))
                        done.set()
                    sock.sendall(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                outcome["status"] = _read_status(sock)
        except OSError as exc:
            outcome["error"] = exc
        done.set()

    thread = threading.Thread(target=upload)
    thread.start()
    assert done.wait(20)
    assert _health(server) == 200
    thread.join(30)
    assert outcome.get("status") == 413, outcome
    # And the same body with its length declared is refused at once.
    with socket.create_connection(_addr(server), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 24000000\r\n\r\n")
        assert _read_status(sock) == 413


def _post(server, path: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(*_addr(server), timeout=10)
    try:
        conn.putrequest("POST", path)
        for name, value in {"Content-Type": "application/json", "Content-Length": str(len(body)),
                            **(headers or {})}.items():
            conn.putheader(name, value.encode("latin-1"))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _get(server, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(*_addr(server), timeout=10)
    try:
        conn.putrequest("GET", path)
        for name, value in headers.items():
            conn.putheader(name, value.encode("latin-1"))
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_validation_errors_never_echo_the_input(server):
    status, body = _post(server, "/api/v1/enroll", json.dumps({"code": "X" * 900_000, "device_id": 5}).encode())
    assert status == 422 and len(body) < 2_000
    assert b"XXXXXXXXXX" not in body
    status, body = _post(server, "/api/v1/enroll", b'{"code": "\\ud800\\udfff-bad", "local_id": "\\ud800"}')
    assert status == 422 and len(body) < 2_000


@pytest.mark.parametrize(("authorization", "expected"), [
    (None, 401),
    ("Bearer " + "A" * 43, 401),  # well-formed but nobody's
    ("Bearer", 401),
    ("Basic dXNlcjpwYXNz", 401),
    ("Bearer tøken-ß-Ünïcode-not-ascii-0123456789abcdefgh", 403),
    ("Bearer " + "x" * 500, 403),
    ("Bearer abc def ghi", 403),
    ("Bearer ../../etc/passwd%00", 403),
])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_missing_bad_and_odd_tokens_are_refused_never_a_500(server, authorization, expected):
    headers = {"Authorization": authorization} if authorization else {}
    status, body = _post(server, "/api/v1/events", b'{"events": [], "pending": 0}', headers)
    assert status == expected, body
    status, body = _get(server, "/api/v1/roster", headers)
    assert status == expected, body


def test_bounded_integers_and_uuid_shaped_ids_never_give_a_500(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    token = kiosk.sync.local.state()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    now = datetime.now(UTC).isoformat()
    good = {"id": str(uuid.uuid4()), "kiosk_id": kiosk.kiosk_id, "seq": 1, "kind": "refused",
            "recorded_at": now, "effective_at": now, "reason": "not_ours", "source": "scan"}
    events = [good, {**good, "id": str(uuid.uuid4()), "seq": 10**30},
              {**good, "id": "0" * 36}, {**good, "id": str(uuid.uuid4()), "visit_id": "x" * 36}, 17, "text"]
    body = json.dumps({"events": events, "pending": 0})[:-1] + ', "x": "\\ud800"}'
    # And an id made of surrogates: the answer must not try to echo it.
    body = body.replace('"id": "' + "0" * 36 + '"', '"id": "\\ud800' + "0" * 35 + '"')
    status, reply = _post(server, "/api/v1/events", body.encode(), auth)
    assert status == 200, reply
    results = json.loads(reply)["results"]
    assert [r["status"] for r in results] == ["accepted"] + ["rejected"] * 5
    assert results[2]["id"] == "" and "seq" in results[1]["reason"] and "visit_id" in results[3]["reason"]
    request = {"id": str(uuid.uuid4()), "op": "top_up", "member_id": "0123456789abcdef",
               "clips": 99999999999999999999}
    status, reply = _post(server, "/api/v1/roster-requests", json.dumps({"requests": [request]}).encode(), auth)
    assert status == 200 and json.loads(reply)["results"][0]["status"] == "rejected"
    assert _get(server, "/api/v1/roster?limit=99999999999999999999", auth)[0] == 422
    assert _get(server, "/api/v1/roster?cursor=%ED%A0%80", auth)[0] == 200  # not UTF-8: no such cursor
    status, _ = _post(server, "/api/v1/events", json.dumps({"events": [], "pending": 10**30}).encode(), auth)
    assert status == 422


def _queue(kiosk, n: int) -> None:
    for i in range(n):
        kiosk.checkin.check_in_code(f"not a card {i}")  # each a refused event in the queue


def test_pushes_are_split_by_bytes_under_the_servers_cap(tmp_path, db_url, kiosk_at, monkeypatch):
    server = start_server(tmp_path / "server", db_url, max_body_bytes=30_000)
    try:
        kiosk = kiosk_at()
        server.enroll(kiosk)
        assert kiosk.sync.local.state()["max_body_bytes"] == "30000"  # the server said so
        _queue(kiosk, 400)  # about 130 KB of events
        refused = _count_too_large(monkeypatch)
        report = kiosk.sync.run_once()
        assert (report.error, report.accepted, report.pending, refused["n"]) == (None, 400, 0, 0)
    finally:
        server.stop()
        server.store.engine.dispose()


def test_a_push_refused_as_too_large_is_halved_until_it_fits(tmp_path, db_url, kiosk_at, monkeypatch):
    server = start_server(tmp_path / "server", db_url, max_body_bytes=30_000)
    try:
        kiosk = kiosk_at()
        server.enroll(kiosk)
        # A proxy in front takes less than the server said (or the setting changed since).
        kiosk.sync.local.set_state(max_body_bytes=str(CAP))
        _queue(kiosk, 400)
        refused = _count_too_large(monkeypatch)
        report = kiosk.sync.run_once()
        assert (report.error, report.accepted, report.pending) == (None, 400, 0)
        assert 1 <= refused["n"] <= 6  # halved a few times, never looping
    finally:
        server.stop()
        server.store.engine.dispose()


def _count_too_large(monkeypatch) -> dict[str, int]:
    refused = {"n": 0}
    push = ServerApi.push

    def counting(self, events, pending, *rest, **more):  # rest: the kiosk's health, if any
        try:
            return push(self, events, pending, *rest, **more)
        except TooLarge:
            refused["n"] += 1
            raise

    monkeypatch.setattr(ServerApi, "push", counting)
    return refused
