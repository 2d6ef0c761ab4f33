"""fobs (RFID) enrolled to members: their UIDs as HMACs, never in clear

Revision ID: 0014_member_fobs
Revises: 0013_hours_replace_times
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_member_fobs"
down_revision = "0013_hours_replace_times"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member_fobs",
        sa.Column("uid_hash", sa.String(64), primary_key=True),
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_member_fobs_member_id", "member_fobs", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_member_fobs_member_id", table_name="member_fobs")
    op.drop_table("member_fobs")
