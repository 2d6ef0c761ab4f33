"""`kiosk run`: the fullscreen kiosk at the door."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kiosk.core.instance_lock import DataDirInUse, InstanceLock
from kiosk.exitcodes import EXIT_USAGE

from .common import Commands, data_dir_arg, fail


def register(commands: Commands) -> None:
    run = commands.add_parser("run", help="start the fullscreen kiosk")
    run.add_argument("--camera", metavar="SOURCE",
                     help="camera index, /dev path, or a video or image file "
                          "(default: the first webcam, else the demo feed)")
    run.add_argument("--windowed", action="store_true", help="a normal window, for development")
    run.add_argument("--lang", choices=["da", "en", "de"], help="start in this language")
    run.add_argument("--no-demo", action="store_true", help="do not add demo members to a new database")
    run.add_argument("--log-json", action="store_true", help="log JSON lines on stderr")
    data_dir_arg(run)
    run.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from kiosk import paths

    data_dir = args.data_dir or paths.default_data_dir()
    try:  # held for the door's whole life: `kiosk restore` must not replace the database under it
        running = InstanceLock(data_dir, "the door (kiosk run)").acquire()
    except DataDirInUse as exc:
        return fail(f"{data_dir} is in use by {exc.holder}: one door per data dir; wait for it to finish "
                    "or stop it first")
    except OSError as exc:
        return fail(f"cannot use the data directory {data_dir}: {exc.strerror}")
    try:
        return _run_holding(args, data_dir)
    finally:
        running.release()


def _run_holding(args: argparse.Namespace, data_dir: Path) -> int:
    from kiosk import app
    from kiosk.core.errors import KioskError

    try:
        kiosk = app.build(data_dir)
    except KioskError as exc:
        # On a screen, say it there too: a kiosk started by its session has nobody reading stderr.
        if any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
            fail(str(exc))
            app.show_problem(str(exc), windowed=args.windowed)
            return EXIT_USAGE
        raise
    try:
        return app.run_kiosk(kiosk, args.camera, args.windowed, args.lang, demo=not args.no_demo)
    finally:
        kiosk.close()
