"""each host's own PIN; host PIN lockouts kept across restarts

The shared kiosk PIN (settings.host_pin_hash) is taken over by the first host at start
(services.host.HostAccess.adopt_kiosk_pin), also when that host is added later.

Revision ID: 0008_host_pins
Revises: 0007_card_issuer
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_host_pins"
down_revision = "0007_card_issuer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "host_pins",
        sa.Column("member_id", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_id"),
    )
    op.create_table(
        "host_lockouts",
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locks", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("subject"),
    )


def downgrade() -> None:
    op.drop_table("host_lockouts")
    op.drop_table("host_pins")
