"""`kiosk host-pin`: a host's own PIN, and ending a PIN lockout at the machine."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.exitcodes import EXIT_OK

from .common import Commands, data_dir_arg, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    pin = commands.add_parser("host-pin", help="set a host's own PIN (read from stdin), or end a PIN lockout")
    pin.add_argument("--host", metavar="MEMBER_ID", help="whose PIN (needed when there are several hosts)")
    pin.add_argument("--unlock", action="store_true", help="end every host PIN lockout now (at the machine)")
    data_dir_arg(pin)
    pin.set_defaults(func=with_kiosk(_host_pin))


def _host_pin(kiosk: Kiosk, args: argparse.Namespace) -> int:
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
