"""`kiosk` on the command line. Parses arguments, asks the composition root, prints results.

Exit statuses: kiosk/exitcodes.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kiosk import logs
from kiosk.backup_cli import add_backup_commands
from kiosk.core.cliargs import OneLineParser, add_member_arguments
from kiosk.core.members import iso_or_none, member_json
from kiosk.exitcodes import EXIT_OFFLINE, EXIT_OK, EXIT_REFUSED, EXIT_UNHEALTHY, EXIT_USAGE


def _data_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=None,
                   help="where the database and keys live (default: KIOSK_DATA_DIR or the user data dir)")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="kiosk", description="Check-in kiosk for a coworking space's front door.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)

    run = sub.add_parser("run", help="start the fullscreen kiosk")
    run.add_argument("--camera", metavar="SOURCE",
                     help="camera index, /dev path, or a video or image file "
                          "(default: the first webcam, else the demo feed)")
    run.add_argument("--windowed", action="store_true", help="a normal window, for development")
    run.add_argument("--lang", choices=["da", "en", "de"], help="start in this language")
    run.add_argument("--no-demo", action="store_true", help="do not add demo members to a new database")
    run.add_argument("--log-json", action="store_true", help="log JSON lines on stderr")
    _data_dir_arg(run)

    members = sub.add_parser("members", help="add, list and import members")
    msub = members.add_subparsers(dest="members_command", required=True, parser_class=OneLineParser)
    add = msub.add_parser("add", help="add a member and issue their first card")
    add_member_arguments(add)
    _data_dir_arg(add)
    lst = msub.add_parser("list", help="list members")
    lst.add_argument("--json", action="store_true")
    _data_dir_arg(lst)
    imp = msub.add_parser("import", help="import members from CSV (name,email,plan,clips,valid_until)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    _data_dir_arg(imp)

    erase = msub.add_parser("erase", help="delete a member or guest completely (right to erasure)")
    erase.add_argument("member_id")
    erase.add_argument("--json", action="store_true")
    _data_dir_arg(erase)
    topup = msub.add_parser("topup", help="add clips to a clip card and record the payment")
    topup.add_argument("member_id")
    topup.add_argument("--clips", type=int, required=True)
    topup.add_argument("--amount", default="0", help="paid, in kroner: 300 or 300,00")
    topup.add_argument("--method", default="host", help="mobilepay, host, invoice, cash, card or free")
    topup.add_argument("--json", action="store_true")
    _data_dir_arg(topup)

    purge = sub.add_parser("purge", help="delete guests' personal data older than the retention period now")
    purge.add_argument("--json", action="store_true")
    _data_dir_arg(purge)

    policy = sub.add_parser("policy", help="show or change the house rules and the privacy notice")
    psub = policy.add_subparsers(dest="policy_command", required=True, parser_class=OneLineParser)
    pshow = psub.add_parser("show", help="print the current text and its version")
    pshow.add_argument("kind", choices=["house_rules", "privacy"])
    pshow.add_argument("--lang", choices=["da", "en", "de"], default="da")
    _data_dir_arg(pshow)
    pset = psub.add_parser("set", help="a new version from a UTF-8 file, for one language")
    pset.add_argument("kind", choices=["house_rules", "privacy"])
    pset.add_argument("--lang", choices=["da", "en", "de"], required=True)
    pset.add_argument("file", type=Path)
    _data_dir_arg(pset)

    stats = sub.add_parser("stats", help="how busy the space was in a period")
    stats.add_argument("--from", dest="first", metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    stats.add_argument("--json", action="store_true")
    _data_dir_arg(stats)

    card = sub.add_parser("card", help="write a printable member card")
    card.add_argument("member_id")
    card.add_argument("--out", type=Path, required=True, help="FILE.png or FILE.pdf")
    _data_dir_arg(card)

    checkin = sub.add_parser("checkin", help="decide a code exactly as a scan at the door would")
    checkin.add_argument("code")
    checkin.add_argument("--json", action="store_true")
    _data_dir_arg(checkin)

    presence = sub.add_parser("presence", help="who is in now and who came on a day")
    presence.add_argument("--date", metavar="YYYY-MM-DD")
    presence.add_argument("--json", action="store_true")
    _data_dir_arg(presence)

    scan = sub.add_parser("scan", help="decode QR codes in image files or folders (no check-in)")
    scan.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("--decoder", choices=["auto", "zxing-cpp", "pyzbar"], default="auto")

    evacuation = sub.add_parser("evacuation", help="the evacuation list of everyone in now, as a PDF")
    evacuation.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    _data_dir_arg(evacuation)

    export = sub.add_parser("export", help="export data for the host")
    esub = export.add_subparsers(dest="export_command", required=True, parser_class=OneLineParser)
    ev = esub.add_parser("visits", help="visits in a period as CSV")
    ev.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    ev.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    ev.add_argument("--out", type=Path, required=True, help="FILE.csv")
    _data_dir_arg(ev)
    em = esub.add_parser("members", help="the members as CSV, with each clip card's clips left")
    em.add_argument("--out", type=Path, required=True, help="FILE.csv")
    _data_dir_arg(em)

    pin = sub.add_parser("host-pin", help="set a host's own PIN (read from stdin), or end a PIN lockout")
    pin.add_argument("--host", metavar="MEMBER_ID", help="whose PIN (needed when there are several hosts)")
    pin.add_argument("--unlock", action="store_true", help="end every host PIN lockout now (at the machine)")
    _data_dir_arg(pin)

    doctor = sub.add_parser("doctor", help="check the camera, decoders, database, disk, clock and server")
    doctor.add_argument("--json", action="store_true")
    doctor.add_argument("--no-camera", action="store_true", help="do not open the cameras (the kiosk has it)")
    _data_dir_arg(doctor)

    settings = sub.add_parser("settings", help="show or change the kiosk's settings")
    settings.add_argument("--json", action="store_true")
    _data_dir_arg(settings)
    ssub = settings.add_subparsers(dest="settings_command", parser_class=OneLineParser)
    sset = ssub.add_parser("set", help="change one setting, e.g. camera /dev/v4l/by-id/...")
    sset.add_argument("key")
    sset.add_argument("value")
    _data_dir_arg(sset)

    enroll = sub.add_parser("enroll", help="join this kiosk to a central server")
    enroll.add_argument("--server", required=True, metavar="URL")
    enroll.add_argument("--code", required=True)
    enroll.add_argument("--replace-roster", action="store_true",
                        help="let the server's roster replace this kiosk's own members")
    enroll.add_argument("--insecure-http", action="store_true",
                        help="allow http:// to a server that is not this machine (the token and roster "
                             "travel unencrypted: use https:// behind a TLS proxy instead)")
    _data_dir_arg(enroll)
    sync = sub.add_parser("sync", help="sync with the central server")
    sync.add_argument("--once", action="store_true", required=True, help="one round: push events, pull roster")
    sync.add_argument("--json", action="store_true")
    _data_dir_arg(sync)

    # Listed for --help only: kiosk.entry hands `kiosk server ...` to kiosk.server.cli before this
    # parser runs, so the kiosk's own modules never import the server.
    sub.add_parser("server", help="the central server: kiosk server --help (needs `pip install .[server]`)",
                   add_help=False)

    add_backup_commands(sub)

    keys = sub.add_parser("keys", help="the keys whose cards this kiosk accepts; rotate or revoke its own")
    ksub = keys.add_subparsers(dest="keys_command", required=True, parser_class=OneLineParser)
    klist = ksub.add_parser("list", help="trusted keys, which signs new cards, and their live cards")
    klist.add_argument("--json", action="store_true")
    _data_dir_arg(klist)
    krot = ksub.add_parser("rotate", help="a new key signs new cards; cards of the old one stay valid until reissued")
    _data_dir_arg(krot)
    krev = ksub.add_parser("revoke", help="refuse every card a key signed (a stolen or copied key)")
    krev.add_argument("key_id")
    _data_dir_arg(krev)

    demo = sub.add_parser("demo", help="the demo members of a new install")
    dsub = demo.add_subparsers(dest="demo_command", required=True, parser_class=OneLineParser)
    rm = dsub.add_parser("remove", help="delete the demo members and stop trusting the demo key")
    _data_dir_arg(rm)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kiosk.core.errors import KioskError

    logs.setup(json_lines=getattr(args, "log_json", False) or os.environ.get("KIOSK_LOG") == "json",
               verbose=args.command == "run")
    try:
        return _dispatch(args)
    except KioskError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


def _plain_http_elsewhere(url: str) -> bool:
    """http:// to anything but this machine (loopback stays allowed: nothing leaves it)."""
    import ipaddress
    import urllib.parse

    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def _fail(message: str) -> int:
    print(f"kiosk: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _dispatch(args: argparse.Namespace) -> int:
    from kiosk.core.errors import KioskError

    if args.command == "server":  # only when called past kiosk.entry
        return _fail("the server's commands run through the kiosk command: kiosk server --help")
    if args.command == "scan":
        return _scan(args)
    if args.command == "doctor":
        return _doctor(args)
    if args.command in ("backup", "restore"):
        return _backup(args)
    from kiosk import app

    try:
        kiosk = app.build(args.data_dir)
    except KioskError as exc:
        if args.command == "run" and any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
            _fail(str(exc))
            app.show_problem(str(exc), windowed=args.windowed)
            return EXIT_USAGE
        raise
    try:
        if args.command == "run":
            return app.run_kiosk(kiosk, args.camera, args.windowed, args.lang, demo=not args.no_demo)
        if args.command == "members":
            return _members(kiosk, args)
        if args.command == "card":
            return _card(kiosk, args)
        if args.command == "checkin":
            return _checkin(kiosk, args)
        if args.command == "presence":
            return _presence(kiosk, args)
        if args.command == "settings":
            return _settings(kiosk, args)
        if args.command == "host-pin":
            import getpass

            if args.unlock:
                ended = kiosk.host.end_lockouts()
                print(f"host PIN lockouts ended ({ended} were locked)")
                return EXIT_OK
            pin = getpass.getpass("host PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
            host_id = kiosk.host.set_pin(pin, args.host)
            print(f"the PIN of host {host_id} is set" if host_id else
                  "the kiosk PIN is set; the first host added (kiosk members add --host) takes it over")
            return EXIT_OK
        if args.command == "evacuation":
            return _evacuation(kiosk, args)
        if args.command == "export":
            return _export(kiosk, args)
        if args.command in ("enroll", "sync"):
            return _sync(kiosk, args)
        if args.command == "purge":
            report = kiosk.privacy.purge()
            files = app.HostFiles(kiosk).prune(kiosk.privacy.retention_days)
            if args.json:
                print(json.dumps({"guests_deleted": report.guests_deleted, "kept_from": report.kept_from.isoformat(),
                                  "retention_days": kiosk.privacy.retention_days, "host_files_deleted": files}))
            else:
                print(f"deleted {report.guests_deleted} guests whose visit was before {report.kept_from} "
                      f"(retention {kiosk.privacy.retention_days} days); their visits remain only as anonymous counts; "
                      f"deleted {files} host files (lists, exports, cards) older than that")
            return EXIT_OK
        if args.command == "policy":
            return _policy(kiosk, args)
        if args.command == "stats":
            return _stats(kiosk, args)
        if args.command == "keys":
            return _keys(kiosk, args)
        if args.command == "demo":
            removed = app.remove_demo(kiosk)
            print(f"removed {removed} demo members; the demo key is no longer trusted")
            return EXIT_OK
    finally:
        kiosk.close()
    raise AssertionError(args.command)


def _members(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.core.members import NewMember, parse_date, parse_plan
    from kiosk.domain.members import Role

    if args.members_command == "add" and kiosk.members.server_owned:
        new = NewMember(name=args.name, email=args.email, plan=parse_plan(args.plan), clips=args.clips,
                        valid_until=parse_date(args.valid_until or "", "--valid-until"))
        member_id = kiosk.members.request("add", new=new)
        if args.json:
            print(json.dumps({"id": member_id, "name": new.name.strip(), "email": new.email.strip(),
                              "plan": new.plan.value, "clips": new.clips, "valid_until": iso_or_none(new.valid_until),
                              "status": "requested", "role": "member", "demo": False, "short_code": None},
                             ensure_ascii=False))
        else:
            print(f"asked the server to add {new.name.strip()}  id {member_id}; "
                  "the member arrives with the next sync (print the card on the server)")
        return EXIT_OK
    if args.members_command == "import" and kiosk.members.server_owned:
        return _fail("this kiosk is enrolled with a server: import members there (kiosk server members import)")
    if args.members_command == "add":
        new = NewMember(name=args.name, email=args.email, plan=parse_plan(args.plan), clips=args.clips,
                        valid_until=parse_date(args.valid_until or "", "--valid-until"),
                        role=Role.HOST if args.host else Role.MEMBER)
        demo_goes = kiosk.members.demo_will_go()
        if demo_goes:
            print("the first real member: the demo members and the demo key (published, so anybody can "
                  "sign with it) are removed now, as `kiosk demo remove` does", file=sys.stderr)
        issued = kiosk.members.add(new)
        if args.json:
            print(json.dumps(member_json(issued.member, issued.short_code), ensure_ascii=False))
        else:
            print(f"added {issued.member.name}  id {issued.member.id}  card {issued.short_code}")
        return EXIT_OK
    if args.members_command == "erase":
        what = kiosk.privacy.erase(args.member_id)
        if args.json:
            print(json.dumps({"id": args.member_id, "status": what}))
        else:
            print(f"erased {args.member_id}" + ("; the server was asked to erase them everywhere"
                                                 if what == "erased_and_requested" else ""))
        return EXIT_OK
    if args.members_command == "topup":
        amount = _parse_amount(args.amount)
        status = kiosk.members.top_up(args.member_id, args.clips, amount, args.method)
        if args.json:
            print(json.dumps({"id": args.member_id, "clips_added": args.clips, "amount_ore": amount,
                              "method": args.method, "status": status}))
        else:
            print(f"added {args.clips} clips to {args.member_id}, paid {args.amount} by {args.method}"
                  + ("; the server applies it with the next sync" if status == "requested" else ""))
        return EXIT_OK
    if args.members_command == "list":
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
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror}")
    issued_all = kiosk.members.import_csv(data)
    if args.json:
        print(json.dumps([member_json(i.member, i.short_code) for i in issued_all], ensure_ascii=False))
    else:
        print(f"imported {len(issued_all)} members from {args.file}")
    return EXIT_OK


def _parse_amount(text: str) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.domain.guests import parse_kroner

    try:
        return parse_kroner(text)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def _policy(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.domain.policies import PolicyKind

    kind = PolicyKind(args.kind)
    current = kiosk.guests.policies()[kind]
    if args.policy_command == "show":
        print(f"{kind.value} version {current.version} ({args.lang})\n")
        print(current.text(args.lang, kiosk.settings.retention_days))
        return EXIT_OK
    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror}")
    except UnicodeDecodeError:
        return _fail(f"{args.file} is not UTF-8 text")
    new = kiosk.guests.set_policy(kind, {**current.texts, args.lang: text})
    if new.version == current.version:
        print(f"{kind.value} is unchanged (version {current.version})")
    else:
        print(f"{kind.value} is now version {new.version}; guests accept this version from now on")
    return EXIT_OK


def _stats(kiosk: Any, args: argparse.Namespace) -> int:
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


def _card(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.core.documents.cards import CardFormatError, save_card

    issued = kiosk.members.card(args.member_id)
    try:
        save_card(issued, kiosk.settings.space_name, args.out, kiosk.settings.language)
    except CardFormatError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"wrote the card of {issued.member.name} ({issued.short_code}) to {args.out}")
    return EXIT_OK


def _checkin(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.domain.codes import normalize_short_code

    # The short code printed under the QR is decided like the door's "type the code" keypad.
    if normalize_short_code(args.code) is not None:
        result = kiosk.checkin.check_in_short_code(args.code, source="cli")
    else:
        result = kiosk.checkin.check_in_code(args.code, source="cli")
    if args.json:
        print(json.dumps({
            "outcome": result.outcome.value, "shown_as": result.shown_as.value,
            "reason": result.refusal.value if result.refusal else None,
            "member_id": result.member_id, "name": result.name, "clips_left": result.clips_left,
            "valid_until": iso_or_none(result.valid_until), "others_in": result.others_in,
            "minutes_today": int(result.time_today.total_seconds() // 60),
            "at": result.at.isoformat(), "event_id": result.event_id}, ensure_ascii=False))
    else:
        who = f" {result.name}" if result.name else ""
        why = f": {result.refusal.value}" if result.refusal else ""
        print(f"{result.outcome.value}{who}{why}")
    return EXIT_REFUSED if result.refusal else EXIT_OK


def _presence(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_date

    day: date | None = parse_date(args.date or "", "--date")
    p = kiosk.presence.on(day)
    tz = kiosk.settings.rules().tz

    def entry(e: Any) -> dict[str, Any]:
        return {"member_id": e.member_id, "name": e.name, "demo": e.demo,
                "checked_in_at": e.checked_in_at.astimezone(tz).isoformat(),
                "checked_out_at": e.checked_out_at.astimezone(tz).isoformat() if e.checked_out_at else None,
                "checkout": e.checkout_kind}

    if args.json:
        print(json.dumps({"date": p.day.isoformat(), "in_now": [entry(e) for e in p.in_now],
                          "visits": [entry(e) for e in p.visits]}, ensure_ascii=False))
        return EXIT_OK
    print(f"{p.day.isoformat()}: {len(p.in_now)} in now, {len(p.visits)} visits")
    for e in p.visits:
        end = e.checked_out_at.astimezone(tz).strftime("%H:%M") if e.checked_out_at else "in now"
        auto = " (auto)" if e.checkout_kind == "auto" else ""
        print(f"  {e.member_id}  {e.name:<30} {e.checked_in_at.astimezone(tz):%H:%M} - {end}{auto}")
    return EXIT_OK


def _evacuation(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.core.documents.evacuation import save_evacuation_pdf

    if args.out.suffix.lower() != ".pdf":
        return _fail(f"{args.out.name}: the evacuation list is written as .pdf")
    people = kiosk.presence.on().in_now
    made_at = kiosk.clock.now().astimezone(kiosk.settings.rules().tz)
    try:
        pages = save_evacuation_pdf(kiosk.settings.space_name, people, made_at, args.out, kiosk.settings.language)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"{len(people)} people in now; wrote {pages} page(s) to {args.out}")
    return EXIT_OK


def _export(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_date
    from kiosk.services.exports import members_csv, visits_csv

    if args.export_command == "members":
        members = kiosk.members.roster()
        text = members_csv(members, kiosk.members.clips_left(members))
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            return _fail(f"cannot write {args.out}: {exc.strerror}")
        print(f"wrote {len(members)} members to {args.out}")
        return EXIT_OK
    first, last = parse_date(args.first, "--from"), parse_date(args.last, "--to")
    assert first is not None and last is not None
    text = visits_csv(kiosk.store, first, last, kiosk.settings.rules().tz)
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"wrote {text.count(chr(10)) - 1} visits to {args.out}")
    return EXIT_OK


def _sync(kiosk: Any, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk.sync.client import Incompatible, Rejected, ServerUnavailable
    from kiosk.sync.engine import EnrollRefused, NotEnrolled

    try:
        if args.command == "enroll":
            if _plain_http_elsewhere(args.server) and not args.insecure_http:
                return _fail(f"{args.server} is plain http to another machine: the device token and the roster "
                             "would travel unencrypted. Use the server's https:// address (see README: TLS), "
                             "or add --insecure-http to accept that")
            response = kiosk.sync.enroll(args.server, args.code, args.replace_roster)
            report = kiosk.sync.run_once()
            print(f"enrolled as {response.kiosk_name}; pulled {report.pulled} roster changes"
                  + (f" (sync: {report.error})" if report.error else ""))
            return EXIT_OK
        report = kiosk.sync.run_once()
    except (NotEnrolled, EnrollRefused) as exc:
        return _fail(str(exc))
    except (Rejected, Incompatible) as exc:
        return _fail(f"enrollment failed: {exc}")
    except ServerUnavailable as exc:
        print(f"kiosk: error: the server could not be reached: {exc}", file=sys.stderr)
        return EXIT_OFFLINE
    if args.json:
        print(json.dumps(asdict(report)))
    else:
        print(f"pushed {report.pushed} (accepted {report.accepted}, duplicate {report.duplicate}, "
              f"rejected {report.rejected}); pulled {report.pulled}; {report.pending} waiting"
              + (f"; {report.requests_waiting} roster requests wait for a host on the server"
                 if report.requests_waiting else "")
              + (f"; roster matches server: {report.roster_matches}" if report.roster_matches is not None else "")
              + ("; the roster here differed: pulled a full snapshot" if report.resynced else "")
              + (f"; error: {report.error}" if report.error else ""))
    return EXIT_OFFLINE if report.error else EXIT_OK


def _settings(kiosk: Any, args: argparse.Namespace) -> int:
    from kiosk import app
    from kiosk.domain.settings import InvalidSetting, SpaceSettings

    current = kiosk.settings
    if getattr(args, "settings_command", None) == "set":
        try:
            current = SpaceSettings.from_mapping({**current.to_mapping(), args.key: args.value})
        except InvalidSetting as exc:
            return _fail(str(exc))
        app.save_settings(kiosk, current)
    values = current.to_mapping()
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
    else:
        for key, value in values.items():
            print(f"{key:<16} {value}")
    return EXIT_OK


def _keys(kiosk: Any, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk import app

    if args.keys_command == "rotate":
        key_id = app.rotate_key(kiosk)
        print(f"new cards and day passes are signed with key {key_id} (restart a running kiosk); "
              f"cards of the earlier key stay valid until reissued or revoked (kiosk keys revoke KEY_ID)")
        return EXIT_OK
    if args.keys_command == "revoke":
        stopped = app.revoke_key(kiosk, args.key_id)
        print(f"key {args.key_id} is revoked: its {stopped} live cards are refused from now on; issue new cards")
        return EXIT_OK
    keys = app.list_keys(kiosk)
    if args.json:
        print(json.dumps([asdict(k) for k in keys]))
        return EXIT_OK
    for k in keys:
        flags = [f for f, on in (("signs new cards", k.signing), ("this kiosk", k.own), ("demo", k.demo),
                                 ("REVOKED", k.revoked)) if on]
        print(f"{k.key_id}  {k.label:<12} {k.live_cards:>5} live cards  {', '.join(flags)}")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from kiosk.backup_cli import run_backup_command

    return run_backup_command(args)


def _doctor(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk import health, paths

    checks = health.run_checks(args.data_dir or paths.default_data_dir(), camera=not args.no_camera)
    ok = health.healthy(checks)
    if args.json:
        by_name = {c.name: c for c in checks}
        camera = by_name.get("camera")
        print(json.dumps({"ok": ok, "checks": [asdict(c) for c in checks],
                          "cameras": camera.data["cameras"] if camera else [],
                          "decoders": by_name["decoders"].data["decoders"]}, ensure_ascii=False))
    else:
        for c in checks:
            mark = {"ok": "ok", "warning": "WARNING", "problem": "PROBLEM", "unknown": "unknown"}[c.status]
            print(f"{c.name:<9} {mark:<8} {c.says}")
        print("all is well" if ok else "something needs attention (see above)")
    return EXIT_OK if ok else EXIT_UNHEALTHY


def _scan(args: argparse.Namespace) -> int:
    from kiosk.scan.isolated import IsolatedDecoder
    from kiosk.scan.passes import STILL_PASSES
    from kiosk.scan.pipeline import UnreadableImage, load_gray
    from kiosk.scan.sources import IMAGE_SUFFIXES

    files: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES))
        else:
            files.append(path)
    isolated = IsolatedDecoder(timeout=30.0)  # a crafted code may crash a decoder, not this command
    try:
        if args.decoder != "auto" and args.decoder not in isolated.decoders:
            return _fail(f"decoder {args.decoder} is not available on this machine")
        passes = [p for p in STILL_PASSES if args.decoder in ("auto", p.decoder)]
        status = EXIT_OK
        for file in files:
            start = time.perf_counter()
            try:
                gray = load_gray(file)
            except UnreadableImage as exc:
                print(f"kiosk: error: {exc}", file=sys.stderr)
                status = EXIT_USAGE
                continue
            failures = isolated.crashes + isolated.hangs
            codes = isolated.decode(gray, passes, run_all=True)  # every code in the photo, once
            if isolated.crashes + isolated.hangs > failures:
                print(f"kiosk: error: {file}: a decoder crashed or hung on this image", file=sys.stderr)
                status = EXIT_USAGE
                continue
            ms = (time.perf_counter() - start) * 1000
            if args.json:
                print(json.dumps({"file": str(file), "codes": [
                    {"text": c.text, "corners": [[round(x, 1), round(y, 1)] for x, y in c.corners]}
                    for c in codes], "ms": round(ms, 2)}, ensure_ascii=False))
            else:
                texts = ", ".join(repr(c.text) for c in codes) or "no code found"
                print(f"{file}: {texts}  ({ms:.0f} ms)")
        return status
    finally:
        isolated.close()
