"""days clip-card members were in at any door, from the server

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remote_clip_days",
        sa.Column("member_id", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", "day"),
    )


def downgrade() -> None:
    op.drop_table("remote_clip_days")
