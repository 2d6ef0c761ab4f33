"""`kiosk server keys list|rotate|revoke`: the keys that sign member cards."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser, add_yes_argument, asked_once

from .common import Commands, common, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    keys = commands.add_parser("keys", help="the keys that sign member cards: rotate, revoke")
    keysub = keys.add_subparsers(dest="keys_command", required=True, parser_class=OneLineParser)
    klst = keysub.add_parser("list")
    klst.add_argument("--json", action="store_true")
    common(klst)
    klst.set_defaults(func=with_store(_list))
    krot = keysub.add_parser("rotate", help="a new key signs new cards; cards of the old one stay valid")
    common(krot)
    krot.set_defaults(func=with_store(_rotate))
    krev = keysub.add_parser("revoke",
                             help="a compromised key: its cards are refused at every kiosk after its next sync")
    krev.add_argument("key_id")
    krev.add_argument("--reason", default="compromised")
    add_yes_argument(krev, "revoke the key")
    common(krev)
    krev.set_defaults(func=with_store(_revoke))


def _rotate(store: ServerStore, args: argparse.Namespace) -> int:
    from ..keyring import new_signing_key

    assert store.keys_dir is not None  # build_store always gives the store its keys dir
    key_id = store.rotate_key(new_signing_key(store.keys_dir))
    print(f"key {key_id} signs new cards from now on; cards of the older keys stay valid until revoked")
    return 0


def _revoke(store: ServerStore, args: argparse.Namespace) -> int:
    key = {k["key_id"]: k for k in store.signing_keys()}.get(args.key_id)
    if key is not None and not (key["revoked_at"] or key["signs_new_cards"]):  # else revoke_key says what is wrong
        cards = key["valid_cards"]
        refused = asked_once(f"revoke key {args.key_id}: its {cards} valid cards are refused at every kiosk after "
                             "its next sync, until those members get new cards", args.yes, "revoke it")
        if refused is not None:
            return refused
    cards = store.revoke_key(args.key_id, args.reason)
    print(f"revoked key {args.key_id} and the {cards} valid cards it signed; every kiosk refuses them "
          "after its next sync (issue those members new cards)")
    return 0


def _list(store: ServerStore, args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps(store.signing_keys()))
        return 0
    for k in store.signing_keys():
        state = f"revoked {k['revoked_at']} ({k['reason']})" if k["revoked_at"] else (
            "signs new cards" if k["signs_new_cards"] else "valid")
        print(f"{k['key_id']}  {state:<40} {k['valid_cards']} valid cards")
    return 0
