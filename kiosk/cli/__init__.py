"""`kiosk` on the command line. Each command group is a module here that adds its own
subcommands and handlers (`register(commands)`, `set_defaults(func=...)`); this module only
builds the parser from them and runs the handler argparse chose.

Exit statuses: kiosk/exitcodes.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kiosk import logs
from kiosk.core.cliargs import OneLineParser
from kiosk.exitcodes import EXIT_BUG

from . import backup, diagnostics, door, hosts, keys, lock, members, privacy, reports, run, settings, sync
from .common import fail

#: In the order `kiosk --help` lists them.
GROUPS = (run, members, door, lock, reports, privacy, hosts, settings, keys, sync, backup, diagnostics)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="kiosk", description="Check-in kiosk for a coworking space's front door.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kiosk.core.errors import KioskError, UnexpectedError

    logs.setup(json_lines=getattr(args, "log_json", False) or os.environ.get("KIOSK_LOG") == "json",
               verbose=args.command == "run")
    try:
        return int(args.func(args))
    except KioskError as exc:
        return fail(str(exc))
    except UnexpectedError as exc:  # a bug, already logged with its traceback
        print(f"kiosk: error: something went wrong inside the program (a bug; nothing was saved): {exc}",
              file=sys.stderr)
        return EXIT_BUG
    except KeyboardInterrupt:
        return 130
