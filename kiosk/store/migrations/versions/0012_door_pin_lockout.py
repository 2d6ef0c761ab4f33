"""the door PIN's lockout: wrong PINs after a card, and the lock they caused, kept with the PIN
(a restart does not clear it)

Revision ID: 0012_door_pin_lockout
Revises: 0011_door_lock
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_door_pin_lockout"
down_revision = "0011_door_lock"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member_door_pins") as batch:
        batch.add_column(sa.Column("failures", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("locks", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member_door_pins") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("locks")
        batch.drop_column("failures")
