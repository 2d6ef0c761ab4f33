"""`kiosk server ...`: run the central server and manage its roster and kiosks. Each command group
is a module here that adds its own subcommands and handlers (`register(commands)`,
`set_defaults(func=...)`); this module only builds the parser from them and runs the handler
argparse chose."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk import logs
from kiosk.core.cliargs import OneLineParser
from kiosk.core.errors import KioskError

from . import backup, hosts, keys, kiosks, members, partners, presence, requests, run
from .common import default_data_dir, fail

__all__ = ["build_parser", "default_data_dir", "main"]

#: In the order `kiosk server --help` lists them.
GROUPS = (run, members, kiosks, requests, hosts, keys, backup, presence, partners)


def build_parser() -> argparse.ArgumentParser:
    server = OneLineParser(prog="kiosk server", description="The central server for several kiosks.")
    commands = server.add_subparsers(dest="server_command", required=True, parser_class=OneLineParser)
    for group in GROUPS:
        group.register(commands)
    return server


def main(argv: Sequence[str]) -> int:
    """`kiosk server ARGS`: kiosk.entry hands the arguments after `server` here."""
    args = build_parser().parse_args(argv)
    logs.setup(json_lines=os.environ.get("KIOSK_LOG") == "json", verbose=args.server_command == "run")
    try:
        try:
            ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return fail(f"unknown time zone {args.timezone!r}")
        return int(args.func(args))
    except KioskError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
