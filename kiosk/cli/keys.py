"""`kiosk keys list|rotate|revoke` and `kiosk demo remove`: whose cards this kiosk accepts."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser, add_yes_argument, asked_once
from kiosk.exitcodes import EXIT_OK

from .common import Commands, data_dir_arg, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    keys = commands.add_parser("keys", help="the keys whose cards this kiosk accepts; rotate or revoke its own")
    ksub = keys.add_subparsers(dest="keys_command", required=True, parser_class=OneLineParser)
    klist = ksub.add_parser("list", help="trusted keys, which signs new cards, and their live cards")
    klist.add_argument("--json", action="store_true")
    data_dir_arg(klist)
    klist.set_defaults(func=with_kiosk(_list))
    krot = ksub.add_parser("rotate", help="a new key signs new cards; cards of the old one stay valid until reissued")
    data_dir_arg(krot)
    krot.set_defaults(func=with_kiosk(_rotate))
    krev = ksub.add_parser("revoke", help="refuse every card a key signed (a stolen or copied key)")
    krev.add_argument("key_id")
    add_yes_argument(krev, "revoke the key")
    data_dir_arg(krev)
    krev.set_defaults(func=with_kiosk(_revoke))

    demo = commands.add_parser("demo", help="the demo members of a new install")
    dsub = demo.add_subparsers(dest="demo_command", required=True, parser_class=OneLineParser)
    rm = dsub.add_parser("remove", help="delete the demo members and stop trusting the demo key")
    data_dir_arg(rm)
    rm.set_defaults(func=with_kiosk(_remove_demo))


def _rotate(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.admin.keys import rotate_key

    key_id = rotate_key(kiosk.data_dir, kiosk.store)
    print(f"new cards and day passes are signed with key {key_id} (restart a running kiosk); "
          f"cards of the earlier key stay valid until reissued or revoked (kiosk keys revoke KEY_ID)")
    return EXIT_OK


def _revoke(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.admin.keys import list_keys, revoke_key

    key = {k.key_id: k for k in list_keys(kiosk.data_dir, kiosk.store)}.get(args.key_id)
    if key is not None and not (key.revoked or key.signing):  # otherwise revoke_key says what is wrong
        refused = asked_once(f"revoke key {args.key_id}: its {key.live_cards} live cards are refused "
                             "from now on, until those members get new cards", args.yes, "revoke it")
        if refused is not None:
            return refused
    stopped = revoke_key(kiosk.data_dir, kiosk.store, args.key_id)
    print(f"key {args.key_id} is revoked: its {stopped} live cards are refused from now on; issue new cards")
    return EXIT_OK


def _list(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk.admin.keys import list_keys

    keys = list_keys(kiosk.data_dir, kiosk.store)
    if args.json:
        print(json.dumps([asdict(k) for k in keys]))
        return EXIT_OK
    for k in keys:
        flags = [f for f, on in (("signs new cards", k.signing), ("this kiosk", k.own), ("demo", k.demo),
                                 ("REVOKED", k.revoked)) if on]
        print(f"{k.key_id}  {k.label:<12} {k.live_cards:>5} live cards  {', '.join(flags)}")
    return EXIT_OK


def _remove_demo(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.admin.demo import remove_demo

    removed = remove_demo(kiosk.store)
    print(f"removed {removed} demo members; the demo key is no longer trusted")
    return EXIT_OK
