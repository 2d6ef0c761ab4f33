"""visits know whether they charged the day's clip (check-in events say "clip")

Revision ID: s0004
Revises: s0003
"""

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("clip_charged", sa.Boolean(), nullable=False, server_default=sa.false()))
    # clip_days and the late check-in rule look visits up by member
    op.create_index("ix_server_visits_member_day", "visits", ["member_id", "day"])


def downgrade() -> None:
    op.drop_index("ix_server_visits_member_day", table_name="visits")
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("clip_charged")
