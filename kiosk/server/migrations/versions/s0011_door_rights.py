"""the door lock: members' right to open at any hour (synced beside the member record)

Revision ID: s0011_door_rights
Revises: s0010_stolen_kiosk
"""

import sqlalchemy as sa
from alembic import op

revision = "s0011_door_rights"
down_revision = "s0010_stolen_kiosk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "member_door_rights",
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("any_hour", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("member_door_rights")
