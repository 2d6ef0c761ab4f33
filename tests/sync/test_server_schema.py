"""The server's database: migrated from empty on SQLite and PostgreSQL, it matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kiosk.server.models import ServerBase
from kiosk.server.store import migrate_server, open_server_engine


def test_server_migrations_match_the_models(db_url, tmp_path):
    engine = open_server_engine(db_url or f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        migrate_server(engine)
        migrate_server(engine)  # again: nothing to do
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), ServerBase.metadata)
        assert diff == [], "server models changed without a migration"
    finally:
        engine.dispose()
