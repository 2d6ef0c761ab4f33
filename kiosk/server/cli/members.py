"""`kiosk server members add|list|import` and `kiosk server card`: the roster."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.cliargs import OneLineParser, add_member_arguments

from .common import Commands, common, fail, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    members = commands.add_parser("members", help="the roster")
    msub = members.add_subparsers(dest="members_command", required=True, parser_class=OneLineParser)
    add = msub.add_parser("add", help="add a member and issue their first card")
    add_member_arguments(add)
    common(add)
    add.set_defaults(func=with_store(_add))
    lst = msub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    common(lst)
    lst.set_defaults(func=with_store(_list))
    imp = msub.add_parser("import")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    common(imp)
    imp.set_defaults(func=with_store(_import))
    any_hour = msub.add_parser("any-hour", help="give or take a member's right to open a door with a lock at any hour")
    any_hour.add_argument("member_id")
    any_hour.add_argument("state", choices=["on", "off"])
    common(any_hour)
    any_hour.set_defaults(func=with_store(_any_hour))

    card = commands.add_parser("card", help="write a printable member card")
    card.add_argument("member_id")
    card.add_argument("--out", type=Path, required=True)
    card.add_argument("--space-name", default=None,
                      help="printed on the card (default: the space's name set on the host pages)")
    common(card)
    card.set_defaults(func=with_store(_card))


def _list(store: ServerStore, args: argparse.Namespace) -> int:
    members = store.members()
    left = store.clips_left()
    if args.json:
        print(json.dumps([{**_json(m), "clips_left": left.get(m.id)} for m in members], ensure_ascii=False))
    else:
        for m in members:
            extra = f" {left[m.id]} of {m.clips_total} clips left" if m.id in left else ""
            print(f"{m.id}  {m.name:<30} {m.plan_kind}{extra}")
    return 0


def _add(store: ServerStore, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_date

    news: list[dict[str, Any]] = [{"name": args.name, "email": args.email, "plan": args.plan, "clips": args.clips,
                                   "valid_until": parse_date(args.valid_until or "", "--valid-until"),
                                   "role": "host" if args.host else "member", "any_hour": args.any_hour,
                                   "language": args.language}]
    issued = store.add_members(news)
    if args.json:
        print(json.dumps(_json(issued[0].member, issued[0].short_code), ensure_ascii=False))
    else:
        print(f"added {issued[0].member.name}{' as a host' if args.host else ''}  id {issued[0].member.id}  "
              f"card {issued[0].short_code}")
    return 0


def _any_hour(store: ServerStore, args: argparse.Namespace) -> int:
    store.set_any_hour(args.member_id, args.state == "on")
    print(f"any hour: {args.state}; the doors learn it with their next sync")
    return 0


def _import(store: ServerStore, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_member_csv

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        return fail(f"cannot read {args.file}: {exc.strerror}")
    news: list[dict[str, Any]] = [{"name": n.name, "email": n.email, "plan": n.plan.value, "clips": n.clips,
                                   "valid_until": n.valid_until} for n in parse_member_csv(data)]
    issued = store.add_members(news)
    if args.json:
        print(json.dumps([_json(i.member, i.short_code) for i in issued], ensure_ascii=False))
    else:
        print(f"imported {len(issued)} members from {args.file}")
    return 0


def _card(store: ServerStore, args: argparse.Namespace) -> int:
    from kiosk.core.documents.cards import save_card

    from ..social import Social

    c = store.card(args.member_id)
    save_card(c.printable(), args.space_name or Social(store.engine, store.tz).space().name, args.out)
    print(f"wrote the card of {c.member.name} ({c.short_code}) to {args.out}")
    return 0


def _json(m: Any, short_code: str | None = None) -> dict[str, Any]:
    """The same JSON as the kiosk's `members` commands print."""
    from kiosk.core.members import member_json

    return member_json(m.to_member(), short_code)
