"""sync: rejected events are set aside; roster rows carry their snapshot generation

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("rejected_reason", sa.String(length=120), nullable=True))
    for table in ("members", "cards", "trusted_keys"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("roster_gen", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    for table in ("members", "cards", "trusted_keys"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("roster_gen")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("rejected_reason")
