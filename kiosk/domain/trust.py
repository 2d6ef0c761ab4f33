"""Which key may sign whose card: a code is accepted only when its key issued that card.

Every card records its issuer: the key id that signed it, or SERVER for a card the central
server signed (an enrolled kiosk accepts it under any key the server sent, never under its own
or the demo key). The demo key is published in the repository: it admits demo members only.
A revoked key stays known, so its cards are refused with that reason instead of "foreign".
"""

from __future__ import annotations

from dataclasses import dataclass

from .checkin import Refusal
from .members import Card

SERVER = "server"  # the issuer of a card that came with the server's roster


@dataclass(frozen=True)
class KeyTrust:
    key_id: str
    demo: bool = False
    own: bool = False  # this kiosk's own key (it signs day passes; on a standalone kiosk, every card)
    revoked: bool = False

    @property
    def from_server(self) -> bool:
        return not (self.demo or self.own)


def issuer_refusal(code_key: KeyTrust | None, card: Card | None, member_demo: bool,
                   keys: dict[str, KeyTrust]) -> Refusal | None:
    """Why a verified code (code_key set) or a typed short code (code_key None) of `card` must be
    refused because of who signed it; None when the signer is the card's issuer and still trusted.
    A card not on record is left to the door's rule (it says "replaced")."""
    if code_key is not None:
        if code_key.revoked:
            return Refusal.KEY_REVOKED
        if code_key.demo and not member_demo:
            return Refusal.WRONG_ISSUER
    if card is None:
        return None
    if card.issuer is None:
        return Refusal.WRONG_ISSUER  # nobody recorded who signed it: never guess in the attacker's favour
    if card.issuer == SERVER:
        if code_key is not None and not code_key.from_server:
            return Refusal.WRONG_ISSUER
        return None
    issuer = keys.get(card.issuer)
    if issuer is None and card.revoked and code_key is None:
        return None  # a typed code of a card revoked with its (server) key: the door says "revoked"
    if issuer is None or issuer.revoked:
        return Refusal.KEY_REVOKED
    if code_key is not None and code_key.key_id != card.issuer:
        return Refusal.WRONG_ISSUER
    return None
