"""a member's language: their card is answered in it at every door (issue 24)

Revision ID: s0013_member_language
Revises: s0012_partnerships
"""

import sqlalchemy as sa
from alembic import op

revision = "s0013_member_language"
down_revision = "s0012_partnerships"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("language", sa.String(2), nullable=True))  # da, en, de; None: the door's


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("language")
