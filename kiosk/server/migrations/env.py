"""Alembic environment of the server database (see kiosk.server.store.migrate_server)."""

from alembic import context

from kiosk.server.models import ServerBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=ServerBase.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
