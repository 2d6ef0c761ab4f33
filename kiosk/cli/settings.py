"""`kiosk settings [set KEY VALUE]`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser
from kiosk.exitcodes import EXIT_OK

from .common import Commands, data_dir_arg, fail, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    settings = commands.add_parser("settings", help="show or change the kiosk's settings")
    settings.add_argument("--json", action="store_true")
    data_dir_arg(settings)
    settings.set_defaults(func=with_kiosk(_settings))
    ssub = settings.add_subparsers(dest="settings_command", parser_class=OneLineParser)
    sset = ssub.add_parser("set", help="change one setting, e.g. camera /dev/v4l/by-id/...")
    sset.add_argument("key")
    sset.add_argument("value")
    data_dir_arg(sset)


def _settings(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk import app
    from kiosk.domain.settings import InvalidSetting, SpaceSettings

    current = kiosk.settings
    if getattr(args, "settings_command", None) == "set":
        try:
            current = SpaceSettings.from_mapping({**current.to_mapping(), args.key: args.value})
        except InvalidSetting as exc:
            return fail(str(exc))
        app.apply_settings(kiosk, current)
    values = current.to_mapping()
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
    else:
        for key, value in values.items():
            print(f"{key:<16} {value}")
    return EXIT_OK
