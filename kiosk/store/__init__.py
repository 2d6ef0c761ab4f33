"""The kiosk's local SQLite database: models, migrations, and the store the services use."""
