"""the opening hours replace the one opening_time/closing_time: what a space set is kept as
opening_hours (as 0011 did), then the two old settings are removed

Revision ID: 0013_hours_replace_times
Revises: 0012_door_pin_lockout
"""

import sqlalchemy as sa
from alembic import op

from kiosk.domain.settings import OLD_HOURS, hours_from_times

revision = "0013_hours_replace_times"
down_revision = "0012_door_pin_lockout"
branch_labels = None
depends_on = None

settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    conn = op.get_bind()
    rows = dict(conn.execute(sa.select(settings.c.key, settings.c.value).where(
        settings.c.key.in_([*OLD_HOURS, "opening_hours"]))).all())
    if "opening_hours" not in rows and any(k in rows for k in OLD_HOURS):
        op.bulk_insert(settings, [{"key": "opening_hours",
                                   "value": hours_from_times(rows.get("opening_time"), rows.get("closing_time"))}])
    op.execute(settings.delete().where(settings.c.key.in_(OLD_HOURS)))


def downgrade() -> None:
    """An earlier version reads its defaults (07:00-22:00); the opening hours stay as they are."""
