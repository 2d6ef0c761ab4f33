"""`kiosk purge` and `kiosk policy show|set`: guests' data and what they are told."""

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
    purge = commands.add_parser("purge", help="delete guests' personal data older than the retention period now")
    purge.add_argument("--json", action="store_true")
    data_dir_arg(purge)
    purge.set_defaults(func=with_kiosk(_purge))

    policy = commands.add_parser("policy", help="show or change the house rules and the privacy notice")
    psub = policy.add_subparsers(dest="policy_command", required=True, parser_class=OneLineParser)
    pshow = psub.add_parser("show", help="print the current text and its version")
    pshow.add_argument("kind", choices=["house_rules", "privacy"])
    pshow.add_argument("--lang", choices=["da", "en", "de"], default="da")
    data_dir_arg(pshow)
    pshow.set_defaults(func=with_kiosk(_policy_show))
    pset = psub.add_parser("set", help="a new version from a UTF-8 file, for one language")
    pset.add_argument("kind", choices=["house_rules", "privacy"])
    pset.add_argument("--lang", choices=["da", "en", "de"], required=True)
    pset.add_argument("file", type=Path)
    data_dir_arg(pset)
    pset.set_defaults(func=with_kiosk(_policy_set))


def _purge(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk import app

    report = kiosk.privacy.purge()
    files = app.host_files(kiosk).prune(kiosk.privacy.retention_days)
    backups = len(kiosk.backups.prune())
    if args.json:
        print(json.dumps({"guests_deleted": report.guests_deleted, "kept_from": report.kept_from.isoformat(),
                          "retention_days": kiosk.privacy.retention_days, "host_files_deleted": files,
                          "backups_deleted": backups}))
    else:
        print(f"deleted {report.guests_deleted} guests whose visit was before {report.kept_from} "
              f"(retention {kiosk.privacy.retention_days} days); their visits remain only as anonymous counts; "
              f"deleted {files} host files (lists, exports, cards) and {backups} backups older than that")
    return EXIT_OK


def _policy_show(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.domain.policies import PolicyKind

    kind = PolicyKind(args.kind)
    current = kiosk.guests.policies()[kind]
    print(f"{kind.value} version {current.version} ({args.lang})\n")
    print(current.text(args.lang, kiosk.settings.retention_days))
    return EXIT_OK


def _policy_set(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.domain.policies import PolicyKind

    kind = PolicyKind(args.kind)
    current = kiosk.guests.policies()[kind]
    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as exc:
        return fail(f"cannot read {args.file}: {exc.strerror}")
    except UnicodeDecodeError:
        return fail(f"{args.file} is not UTF-8 text")
    new = kiosk.guests.set_policy(kind, {**current.texts, args.lang: text})
    if new.version == current.version:
        print(f"{kind.value} is unchanged (version {current.version})")
    else:
        print(f"{kind.value} is now version {new.version}; guests accept this version from now on")
    return EXIT_OK
