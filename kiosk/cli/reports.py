"""`kiosk stats` and `kiosk export visits|members`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser
from kiosk.exitcodes import EXIT_OK

from .common import Commands, data_dir_arg, fail, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    stats = commands.add_parser("stats", help="how busy the space was in a period")
    stats.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    stats.add_argument("--json", action="store_true")
    data_dir_arg(stats)
    stats.set_defaults(func=with_kiosk(_stats))

    export = commands.add_parser("export", help="export data for the host")
    esub = export.add_subparsers(dest="export_command", required=True, parser_class=OneLineParser)
    ev = esub.add_parser("visits", help="visits in a period as CSV")
    ev.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    ev.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    ev.add_argument("--out", type=Path, required=True, help="FILE.csv")
    data_dir_arg(ev)
    ev.set_defaults(func=with_kiosk(_export_visits))
    em = esub.add_parser("members", help="the members as CSV, with each clip card's clips left")
    em.add_argument("--out", type=Path, required=True, help="FILE.csv")
    data_dir_arg(em)
    em.set_defaults(func=with_kiosk(_export_members))


def _stats(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_date

    first = parse_date(args.first or "", "--from")
    last = parse_date(args.last or "", "--to")
    b = kiosk.stats.period(first, last)
    if args.json:
        print(json.dumps({"from": b.start.isoformat(), "to": b.end.isoformat(), "members": b.members,
                          "guests": b.guests,
                          "per_day": [{"date": d.isoformat(), "members": m, "guests": g} for d, m, g in b.per_day],
                          "by_hour": b.by_hour, "by_weekday": b.by_weekday}))
        return EXIT_OK
    print(f"{b.start} to {b.end}: {b.members} member visits, {b.guests} guest visits")
    for d, m, g in b.per_day:
        print(f"  {d}  {d.strftime('%a')}  members {m:>3}  guests {g:>3}  " + "#" * (m + g))
    return EXIT_OK


def _export_members(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.services.exports import members_csv

    members = kiosk.members.roster()
    text = members_csv(members, kiosk.members.clips_left(members))
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"wrote {len(members)} members to {args.out}")
    return EXIT_OK


def _export_visits(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_date
    from kiosk.services.exports import visits_csv

    first, last = parse_date(args.first, "--from"), parse_date(args.last, "--to")
    assert first is not None and last is not None
    text = visits_csv(kiosk.store, first, last, kiosk.settings.rules().tz)
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"wrote {text.count(chr(10)) - 1} visits to {args.out}")
    return EXIT_OK
