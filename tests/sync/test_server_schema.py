"""The server's database: migrated from empty on SQLite and PostgreSQL, it matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kiosk.server.models import ServerBase
from kiosk.server.store import migrate_server, open_server_engine


def test_server_migrations_match_the_models(empty_db_url, tmp_path):
    engine = open_server_engine(empty_db_url or f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        migrate_server(engine)
        migrate_server(engine)  # again: nothing to do
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), ServerBase.metadata)
        assert diff == [], "server models changed without a migration"
    finally:
        engine.dispose()


def _to(engine, revision: str, down: bool = False) -> None:
    from alembic import command
    from alembic.config import Config

    from kiosk.server.store import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def test_s0009_adds_each_kiosks_health_and_keeps_the_kiosks(empty_db_url, tmp_path):
    from sqlalchemy import inspect, text

    engine = open_server_engine(empty_db_url or f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        _to(engine, "s0008_social")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO kiosks (name, pending) VALUES ('door-1', 4)"))
        migrate_server(engine)
        with engine.connect() as conn:
            row = conn.execute(text("SELECT name, pending, reported_version, warnings, health_reported_at "
                                    "FROM kiosks")).one()
        assert tuple(row) == ("door-1", 4, None, None, None)  # not reported until it syncs
        _to(engine, "s0008_social", down=True)
        assert "warnings" not in {c["name"] for c in inspect(engine).get_columns("kiosks")}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name, pending FROM kiosks")).one() == ("door-1", 4)
        migrate_server(engine)
        assert {"reported_version", "warnings", "health_reported_at"} <= {
            c["name"] for c in inspect(engine).get_columns("kiosks")}
    finally:
        engine.dispose()
