"""guests, consents, versioned policy texts, payments, anonymous visits; the kiosk's own key

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trusted_keys") as batch:
        batch.add_column(sa.Column("own", sa.Boolean(), nullable=False, server_default="0"))
    op.execute("UPDATE trusted_keys SET own = 1 WHERE label = 'this kiosk'")
    op.create_table(
        "guest_details",
        sa.Column("member_id", sa.String(length=16), nullable=False),
        sa.Column("company", sa.String(length=80), nullable=False),
        sa.Column("visitor_type", sa.String(length=24), nullable=False),
        sa.Column("host_member_id", sa.String(length=16), nullable=True),
        sa.Column("payment_method", sa.String(length=16), nullable=True),
        sa.Column("price_ore", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_id"),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("member_id", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consents_member_id", "consents", ["member_id"])
    op.create_table(
        "policy_texts",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "version", "language"),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_ore", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("clips", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payments_member_id", "payments", ["member_id"])
    op.create_table(
        "anonymous_visits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=True),
        sa.Column("guest", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_anonymous_visits_day", "anonymous_visits", ["day"])


def downgrade() -> None:
    for table in ("anonymous_visits", "payments", "policy_texts", "consents", "guest_details"):
        op.drop_table(table)
    with op.batch_alter_table("trusted_keys") as batch:
        batch.drop_column("own")
