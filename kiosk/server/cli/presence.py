"""`kiosk server presence`: who is in now across kiosks."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from .common import Commands, common, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    presence = commands.add_parser("presence", help="who is in now across kiosks")
    presence.add_argument("--json", action="store_true")
    common(presence)
    presence.set_defaults(func=with_store(_presence))


def _presence(store: ServerStore, args: argparse.Namespace) -> int:
    presence = store.presence()
    if args.json:
        print(json.dumps(presence, ensure_ascii=False))
        return 0
    print(f"{presence['date']}: {len(presence['in_now'])} in now")  # type: ignore[arg-type]
    for e in presence["visits"]:  # type: ignore[attr-defined]
        print(f"  {e['member_id']}  {e['name']:<30} {e['kiosk']:<12} {e['checked_in_at']} - "
              f"{e['checked_out_at'] or 'in now'}")
    return 0
