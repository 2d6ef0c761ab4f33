"""Building and running the server: the server's own composition root."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.store.keys import load_or_create_signing_key

from .store import ServerStore, migrate_server, open_server_engine


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.sqlite3'}"


def build_store(data_dir: Path, db_url: str | None = None, tz: str = "Europe/Copenhagen") -> ServerStore:
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = open_server_engine(db_url or default_db_url(data_dir))
    migrate_server(engine)
    key = load_or_create_signing_key(data_dir / "keys" / "card-signing-key.pem")
    return ServerStore(engine, key, ZoneInfo(tz))


def serve(store: ServerStore, host: str, port: int) -> None:
    import uvicorn

    from .api import create_app

    uvicorn.run(create_app(store), host=host, port=port, log_level="info", timeout_keep_alive=30)
