"""guests a door registered, and their approval from the server (issue 20)

Revision ID: s0014_guest_passes
Revises: s0013_member_language
"""

import sqlalchemy as sa
from alembic import op

revision = "s0014_guest_passes"
down_revision = "s0013_member_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guest_passes",
        sa.Column("guest_id", sa.String(16), primary_key=True),
        sa.Column("kiosk_id", sa.String(36), nullable=False),
        sa.Column("host_member_id", sa.String(16), nullable=True),
        sa.Column("guest_name", sa.String(120), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("approval_id", sa.String(36), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(8), nullable=True),
        sa.Column("link_hash", sa.String(64), nullable=True, unique=True),
    )
    op.create_index("ix_guest_passes_kiosk_id", "guest_passes", ["kiosk_id"])
    op.create_index("ix_guest_passes_host_member_id", "guest_passes", ["host_member_id"])


def downgrade() -> None:
    op.drop_table("guest_passes")
