"""the door lock: opening hours per weekday (kept from opening_time/closing_time), members' door
rights (any hour, a guest's approval), members' door PINs

Revision ID: 0011_door_lock
Revises: 0010_social_door
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_door_lock"
down_revision = "0010_social_door"
branch_labels = None
depends_on = None


def upgrade() -> None:
    def member() -> sa.ForeignKey:
        return sa.ForeignKey("members.id", ondelete="CASCADE")

    op.create_table(
        "member_door_rights",
        sa.Column("member_id", sa.String(16), member(), primary_key=True),
        sa.Column("any_hour", sa.Boolean(), nullable=False),
        sa.Column("guest_approved_on", sa.Date(), nullable=True),  # a guest's day pass opens the door on this day
        sa.Column("approved_by", sa.String(16), nullable=True),
    )
    op.create_table(
        "member_door_pins",
        sa.Column("member_id", sa.String(16), member(), primary_key=True),
        sa.Column("pin_hash", sa.String(200), nullable=False),
    )
    # What a space set as its one opening and closing time becomes its hours on every weekday.
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    conn = op.get_bind()
    rows = dict(conn.execute(sa.select(settings.c.key, settings.c.value).where(
        settings.c.key.in_(["opening_time", "closing_time", "opening_hours"]))).all())
    if "opening_hours" not in rows and ("opening_time" in rows or "closing_time" in rows):
        hours = f"mon-sun {rows.get('opening_time', '07:00')}-{rows.get('closing_time', '22:00')}"
        op.bulk_insert(settings, [{"key": "opening_hours", "value": hours}])


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key IN ('opening_hours', 'closed_days', 'closed_now', "
               "'cards_open_inside_hours', 'max_sync_age_hours', 'door_lock')")
    op.drop_table("member_door_pins")
    op.drop_table("member_door_rights")
