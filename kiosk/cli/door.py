"""`kiosk checkin`, `kiosk presence` and `kiosk evacuation`: what happens at the door."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.members import iso_or_none
from kiosk.exitcodes import EXIT_OK, EXIT_REFUSED

from .common import Commands, data_dir_arg, fail, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk


def register(commands: Commands) -> None:
    checkin = commands.add_parser("checkin", help="decide a code exactly as a scan at the door would")
    checkin.add_argument("code")
    checkin.add_argument("--json", action="store_true")
    checkin.add_argument("--pin", help="the member's door PIN, as typed after the card (card + PIN)")
    checkin.add_argument("--out", action="store_true",
                         help="answer Out to the door's In / Out question (a member whose visit is open)")
    data_dir_arg(checkin)
    checkin.set_defaults(func=with_kiosk(_checkin))

    presence = commands.add_parser("presence", help="who is in now and who came on a day")
    presence.add_argument("--date", metavar="YYYY-MM-DD")
    presence.add_argument("--json", action="store_true")
    data_dir_arg(presence)
    presence.set_defaults(func=with_kiosk(_presence))

    evacuation = commands.add_parser("evacuation", help="the evacuation list of everyone in now, as a PDF")
    evacuation.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    data_dir_arg(evacuation)
    evacuation.set_defaults(func=with_kiosk(_evacuation))


def _checkin(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.domain.codes import normalize_short_code

    # The short code printed under the QR is decided like the door's "type the code" keypad.
    if normalize_short_code(args.code) is not None:
        result = kiosk.checkin.check_in_short_code(args.code, source="cli")
    else:
        result = kiosk.checkin.check_in_code(args.code, source="cli", pin=args.pin)
    # The lock opens as the door would: after the check-in is committed, with its answer recorded.
    door = kiosk.door.open(result.member_id, result.door, result.credential)
    kiosk.door.finish()  # a GPIO relay this process holds open goes back to rest before it exits
    if door.ask_in_or_out and args.out and result.member_id:
        result = kiosk.checkin.check_out_at_door(result.member_id)
    if args.json:
        print(json.dumps({
            "outcome": result.outcome.value, "shown_as": result.shown_as.value,
            "reason": result.refusal.value if result.refusal else None,
            "member_id": result.member_id, "name": result.name, "clips_left": result.clips_left,
            "valid_until": iso_or_none(result.valid_until), "others_in": result.others_in,
            "minutes_today": int(result.time_today.total_seconds() // 60),
            "at": result.at.isoformat(), "event_id": result.event_id,
            "door": door.door, "door_reason": door.reason, "lock": door.answered_by or None,
            "door_seconds": door.seconds, "ask_in_or_out": door.ask_in_or_out}, ensure_ascii=False))
    else:
        who = f" {result.name}" if result.name else ""
        why = f": {result.refusal.value}" if result.refusal else ""
        door_line = f"  door {door.door}" + (f" ({door.reason})" if door.reason and door.reason != "no_lock" else "")
        print(f"{result.outcome.value}{who}{why}{door_line if kiosk.door.active else ''}")
    return EXIT_REFUSED if result.refusal else EXIT_OK


def _presence(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.core.members import parse_date

    day: date | None = parse_date(args.date or "", "--date")
    p = kiosk.presence.on(day)
    tz = kiosk.settings.rules().tz

    def entry(e: Any) -> dict[str, Any]:
        return {"member_id": e.member_id, "name": e.name, "demo": e.demo,
                "checked_in_at": e.checked_in_at.astimezone(tz).isoformat(),
                "checked_out_at": e.checked_out_at.astimezone(tz).isoformat() if e.checked_out_at else None,
                "checkout": e.checkout_kind}

    if args.json:
        print(json.dumps({"date": p.day.isoformat(), "in_now": [entry(e) for e in p.in_now],
                          "visits": [entry(e) for e in p.visits]}, ensure_ascii=False))
        return EXIT_OK
    print(f"{p.day.isoformat()}: {len(p.in_now)} in now, {len(p.visits)} visits")
    for e in p.visits:
        end = e.checked_out_at.astimezone(tz).strftime("%H:%M") if e.checked_out_at else "in now"
        auto = " (auto)" if e.checkout_kind == "auto" else ""
        print(f"  {e.member_id}  {e.name:<30} {e.checked_in_at.astimezone(tz):%H:%M} - {end}{auto}")
    return EXIT_OK


def _evacuation(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.core.documents.evacuation import save_evacuation_pdf

    if args.out.suffix.lower() != ".pdf":
        return fail(f"{args.out.name}: the evacuation list is written as .pdf")
    people = kiosk.presence.on().in_now
    made_at = kiosk.clock.now().astimezone(kiosk.settings.rules().tz)
    try:
        pages = save_evacuation_pdf(kiosk.settings.space_name, people, made_at, args.out, kiosk.settings.language)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc.strerror}")
    print(f"{len(people)} people in now; wrote {pages} page(s) to {args.out}")
    return EXIT_OK
