"""What the kiosk's and the server's command lines share: the parser's one-line errors and the
flags of `members add`."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from kiosk.exitcodes import EXIT_USAGE


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one plain line, not the usage block
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def add_member_arguments(parser: argparse.ArgumentParser) -> None:
    """`members add` on the kiosk and on the server take the same flags."""
    parser.add_argument("--name", required=True)
    parser.add_argument("--email", default="")
    parser.add_argument("--plan", choices=["monthly", "clipcard", "daypass"], default="monthly")
    parser.add_argument("--clips", type=int, default=0)
    parser.add_argument("--valid-until", metavar="YYYY-MM-DD")
    parser.add_argument("--host", action="store_true", help="a host: their card also opens the host view")
    parser.add_argument("--any-hour", action="store_true",
                        help="may open the door at any hour (key-holders, 24/7 plans), with a phone pass or card + PIN")
    parser.add_argument("--language", choices=["da", "en", "de"],
                        help="the member's language: the door answers their card in it (default: the door's)")
    parser.add_argument("--json", action="store_true")


def add_yes_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--yes", action="store_true", help=f"{what} without asking (for a script)")


def asked_once(what_happens: str, assume_yes: bool, verb: str) -> int | None:
    """A destructive command asks once and says what will happen: None to go on, or the exit
    code when the person said no (or nobody could be asked: a script says --yes)."""
    if assume_yes:
        return None
    if not sys.stdin.isatty():
        print(f"kiosk: error: this would {what_happens}; add --yes to do it", file=sys.stderr)
        return EXIT_USAGE
    try:
        answer = input(f"{what_happens[0].upper()}{what_happens[1:]}. Type yes to {verb}: ")
    except EOFError:
        answer = ""
    if answer.strip().lower() != "yes":
        print("nothing was changed")
        return EXIT_USAGE
    return None
