"""A real central server on loopback (uvicorn in a thread), on SQLite and on PostgreSQL."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import socket
import tempfile
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
from kiosk.server.runner import build_store, default_db_url
from kiosk.server.store import ServerStore, migrate_server, open_server_engine
from tests.conftest import build_kiosk, need

PG_ADMIN = os.environ.get("KIOSK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except Exception:
        return False


def _pg_url(name: str) -> str:
    return f"{PG_ADMIN.rsplit('/', 1)[0].replace('postgresql://', 'postgresql+psycopg://')}/{name}"


@functools.cache
def migrated_pg_template() -> str:
    """A PostgreSQL database migrated to the server's head once per test process; a test's database
    is made from it (CREATE DATABASE ... TEMPLATE: under a second, where the migrations take three)."""
    import psycopg

    name = f"kiosk_template_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    atexit.register(_drop_pg_database, name)
    engine = open_server_engine(_pg_url(name))
    try:
        migrate_server(engine)
    finally:
        engine.dispose()  # a template may have no connection while it is copied
    return name


def _drop_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@functools.cache
def migrated_sqlite_template() -> Path:
    """The same for the server on SQLite: a migrated file that a test's server starts from a copy of."""
    folder = Path(tempfile.mkdtemp(prefix="server-template-"))
    atexit.register(shutil.rmtree, folder, True)
    db = folder / "server.sqlite3"
    engine = open_server_engine(default_db_url(folder))
    try:
        migrate_server(engine)
    finally:
        engine.dispose()
    assert not db.with_name(db.name + "-wal").exists(), "the template must be whole in its one file"
    return db


def build_server_store(data_dir: Path, db_url: str | None) -> ServerStore:
    """build_store on a new data folder whose SQLite database starts as a copy of a migrated one
    (on PostgreSQL the `db_url` fixture's database is already one)."""
    if db_url is None and not (data_dir / "server.sqlite3").exists():
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.copyfile(migrated_sqlite_template(), data_dir / "server.sqlite3")
    return build_store(data_dir, db_url)


@contextmanager
def temporary_pg_database(prefix: str = "kiosk_test", migrated: bool = False) -> Iterator[str]:
    """A new PostgreSQL database for one test or benchmark, empty or (migrated=True) at the
    server's head; dropped afterwards."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    template = f' TEMPLATE "{migrated_pg_template()}"' if migrated else ""
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{template}')
    try:
        yield _pg_url(name)
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

    store = build_server_store(data_dir, db_url)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store, **app_options), log_level="warning", timeout_keep_alive=5,
                            timeout_graceful_shutdown=2)  # a browser's unread download must not hold the stop 10 s
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    return RunningServer(store, f"http://127.0.0.1:{port}", data_dir, db_url, server, thread)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str | None]:
    """The server's database: None for SQLite in its data folder, or a PostgreSQL database already
    migrated to the head (empty_db_url for one that is not)."""
    if request.param == "sqlite":
        yield None
        return
    need(pg_available(), f"PostgreSQL is not reachable at {PG_ADMIN}")
    with temporary_pg_database(migrated=True) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db_url(request, tmp_path) -> Iterator[str | None]:
    """A database no migration has touched: for the tests of the migrations themselves."""
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
        k = build_kiosk(tmp_path / name, clock=clock)
        made.append(k)
        return k

    yield make
    for k in made:
        k.close()
