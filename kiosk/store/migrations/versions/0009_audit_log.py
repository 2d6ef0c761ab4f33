"""what hosts did by hand: an audit log (opaque ids and codes only)

Revision ID: 0009_audit_log
Revises: 0008_host_pins
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_audit_log"
down_revision = "0008_host_pins"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=16), nullable=True),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=True),
        sa.Column("detail", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_at", "audit_log")
    op.drop_table("audit_log")
