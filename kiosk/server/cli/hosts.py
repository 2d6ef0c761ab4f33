"""`kiosk server hosts add|unlock`: people who may log in to the host pages."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser

from .common import Commands, common, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    hosts = commands.add_parser("hosts", help="people who may log in to the host pages")
    hsub = hosts.add_subparsers(dest="hosts_command", required=True, parser_class=OneLineParser)
    hadd = hsub.add_parser("add", help="add a host (or set a new password); the password is read from stdin")
    hadd.add_argument("username")
    common(hadd)
    hadd.set_defaults(func=with_store(_add))
    hunlock = hsub.add_parser("unlock", help="end the login throttle on a host's account (after failed logins)")
    hunlock.add_argument("username")
    common(hunlock)
    hunlock.set_defaults(func=with_store(_unlock))


def _add(store: ServerStore, args: argparse.Namespace) -> int:
    import getpass

    from ..hosts import Hosts

    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    Hosts(store.engine).add(args.username, password)
    print(f"host {args.username} can log in to the host pages")
    return 0


def _unlock(store: ServerStore, args: argparse.Namespace) -> int:
    from ..hosts import Hosts

    was = Hosts(store.engine).unlock(args.username)
    print(f"host {args.username} may log in again" if was else f"host {args.username} was not locked")
    return 0
