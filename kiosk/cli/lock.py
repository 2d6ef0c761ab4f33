"""`kiosk lock set|show|test|rest|pin|any-hour|approve`: the door's lock and who it opens for."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from kiosk.core.cliargs import OneLineParser
from kiosk.exitcodes import EXIT_OK, EXIT_REFUSED

from .common import Commands, data_dir_arg, fail, with_kiosk

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.lock.config import LockConfigProblem

#: How each interface words a lock setting a person got wrong (kiosk.lock.config codes).
CONFIG_WORDS = {
    "unknown_kind": "unknown lock {kind!r}: choose shelly, nuki, gpio or none",
    "bad_seconds": "--seconds must be 1 to {most}",
    "bad_url": "{url!r} is not an address like http://192.168.1.20",
    "password_required": "a Shelly needs its password (--password): a Shelly without one can be switched "
                         "by anyone on its network; set one in the Shelly's app or web page first",
    "token_required": "a Nuki Bridge needs its API token (--token), from the Nuki app's bridge settings",
    "bad_lock_id": "--lock-id {lock_id!r} is not a Nuki id (digits, from the bridge's /list)",
    "bad_line": "{line!r} is not a GPIO line like gpiochip0:17",
    "bad_sensor_input": "--sensor-input is the Shelly's input the door contact is wired to: 0 to {most}",
}
#: What the door sensor said (kiosk.lock.port.DoorState).
SENSOR_WORDS = {
    "open": "the door is open",
    "closed": "the door is closed",
    "unknown": "the sensor answered without a state (calibrating, or the input is not a switch)",
    "not_answering": "the sensor could not be read (unplugged, off the network, or a wrong password or token)",
}
#: What became of a lock's answer, in words (kiosk.lock.port.LockStatus).
STATUS_WORDS = {
    "opened": "opened",
    "no_lock": "no lock is set (kiosk lock set ...)",
    "not_answering": "the lock did not answer (unplugged, off the network, or too slow)",
    "wrong_secret": "the lock refused the password or token",
    "insecure": "the Shelly has no password: it was not switched (set one, then kiosk lock set again)",
    "failed": "the lock answered with an error or something that is not its protocol",
}


def register(commands: Commands) -> None:
    lock = commands.add_parser("lock", help="the door's lock: set, show, test; door PINs and 24/7 rights")
    sub = lock.add_subparsers(dest="lock_command", required=True, parser_class=OneLineParser)

    setp = sub.add_parser("set", help="choose the lock: shelly URL, nuki URL, gpio CHIP:LINE or none")
    kinds = setp.add_subparsers(dest="kind", required=True, parser_class=OneLineParser)
    shelly = kinds.add_parser("shelly", help="a Shelly Gen2/Gen3 relay (local RPC, password required)")
    shelly.add_argument("url")
    shelly.add_argument("--password", required=True)
    shelly.add_argument("--sensor-input", type=int, metavar="N",
                        help="the Shelly's input wired to a door contact (closed = door closed): held/forced open")
    nuki = kinds.add_parser("nuki", help="a Nuki smart lock through a Nuki Bridge's HTTP API")
    nuki.add_argument("url")
    nuki.add_argument("--token", required=True)
    nuki.add_argument("--lock-id", required=True)
    nuki.add_argument("--door-sensor", action="store_true",
                      help="watch the lock's door sensor (held/forced open)")
    gpio = kinds.add_parser("gpio", help="a relay or strike on a GPIO line (libgpiod; unproven on hardware)")
    gpio.add_argument("line", metavar="CHIP:LINE")
    gpio.add_argument("--active-low", action="store_true")
    none = kinds.add_parser("none", help="no lock: the door only records (the default)")
    for p in (shelly, nuki, gpio, none):
        p.add_argument("--seconds", type=int, default=5, help="how long the door stays released (1-30)")
        data_dir_arg(p)
        p.set_defaults(func=with_kiosk(_set))

    show = sub.add_parser("show", help="which lock is set (never its password or token)")
    show.add_argument("--json", action="store_true")
    data_dir_arg(show)
    show.set_defaults(func=with_kiosk(_show))
    test = sub.add_parser("test", help="open the door once and say what answered")
    test.add_argument("--json", action="store_true")
    data_dir_arg(test)
    test.set_defaults(func=with_kiosk(_test))
    sensor = sub.add_parser("sensor", help="read the door sensor once and say what it says (records nothing)")
    sensor.add_argument("--json", action="store_true")
    data_dir_arg(sensor)
    sensor.set_defaults(func=with_kiosk(_sensor))
    rest = sub.add_parser("rest", help="return the lock to rest (the unit runs it before every start)")
    data_dir_arg(rest)
    rest.set_defaults(func=with_kiosk(_rest))

    pin = sub.add_parser("pin", help="set a member's door PIN (card + PIN opens after hours); reads it from stdin")
    pin.add_argument("member_id")
    data_dir_arg(pin)
    pin.set_defaults(func=with_kiosk(_pin))
    any_hour = sub.add_parser("any-hour", help="give or take a member's right to open at any hour")
    any_hour.add_argument("member_id")
    any_hour.add_argument("state", choices=["on", "off"])
    data_dir_arg(any_hour)
    any_hour.set_defaults(func=with_kiosk(_any_hour))
    approve = sub.add_parser("approve", help="let a guest's day pass open the door today (inside opening hours)")
    approve.add_argument("member_id")
    data_dir_arg(approve)
    approve.set_defaults(func=with_kiosk(_approve))
    fob = sub.add_parser("fob", help="enrol a fob (its UID, as its USB reader types it) to a member, or --remove it; "
                                     "fobs open only with `kiosk settings set fobs on`, inside opening hours")
    fob.add_argument("uid")
    fob.add_argument("member_id", nargs="?")
    fob.add_argument("--remove", action="store_true")
    data_dir_arg(fob)
    fob.set_defaults(func=with_kiosk(_fob))


def config_words(problem: LockConfigProblem) -> str:
    return CONFIG_WORDS[problem.code].format(**problem.args_)


def _set(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.lock.config import LockConfig, LockConfigProblem, parse_gpio_line

    try:
        if args.kind == "shelly":
            config = LockConfig("shelly", url=args.url, password=args.password, seconds=args.seconds,
                                sensor_input=args.sensor_input)
        elif args.kind == "nuki":
            config = LockConfig("nuki", url=args.url, token=args.token, lock_id=args.lock_id, seconds=args.seconds,
                                door_sensor=args.door_sensor)
        elif args.kind == "gpio":
            chip, line = parse_gpio_line(args.line)
            config = LockConfig("gpio", chip=chip, line=line, active_low=args.active_low, seconds=args.seconds)
        else:
            config = LockConfig("none", seconds=args.seconds)
        kiosk.door.set_lock(config)
    except LockConfigProblem as problem:
        return fail(config_words(problem))
    print(f"lock set: {kiosk.door.config.kind}; `kiosk lock test` opens the door once to try it")
    return EXIT_OK


def _show(kiosk: Kiosk, args: argparse.Namespace) -> int:
    shown = kiosk.door.config.public()
    if args.json:
        print(json.dumps(shown))
        return EXIT_OK
    print("  ".join(f"{k}={v}" for k, v in shown.items() if v not in ("", None)))
    return EXIT_OK


def _sensor(kiosk: Kiosk, args: argparse.Namespace) -> int:
    from kiosk.lock.drivers import make_sensor

    sensor = make_sensor(kiosk.door.config, kiosk.door.driver)
    if sensor is None:
        return fail("no door sensor is set (kiosk lock set shelly ... --sensor-input N, or nuki ... --door-sensor)")
    reading = sensor.read_door()
    if args.json:
        print(json.dumps({"door": reading.state.value, "detail": reading.detail}))
    else:
        print(SENSOR_WORDS[reading.state.value])
    return EXIT_REFUSED if reading.state.value == "not_answering" else EXIT_OK


def _test(kiosk: Kiosk, args: argparse.Namespace) -> int:
    result = kiosk.door.test()
    kiosk.door.finish()
    if args.json:
        print(json.dumps({"status": result.status.value, "answered_by": result.answered_by,
                          "detail": result.detail}))
    else:
        print(f"{result.answered_by}: {STATUS_WORDS[result.status.value]}")
    return EXIT_OK if result.opened else EXIT_REFUSED


def _rest(kiosk: Kiosk, args: argparse.Namespace) -> int:
    try:
        kiosk.door.rest()
    except OSError as exc:
        return fail(f"could not return the lock to rest: {exc.strerror or exc}")
    return EXIT_OK


def _pin(kiosk: Kiosk, args: argparse.Namespace) -> int:
    pin = sys.stdin.readline().strip()
    kiosk.door.set_member_pin(args.member_id, pin)
    print("door PIN set")
    return EXIT_OK


def _any_hour(kiosk: Kiosk, args: argparse.Namespace) -> int:
    kiosk.door.set_any_hour(args.member_id, args.state == "on")
    print(f"any hour: {args.state}")
    return EXIT_OK


def _fob(kiosk: Kiosk, args: argparse.Namespace) -> int:
    if args.remove:
        kiosk.door.remove_fob(args.uid)
        print("removed: that fob opens nothing here")
        return EXIT_OK
    if not args.member_id:
        return fail("name the member: kiosk lock fob UID MEMBER_ID (or --remove)")
    kiosk.door.enrol_fob(args.member_id, args.uid)
    state = "on" if kiosk.settings.fobs else "off (kiosk settings set fobs on)"
    print(f"enrolled: the fob opens for this member like their card, inside opening hours; fobs are {state}")
    return EXIT_OK


def _approve(kiosk: Kiosk, args: argparse.Namespace) -> int:
    kiosk.door.approve_guest(args.member_id, by=None)
    print("approved: the day pass opens the door inside opening hours today")
    return EXIT_OK
