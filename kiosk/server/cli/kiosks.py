"""`kiosk server kiosks add|list|revoke|permissions`: enroll and revoke kiosks, and say which of
their roster requests apply without a host."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser, add_yes_argument, asked_once

from ..requests import DIRECTABLE, KioskPermissions, RosterRequests
from .common import Commands, common, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    kiosks = commands.add_parser("kiosks", help="enroll and revoke kiosks")
    ksub = kiosks.add_subparsers(dest="kiosks_command", required=True, parser_class=OneLineParser)
    kadd = ksub.add_parser("add", help="create a kiosk and print its one-time enrollment code")
    kadd.add_argument("name")
    kadd.add_argument("--location")
    kadd.add_argument("--json", action="store_true")
    common(kadd)
    kadd.set_defaults(func=with_store(_add))
    klist = ksub.add_parser("list")
    klist.add_argument("--json", action="store_true")
    common(klist)
    klist.set_defaults(func=with_store(_list))
    krevoke = ksub.add_parser("revoke", help="stop a kiosk's token (a lost or stolen kiosk)")
    krevoke.add_argument("name")
    krevoke.add_argument("--undo-since", metavar="WHEN", type=_moment,
                         help="also undo what it sent since then (ISO date-time; without a zone: the server's "
                              "timezone): visits and clips are recomputed and every door corrected")
    add_yes_argument(krevoke, "revoke the kiosk")
    common(krevoke)
    krevoke.set_defaults(func=with_store(_revoke))

    perm = ksub.add_parser("permissions", help="which roster requests of a kiosk apply without a host")
    perm.add_argument("name")
    perm.add_argument("--allow", nargs="+", default=[], choices=DIRECTABLE, metavar="KIND",
                      help=f"apply these at once ({', '.join(DIRECTABLE)})")
    perm.add_argument("--deny", nargs="+", default=[], choices=DIRECTABLE, metavar="KIND",
                      help="these wait for a host")
    perm.add_argument("--top-up-limit", type=int, help="most clips one top-up adds without a host (0-1000)")
    perm.add_argument("--reset", action="store_true", help="back to the default (add, top_up, suspend; 50 clips)")
    perm.add_argument("--json", action="store_true")
    common(perm)
    perm.set_defaults(func=with_store(_permissions))


def _add(store: ServerStore, args: argparse.Namespace) -> int:
    code = store.add_kiosk(args.name, args.location)
    if args.json:
        print(json.dumps({"name": args.name, "enrollment_code": code, "valid_hours": 24}))
    else:
        print(f"kiosk {args.name}: enroll it within 24 hours with\n"
              f"  kiosk enroll --server URL --code {code}")
    return 0


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time: {text[:40]!r} (e.g. 2026-12-07T08:00)") from None


def _revoke(store: ServerStore, args: argparse.Namespace) -> int:
    since = args.undo_since
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=store.tz)
    if any(k["name"] == args.name for k in store.kiosks()):  # else revoke_kiosk says what is wrong
        undo = (f"; what it sent since {since.isoformat()} is undone and every door corrected"
                if since is not None else "")
        refused = asked_once(f"revoke kiosk {args.name}: its device token stops working, so it can no longer sync "
                             f"until it is enrolled again with a new code{undo}", args.yes, "revoke it")
        if refused is not None:
            return refused
    done = store.revoke_and_roll_back(args.name, since, "command line")
    print(f"revoked the device token of {args.name}")
    if since is not None:
        print(f"undid {done.undone} events it sent since {since.isoformat()} and discarded {done.discarded} held "
              f"ones; {done.corrected} visits corrected (every door takes them with its next sync)")
    return 0


def _list(store: ServerStore, args: argparse.Namespace) -> int:
    kiosks = store.kiosks()
    if args.json:
        print(json.dumps(kiosks, default=str))
    else:
        for k in kiosks:
            print(f"{k['name']:<20} enrolled={k['enrolled']} last seen {k['last_seen_at']} pending {k['pending']}")
    return 0


def _permissions(store: ServerStore, args: argparse.Namespace) -> int:
    requests = RosterRequests(store)
    if args.allow or args.deny or args.reset or args.top_up_limit is not None:
        permissions = requests.set_permissions(args.name, args.allow, args.deny, args.top_up_limit, args.reset)
    else:
        permissions = requests.permissions(args.name)
    print(json.dumps(_permissions_json(permissions)) if args.json else _permissions_text(permissions))
    return 0


def _permissions_json(p: KioskPermissions) -> dict[str, object]:
    return {"kiosk": p.kiosk, "direct": [op for op in DIRECTABLE if op in p.direct], "top_up_limit": p.top_up_limit}


def _permissions_text(p: KioskPermissions) -> str:
    direct = ", ".join(op for op in DIRECTABLE if op in p.direct) or "nothing"
    waits = ", ".join([op for op in DIRECTABLE if op not in p.direct] + ["erase", "host role"])
    return (f"kiosk {p.kiosk}: applied at once: {direct} (top-ups up to {p.top_up_limit} clips); "
            f"waiting for a host: {waits}")
