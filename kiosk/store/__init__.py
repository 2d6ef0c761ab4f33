"""The kiosk's local SQLite database: models, migrations, and the store the services use."""

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration's revision. A database already at it opens without Alembic (loading it
# and every migration script is a large part of a start); tests/store/test_backup.py keeps this
# equal to the migrations' head.
HEAD = "0015_holder_language"
