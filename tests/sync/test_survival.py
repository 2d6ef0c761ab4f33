"""What the door must survive (issue 5): killed processes, two sync loops, a wrong clock, a wiped
kiosk, roster edits during a pull, a full disk, and a network that drops, stalls and resets."""

from __future__ import annotations

import random
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event

from tests.conftest import build_kiosk
from tests.sync.test_sync import server_events

ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(script: str, data_dir: Path) -> None:
    """Run Python code against a kiosk data dir; it ends by SIGKILLing itself."""
    proc = subprocess.run([sys.executable, "-c", script, str(data_dir)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def test_killed_after_committing_a_check_in_before_sending_it(server, tmp_path):
    (issued,) = server.store.add_members([{"name": "Mette"}])
    kiosk = build_kiosk(tmp_path / "k")
    server.enroll(kiosk)
    kiosk.close()
    run_and_kill(f"""
import os, signal, sys
from pathlib import Path
from kiosk import app
k = app.build(Path(sys.argv[1]))
assert k.checkin.check_in_code({issued.code!r}).outcome.value == "checked_in"
os.kill(os.getpid(), signal.SIGKILL)  # the power is cut right after "Welcome"
""", tmp_path / "k")
    kiosk = build_kiosk(tmp_path / "k")
    report = kiosk.sync.run_once()
    assert (report.accepted, report.pending) == (1, 0)
    assert [kind for _, kind in server_events(server)] == ["check_in"]
    kiosk.close()


def test_killed_after_the_server_accepted_before_marking_sent(server, tmp_path):
    (issued,) = server.store.add_members([{"name": "Mette"}])
    kiosk = build_kiosk(tmp_path / "k")
    server.enroll(kiosk)
    kiosk.checkin.check_in_code(issued.code)
    kiosk.close()
    run_and_kill("""
import os, signal, sys
from pathlib import Path
from kiosk import app
from kiosk.sync.engine import _to_wire
k = app.build(Path(sys.argv[1]))
k.sync.api().push([_to_wire(seq, e, None) for seq, e in k.sync.local.pending(500)], 0)
os.kill(os.getpid(), signal.SIGKILL)  # accepted by the server, never marked here
""", tmp_path / "k")
    kiosk = build_kiosk(tmp_path / "k")
    report = kiosk.sync.run_once()
    assert (report.accepted, report.duplicate, report.pending) == (0, 1, 0)
    assert len(server_events(server)) == 1
    kiosk.close()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_two_sync_loops_at_once(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    for i in range(1200):
        kiosk.checkin.check_in_code(f"not a card {i}")
    reports = []
    threads = [threading.Thread(target=lambda: reports.append(kiosk.sync.run_once())) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(r.error is None for r in reports), reports
    assert kiosk.sync.local.pending_count() == 0
    assert len(server_events(server)) == 1200  # each stored once, whoever sent it first
    assert sum(r.accepted for r in reports) == 1200


def test_kiosk_clock_an_hour_fast(server, kiosk_at, clock):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    from datetime import UTC, datetime

    clock.set(datetime.now(UTC) + timedelta(hours=1))
    kiosk.checkin.check_in_code("x")
    report = kiosk.sync.run_once()
    assert report.clock_offset_ms is not None and abs(report.clock_offset_ms + 3_600_000) < 5_000
    kiosk.checkin.check_in_code("y")
    kiosk.sync.run_once()  # pushes with the offset learnt in the round before
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from kiosk.server.models import ServerEventRow

    with Session(server.store.engine) as s:
        rows = s.scalars(select(ServerEventRow).order_by(ServerEventRow.seq)).all()
    assert rows[0].recorded_at > datetime.now(UTC) + timedelta(minutes=50)  # the kiosk's own time is kept
    assert abs(rows[1].clock_offset_ms + 3_600_000) < 5_000


def test_kiosk_wiped_and_enrolled_again(server, tmp_path, clock):
    (issued,) = server.store.add_members([{"name": "Mette"}])
    first = build_kiosk(tmp_path / "first", clock=clock)
    server.enroll(first, "door-1")
    first.checkin.check_in_code(issued.code)
    first.sync.run_once()
    old_token = first.sync.local.state()["token"]
    first.close()
    again = build_kiosk(tmp_path / "wiped", clock=clock)  # a new disk, the same door
    server.enroll(again, "door-1")
    assert [m.name for m in again.members.roster()] == ["Mette"]
    from kiosk.sync.client import Rejected, ServerApi

    with pytest.raises(Rejected):
        ServerApi(server.url, old_token).pull(None)
    assert [k["enrolled"] for k in server.store.kiosks()] == [True]
    again.close()


def test_roster_edits_during_pulls_converge(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    stop = threading.Event()

    def edit() -> None:
        i = 0
        while not stop.is_set():
            (m,) = server.store.add_members([{"name": f"Edit {i}"}])
            if i % 3 == 0:
                server.store.update_member(m.member.id, status="suspended")
            if i % 5 == 0:
                server.store.delete_member(m.member.id)
            i += 1

    editor = threading.Thread(target=edit)
    editor.start()
    try:
        for _ in range(5):
            kiosk.sync.run_once()
    finally:
        stop.set()
        editor.join(10)
    report = kiosk.sync.run_once()
    assert report.roster_matches and len(kiosk.members.roster()) == len(server.store.members())


def test_full_disk_during_a_pull_is_an_error_not_a_crash(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    server.store.add_members([{"name": f"M {i}"} for i in range(300)])
    with kiosk.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @sa_event.listens_for(kiosk.engine, "connect")
    def cap(dbapi_conn, _):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    kiosk.engine.dispose()
    report = kiosk.sync.run_once()
    assert report.error and "full" in report.error
    sa_event.remove(kiosk.engine, "connect", cap)
    kiosk.engine.dispose()
    assert kiosk.sync.run_once().roster_matches


class FaultProxy:
    """A TCP proxy on 127.0.0.1 that, per request, passes, drops, stalls or resets mid-response.
    The kiosk keeps its connections open between calls: a fault may hit the first request on a
    connection or any later one, and a connection that passed stays open for the next."""

    def __init__(self, upstream_port: int, seed: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.rng = random.Random(seed)
        self.faults = True
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(32)
        self.port = self.listener.getsockname()[1]
        self.seen: dict[str, int] = {}
        self.connections = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _mode(self) -> str:
        with self._lock:
            mode = self.rng.choice(["pass", "drop", "stall", "reset"]) if self.faults else "pass"
            self.seen[mode] = self.seen.get(mode, 0) + 1
            return mode

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            client.settimeout(10)
            rest = b""
            while True:
                request, rest = _read_message(client, rest)
                if request is None:
                    return  # the kiosk closed the connection (or left it idle)
                mode = self._mode()
                if mode == "drop":
                    return  # closed without an answer: the server never saw the request
                with socket.create_connection(self.upstream) as upstream:
                    upstream.settimeout(5)
                    upstream.sendall(request)
                    response, _ = _read_message(upstream, b"", response=True)
                if mode == "stall":
                    time.sleep(30)  # the client's timeout must fire long before this
                    return
                if mode == "reset":  # the server did the work; the reply is lost halfway
                    client.sendall((response or b"")[: len(response or b"") // 2])
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    return
                client.sendall(response or b"")
        except OSError:
            pass
        finally:
            client.close()

    def close(self) -> None:
        self.listener.close()


def _read_message(sock: socket.socket, rest: bytes, response: bool = False) -> tuple[bytes | None, bytes]:
    """One HTTP/1.1 message from sock (after `rest`, bytes already read): (message, what follows)."""
    data = rest
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(1 << 16)
        if not chunk:
            return None, b""
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(b":") for line in lines[1:])}
    status = lines[0].split(b" ")[1] if response else b""
    if status[:1] == b"1" or status in (b"204", b"304"):
        length = 0
    elif b"content-length" in headers:
        length = int(headers[b"content-length"])
    elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        while not body.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(1 << 16)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body, b""
    elif response:  # until the server closes
        while chunk := sock.recv(1 << 16):
            body += chunk
        return head + b"\r\n\r\n" + body, b""
    else:
        length = 0
    while len(body) < length:
        chunk = sock.recv(1 << 16)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body[:length], body[length:]


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_faulty_network_never_hangs_and_everything_arrives_once(server, kiosk_at, monkeypatch):
    from kiosk.sync import client

    monkeypatch.setattr(client, "CONNECT_AND_READ_TIMEOUT", 1.5)
    members = server.store.add_members([{"name": f"Member {i}"} for i in range(20)])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    proxy = FaultProxy(int(server.url.rsplit(":", 1)[1]), seed=5)
    kiosk.sync.local.set_state(url=f"http://127.0.0.1:{proxy.port}")
    monkeypatch.setattr(client.ServerApi.__init__, "__defaults__", (None, 1.5))
    try:
        for round_ in range(12):
            for m in members[round_ % 20: round_ % 20 + 3]:
                kiosk.checkin.check_in_code(m.code)
            if round_ % 4 == 0:
                server.store.add_members([{"name": f"Late {round_}"}])
            start = time.monotonic()
            kiosk.sync.run_once()
            assert time.monotonic() - start < 20  # a stalled or reset call ends at its timeout
        assert {"drop", "stall", "reset"} <= set(proxy.seen)
        proxy.faults = False
        report = kiosk.sync.run_once()
        assert report.error is None and report.pending == 0 and report.roster_matches
    finally:
        proxy.close()
    with kiosk.store.transaction() as tx:
        local = {e.id for e in tx.events(100_000)}
    on_server = [event_id for event_id, _ in server_events(server)]
    assert sorted(on_server) == sorted(local)  # every event exactly once
