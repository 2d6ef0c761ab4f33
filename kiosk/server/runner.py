"""Building and running the server: the server's own composition root."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.core.keys import load_or_create_signing_key

from .keyring import FIRST_KEY
from .store import ServerStore, migrate_server, open_server_engine
from .web.settings import WebSettings

if TYPE_CHECKING:
    from fastapi import FastAPI


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.sqlite3'}"


def keep_private(data_dir: Path) -> None:
    """The data dir 0700 and everything in it 0600 (dirs 0700), however the server is started (the
    packaged unit's StateDirectoryMode, or from source under any umask); files made later by this
    process (the database's journal, kiosks' backups) get no group or other bits either."""
    os.umask(os.umask(0o077) | 0o077)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    data_dir.chmod(0o700)
    for path in data_dir.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o700 if path.is_dir() else 0o600)


def build_store(data_dir: Path, db_url: str | None = None, tz: str = "Europe/Copenhagen") -> ServerStore:
    keep_private(data_dir)
    engine = open_server_engine(db_url or default_db_url(data_dir))
    migrate_server(engine)
    key = load_or_create_signing_key(data_dir / "keys" / FIRST_KEY)
    return ServerStore(engine, key, ZoneInfo(tz), data_dir / "keys")


def serve(store: ServerStore, host: str, port: int, workers: int = 1, data_dir: Path | None = None,
          db_url: str | None = None, tz: str = "Europe/Copenhagen", web: WebSettings | None = None,
          options: dict[str, float] | None = None) -> None:
    """options: create_app's settings (max_body_bytes, oldest_protocol), and the connection
    limits (max_connections, header_timeout: kiosk/server/connections.py)."""
    import uvicorn

    from .api import create_app
    from .connections import BACKLOG, PROTOCOL

    web = web or WebSettings.from_env()
    if host not in ("0.0.0.0", "::", ""):  # the address it listens on is a name it answers to
        web = dataclasses.replace(web, allowed_hosts=(*web.allowed_hosts, f"[{host}]" if ":" in host else host))
    # The host pages believe X-Forwarded-For/-Proto from the configured proxies only (web/__init__.py),
    # never uvicorn's own default of trusting 127.0.0.1.
    os.environ.update(web.to_env())
    given = dict(options or {})
    for name in ("max_connections", "header_timeout"):  # read by every worker's GuardedH11Protocol
        if name in given:
            os.environ[f"KIOSK_SERVER_{name.upper()}"] = str(given.pop(name))
    app_options = {name: int(value) for name, value in given.items()}
    if workers <= 1:
        uvicorn.run(create_app(store, **app_options), host=host, port=port, log_level="info", timeout_keep_alive=30,
                    proxy_headers=False, http=PROTOCOL, backlog=BACKLOG)
        return
    for name, value in app_options.items():
        os.environ[f"KIOSK_SERVER_{name.upper()}"] = str(value)
    # Several processes: each builds its own store from the environment (app_from_env below).
    os.environ["KIOSK_SERVER_DATA_DIR"] = str(data_dir or "")
    if db_url:
        os.environ["KIOSK_SERVER_DB"] = db_url
    os.environ["KIOSK_SERVER_TZ"] = tz
    store.engine.dispose()
    uvicorn.run("kiosk.server.runner:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", timeout_keep_alive=30, proxy_headers=False, http=PROTOCOL, backlog=BACKLOG)


def app_from_env() -> FastAPI:
    """The app of one worker process (uvicorn --workers), built from KIOSK_SERVER_DATA_DIR/_DB/_TZ."""
    from .api import create_app

    options = {name: int(os.environ[f"KIOSK_SERVER_{name.upper()}"])
               for name in ("max_body_bytes", "oldest_protocol") if f"KIOSK_SERVER_{name.upper()}" in os.environ}
    return create_app(build_store(Path(os.environ["KIOSK_SERVER_DATA_DIR"]), os.environ.get("KIOSK_SERVER_DB"),
                                  os.environ.get("KIOSK_SERVER_TZ", "Europe/Copenhagen")), **options)
