"""Every command line the README shows is run here, against scratch data dirs, as a person would
type it (with the README's placeholders filled in), or is named below with why it cannot run in a
test. A README line that is in neither list fails the test, so the README and the program cannot
drift apart unnoticed."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# README line (without its comment) -> the command lines to run, in order. {x} are filled from
# what earlier commands printed.
RUN: dict[str, list[str]] = {
    'kiosk members add --name "Mette Jensen" --email mette@example.dk --plan clipcard --clips 10 --json':
        ['kiosk members add --name "Mette Jensen" --email mette@example.dk --plan clipcard --clips 10 --json'],
    'kiosk members add --name "Lars Holm" --plan monthly --valid-until 2026-12-31':
        ['kiosk members add --name "Lars Holm" --plan monthly --valid-until 2026-12-31'],
    "kiosk members list [--json]": ["kiosk members list", "kiosk members list --json"],
    "kiosk members import members.csv": ["kiosk members import {members_csv}"],
    "kiosk card MEMBER_ID --out mette.pdf": ["kiosk card {member_id} --out {tmp}/mette.pdf",
                                             "kiosk card {member_id} --out {tmp}/mette.png"],
    "kiosk checkin CODE [--json]": ["kiosk checkin {code}", "kiosk checkin {code} --json"],
    "kiosk presence [--date 2026-11-26] [--json]": ["kiosk presence", "kiosk presence --date 2026-11-26 --json"],
    "kiosk scan photo.jpg folder/ --json": ["kiosk scan {tmp}/mette.png {tmp}/photos/ --json"],
    "kiosk evacuation --out list.pdf": ["kiosk evacuation --out {tmp}/list.pdf"],
    "kiosk export visits --from 2026-11-01 --to 2026-11-30 --out visits.csv":
        ["kiosk export visits --from 2026-11-01 --to 2026-11-30 --out {tmp}/visits.csv"],
    "kiosk export members --out members.csv": ["kiosk export members --out {tmp}/roster.csv"],
    "kiosk settings [--json]": ["kiosk settings", "kiosk settings --json"],
    "kiosk settings set camera /dev/v4l/by-id/usb-046d_HD_Webcam-video-index0":
        ["kiosk settings set camera /dev/v4l/by-id/usb-046d_HD_Webcam-video-index0"],
    "kiosk settings set critical_mass 4": ["kiosk settings set critical_mass 4"],
    "kiosk lock set shelly http://192.168.1.20 --password 'the-shelly-password' --seconds 5":
        ["kiosk lock set shelly http://192.168.1.20 --password 'the-shelly-password' --seconds 5"],
    "kiosk lock show": ["kiosk lock show", "kiosk lock show --json"],
    "kiosk lock set shelly http://192.168.1.20 --password 'the-shelly-password' --sensor-input 0":
        ["kiosk lock set shelly http://192.168.1.20 --password 'the-shelly-password' --sensor-input 0"],
    "kiosk settings set held_open_seconds 60": ["kiosk settings set held_open_seconds 60"],
    'kiosk settings set opening_hours "mon-fri 07:00-22:00; sat 09:00-17:00"':
        ['kiosk settings set opening_hours "mon-fri 07:00-22:00; sat 09:00-17:00"'],
    'kiosk settings set closed_days "2026-12-24, dk-holidays"':
        ['kiosk settings set closed_days "2026-12-24, dk-holidays"'],
    'kiosk members add --name "Kim Nøgle" --any-hour': ['kiosk members add --name "Kim Nøgle" --any-hour'],
    "kiosk lock set none": ["kiosk lock set none"],
    "kiosk settings set text_size large": ["kiosk settings set text_size large"],
    "kiosk members topup MEMBER_ID --clips 10 --amount 450,00 --method mobilepay":
        ["kiosk members topup {member_id} --clips 10 --amount 450,00 --method mobilepay"],
    "kiosk purge [--json]": ["kiosk purge", "kiosk purge --json"],
    "kiosk policy show privacy --lang de": ["kiosk policy show privacy --lang de"],
    "kiosk policy set house_rules --lang da rules.txt": ["kiosk policy set house_rules --lang da {rules_txt}"],
    "kiosk stats [--from 2026-11-01 --to 2026-11-30] [--json]":
        ["kiosk stats", "kiosk stats --from 2026-11-01 --to 2026-11-30 --json"],
    "kiosk members erase MEMBER_ID [--yes]": ["kiosk members erase {lars_id} --yes"],
    "kiosk server members add --name \"Mette Jensen\" --plan clipcard --clips 10 --json":
        ["kiosk server members add --name \"Mette Jensen\" --plan clipcard --clips 10 --json"],
    "kiosk server members list | import FILE.csv": ["kiosk server members list",
                                                     "kiosk server members import {members_csv}"],
    "kiosk server card MEMBER_ID --out mette.pdf": ["kiosk server card {server_member_id} --out {tmp}/s.pdf"],
    "kiosk server kiosks add front-door --location Klitmøller --json":
        ["kiosk server kiosks add front-door --location Klitmøller --json"],
    "kiosk server kiosks list | revoke NAME [--undo-since 2026-12-07T08:00] [--yes]":
        ["kiosk server kiosks list", "kiosk server kiosks revoke front-door --undo-since 2026-12-07T08:00 --yes"],
    "kiosk server presence [--json]": ["kiosk server presence", "kiosk server presence --json"],
    "kiosk server backup --out server.tar | restore server.tar [--yes]":
        ["kiosk server backup --out {tmp}/server.tar", "kiosk server restore {tmp}/server.tar --yes"],
    "kiosk server hosts add anna": ["kiosk server hosts add anna < {password}"],
    "kiosk server hosts unlock anna": ["kiosk server hosts unlock anna"],
    "kiosk server requests list [--json]": ["kiosk server requests list", "kiosk server requests list --json"],
    "kiosk server kiosks permissions front-door": ["kiosk server kiosks permissions front-door"],
    "kiosk server kiosks permissions front-door --allow new_card update --deny add --top-up-limit 20":
        ["kiosk server kiosks permissions front-door --allow new_card update --deny add --top-up-limit 20"],
    "kiosk server kiosks permissions front-door --reset": ["kiosk server kiosks permissions front-door --reset"],
    'kiosk server keys list | rotate | revoke KEY_ID --reason "laptop stolen" [--yes]':
        ["kiosk server keys list", "kiosk server keys rotate", "kiosk server keys list --json",
         'kiosk server keys revoke {old_key_id} --reason "laptop stolen" --yes'],
    "kiosk doctor [--json] [--no-camera]": ["kiosk doctor --no-camera", "kiosk doctor --json --no-camera"],
    "kiosk backup --out /media/stick/kiosk.sqlite3": ["kiosk backup --out {tmp}/stick/kiosk.sqlite3"],
    "kiosk backup --show-key": ["kiosk backup --show-key"],
    "kiosk restore /media/stick/kiosk.sqlite3 [--yes]": ["kiosk restore {tmp}/stick/kiosk.sqlite3 --yes"],
}

# README line -> why a test does not run it as written (each is covered elsewhere, named here).
NOT_RUN: dict[str, str] = {
    "kiosk run [--camera 0|/dev/v4l/by-id/...|video.mp4|image.png] [--windowed] [--lang da|en|de]":
        "opens the fullscreen app: tests/e2e start it under Xvfb",
    "kiosk server run": "serves until stopped: tests/sync start the server on loopback",
    "kiosk server run --db postgresql+psycopg://kiosk@db/kiosk --workers 2": "serves until stopped",
    "kiosk server run --timezone Europe/Berlin": "serves until stopped",
    "kiosk server run --host 127.0.0.1 --port 8470 --public-url https://kiosk.example.dk --trusted-proxy 127.0.0.1":
        "serves until stopped: tests/sync/test_tls_proxy.py runs it behind Caddy",
    "kiosk server requests approve ID [--host anna]": "needs a kiosk's pending request: test_server_requests_cli",
    "kiosk server requests reject ID [--reason \"not paid\"]":
        "needs a kiosk's pending request: test_server_requests_cli",
    "kiosk lock sensor": "reads a sensor on the network: tests/cli/test_lock_cli.py reads a fake Shelly and Nuki",
    "kiosk lock test": "opens a lock on the network: tests/cli/test_lock_cli.py runs it against a fake Shelly",
    "kiosk lock approve GUEST_ID": "needs a guest registered at the door: tests/services/test_door_service.py",
    "kiosk checkin CODE --json": "with a lock on the network: tests/cli/test_lock_cli.py (fake Shelly and Nuki)",
    "kiosk backup --usb": "needs a mounted USB stick: tests/store/test_archive.py (a stick's mount given)",
    "kiosk backup --to-server": "needs an enrolled kiosk and a server: tests/sync/test_kiosk_backups.py",
    "kiosk restore --from-server": "needs an enrolled kiosk and a server: tests/sync/test_kiosk_backups.py",
    "kiosk restore --from-server --kiosk KIOSK_ID --key KEY": "a replacement kiosk: tests/sync/test_kiosk_backups.py",
    "kiosk lock fob 0004215987 MEMBER_ID": "needs a member's id: tests/services/test_door_fobs.py enrols one",
    "kiosk restore COPY --stolen": "changes a Shelly's password: tests/cli/test_restore_stolen.py (fake Shelly)",
    "kiosk server partners fingerprint --qr": "tests/sync/test_partners_cli.py runs it beside two servers on loopback",
    'kiosk server partners offer https://hanstholm.example.dk "ABCD EFGH ..." --url https://klitmoller.example.dk '
    "--days 5 --plans monthly --weekdays mon-fri --hours 08:00-18:00 --names":
        "needs a partner server: tests/sync/test_partners_cli.py offers to one on loopback",
    "kiosk server partners list | accept ID | show ID | pull | report | settlement ID 2026-12":
        "needs a partner server: tests/sync/test_partners_cli.py runs list, accept, pull and settlement",
}


def readme_command_lines() -> list[str]:
    """The `kiosk ...` lines of the README's sh blocks, continuation lines joined, comments cut."""
    lines, block, pending = [], False, ""
    for raw in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if raw.startswith("```"):
            block = raw.startswith("```sh")
            continue
        if not block:
            continue
        text = (pending + " " + raw.strip()) if pending else raw.strip()
        if text.endswith("\\"):
            pending = text[:-1].strip()
            continue
        pending = ""
        command = re.sub(r"\s+#.*$", "", text).strip()
        if command.startswith("kiosk "):
            lines.append(" ".join(command.split()))
    return lines


def test_every_readme_command_is_run_or_named_with_a_reason():
    unknown = [line for line in readme_command_lines() if line not in RUN and line not in NOT_RUN]
    assert unknown == [], "README commands this test does not know; add them to RUN or NOT_RUN"


@pytest.fixture
def scratch(tmp_path):
    (tmp_path / "photos").mkdir()
    members_csv = tmp_path / "members.csv"
    members_csv.write_text("name,email,plan,clips,valid_until\nSofie Berg,,clipcard,5,\nKim Lund,,monthly,,\n",
                           encoding="utf-8")
    rules = tmp_path / "rules.txt"
    rules.write_text("Husk at rydde op efter dig.\n", encoding="utf-8")
    password = tmp_path / "password.txt"
    password.write_text("a long host password\n", encoding="utf-8")
    return {"tmp": str(tmp_path), "members_csv": str(members_csv), "rules_txt": str(rules),
            "password": str(password)}


@pytest.mark.slow  # every command in the README, one process each: minutes
def test_the_readme_commands_work_as_written(tmp_path, scratch):
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "door"), "KIOSK_SERVER_DATA_DIR": str(tmp_path / "server"),
           "QT_QPA_PLATFORM": "offscreen"}
    values = dict(scratch)
    order = [line for line in readme_command_lines() if line in RUN]
    # Members first (the card, check-in and top-up need one); the erase last.
    order.sort(key=lambda line: (0 if "members add" in line else 2 if "erase" in line else 1))
    assert len(order) >= 10, order  # the README's commands were found: an empty loop would pass
    for line in order:
        for template in RUN[line]:
            command = template.format(**values)
            stdin = None
            if " < " in command:
                command, source = command.split(" < ")
                stdin = Path(source).read_text(encoding="utf-8")
            argv = shlex.split(command)
            proc = subprocess.run([sys.executable, "-m", "kiosk", *argv[1:]], capture_output=True, text=True,
                                  input=stdin, env=env, cwd=ROOT, timeout=180)
            # 1: a check-in refused (printed as usual); 5: the doctor found something to report
            allowed = {"checkin": (0, 1), "doctor": (0, 5)}.get(argv[1], (0,))
            assert proc.returncode in allowed, (command, proc.returncode, proc.stderr)
            _remember(values, argv, proc.stdout)


def _remember(values: dict[str, str], argv: list[str], out: str) -> None:
    """Ids and codes a person would copy from one command's answer into the next."""
    if argv[1:3] == ["members", "add"] and "--json" in argv:
        added = json.loads(out)
        values["member_id"] = added["id"]
    elif argv[1:3] == ["members", "add"]:
        values["lars_id"] = out.split(" id ")[1].split()[0]
    elif argv[1:4] == ["server", "members", "add"]:
        values["server_member_id"] = json.loads(out)["id"]
    elif argv[1:5] == ["server", "keys", "list", "--json"]:
        keys = json.loads(out)
        values["old_key_id"] = next(k for k in keys if not k["signs_new_cards"])["key_id"]
    if argv[1] == "card" and argv[-1].endswith(".png"):
        found = subprocess.run([sys.executable, "-m", "kiosk", "scan", argv[-1], "--json"], capture_output=True,
                               text=True, cwd=ROOT, timeout=60)
        values["code"] = json.loads(found.stdout)["codes"][0]["text"]
