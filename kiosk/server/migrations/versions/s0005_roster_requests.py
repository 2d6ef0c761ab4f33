"""roster requests: pending ones keep their body until a host decides; per-kiosk permissions and
short-code keys; events looked up by member (a proposed member id must be new to the server)

Revision ID: s0005_roster_requests
Revises: s0004
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005_roster_requests"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("roster_requests") as batch:
        batch.add_column(sa.Column("op", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("member_id", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("body", sa.Text(), nullable=True))
        batch.add_column(sa.Column("decided_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("decided_at", sa.DateTime(), nullable=True))
    op.create_index("ix_roster_requests_status", "roster_requests", ["status"])
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("permissions", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("top_up_limit", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("short_code_key", sa.String(length=64), nullable=True))
    op.create_index("ix_server_events_member", "events", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_server_events_member", table_name="events")
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("short_code_key")
        batch.drop_column("top_up_limit")
        batch.drop_column("permissions")
    op.drop_index("ix_roster_requests_status", table_name="roster_requests")
    with op.batch_alter_table("roster_requests") as batch:
        for column in ("decided_at", "decided_by", "body", "member_id", "op"):
            batch.drop_column(column)
