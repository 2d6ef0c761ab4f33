"""cards keep their short codes only as HMAC-SHA256 under the kiosk's short-code key; an
enrolled kiosk keeps no e-mail addresses of the server's members (the server sends none now)

Revision ID: 0007_short_code_hashes
Revises: 0006
"""

import sqlalchemy as sa
from alembic import context, op

from kiosk.domain.codes import short_code_hash

revision = "0007_short_code_hashes"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    cards = bind.execute(sa.text("SELECT member_id, serial, short_code FROM cards")).all()
    key: bytes | None = context.config.attributes.get("short_code_key")
    if cards and key is None:
        raise RuntimeError("converting the cards' short codes needs the kiosk's short-code key "
                           "(kiosk.app.build passes it to migrate)")
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("short_code_hash", sa.String(length=64), nullable=True))
    for member_id, serial, short_code in cards:
        assert key is not None
        bind.execute(sa.text("UPDATE cards SET short_code_hash = :h WHERE member_id = :m AND serial = :s"),
                     {"h": short_code_hash(key, short_code), "m": member_id, "s": serial})
    # The table is rebuilt without the clear column; secure_delete zeroes the pages it leaves.
    with op.batch_alter_table("cards", recreate="always") as batch:
        batch.drop_column("short_code")
        batch.alter_column("short_code_hash", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint("uq_cards_short_code_hash", ["short_code_hash"])
    # The roster of an enrolled kiosk is the server's, which no longer sends e-mail addresses.
    bind.execute(sa.text("UPDATE members SET email = '' WHERE role != 'guest' AND email != '' "
                         "AND EXISTS (SELECT 1 FROM settings WHERE key = 'sync_token')"))


def downgrade() -> None:
    raise RuntimeError("short codes cannot be recovered from their hashes; restore a backup instead")
