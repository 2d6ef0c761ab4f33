"""`kiosk enroll` and `kiosk sync --once`: the kiosk and its central server. (`kiosk server ...`
itself is listed here for --help only: kiosk.entry hands it to the server before this parser runs,
so the kiosk's own modules never import the server.)"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from kiosk.exitcodes import EXIT_OFFLINE, EXIT_OK, EXIT_USAGE

from .common import Commands, data_dir_arg, fail, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    enroll = commands.add_parser("enroll", help="join this kiosk to a central server")
    enroll.add_argument("--server", required=True, metavar="URL")
    enroll.add_argument("--code", required=True)
    enroll.add_argument("--replace-roster", action="store_true",
                        help="let the server's roster replace this kiosk's own members")
    enroll.add_argument("--insecure-http", action="store_true",
                        help="allow http:// to a server that is not this machine (the token and roster "
                             "travel unencrypted: use https:// behind a TLS proxy instead)")
    data_dir_arg(enroll)
    enroll.set_defaults(func=with_kiosk(_enroll))
    sync = commands.add_parser("sync", help="sync with the central server")
    sync.add_argument("--once", action="store_true", required=True, help="one round: push events, pull roster")
    sync.add_argument("--json", action="store_true")
    data_dir_arg(sync)
    sync.set_defaults(func=with_kiosk(_sync))

    server = commands.add_parser("server", help="the central server: kiosk server --help "
                                                "(needs `pip install .[server]`)", add_help=False)
    server.set_defaults(func=_server)


def _server(args: argparse.Namespace) -> int:  # only when called past kiosk.entry
    return fail("the server's commands run through the kiosk command: kiosk server --help")


def _enroll(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.sync.client import Incompatible, Rejected, ServerUnavailable
    from kiosk.sync.engine import EnrollRefused, NotEnrolled
    from kiosk.sync.enrollment import PlainHttpRefused, join_server

    try:  # the one enrollment use case, as the first-run set-up on the screen calls it
        joined = join_server(kiosk.sync, args.server, args.code, args.replace_roster, args.insecure_http)
    except PlainHttpRefused as exc:
        return fail(f"{exc}, or add --insecure-http to accept that")
    except (NotEnrolled, EnrollRefused) as exc:
        return fail(str(exc))
    except (Rejected, Incompatible) as exc:
        return fail(f"enrollment failed: {exc}")
    except ServerUnavailable as exc:
        return _offline(exc)
    response, report = joined.response, joined.first_round
    print(f"enrolled as {response.kiosk_name}; pulled {report.pulled} roster changes"
          + (f" (sync: {report.error})" if report.error else ""))
    return EXIT_OK


def _sync(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk.sync.client import Incompatible, Rejected, ServerUnavailable
    from kiosk.sync.engine import EnrollRefused, NotEnrolled

    try:
        report = kiosk.sync.run_once()
    except (NotEnrolled, EnrollRefused) as exc:
        return fail(str(exc))
    except (Rejected, Incompatible) as exc:
        return fail(f"the server refused this kiosk: {exc}")
    except ServerUnavailable as exc:
        return _offline(exc)
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
    if report.revoked or report.incompatible:  # reached, and refused: a person must act, waiting will not help
        return EXIT_USAGE
    return EXIT_OFFLINE if report.error else EXIT_OK


def _offline(exc: Exception) -> int:
    print(f"kiosk: error: the server could not be reached: {exc}", file=sys.stderr)
    return EXIT_OFFLINE
