"""the holder's language on the member row: a guest's day pass (and a member's card, when their
language is known) is answered in it; guests registered before keep theirs from guest_details

Revision ID: 0015_holder_language
Revises: 0014_member_fobs
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_holder_language"
down_revision = "0014_member_fobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=True))
    op.execute("UPDATE members SET language = (SELECT language FROM guest_details "
               "WHERE guest_details.member_id = members.id) "
               "WHERE id IN (SELECT member_id FROM guest_details)")


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("language")
