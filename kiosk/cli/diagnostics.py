"""`kiosk scan` and `kiosk doctor`: look at images and at the machine, without opening the kiosk."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kiosk.exitcodes import EXIT_OK, EXIT_UNHEALTHY, EXIT_USAGE

from .common import Commands, data_dir_arg, fail


def register(commands: Commands) -> None:
    scan = commands.add_parser("scan", help="decode QR codes in image files or folders (no check-in)")
    scan.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("--decoder", choices=["auto", "zxing-cpp", "pyzbar"], default="auto")
    scan.set_defaults(func=_scan)

    doctor = commands.add_parser("doctor", help="check the camera, decoders, database, disk, clock and server")
    doctor.add_argument("--json", action="store_true")
    doctor.add_argument("--no-camera", action="store_true", help="do not open the cameras (the kiosk has it)")
    data_dir_arg(doctor)
    doctor.set_defaults(func=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk import health, paths

    checks = health.run_checks(args.data_dir or paths.default_data_dir(), camera=not args.no_camera)
    ok = health.healthy(checks)
    if args.json:
        by_name = {c.name: c for c in checks}
        camera = by_name.get("camera")
        print(json.dumps({"ok": ok, "checks": [asdict(c) for c in checks],
                          "cameras": camera.data["cameras"] if camera else [],
                          "decoders": by_name["decoders"].data["decoders"]}, ensure_ascii=False))
    else:
        for c in checks:
            mark = {"ok": "ok", "warning": "WARNING", "problem": "PROBLEM", "unknown": "unknown"}[c.status]
            print(f"{c.name:<9} {mark:<8} {c.says}")
        print("all is well" if ok else "something needs attention (see above)")
    return EXIT_OK if ok else EXIT_UNHEALTHY


def _scan(args: argparse.Namespace) -> int:
    from kiosk.scan.isolated import IsolatedDecoder, timeout_scale
    from kiosk.scan.passes import STILL_PASSES
    from kiosk.scan.pipeline import UnreadableImage, load_gray
    from kiosk.scan.sources import IMAGE_SUFFIXES

    files: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES))
        else:
            files.append(path)
    # A crafted code may crash a decoder, not this command.
    isolated = IsolatedDecoder(timeout=30.0, scale=timeout_scale())
    try:
        if args.decoder != "auto" and args.decoder not in isolated.decoders:
            return fail(f"decoder {args.decoder} is not available on this machine")
        passes = [p for p in STILL_PASSES if args.decoder in ("auto", p.decoder)]
        status = EXIT_OK
        for file in files:
            start = time.perf_counter()
            try:
                gray = load_gray(file)
            except UnreadableImage as exc:
                print(f"kiosk: error: {exc}", file=sys.stderr)
                status = EXIT_USAGE
                continue
            failures = isolated.crashes + isolated.hangs
            codes = isolated.decode(gray, passes, run_all=True)  # every code in the photo, once
            if isolated.crashes + isolated.hangs > failures:
                print(f"kiosk: error: {file}: a decoder crashed or hung on this image", file=sys.stderr)
                status = EXIT_USAGE
                continue
            ms = (time.perf_counter() - start) * 1000
            if args.json:
                print(json.dumps({"file": str(file), "codes": [
                    {"text": c.text, "corners": [[round(x, 1), round(y, 1)] for x, y in c.corners]}
                    for c in codes], "ms": round(ms, 2)}, ensure_ascii=False))
            else:
                texts = ", ".join(repr(c.text) for c in codes) or "no code found"
                print(f"{file}: {texts}  ({ms:.0f} ms)")
        return status
    finally:
        isolated.close()
