"""a stolen kiosk gets nowhere: events held for a host, what a kiosk reported before, roll-back

Revision ID: s0010_stolen_kiosk
Revises: s0009_kiosk_health
"""

import sqlalchemy as sa
from alembic import op

revision = "s0010_stolen_kiosk"
down_revision = "s0009_kiosk_health"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        # When the kiosk record was first enrolled (a renewed enrollment keeps it), and the newest
        # time on the kiosk's own clock of an event it sent that was applied: what an honest door
        # sends next is never much older (kiosk/server/event_rules.py).
        batch.add_column(sa.Column("first_enrolled_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("newest_recorded_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("events") as batch:
        # Undone by a host's roll-back of a revoked kiosk: kept, but no longer part of any visit.
        batch.add_column(sa.Column("undone_at", sa.DateTime(), nullable=True))
    op.create_table(
        "held_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kiosk_id", sa.String(36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),  # the event as sent (JSON, wire.WireEvent)
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=True),  # the events that follow it are held too
        sa.Column("reason", sa.String(40), nullable=False),  # a code: mass_checkout, too_many_visits, ...
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # held | applied | discarded
        sa.Column("decided_by", sa.String(64), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_held_events_status", "held_events", ["status"])
    op.create_index("ix_held_events_visit_id", "held_events", ["visit_id"])
    op.create_table(
        "visit_corrections",
        sa.Column("visit_id", sa.String(36), primary_key=True),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_visit_corrections_corrected_at", "visit_corrections", ["corrected_at"])
    # Kiosks enrolled before this: their enrollment is the best we know.
    op.execute("UPDATE kiosks SET first_enrolled_at = enrolled_at")


def downgrade() -> None:
    op.drop_index("ix_visit_corrections_corrected_at", "visit_corrections")
    op.drop_table("visit_corrections")
    op.drop_index("ix_held_events_visit_id", "held_events")
    op.drop_index("ix_held_events_status", "held_events")
    op.drop_table("held_events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("undone_at")
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("newest_recorded_at")
        batch.drop_column("first_enrolled_at")
