"""The `kiosk` command. `kiosk server ...` goes to the central server's command line, everything
else to the kiosk's: the kiosk's own modules never import the server, and the server never
imports the kiosk's (import-linter holds both)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.exitcodes import EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["server"]:
        try:
            import fastapi  # noqa: F401
            import uvicorn  # noqa: F401
        except ImportError:
            print("kiosk: error: the server is an extra: .venv/bin/pip install -e '.[server]'", file=sys.stderr)
            return EXIT_USAGE
        from kiosk.server.cli import main as server_main

        return server_main(args[1:])
    from kiosk.cli import main as kiosk_main

    return kiosk_main(args)
