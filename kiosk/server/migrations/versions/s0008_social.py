"""the social door: visibility consents, member login codes and sessions, phone device keys, webhooks

Revision ID: s0008_social
Revises: s0007_sync_v2
"""

import sqlalchemy as sa
from alembic import op

revision = "s0008_social"
down_revision = "s0007_sync_v2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    member = sa.ForeignKey("members.id", ondelete="CASCADE")
    op.create_table(
        "member_visibility",
        sa.Column("member_id", sa.String(16), member, primary_key=True),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_table(
        "member_login_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_member_login_codes_member_id", "member_login_codes", ["member_id"])
    op.create_table(
        "member_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "device_keys",
        sa.Column("key_id", sa.String(8), primary_key=True),
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
        sa.Column("algorithm", sa.String(16), nullable=False),
        sa.Column("spki", sa.Text(), nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_device_keys_member_id", "device_keys", ["member_id"])
    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("events", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("webhook_id", sa.Integer(), sa.ForeignKey("webhooks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_webhook_deliveries_webhook_id", "webhook_deliveries", ["webhook_id"])
    op.create_index("ix_webhook_deliveries_next_attempt_at", "webhook_deliveries", ["next_attempt_at"])


def downgrade() -> None:
    op.drop_table("webhook_deliveries")
    op.drop_table("webhooks")
    op.drop_table("device_keys")
    op.drop_table("member_sessions")
    op.drop_table("member_login_codes")
    op.drop_table("member_visibility")
