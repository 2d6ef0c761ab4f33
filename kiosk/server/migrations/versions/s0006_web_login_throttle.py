"""host logins throttled per account and per client address

Revision ID: s0006_web_throttle
Revises: s0005_roster_requests
"""

import sqlalchemy as sa
from alembic import op

revision = "s0006_web_throttle"
down_revision = "s0005_roster_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("login_throttle")
