"""`kiosk server ...`: run the central server and manage its roster and kiosks."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from kiosk import logs
from kiosk.core.cliargs import OneLineParser, add_member_arguments
from kiosk.core.errors import KioskError
from kiosk.exitcodes import EXIT_USAGE


def default_data_dir() -> Path:
    env = os.environ.get("KIOSK_SERVER_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("door-kiosk-server"))


def main(argv: Sequence[str]) -> int:
    """`kiosk server ARGS`: kiosk.entry hands the arguments after `server` here."""
    args = build_parser().parse_args(argv)
    logs.setup(json_lines=os.environ.get("KIOSK_LOG") == "json", verbose=args.server_command == "run")
    try:
        return run_server_command(args)
    except KioskError as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    server = OneLineParser(prog="kiosk server", description="The central server for several kiosks.")
    parser_class = OneLineParser
    ssub = server.add_subparsers(dest="server_command", required=True, parser_class=parser_class)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--data-dir", type=Path, default=None, help="server data dir (KIOSK_SERVER_DATA_DIR)")
        p.add_argument("--db", default=os.environ.get("KIOSK_SERVER_DB"),
                       help="database URL, e.g. postgresql+psycopg://user@host/db (default: SQLite in the data dir)")
        p.add_argument("--timezone", default=os.environ.get("KIOSK_SERVER_TZ", "Europe/Copenhagen"),
                       help="the spaces' time zone: what 'today' is, and the times on the host pages "
                            "(KIOSK_SERVER_TZ; default Europe/Copenhagen)")

    run = ssub.add_parser("run", help="serve the API")
    common(run)
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8470)
    run.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL: one per core)")
    run.add_argument("--max-body-bytes", type=int,
                     default=int(os.environ.get("KIOSK_SERVER_MAX_BODY_BYTES", 1_000_000)),
                     help="larger request bodies get 413 before they are read (KIOSK_SERVER_MAX_BODY_BYTES; "
                          "default 1000000)")
    run.add_argument("--oldest-protocol", type=int, default=int(os.environ.get("KIOSK_SERVER_OLDEST_PROTOCOL", 1)),
                     help="kiosks speaking an older sync protocol are told to update (default 1: serve all)")
    run.add_argument("--public-url", default=os.environ.get("KIOSK_SERVER_PUBLIC_URL", ""),
                     help="the address hosts and kiosks use, e.g. https://kiosk.example.dk (https: cookies "
                          "are Secure) (KIOSK_SERVER_PUBLIC_URL)")
    run.add_argument("--trusted-proxy", action="append", default=None, metavar="ADDRESS",
                     help="a reverse proxy (IP or network) whose X-Forwarded-For and X-Forwarded-Proto are "
                          "believed; repeat for several (KIOSK_SERVER_TRUSTED_PROXIES, comma separated)")
    run.add_argument("--smtp-host", default=os.environ.get("KIOSK_SERVER_SMTP_HOST", ""),
                     help="an SMTP server (no login; STARTTLS when it offers it) that e-mails members "
                          "their login codes (KIOSK_SERVER_SMTP_HOST; none: a host shows the code)")
    run.add_argument("--smtp-port", type=int, default=int(os.environ.get("KIOSK_SERVER_SMTP_PORT", "25") or 25),
                     help="its port (KIOSK_SERVER_SMTP_PORT; default 25)")
    run.add_argument("--smtp-from", default=os.environ.get("KIOSK_SERVER_SMTP_FROM", ""),
                     help="the sender address of those e-mails (KIOSK_SERVER_SMTP_FROM)")

    members = ssub.add_parser("members", help="the roster")
    msub = members.add_subparsers(dest="members_command", required=True, parser_class=parser_class)

    from .requests_cli import add_permissions_parser, add_requests_parser

    add = msub.add_parser("add", help="add a member and issue their first card")
    add_member_arguments(add)
    common(add)
    lst = msub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    common(lst)
    imp = msub.add_parser("import")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    common(imp)

    card = ssub.add_parser("card", help="write a printable member card")
    card.add_argument("member_id")
    card.add_argument("--out", type=Path, required=True)
    card.add_argument("--space-name", default="Coworking")
    common(card)

    kiosks = ssub.add_parser("kiosks", help="enroll and revoke kiosks")
    ksub = kiosks.add_subparsers(dest="kiosks_command", required=True, parser_class=parser_class)
    kadd = ksub.add_parser("add", help="create a kiosk and print its one-time enrollment code")
    kadd.add_argument("name")
    kadd.add_argument("--location")
    kadd.add_argument("--json", action="store_true")
    common(kadd)
    klist = ksub.add_parser("list")
    klist.add_argument("--json", action="store_true")
    common(klist)
    krevoke = ksub.add_parser("revoke")
    krevoke.add_argument("name")
    common(krevoke)
    add_permissions_parser(ksub, common)
    add_requests_parser(ssub, parser_class, common)

    hosts = ssub.add_parser("hosts", help="people who may log in to the host pages")
    hsub = hosts.add_subparsers(dest="hosts_command", required=True, parser_class=parser_class)
    hadd = hsub.add_parser("add", help="add a host (or set a new password); the password is read from stdin")
    hadd.add_argument("username")
    common(hadd)
    hunlock = hsub.add_parser("unlock", help="end the login throttle on a host's account (after failed logins)")
    hunlock.add_argument("username")
    common(hunlock)

    keys = ssub.add_parser("keys", help="the keys that sign member cards: rotate, revoke")
    keysub = keys.add_subparsers(dest="keys_command", required=True, parser_class=parser_class)
    klst = keysub.add_parser("list")
    klst.add_argument("--json", action="store_true")
    common(klst)
    common(keysub.add_parser("rotate", help="a new key signs new cards; cards of the old one stay valid"))
    krev = keysub.add_parser("revoke",
                             help="a compromised key: its cards are refused at every kiosk after its next sync")
    krev.add_argument("key_id")
    krev.add_argument("--reason", default="compromised")
    common(krev)
    backup = ssub.add_parser("backup", help="a verified copy of the SQLite database and the signing key, as one file")
    backup.add_argument("--out", type=Path, required=True, help="FILE.tar")
    common(backup)
    restore = ssub.add_parser("restore", help="put a backup in place (stop the server first)")
    restore.add_argument("file", type=Path)
    common(restore)

    presence = ssub.add_parser("presence", help="who is in now across kiosks")
    presence.add_argument("--json", action="store_true")
    common(presence)
    return server


def run_server_command(args: argparse.Namespace) -> int:
    from kiosk.core.errors import InvalidInput
    from kiosk.core.members import parse_date, parse_member_csv

    from .requests_cli import run_permissions_command, run_requests_command
    from .runner import build_store, serve
    from .store import ServerError

    try:
        ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        print(f"kiosk: error: unknown time zone {args.timezone!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.server_command in ("backup", "restore"):
        return _backup_or_restore(args)
    store = build_store(args.data_dir or default_data_dir(), args.db, args.timezone)
    try:
        cmd = args.server_command
        if cmd == "run":
            from .web.settings import BadWebSetting, WebSettings

            proxies = args.trusted_proxy if args.trusted_proxy is not None else [
                p.strip() for p in os.environ.get("KIOSK_SERVER_TRUSTED_PROXIES", "").split(",") if p.strip()]
            try:
                web = WebSettings(public_url=args.public_url, trusted_proxies=tuple(proxies),
                                  smtp_host=args.smtp_host, smtp_port=args.smtp_port, smtp_from=args.smtp_from)
            except BadWebSetting as exc:
                print(f"kiosk: error: {exc}", file=sys.stderr)
                return EXIT_USAGE
            serve(store, args.host, args.port, args.workers, args.data_dir or default_data_dir(), args.db,
                  args.timezone, web, {"max_body_bytes": args.max_body_bytes,
                                       "oldest_protocol": args.oldest_protocol})
            return 0
        if cmd == "members":
            if args.members_command == "list":
                members = store.members()
                left = store.clips_left()
                if args.json:
                    print(json.dumps([{**_json(m), "clips_left": left.get(m.id)} for m in members],
                                     ensure_ascii=False))
                else:
                    for m in members:
                        extra = f" {left[m.id]} of {m.clips_total} clips left" if m.id in left else ""
                        print(f"{m.id}  {m.name:<30} {m.plan_kind}{extra}")
                return 0
            if args.members_command == "add":
                news = [{"name": args.name, "email": args.email, "plan": args.plan, "clips": args.clips,
                         "valid_until": parse_date(args.valid_until or "", "--valid-until")}]
            else:
                try:
                    data = args.file.read_bytes()
                except OSError as exc:
                    print(f"kiosk: error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
                    return 2
                news = [{"name": n.name, "email": n.email, "plan": n.plan.value, "clips": n.clips,
                         "valid_until": n.valid_until} for n in parse_member_csv(data)]
            issued = store.add_members(news)
            if args.json:
                out = [_json(i.member, i.short_code) for i in issued]
                print(json.dumps(out[0] if args.members_command == "add" else out, ensure_ascii=False))
            elif args.members_command == "add":
                print(f"added {issued[0].member.name}  id {issued[0].member.id}  card {issued[0].short_code}")
            else:
                print(f"imported {len(issued)} members from {args.file}")
            return 0
        if cmd == "card":
            from kiosk.core.documents.cards import save_card

            c = store.card(args.member_id)
            save_card(c.printable(), args.space_name, args.out)
            print(f"wrote the card of {c.member.name} ({c.short_code}) to {args.out}")
            return 0
        if cmd == "requests":
            return run_requests_command(store, args)
        if cmd == "kiosks" and args.kiosks_command == "permissions":
            return run_permissions_command(store, args)
        if cmd == "kiosks":
            if args.kiosks_command == "add":
                code = store.add_kiosk(args.name, args.location)
                if args.json:
                    print(json.dumps({"name": args.name, "enrollment_code": code, "valid_hours": 24}))
                else:
                    print(f"kiosk {args.name}: enroll it within 24 hours with\n"
                          f"  kiosk enroll --server URL --code {code}")
            elif args.kiosks_command == "revoke":
                store.revoke_kiosk(args.name)
                print(f"revoked the device token of {args.name}")
            else:
                kiosks = store.kiosks()
                if args.json:
                    print(json.dumps(kiosks, default=str))
                else:
                    for k in kiosks:
                        print(f"{k['name']:<20} enrolled={k['enrolled']} last seen {k['last_seen_at']} "
                              f"pending {k['pending']}")
            return 0
        if cmd == "keys":
            return _keys(store, args)
        if cmd == "hosts":
            import getpass

            from .hosts import Hosts

            if args.hosts_command == "unlock":
                was = Hosts(store.engine).unlock(args.username)
                print(f"host {args.username} may log in again" if was else f"host {args.username} was not locked")
                return 0
            password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
            Hosts(store.engine).add(args.username, password)
            print(f"host {args.username} can log in to the host pages")
            return 0
        presence = store.presence()
        if args.json:
            print(json.dumps(presence, ensure_ascii=False))
        else:
            print(f"{presence['date']}: {len(presence['in_now'])} in now")  # type: ignore[arg-type]
            for e in presence["visits"]:  # type: ignore[attr-defined]
                print(f"  {e['member_id']}  {e['name']:<30} {e['kiosk']:<12} {e['checked_in_at']} - "
                      f"{e['checked_out_at'] or 'in now'}")
        return 0
    except (ServerError, InvalidInput) as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return 2
    finally:
        store.engine.dispose()


def _keys(store: Any, args: argparse.Namespace) -> int:
    from .keyring import new_signing_key

    if args.keys_command == "rotate":
        key_id = store.rotate_key(new_signing_key(store.keys_dir))
        print(f"key {key_id} signs new cards from now on; cards of the older keys stay valid until revoked")
    elif args.keys_command == "revoke":
        cards = store.revoke_key(args.key_id, args.reason)
        print(f"revoked key {args.key_id} and the {cards} valid cards it signed; every kiosk refuses them "
              "after its next sync (issue those members new cards)")
    elif args.json:
        print(json.dumps(store.signing_keys()))
    else:
        for k in store.signing_keys():
            state = f"revoked {k['revoked_at']} ({k['reason']})" if k["revoked_at"] else (
                "signs new cards" if k["signs_new_cards"] else "valid")
            print(f"{k['key_id']}  {state:<40} {k['valid_cards']} valid cards")
    return 0


def _backup_or_restore(args: argparse.Namespace) -> int:
    from kiosk.core.db import known_revisions

    from .backup import BackupFailed, backup, restore, sqlite_file
    from .store import MIGRATIONS

    data_dir = args.data_dir or default_data_dir()
    try:
        db = sqlite_file(args.db, data_dir)
        if args.server_command == "backup":
            info = backup(db, data_dir, args.out)
            print(f"wrote {info.path}: the database ({info.db_bytes} bytes, schema {info.revision}, integrity ok)"
                  + (" and the card signing key" if info.has_key else ""))
        else:
            info = restore(args.file, db, data_dir, known_revisions(MIGRATIONS)[1])
            print(f"restored {db} from {args.file} (schema {info.revision}); the previous database is kept "
                  f"beside it as {db.name}.before-restore-*; start the server again")
    except BackupFailed as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0


def _json(m: Any, short_code: str | None = None) -> dict[str, Any]:
    """The same JSON as the kiosk's `members` commands print."""
    from kiosk.core.members import member_json as _member_json

    return _member_json(m.to_member(), short_code)
