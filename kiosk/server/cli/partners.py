"""`kiosk server partners ...`: partnerships with other servers (issue 22).

    fingerprint [--qr]            this server's key, to read out to a partner's host
    offer URL FINGERPRINT ...     sign terms and send them to the partner's server
    list [--json] | show ID       partnerships and their state; the signed document
    accept ID                     countersign an offer a partner sent (compare its fingerprint first)
    import FILE                   the countersigned document, when the partner could not send it back
    pull | report                 fetch the partners' members; tell them their members' days here
    settlement ID YYYY-MM         a month's visits both ways
    consent MEMBER --show|--hide  the member's own choice to be greeted by first name at partners
"""

from __future__ import annotations

import argparse
import json
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser
from kiosk.domain.hours import DAYS
from kiosk.domain.partners import Terms

from .common import Commands, common, fail, with_store

if TYPE_CHECKING:
    from ..partners import Partnerships
    from ..store import ServerStore


def register(commands: Commands) -> None:
    p = commands.add_parser("partners", help="partnerships with other spaces' servers: members visit each other")
    sub = p.add_subparsers(dest="partners_command", required=True, parser_class=OneLineParser)

    fp = sub.add_parser("fingerprint", help="this server's key fingerprint, to compare with a partner's host")
    fp.add_argument("--qr", action="store_true", help="also as a QR code on the terminal")
    common(fp)
    fp.set_defaults(func=with_store(_fingerprint))

    offer = sub.add_parser("offer", help="sign a partnership and send it to the partner's server")
    offer.add_argument("partner_url")
    offer.add_argument("fingerprint", help="the partner server's fingerprint, as its host read it to you")
    offer.add_argument("--url", required=True, help="this server's own public address, where the partner calls")
    offer.add_argument("--days", type=int, required=True, help="days per member per month")
    offer.add_argument("--plans", default="monthly", help="plans that qualify: monthly,clipcard,daypass")
    offer.add_argument("--weekdays", default="mon-fri", help="e.g. mon-fri or mon,wed,fri")
    offer.add_argument("--hours", default="08:00-18:00", help="e.g. 08:00-18:00")
    offer.add_argument("--names", action="store_true", help="visitors' first names shown (each member's opt-in too)")
    offer.add_argument("--starts", default=None, help="first day (default today)")
    offer.add_argument("--ends", default=None, help="last day (default none)")
    common(offer)
    offer.set_defaults(func=with_store(_offer))

    lst = sub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    common(lst)
    lst.set_defaults(func=with_store(_list))

    show = sub.add_parser("show", help="the signed document, as both servers keep it")
    show.add_argument("partnership_id")
    common(show)
    show.set_defaults(func=with_store(_show))

    acc = sub.add_parser("accept", help="countersign an offer (compare the proposer's fingerprint first)")
    acc.add_argument("partnership_id")
    common(acc)
    acc.set_defaults(func=with_store(_accept))

    imp = sub.add_parser("import", help="a countersigned document from a file")
    imp.add_argument("file", type=Path)
    common(imp)
    imp.set_defaults(func=with_store(_import))

    pull = sub.add_parser("pull", help="fetch every partner's keys and eligible members now")
    common(pull)
    pull.set_defaults(func=with_store(_pull))

    rep = sub.add_parser("report", help="tell partners the days their members spent here")
    rep.add_argument("--since", default=None, help="first day to report (default: the first of last month)")
    common(rep)
    rep.set_defaults(func=with_store(_report))

    st = sub.add_parser("settlement", help="a month's visits both ways, for one partnership")
    st.add_argument("partnership_id")
    st.add_argument("month", help="YYYY-MM")
    st.add_argument("--json", action="store_true")
    common(st)
    st.set_defaults(func=with_store(_settlement))

    co = sub.add_parser("consent", help="a member's own choice: greeted by first name at partner spaces")
    co.add_argument("member_id")
    choice = co.add_mutually_exclusive_group(required=True)
    choice.add_argument("--show", action="store_true")
    choice.add_argument("--hide", action="store_true")
    common(co)
    co.set_defaults(func=with_store(_consent))


def _partners(store: ServerStore, url: str = "") -> Partnerships:
    from ..partners import Partnerships

    return Partnerships(store, url)


def parse_weekdays(text: str) -> tuple[int, ...]:
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise ValueError(f"{part!r} is not a weekday like mon or mon-fri")
        a, b = DAYS.index(first), DAYS.index(last or first)
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return tuple(sorted(days))


def parse_terms(args: argparse.Namespace) -> Terms:
    opens_text, _, closes_text = args.hours.partition("-")
    return Terms(plans=tuple(p.strip() for p in args.plans.split(",") if p.strip()), days_per_month=args.days,
                 weekdays=parse_weekdays(args.weekdays), opens=time.fromisoformat(opens_text.strip()),
                 closes=time.fromisoformat(closes_text.strip()), names_shown=args.names,
                 starts=date.fromisoformat(args.starts) if args.starts else date.today(),
                 ends=date.fromisoformat(args.ends) if args.ends else None)


def _fingerprint(store: ServerStore, args: argparse.Namespace) -> int:
    partners = _partners(store)
    print(partners.fingerprint())
    if args.qr:
        import qrcode

        qr = qrcode.QRCode(border=2)
        qr.add_data(f"door-kiosk-partner:?fingerprint={partners.fingerprint().replace(' ', '')}")
        qr.print_ascii(invert=True)
    return 0


def _offer(store: ServerStore, args: argparse.Namespace) -> int:
    try:
        terms = parse_terms(args)
    except ValueError as exc:
        return fail(str(exc))
    signed = _partners(store, args.url).offer(args.partner_url, args.fingerprint, terms)
    doc = signed.agreement()
    print(f"offered partnership {doc.id} to {doc.partner.name} ({args.partner_url}); it waits for their host "
          "to accept it (they compare this server's fingerprint: kiosk server partners fingerprint)")
    return 0


def _list(store: ServerStore, args: argparse.Namespace) -> int:
    views = _partners(store).partners()
    if args.json:
        print(json.dumps([{"id": v.id, "status": v.status, "partner": v.partner_name, "url": v.partner_url,
                           "fingerprint": v.fingerprint, "days_per_month": v.terms.days_per_month,
                           "proposed_by_us": v.proposed_by_us} for v in views]))
        return 0
    for v in views:
        print(f"{v.id}  {v.status:<9} {v.partner_name} ({v.partner_url})  {v.terms.days_per_month} days/month  "
              f"fingerprint {v.fingerprint}")
    return 0


def _show(store: ServerStore, args: argparse.Namespace) -> int:
    print(_partners(store).document(args.partnership_id).model_dump_json(indent=2))
    return 0


def _accept(store: ServerStore, args: argparse.Namespace) -> int:
    signed = _partners(store).accept(args.partnership_id)
    print(f"partnership {signed.agreement().id} is active on this server and was sent back to the proposer")
    return 0


def _import(store: ServerStore, args: argparse.Namespace) -> int:
    from kiosk.protocol.partners import SignedAgreement

    try:
        signed = SignedAgreement.model_validate_json(args.file.read_bytes())
    except (OSError, ValueError) as exc:
        return fail(f"{args.file} is not a partnership document: {exc}")
    print(f"partnership {_partners(store).take_acceptance(signed)} is active")
    return 0


def _pull(store: ServerStore, args: argparse.Namespace) -> int:
    outcome = _partners(store).pull_partners()
    for url, what in outcome.items():
        print(f"{url}: {what}")
    return 0 if all(w == "ok" for w in outcome.values()) else 1


def _report(store: ServerStore, args: argparse.Namespace) -> int:
    first = date.today().replace(day=1)
    since = date.fromisoformat(args.since) if args.since else (first - timedelta(days=1)).replace(day=1)
    for pid, what in _partners(store).report_visits(since).items():
        print(f"{pid}: {what}")
    return 0


def _settlement(store: ServerStore, args: argparse.Namespace) -> int:
    s = _partners(store).settlement(args.partnership_id, args.month)
    if args.json:
        print(json.dumps(s.__dict__))
        return 0
    print(f"{s.month}: our members there {s.ours_there_days} days ({s.ours_there_members} members); "
          f"theirs here {s.theirs_here_days} days ({s.theirs_here_members} members)")
    return 0


def _consent(store: ServerStore, args: argparse.Namespace) -> int:
    _partners(store).set_consent(args.member_id, bool(args.show))
    print("shown by first name at partner spaces" if args.show else "not named at partner spaces")
    return 0
