"""What the server's command groups share: the data dir, the flags every command takes, the error
line, and the wrapper that opens the server's store for a command and closes it after."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from kiosk.exitcodes import EXIT_USAGE

if TYPE_CHECKING:
    from ..store import ServerStore

#: The subparsers object every command group adds its commands to.
Commands = Any
Handler = Callable[[argparse.Namespace], int]


def default_data_dir() -> Path:
    env = os.environ.get("KIOSK_SERVER_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("door-kiosk-server"))


def common(p: argparse.ArgumentParser) -> None:
    """--data-dir, --db and --timezone: every server command takes them."""
    p.add_argument("--data-dir", type=Path, default=None, help="server data dir (KIOSK_SERVER_DATA_DIR)")
    p.add_argument("--db", default=os.environ.get("KIOSK_SERVER_DB"),
                   help="database URL, e.g. postgresql+psycopg://user@host/db (default: SQLite in the data dir)")
    p.add_argument("--timezone", default=os.environ.get("KIOSK_SERVER_TZ", "Europe/Copenhagen"),
                   help="the spaces' time zone: what 'today' is, and the times on the host pages "
                        "(KIOSK_SERVER_TZ; default Europe/Copenhagen)")


def fail(message: str) -> int:
    print(f"kiosk: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def with_store(handler: Callable[[ServerStore, argparse.Namespace], int]) -> Handler:
    """A command on the server's data: open the store (migrating the database), say a refusal in one
    line, and close it after."""

    def run(args: argparse.Namespace) -> int:
        from kiosk.core.errors import InvalidInput

        from ..runner import build_store
        from ..store import ServerError

        store = build_store(args.data_dir or default_data_dir(), args.db, args.timezone)
        try:
            return handler(store, args)
        except (ServerError, InvalidInput) as exc:
            return fail(str(exc))
        finally:
            store.engine.dispose()

    run.__name__ = handler.__name__
    run.__doc__ = handler.__doc__
    return run
