"""The kiosk's local SQLite database: models, migrations, and the store the services use."""

from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
