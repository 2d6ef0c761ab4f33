"""`kiosk server requests list|approve|reject`: roster changes from kiosks that wait for a host."""

from __future__ import annotations

import argparse
import getpass
import json
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser

from ..requests import RosterRequests
from .common import Commands, common, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    requests = commands.add_parser("requests", help="roster changes from kiosks that wait for a host")
    rsub = requests.add_subparsers(dest="requests_command", required=True, parser_class=OneLineParser)
    lst = rsub.add_parser("list", help="the requests waiting for a host, oldest first")
    lst.add_argument("--json", action="store_true")
    common(lst)
    lst.set_defaults(func=with_store(_list))
    for name, what, handler in (("approve", "apply a waiting request now", _approve),
                                ("reject", "refuse a waiting request", _reject)):
        p = rsub.add_parser(name, help=what)
        p.add_argument("id", help="the request's id (from `requests list`)")
        p.add_argument("--host", default=getpass.getuser(), help="who decides (kept with the request)")
        if name == "reject":
            p.add_argument("--reason", default="", help="told to the kiosk")
        common(p)
        p.set_defaults(func=with_store(handler))


def _list(store: ServerStore, args: argparse.Namespace) -> int:
    pending = RosterRequests(store).pending()
    if args.json:
        print(json.dumps([{"id": p.id, "kiosk": p.kiosk, "op": p.op, "member_id": p.member_id,
                           "member_name": p.member_name, "changes": p.changes,
                           "waiting_because": p.waiting_because, "received_at": p.received_at.isoformat()}
                          for p in pending], ensure_ascii=False, default=str))
        return 0
    if not pending:
        print("no roster requests wait for a host")
    for p in pending:
        changes = ", ".join(f"{k}={v}" for k, v in p.changes.items())
        print(f"{p.id}  {p.kiosk:<12} {p.op:<10} {p.member_name or p.member_id}  {changes}")
    return 0


def _approve(store: ServerStore, args: argparse.Namespace) -> int:
    result = RosterRequests(store).approve(args.id, args.host)
    print(f"request {args.id}: {result.status}" + (f" ({result.reason})" if result.reason else ""))
    return 0 if result.status == "accepted" else 2


def _reject(store: ServerStore, args: argparse.Namespace) -> int:
    result = RosterRequests(store).reject(args.id, args.host, args.reason)
    print(f"request {args.id}: {result.reason}")
    return 0
