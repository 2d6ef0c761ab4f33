"""The card signing keys: rotate, revoke, list (keyring.py has the files)."""

from __future__ import annotations

from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from kiosk.domain.codes import key_id_of

from ..errors import ServerError
from ..models import (
    MetaRow,
    PublicKeyRow,
    ServerCardRow,
)
from .common import StoreBase


class SigningKeys(StoreBase):
    """The card signing keys: rotate, revoke, list (keyring.py has the files)."""

    def rotate_key(self, new_key: Ed25519PrivateKey) -> str:
        """New cards are signed by new_key from now on; cards of the older keys stay valid."""
        key_id = key_id_of(new_key.public_key())
        self.ring[key_id] = new_key
        with self._session() as s, s.begin():
            self._register_key(s, new_key)
            s.merge(MetaRow(key="signing_key_id", value=key_id))
        return key_id

    def revoke_key(self, key_id: str, reason: str) -> int:
        """A compromised key: every card it signed is revoked and the key leaves every kiosk's trust
        with the next pull. Returns how many cards were revoked."""
        with self._session() as s, s.begin():
            row = s.get(PublicKeyRow, key_id)
            if row is None:
                raise ServerError(f"no key with id {key_id!r} (kiosk server keys list)")
            if key_id == self._signing_key(s)[0]:
                raise ServerError("that key signs new cards: rotate first (kiosk server keys rotate)")
            row.revoked_at, row.revoked_reason = row.revoked_at or datetime.now(UTC), reason[:200]
            cards = s.scalars(select(ServerCardRow).where(ServerCardRow.key_id == key_id,
                                                          ServerCardRow.revoked.is_(False))).all()
            for card in cards:
                card.revoked = True
                self._log(s, "card", f"{card.member_id}/{card.serial}")
            self._log(s, "key", key_id)
            return len(cards)

    def signing_keys(self) -> list[dict[str, object]]:
        with self._session() as s:
            current = self._signing_key(s)[0]
            counts = dict(s.execute(select(ServerCardRow.key_id, func.count()).where(
                ServerCardRow.revoked.is_(False)).group_by(ServerCardRow.key_id)).all())
            return [{"key_id": k.key_id, "signs_new_cards": k.key_id == current, "valid_cards": counts.get(k.key_id, 0),
                     "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None, "reason": k.revoked_reason}
                    for k in s.scalars(select(PublicKeyRow).order_by(PublicKeyRow.key_id))]
