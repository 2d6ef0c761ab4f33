"""Issue 19, reproduction 6: with the default limit of 1024 open files, 1,050 slow connections made
/api/v1/health time out and uvicorn wrote 111,673 "Too many open files" tracebacks. Here at a
smaller scale: the real `kiosk server run` in a subprocess with RLIMIT_NOFILE lowered to 256,
and 400 connections that send nothing (or half a request line) and stay open."""

from __future__ import annotations

import http.client
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.sync.test_tls_proxy import ROOT, free_port, wait_for
from tests.sync.web_client import WebClient

FILES = 256
SLOW = 400


def health(port: int) -> int:
    """/api/v1/health's status, or 0 when it does not answer within 10 s."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", "/api/v1/health")
        return conn.getresponse().status
    except OSError:
        return 0
    finally:
        conn.close()


def lowered_files() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FILES, FILES))


def test_slow_connections_past_the_file_limit_leave_health_answering_and_the_log_quiet(tmp_path):
    port = free_port()
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "server", "run", "--host", "127.0.0.1", "--port", str(port),
             "--data-dir", str(tmp_path / "server"), "--max-connections", "100", "--header-timeout", "5"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, preexec_fn=lowered_files)
    url = f"http://127.0.0.1:{port}"
    held: list[socket.socket] = []
    try:
        wait_for(lambda: WebClient(url).get("/api/v1/health").status == 200, "the server")
        for i in range(SLOW):
            s = socket.socket()
            s.settimeout(2)
            try:
                s.connect(("127.0.0.1", port))
                if i % 2:
                    s.sendall(b"GET /api/v1/health HTTP/1.1\r\n")  # half a request, never finished
            except OSError:
                s.close()
                continue
            held.append(s)
        # Health answers while the slow ones are still open, within a few seconds.
        start = time.monotonic()
        answers = []
        for _ in range(5):
            answers.append(health(port))
        assert answers.count(200) >= 4, answers
        assert time.monotonic() - start < 30
        assert proc.poll() is None
    finally:
        for s in held:
            s.close()
        proc.terminate()
        proc.wait(30)
    text = log_path.read_text(errors="replace")
    assert "Too many open files" not in text, text[-2000:]
    assert len(text) < 20_000, text[-2000:]


def test_the_packaged_unit_raises_the_file_limit():
    unit = (Path(ROOT) / "packaging" / "systemd" / "door-kiosk-server.service").read_text()
    limit = [line for line in unit.splitlines() if line.startswith("LimitNOFILE=")]
    assert limit and int(limit[0].split("=")[1]) >= 8192


def test_an_accept_storm_is_one_plain_line_a_minute():
    import logging

    from kiosk.server.connections import AcceptStormFilter

    now = [0.0]
    storm = AcceptStormFilter(every_s=60, clock=lambda: now[0])

    def record() -> logging.LogRecord:
        try:
            raise OSError(24, "Too many open files")
        except OSError:
            import sys
            return logging.LogRecord("asyncio", logging.ERROR, __file__, 1,
                                     "socket.accept() out of system resource\nsocket: %s", ("fd=9",), sys.exc_info())

    first = record()
    assert storm.filter(first) and first.exc_info is None and first.levelno == logging.WARNING
    assert "Too many open files" not in first.getMessage()
    assert not any(storm.filter(record()) for _ in range(1000))
    now[0] = 61
    assert storm.filter(record())
    other = logging.LogRecord("asyncio", logging.ERROR, __file__, 1, "something else", (), None)
    assert storm.filter(other)
