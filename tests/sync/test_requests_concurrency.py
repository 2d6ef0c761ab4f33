"""Roster requests under real concurrency (issue 10, item 2): two server processes on one
database, real HTTP pushes at the same moment; host edits from threads at the same time as
kiosk top-ups. Each change must land exactly once and none may be lost."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.server.requests import RosterRequests
from kiosk.server.runner import build_store
from kiosk.server.store import ServerStore
from kiosk.sync.client import ServerApi

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_process(data_dir: Path, db_url: str | None) -> tuple[subprocess.Popen[bytes], str]:
    """A server process of its own (uvicorn), as `kiosk server run --workers N` starts them."""
    port = free_port()
    env = {**os.environ, "KIOSK_SERVER_DATA_DIR": str(data_dir)}
    if db_url:
        env["KIOSK_SERVER_DB"] = db_url
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "kiosk.server.runner:app_from_env", "--factory",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1):
                return proc, url
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("the server process ended") from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server process did not start")


@pytest.fixture
def two_servers(tmp_path, db_url) -> Iterator[tuple[ServerStore, list[str]]]:
    """Two server processes on one database (PostgreSQL or SQLite), and a store to look with."""
    store = build_store(tmp_path / "server", db_url)  # migrated, with its key, before both start
    procs = [start_process(tmp_path / "server", db_url) for _ in range(2)]
    try:
        yield store, [url for _, url in procs]
    finally:
        for proc, _ in procs:
            proc.terminate()
            proc.wait(10)
        store.engine.dispose()


def enrolled_api(store: ServerStore, url: str, name: str = "door-1") -> tuple[str, str]:
    """A kiosk enrolled over HTTP: its device id and token."""
    device_id = str(uuid.uuid4())
    response = ServerApi(url).enroll(store.add_kiosk(name), device_id)
    return response.device_id, response.token


def at_once(calls: list[Callable[[], object]]) -> list[object]:
    """Run the calls on threads released together; return their results (or exceptions)."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except Exception as exc:  # kept and asserted on below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def clip_member(store: ServerStore, clips: int = 1) -> str:
    (issued,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": clips}])
    return issued.member.id


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_the_same_top_up_pushed_eight_times_at_once_adds_once(two_servers):
    store, urls = two_servers
    member_id = clip_member(store)
    _, token = enrolled_api(store, urls[0])
    request = {"id": str(uuid.uuid4()), "op": "top_up", "member_id": member_id, "clips": 5}
    results = at_once([lambda i=i: ServerApi(urls[i % 2], token).send_requests([request]) for i in range(8)])
    statuses = sorted(r.results[0].status for r in results)  # type: ignore[attr-defined]
    assert statuses == ["accepted"] + ["duplicate"] * 7, results
    assert store.member(member_id).clips_total == 1 + 5


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_sixteen_different_top_ups_at_once_all_count(two_servers):
    store, urls = two_servers
    member_id = clip_member(store)
    _, token = enrolled_api(store, urls[0])
    requests = [{"id": str(uuid.uuid4()), "op": "top_up", "member_id": member_id, "clips": 1} for _ in range(16)]
    results = at_once([lambda i=i: ServerApi(urls[i % 2], token).send_requests([requests[i]]) for i in range(16)])
    assert [r.results[0].status for r in results] == ["accepted"] * 16, results  # type: ignore[attr-defined]
    assert store.member(member_id).clips_total == 1 + 16


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_pending_request_approved_by_two_hosts_at_once_applies_once(two_servers):
    store, urls = two_servers
    member_id = clip_member(store)
    _, token = enrolled_api(store, urls[0])
    big = {"id": str(uuid.uuid4()), "op": "top_up", "member_id": member_id, "clips": 400}  # above the bound
    assert ServerApi(urls[0], token).send_requests([big]).results[0].status == "pending"
    assert store.member(member_id).clips_total == 1
    requests = [RosterRequests(store) for _ in range(6)]
    outcomes = at_once([lambda r=r: r.approve(big["id"], "anne") for r in requests])
    assert sum(not isinstance(o, Exception) for o in outcomes) == 1, outcomes
    assert all("not waiting any more" in str(o) for o in outcomes if isinstance(o, Exception))
    assert store.member(member_id).clips_total == 401
    # Pushed again (the answer was lost): it is done, and not done twice.
    assert ServerApi(urls[1], token).send_requests([big]).results[0].status == "duplicate"
    assert store.member(member_id).clips_total == 401


def test_two_hosts_and_a_door_changing_one_member_at_once_lose_nothing(server):
    """Host A renames, host B toggles suspension, a door's top-ups arrive: all from threads,
    through the server store, at the same time. Every top-up counts, the last name stands."""
    store = server.store
    member_id = clip_member(store)
    store.add_kiosk("door-1")
    device_id, _ = enrolled_api(store, server.url)
    rounds = 12

    def host_a() -> None:
        for i in range(rounds):
            seen = store.member(member_id)  # the form as the host saw it
            store.edit_member(member_id, f"Klip Kim {i}", seen.email, seen.plan_kind, seen.clips_total,
                              seen.valid_until, seen=seen)

    def host_b() -> None:
        for _ in range(rounds):
            store.toggle_suspended(member_id)

    def door() -> None:
        for _ in range(rounds):
            RosterRequests(store).apply(device_id, [{"id": str(uuid.uuid4()), "op": "top_up",
                                                     "member_id": member_id, "clips": 1}])

    outcomes = at_once([host_a, host_b, door, door])
    assert [o for o in outcomes if isinstance(o, Exception)] == []
    member = store.member(member_id)
    assert member.clips_total == 1 + 2 * rounds
    assert member.name == f"Klip Kim {rounds - 1}"
    assert member.status == "active"  # toggled an even number of times
