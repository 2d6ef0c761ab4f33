"""each kiosk's health as it reports it with its sync: its version and its doctor's warnings

Revision ID: s0009_kiosk_health
Revises: s0008_social
"""

import sqlalchemy as sa
from alembic import op

revision = "s0009_kiosk_health"
down_revision = "s0008_social"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("reported_version", sa.String(40), nullable=True))
        # JSON list of {check, status, says}, cut to wire.MAX_WARNINGS x wire.MAX_SAYS on arrival.
        batch.add_column(sa.Column("warnings", sa.Text(), nullable=True))
        batch.add_column(sa.Column("health_reported_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("health_reported_at")
        batch.drop_column("warnings")
        batch.drop_column("reported_version")
