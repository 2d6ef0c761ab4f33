"""cards record the key that issued them; trusted keys can be revoked

Existing cards get their issuer from what signed them on this kiosk: demo members' cards the
demo key, cards that came with the server's roster the server ("server": any key the server
sent), every other card (standalone members, hosts, guests) this kiosk's own key.

Revision ID: 0007_card_issuer
Revises: 0007_short_code_hashes
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_card_issuer"
down_revision = "0007_short_code_hashes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("issuer", sa.String(length=8), nullable=True))
    with op.batch_alter_table("trusted_keys") as batch:
        batch.add_column(sa.Column("revoked", sa.Boolean(), nullable=False, server_default="0"))
    op.execute("UPDATE cards SET issuer = (SELECT key_id FROM trusted_keys WHERE demo = 1 ORDER BY key_id LIMIT 1)"
               " WHERE member_id IN (SELECT id FROM members WHERE demo = 1)")
    op.execute("UPDATE cards SET issuer = 'server' WHERE issuer IS NULL AND roster_gen > 0"
               " AND member_id IN (SELECT id FROM members WHERE role != 'guest')")
    op.execute("UPDATE cards SET issuer = (SELECT key_id FROM trusted_keys WHERE own = 1 ORDER BY key_id LIMIT 1)"
               " WHERE issuer IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("trusted_keys") as batch:
        batch.drop_column("revoked")
    with op.batch_alter_table("cards") as batch:
        batch.drop_column("issuer")
