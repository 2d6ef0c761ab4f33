"""the server assigns device ids (the kiosk's own id becomes an alias for its events); signing
keys can be revoked and each card records the key that signed it

Revision ID: s0007_sync_v2
Revises: s0006_web_throttle
"""

import sqlalchemy as sa
from alembic import op

revision = "s0007_sync_v2"
down_revision = "s0006_web_throttle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("local_id", sa.String(length=36), nullable=True))
    # Kiosks enrolled before: the id they chose stays their device id, and is their alias too.
    op.execute("UPDATE kiosks SET local_id = device_id")
    with op.batch_alter_table("public_keys") as batch:
        batch.add_column(sa.Column("revoked_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("revoked_reason", sa.String(length=200), nullable=True))
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("key_id", sa.String(length=8), nullable=True))  # filled at start


def downgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.drop_column("key_id")
    with op.batch_alter_table("public_keys") as batch:
        batch.drop_column("revoked_reason")
        batch.drop_column("revoked_at")
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("local_id")
