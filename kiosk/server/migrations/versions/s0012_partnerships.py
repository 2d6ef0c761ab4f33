"""a network of spaces: partnerships, partners' feeds, settlement days, members' consent (issue 22)

Revision ID: s0012_partnerships
Revises: s0011_door_rights
"""

import sqlalchemy as sa
from alembic import op

revision = "s0012_partnerships"
down_revision = "s0011_door_rights"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partnerships",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("signatures", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("partner_key", sa.String(64), nullable=False),
        sa.Column("partner_name", sa.String(80), nullable=False),
        sa.Column("partner_url", sa.String(200), nullable=False),
        sa.Column("pseudonym_key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_partnerships_partner_key", "partnerships", ["partner_key"])
    op.create_table(
        "partner_feeds",
        sa.Column("partnership_id", sa.String(36), sa.ForeignKey("partnerships.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "partner_visit_days",
        sa.Column("partnership_id", sa.String(36), sa.ForeignKey("partnerships.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("direction", sa.String(4), primary_key=True),
        sa.Column("pseudonym", sa.String(16), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "member_partner_consent",
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("shown", sa.Boolean(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("member_partner_consent")
    op.drop_table("partner_visit_days")
    op.drop_table("partner_feeds")
    op.drop_index("ix_partnerships_partner_key", "partnerships")
    op.drop_table("partnerships")
