"""the social door: members' visibility choices, phone device keys, phone passes seen, guest arrivals

Revision ID: 0010_social_door
Revises: 0009_audit_log
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_social_door"
down_revision = "0009_audit_log"
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
        "device_keys",
        sa.Column("key_id", sa.String(8), primary_key=True),
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
        sa.Column("algorithm", sa.String(16), nullable=False),
        sa.Column("spki", sa.LargeBinary(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_device_keys_member_id", "device_keys", ["member_id"])
    op.create_table(
        "phone_pass_uses",
        sa.Column("key_id", sa.String(8), primary_key=True),
        sa.Column("step", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.String(16), sa.ForeignKey("members.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("refusal", sa.String(32), nullable=True),
        sa.Column("repeated", sa.String(16), nullable=True),
    )
    op.create_index("ix_phone_pass_uses_member_id", "phone_pass_uses", ["member_id"])
    op.create_index("ix_phone_pass_uses_seen_at", "phone_pass_uses", ["seen_at"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("host_member_id", sa.String(16), nullable=True))
        batch.add_column(sa.Column("guest_name", sa.String(120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("guest_name")
        batch.drop_column("host_member_id")
    op.drop_index("ix_phone_pass_uses_seen_at", "phone_pass_uses")
    op.drop_index("ix_phone_pass_uses_member_id", "phone_pass_uses")
    op.drop_table("phone_pass_uses")
    op.drop_index("ix_device_keys_member_id", "device_keys")
    op.drop_table("device_keys")
    op.drop_table("member_visibility")
