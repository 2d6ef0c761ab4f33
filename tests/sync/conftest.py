"""A real central server on loopback (uvicorn in a thread), on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk import app
from kiosk.server.api import create_app
from kiosk.server.runner import build_store
from kiosk.server.store import ServerStore
from tests.conftest import need

PG_ADMIN = os.environ.get("KIOSK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except Exception:
        return False


@contextmanager
def temporary_pg_database(prefix: str = "kiosk_test") -> Iterator[str]:
    """A new, empty PostgreSQL database for one test or benchmark; dropped afterwards."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_ADMIN.rsplit('/', 1)[0].replace('postgresql://', 'postgresql+psycopg://')}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class RunningServer:
    store: ServerStore
    url: str
    data_dir: Path
    db_url: str | None
    _server: object
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True  # type: ignore[attr-defined]
        self._thread.join(10)

    def enroll(self, kiosk: app.Kiosk, name: str = "door-1") -> None:
        code = self.store.add_kiosk(name, "Klitmøller")
        kiosk.sync.enroll(self.url, code)
        kiosk.sync.run_once()


def start_server(data_dir: Path, db_url: str | None, **app_options: int) -> RunningServer:
    """app_options: create_app's settings (max_body_bytes, oldest_protocol)."""
    import uvicorn

    store = build_store(data_dir, db_url)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store, **app_options), log_level="warning", timeout_keep_alive=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    return RunningServer(store, f"http://127.0.0.1:{port}", data_dir, db_url, server, thread)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str | None]:
    if request.param == "sqlite":
        yield None
        return
    need(pg_available(), f"PostgreSQL is not reachable at {PG_ADMIN}")
    with temporary_pg_database() as url:
        yield url


@pytest.fixture
def server(tmp_path, db_url) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "server", db_url)
    yield running
    running.stop()
    running.store.engine.dispose()


@pytest.fixture
def kiosk_at(tmp_path, clock):
    made = []

    def make(name: str = "k1") -> app.Kiosk:
        k = app.build(tmp_path / name, clock=clock)
        made.append(k)
        return k

    yield make
    for k in made:
        k.close()
