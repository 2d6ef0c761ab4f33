"""The sync client (httpx): connections reused within and across rounds, and every way a call can
fail mapped to what the engine does about it: try later (server away, refused, timed out,
5xx/429 with Retry-After), send less (413), update a side (426), stop (401: the token is gone)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kiosk.sync import engine
from kiosk.sync.client import Incompatible, Rejected, ServerApi, ServerUnavailable, TooLarge
from tests.sync.conftest import start_server
from tests.sync.test_survival import FaultProxy, _read_message


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


@contextmanager
def raw_server(answer: bytes | None, trickle: float = 0.0) -> Iterator[str]:
    """A socket on loopback that reads each request and writes `answer` (None: never answers;
    trickle: the body one byte at a time, this many seconds apart): how a broken proxy or a server in
    trouble looks from the kiosk."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(10)
                request, _ = _read_message(conn, b"")
                if request is None or answer is None:
                    stop.wait(10)
                    return
                if trickle:  # the head at once, then the body byte by byte
                    head, body = answer.split(b"\r\n\r\n", 1)
                    conn.sendall(head + b"\r\n\r\n")
                    for byte in body:
                        if stop.is_set():
                            return
                        conn.sendall(bytes([byte]))
                        time.sleep(trickle)
                else:
                    conn.sendall(answer)
            except OSError:
                pass

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        listener.close()


def _http(status: str, body: bytes, *headers: str) -> bytes:
    head = "".join(f"{h}\r\n" for h in headers)
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{head}\r\n"
            .encode() + body)


def test_a_round_of_many_calls_uses_one_connection(server, kiosk_at, monkeypatch):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    proxy = FaultProxy(_port(server.url), seed=0)
    proxy.faults = False
    try:
        kiosk.sync.local.set_state(url=f"http://127.0.0.1:{proxy.port}")
        for i in range(60):
            kiosk.checkin.check_in_code(f"not a card {i}")
        monkeypatch.setattr(engine, "BATCH", 10)
        report = kiosk.sync.run_once()
        assert report.error is None and report.pushed == 60 and report.pending == 0
        assert proxy.seen["pass"] >= 7  # six pushes and a pull at least
        assert proxy.connections == 1
        kiosk.checkin.check_in_code("one more")
        assert kiosk.sync.run_once().accepted == 1  # the next round, within the keep-alive: same connection
        assert proxy.connections == 1
    finally:
        proxy.close()


def test_server_away_refused_and_silent_are_try_again_later(tmp_path):
    with socket.socket() as s:  # a port nobody listens on: refused at once
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    with ServerApi(closed, "t" * 43) as api, pytest.raises(ServerUnavailable, match="cannot reach"):
        api.pull(None)
    with ServerApi("http://no-such-host.invalid", "t" * 43) as api, pytest.raises(ServerUnavailable):
        api.pull(None)
    with raw_server(None) as url, ServerApi(url, "t" * 43, 0.5) as api:  # accepts, never answers
        start = time.monotonic()
        with pytest.raises(ServerUnavailable, match="timed out"):
            api.pull(None)
        assert time.monotonic() - start < 3


def test_an_answer_that_trickles_in_is_cut_off_at_the_deadline():
    """Each byte comes within the read timeout, the whole never does: the call still ends.
    (The deadline holds for the body; the head, at most 64 kB, has the per-read timeout only.)"""
    body = b'{"status": "ok", "protocols": [1, 2]}' + b" " * 400
    with raw_server(_http("200 OK", body), trickle=0.05) as url, ServerApi(url, timeout=0.5) as api:
        start = time.monotonic()
        with pytest.raises(ServerUnavailable, match="timed out"):
            api.health()
        assert time.monotonic() - start < 0.5 * 3 + 1.5


@pytest.mark.parametrize(("answer", "kind", "words"), [
    (_http("503 Service Unavailable", b'{"detail": "maintenance"}', "Retry-After: 7"), ServerUnavailable,
     "server answered 503: maintenance"),
    (_http("429 Too Many Requests", b'{"detail": "slow down"}', "Retry-After: 3"), ServerUnavailable, "429"),
    (_http("200 OK", b"<html>a captive portal</html>"), ServerUnavailable, "garbled answer"),
    (_http("308 Permanent Redirect", b"", "Location: https://elsewhere.example/api/v1/roster"), Rejected,
     "elsewhere.example"),
    (_http("413 Payload Too Large", b'{"detail": "too large"}'), TooLarge, "too large"),
    (_http("426 Upgrade Required", b'{"detail": "x", "kiosk_protocol": 2, "server_protocols": [3]}'),
     Incompatible, "update this kiosk"),
])
def test_each_answer_is_its_kind_of_failure(answer, kind, words):
    with raw_server(answer) as url, ServerApi(url, "t" * 43, 2.0) as api, \
            pytest.raises(kind, match=words) as failure:
        api.pull(None)
    if b"Retry-After: 7" in answer:
        assert failure.value.retry_after == 7.0
    if kind is Rejected:
        assert failure.value.status == 308  # never followed: the token stays with this server


def test_a_revoked_token_and_a_too_large_body_from_the_real_server(tmp_path, kiosk_at):
    running = start_server(tmp_path / "server", None, max_body_bytes=20_000)
    try:
        kiosk = kiosk_at()
        running.enroll(kiosk)
        with ServerApi(running.url, "x" * 43) as api, pytest.raises(Rejected) as refused:
            api.pull(None)
        assert refused.value.status == 401
        event = {"id": "0" * 36}
        with pytest.raises(TooLarge):
            kiosk.sync.api().push([event] * 2000, 0)
    finally:
        running.stop()
        running.store.engine.dispose()


def test_the_engine_keeps_one_client_until_the_address_or_token_changes(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    first = kiosk.sync.api()
    assert kiosk.sync.api() is first
    kiosk.sync.local.set_state(url=server.url + "/")  # the same address
    assert kiosk.sync.api() is first
    kiosk.sync.local.set_state(token="y" * 43)
    assert kiosk.sync.api() is not first
    kiosk.sync.close()
    kiosk.sync.local.set_state(token=first.token)
    assert kiosk.sync.run_once().error is None  # a new client after close
