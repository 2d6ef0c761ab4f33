"""What the kiosk's command groups share: the --data-dir flag, the error line, and the wrapper
that opens the kiosk for a command and closes it after."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.exitcodes import EXIT_USAGE

if TYPE_CHECKING:
    from kiosk.app import Kiosk

#: The subparsers object every command group adds its commands to.
Commands = Any
Handler = Callable[[argparse.Namespace], int]


def data_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=None,
                   help="where the database and keys live (default: KIOSK_DATA_DIR or the user data dir)")


def fail(message: str) -> int:
    print(f"kiosk: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def with_kiosk(handler: Callable[[Kiosk, argparse.Namespace], int]) -> Handler:
    """A command that works on the kiosk's data: open it (migrating the database) and close it after."""

    def run(args: argparse.Namespace) -> int:
        from kiosk import app

        kiosk = app.build(args.data_dir)
        try:
            return handler(kiosk, args)
        finally:
            kiosk.close()

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run
