"""the server assigns device ids: the kiosk's own id becomes an alias for its events

Revision ID: s0005_sync_v2
Revises: s0004
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005_sync_v2"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("local_id", sa.String(length=36), nullable=True))
    # Kiosks enrolled before: the id they chose stays their device id, and is their alias too.
    op.execute("UPDATE kiosks SET local_id = device_id")


def downgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("local_id")
