"""`kiosk server requests list|approve|reject` and `kiosk server kiosks permissions NAME`."""

from __future__ import annotations

import argparse
import getpass
import json
from collections.abc import Callable
from typing import Any

from .requests import DIRECTABLE, KioskPermissions, RosterRequests
from .store import ServerStore


def add_requests_parser(ssub: Any, parser_class: type[argparse.ArgumentParser],
                        common: Callable[[argparse.ArgumentParser], None]) -> None:
    requests = ssub.add_parser("requests", help="roster changes from kiosks that wait for a host")
    rsub = requests.add_subparsers(dest="requests_command", required=True, parser_class=parser_class)
    lst = rsub.add_parser("list", help="the requests waiting for a host, oldest first")
    lst.add_argument("--json", action="store_true")
    common(lst)
    for name, what in (("approve", "apply a waiting request now"), ("reject", "refuse a waiting request")):
        p = rsub.add_parser(name, help=what)
        p.add_argument("id", help="the request's id (from `requests list`)")
        p.add_argument("--host", default=getpass.getuser(), help="who decides (kept with the request)")
        if name == "reject":
            p.add_argument("--reason", default="", help="told to the kiosk")
        common(p)


def add_permissions_parser(ksub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
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


def run_requests_command(store: ServerStore, args: argparse.Namespace) -> int:
    requests = RosterRequests(store)
    if args.requests_command == "list":
        pending = requests.pending()
        if args.json:
            print(json.dumps([{"id": p.id, "kiosk": p.kiosk, "op": p.op, "member_id": p.member_id,
                               "member_name": p.member_name, "changes": p.changes,
                               "waiting_because": p.waiting_because, "received_at": p.received_at.isoformat()}
                              for p in pending], ensure_ascii=False, default=str))
        elif not pending:
            print("no roster requests wait for a host")
        for p in [] if args.json else pending:
            changes = ", ".join(f"{k}={v}" for k, v in p.changes.items())
            print(f"{p.id}  {p.kiosk:<12} {p.op:<10} {p.member_name or p.member_id}  {changes}")
        return 0
    if args.requests_command == "approve":
        result = requests.approve(args.id, args.host)
        print(f"request {args.id}: {result.status}" + (f" ({result.reason})" if result.reason else ""))
        return 0 if result.status == "accepted" else 2
    result = requests.reject(args.id, args.host, args.reason)
    print(f"request {args.id}: {result.reason}")
    return 0


def run_permissions_command(store: ServerStore, args: argparse.Namespace) -> int:
    requests = RosterRequests(store)
    if args.allow or args.deny or args.reset or args.top_up_limit is not None:
        permissions = requests.set_permissions(args.name, args.allow, args.deny, args.top_up_limit, args.reset)
    else:
        permissions = requests.permissions(args.name)
    print(json.dumps(_json(permissions)) if args.json else _text(permissions))
    return 0


def _json(p: KioskPermissions) -> dict[str, object]:
    return {"kiosk": p.kiosk, "direct": [op for op in DIRECTABLE if op in p.direct], "top_up_limit": p.top_up_limit}


def _text(p: KioskPermissions) -> str:
    direct = ", ".join(op for op in DIRECTABLE if op in p.direct) or "nothing"
    waits = ", ".join([op for op in DIRECTABLE if op not in p.direct] + ["erase", "host role"])
    return (f"kiosk {p.kiosk}: applied at once: {direct} (top-ups up to {p.top_up_limit} clips); "
            f"waiting for a host: {waits}")
