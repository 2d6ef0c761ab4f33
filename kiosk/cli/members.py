"""`kiosk members add|list|import|erase|topup` and `kiosk card`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser, add_member_arguments
from kiosk.core.members import iso_or_none, member_json
from kiosk.exitcodes import EXIT_OK, EXIT_USAGE

from .common import Commands, data_dir_arg, fail, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    members = commands.add_parser("members", help="add, list and import members")
    msub = members.add_subparsers(dest="members_command", required=True, parser_class=OneLineParser)
    add = msub.add_parser("add", help="add a member and issue their first card")
    add_member_arguments(add)
    data_dir_arg(add)
    add.set_defaults(func=with_kiosk(_add))
    lst = msub.add_parser("list", help="list members")
    lst.add_argument("--json", action="store_true")
    data_dir_arg(lst)
    lst.set_defaults(func=with_kiosk(_list))
    imp = msub.add_parser("import", help="import members from CSV (name,email,plan,clips,valid_until)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    data_dir_arg(imp)
    imp.set_defaults(func=with_kiosk(_import))

    erase = msub.add_parser("erase", help="delete a member or guest completely (right to erasure)")
    erase.add_argument("member_id")
    erase.add_argument("--yes", action="store_true", help="erase without asking (it cannot be undone)")
    erase.add_argument("--json", action="store_true")
    data_dir_arg(erase)
    erase.set_defaults(func=with_kiosk(_erase))
    topup = msub.add_parser("topup", help="add clips to a clip card and record the payment")
    topup.add_argument("member_id")
    topup.add_argument("--clips", type=int, required=True)
    topup.add_argument("--amount", default="0", help="paid, in kroner: 300 or 300,00")
    topup.add_argument("--method", default="host", help="mobilepay, host, invoice, cash, card or free")
    topup.add_argument("--json", action="store_true")
    data_dir_arg(topup)
    topup.set_defaults(func=with_kiosk(_topup))

    card = commands.add_parser("card", help="write a printable member card")
    card.add_argument("member_id")
    card.add_argument("--out", type=Path, required=True, help="FILE.png or FILE.pdf")
    data_dir_arg(card)
    card.set_defaults(func=with_kiosk(_card))


def _add(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.core.members import NewMember, parse_date, parse_plan
    from kiosk.domain.members import Role

    new = NewMember(name=args.name, email=args.email, plan=parse_plan(args.plan), clips=args.clips,
                    valid_until=parse_date(args.valid_until or "", "--valid-until"),
                    role=Role.HOST if args.host else Role.MEMBER, language=args.language)
    today = kiosk.presence.today()
    if new.valid_until is not None and new.valid_until < today:
        return fail(f"--valid-until {new.valid_until.isoformat()} is already past (today is {today.isoformat()}): "
                    "the card would be refused at once; give a date from today on, or none")
    if kiosk.members.server_owned:
        if args.any_hour:
            return fail("this kiosk is enrolled: give the 24/7 right on the server (kiosk server members add "
                        "--any-hour); it arrives with the roster")
        member_id = kiosk.members.request("add", new=new)
        if args.json:
            print(json.dumps({"id": member_id, "name": new.name.strip(), "email": new.email.strip(),
                              "plan": new.plan.value, "clips": new.clips, "valid_until": iso_or_none(new.valid_until),
                              "status": "requested", "role": new.role.value, "demo": False, "short_code": None},
                             ensure_ascii=False))
        elif args.host:
            print(f"asked the server to add {new.name.strip()} as a host  id {member_id}; a host approves it on "
                  "the server (kiosk server requests approve), then they arrive with the next sync")
        else:
            print(f"asked the server to add {new.name.strip()}  id {member_id}; "
                  "the member arrives with the next sync (print the card on the server)")
        return EXIT_OK
    demo_goes = kiosk.members.demo_will_go()
    if demo_goes:
        print("the first real member: the demo members and the demo key (published, so anybody can "
              "sign with it) are removed now, as `kiosk demo remove` does", file=sys.stderr)
    issued = kiosk.members.add(new)
    if args.any_hour:
        kiosk.door.set_any_hour(issued.member.id, True)
    if args.json:
        print(json.dumps(member_json(issued.member, issued.short_code), ensure_ascii=False))
    else:
        print(f"added {issued.member.name}  id {issued.member.id}  card {issued.short_code}")
    return EXIT_OK


def _list(kiosk: Kiosk, args: argparse.Namespace) -> int:
    members = kiosk.members.roster()
    left = kiosk.members.clips_left(members)
    if args.json:
        print(json.dumps([{**member_json(m), "clips_left": left.get(m.id)} for m in members],
                         ensure_ascii=False))
    else:
        for m in members:
            extra = f"{left[m.id]} of {m.plan.clips_total} clips left" if m.id in left else (
                f"until {m.plan.valid_until}" if m.plan.valid_until else "")
            demo = "  (demo)" if m.demo else ""
            print(f"{m.id}  {m.name:<30} {m.plan.kind.value:<9} {extra}{demo}".rstrip())
    return EXIT_OK


def _import(kiosk: Kiosk, args: argparse.Namespace) -> int:
    if kiosk.members.server_owned:
        return fail("this kiosk is enrolled with a server: import members there (kiosk server members import)")
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        return fail(f"cannot read {args.file}: {exc.strerror}")
    issued_all = kiosk.members.import_csv(data)
    if args.json:
        print(json.dumps([member_json(i.member, i.short_code) for i in issued_all], ensure_ascii=False))
    else:
        print(f"imported {len(issued_all)} members from {args.file}")
    return EXIT_OK


def _erase(kiosk: Kiosk, args: argparse.Namespace) -> int:
    if not args.yes:  # asks once and says what will happen; a script says --yes
        found = kiosk.members.find(args.member_id)
        if found is None:
            return fail(f"no member or guest with id {args.member_id!r}")
        what_happens = (f"erase {found.name} ({args.member_id}): their cards, visits and payments are deleted "
                        "for good, here and (on a kiosk with a server) at every door")
        if not sys.stdin.isatty():
            return fail(f"this would {what_happens}; add --yes to do it")
        answer = input(f"{what_happens[0].upper()}{what_happens[1:]}. Type yes to erase: ")
        if answer.strip().lower() != "yes":
            print("nothing erased")
            return EXIT_USAGE
    what = kiosk.privacy.erase(args.member_id)
    if args.json:
        print(json.dumps({"id": args.member_id, "status": what}))
    else:
        print(f"erased {args.member_id}" + ("; the server was asked to erase them everywhere"
                                             if what == "erased_and_requested" else ""))
    return EXIT_OK


def _topup(kiosk: Kiosk, args: argparse.Namespace) -> int:
    amount = _parse_amount(args.amount)
    status = kiosk.members.top_up(args.member_id, args.clips, amount, args.method)
    if args.json:
        print(json.dumps({"id": args.member_id, "clips_added": args.clips, "amount_ore": amount,
                          "method": args.method, "status": status}))
    else:
        print(f"added {args.clips} clips to {args.member_id}, paid {args.amount} by {args.method}"
              + ("; the server applies it with the next sync" if status == "requested" else ""))
    return EXIT_OK


def _parse_amount(text: str) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.domain.guests import parse_kroner

    try:
        return parse_kroner(text)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def _card(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.core.documents.cards import CardFormatError, save_card

    issued = kiosk.members.card(args.member_id)
    try:
        save_card(issued, kiosk.settings.space_name, args.out, kiosk.settings.language)
    except CardFormatError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"wrote the card of {issued.member.name} ({issued.short_code}) to {args.out}")
    return EXIT_OK
