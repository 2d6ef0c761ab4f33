"""The pinned command line against a temporary data dir: each command through the program's entry
(kiosk.entry.main) in the test's process (tests.conftest.kiosk_command: a new Python per command
cost most of this file's minutes); main.py, `kiosk run` and `kiosk host-pin` (stdin) run as real
processes, and tests/cli/test_exit_codes.py runs the entry point as a program."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import kiosk_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kiosk_cmd(tmp_path):
    env = {"KIOSK_DATA_DIR": str(tmp_path / "data")}

    def run(*args, ok=True):
        proc = kiosk_command(*args, env=env)
        if ok:
            assert proc.returncode == 0, proc.stderr
        return proc

    return run


def test_member_card_checkin_presence_round_trip(kiosk_cmd, tmp_path):
    added = json.loads(kiosk_cmd("members", "add", "--name", "Mette Ørum", "--email", "m@x.dk",
                                 "--plan", "clipcard", "--clips", "5", "--json").stdout)
    assert added["name"] == "Mette Ørum" and added["clips"] == 5 and len(added["id"]) == 16
    card_png = tmp_path / "card.png"
    kiosk_cmd("card", added["id"], "--out", str(card_png))
    kiosk_cmd("card", added["id"], "--out", str(tmp_path / "card.pdf"))
    assert (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")

    line = json.loads(kiosk_cmd("scan", str(card_png), "--json").stdout)
    assert set(line) == {"file", "codes", "ms"} and line["file"] == str(card_png)
    code = line["codes"][0]
    assert len(code["corners"]) == 4 and all(len(p) == 2 for p in code["corners"])

    first = json.loads(kiosk_cmd("checkin", code["text"], "--json").stdout)
    assert (first["outcome"], first["member_id"], first["clips_left"]) == ("checked_in", added["id"], 4)
    presence = json.loads(kiosk_cmd("presence", "--json").stdout)
    assert [e["member_id"] for e in presence["in_now"]] == [added["id"]]
    listed = json.loads(kiosk_cmd("members", "list", "--json").stdout)
    assert [m["id"] for m in listed] == [added["id"]]


def test_checkin_takes_the_short_code_printed_under_the_qr(kiosk_cmd):
    """`kiosk checkin XXXX-XXXX-C` answered `not_ours`: the short code is checked like the keypad's."""
    added = json.loads(kiosk_cmd("members", "add", "--name", "Ida Bak", "--json").stdout)
    short = added["short_code"]
    first = json.loads(kiosk_cmd("checkin", short, "--json").stdout)
    assert (first["outcome"], first["member_id"]) == ("checked_in", added["id"])
    typed = short.replace("-", "").lower()  # as a person types it
    again = json.loads(kiosk_cmd("checkin", typed, "--json").stdout)
    assert again["member_id"] == added["id"] and again["reason"] is None
    wrong = kiosk_cmd("checkin", short[:-1] + ("0" if short[-1] != "0" else "1"), "--json", ok=False)
    assert wrong.returncode == 1 and json.loads(wrong.stdout)["reason"] == "not_ours"


def test_python_main_is_the_same_program(tmp_path):
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.run([sys.executable, "main.py", "members", "list", "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout) == []


def test_refused_code_exits_1_with_the_answer(kiosk_cmd):
    proc = kiosk_cmd("checkin", "https://example.com", "--json", ok=False)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["reason"] == "not_ours"


@pytest.mark.parametrize("args,message", [
    (["card", "ffffffffffffffff", "--out", "x.png"], "no member with id"),
    (["members", "add", "--name", "A", "--valid-until", "tomorrow"], "is not a date"),
    (["members", "add"], "--name"),
    (["members", "add", "--name", "A", "--valid-until", "2001-01-01"], "already past"),  # refused where typed
    (["members", "import", "/nonexistent.csv"], "cannot read"),
    (["presence", "--date", "2026-13-01"], "is not a date"),
    (["scan", "/nonexistent.png"], "/nonexistent.png"),
    (["frobnicate"], "invalid choice"),
])
def test_errors_are_one_plain_line_and_exit_2(kiosk_cmd, args, message):
    proc = kiosk_cmd(*args, ok=False)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr


def test_csv_import_reports_line_numbers_and_imports_nothing(kiosk_cmd, tmp_path):
    csv_file = tmp_path / "m.csv"
    csv_file.write_text("name,email,plan,clips,valid_until\nA,,monthly,,\nB,,clipcard,x,\n")
    proc = kiosk_cmd("members", "import", str(csv_file), ok=False)
    assert proc.returncode == 2 and "line 3: clips 'x'" in proc.stderr
    assert json.loads(kiosk_cmd("members", "list", "--json").stdout) == []
    csv_file.write_text("name,email,plan,clips,valid_until\nA,,monthly,,\nB,,clipcard,3,\n")
    assert "imported 2 members" in kiosk_cmd("members", "import", str(csv_file)).stdout


def test_scan_folder_one_json_line_per_image(kiosk_cmd, tmp_path):
    from benchmarks.frames import member_code
    from kiosk.core.documents.cards import qr_image

    folder = tmp_path / "imgs"
    folder.mkdir()
    qr_image(member_code(9)).save(folder / "a.png")
    (folder / "b.jpg").write_bytes(b"not an image")
    proc = kiosk_cmd("scan", str(folder), "--json", ok=False)
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [Path(x["file"]).name for x in lines] == ["a.png"]
    assert lines[0]["codes"][0]["text"] == member_code(9)
    assert proc.returncode == 2 and "b.jpg" in proc.stderr


def test_kiosk_run_without_a_screen_says_so(kiosk_cmd, tmp_path):
    env_free = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "kiosk", "run", "--data-dir", str(tmp_path / "data")],
                          capture_output=True, text=True, env=env_free, cwd=ROOT, timeout=60)
    assert proc.returncode == 3 and "no screen found" in proc.stderr


def test_doctor_reports_decoders_and_cameras(kiosk_cmd):
    proc = kiosk_cmd("doctor", "--json", ok=False)
    report = json.loads(proc.stdout)
    assert {d["name"]: d["works"] for d in report["decoders"]} == {"zxing-cpp": True, "pyzbar": True}
    assert isinstance(report["cameras"], list)  # this machine may have none; each is probed
    # Something wrong (no camera, a clock out of sync...) is a non-zero exit; all well is 0.
    assert proc.returncode == (0 if report["ok"] else 5), proc.stderr


def test_settings_show_and_set(kiosk_cmd):
    shown = json.loads(kiosk_cmd("settings", "--json").stdout)
    assert shown["language"] == "da" and shown["guard_seconds"] == "60"
    kiosk_cmd("settings", "set", "camera", "/dev/v4l/by-id/usb-Logitech-video-index0")
    assert json.loads(kiosk_cmd("settings", "--json").stdout)["camera"].endswith("index0")
    bad = kiosk_cmd("settings", "set", "guard_seconds", "soon", ok=False)
    assert bad.returncode == 2 and "whole number" in bad.stderr


def test_the_doors_text_size_is_a_setting_with_two_values(kiosk_cmd):
    assert json.loads(kiosk_cmd("settings", "--json").stdout)["text_size"] == "normal"
    kiosk_cmd("settings", "set", "text_size", "large")
    assert json.loads(kiosk_cmd("settings", "--json").stdout)["text_size"] == "large"
    bad = kiosk_cmd("settings", "set", "text_size", "huge", ok=False)
    assert bad.returncode == 2 and "text_size" in bad.stderr and "Traceback" not in bad.stderr
    assert json.loads(kiosk_cmd("settings", "--json").stdout)["text_size"] == "large"  # nothing lost


def test_members_add_on_an_enrolled_kiosk_is_a_request(kiosk_cmd, tmp_path):
    from kiosk import app
    from tests.sync.conftest import start_server

    server = start_server(tmp_path / "server", None)
    try:
        code = server.store.add_kiosk("door-1")
        kiosk_cmd("enroll", "--server", server.url, "--code", code)
        added = json.loads(kiosk_cmd("members", "add", "--name", "Mette", "--json").stdout)
        assert added["status"] == "requested" and len(added["id"]) == 16
        kiosk_cmd("sync", "--once")
        assert [m.id for m in server.store.members()] == [added["id"]]
        listed = json.loads(kiosk_cmd("members", "list", "--json").stdout)
        assert [m["id"] for m in listed] == [added["id"]]
    finally:
        server.stop()
        server.store.engine.dispose()
    assert app  # the module is importable next to the CLI


def test_evacuation_list_pdf_of_everyone_in_now(kiosk_cmd, tmp_path):
    from kiosk import app
    from kiosk.core.members import NewMember

    kiosk = app.build(tmp_path / "data")  # the same data dir the commands use
    for card in kiosk.members.add_many([NewMember(name=f"Person {i:02d}") for i in range(30)]):
        kiosk.checkin.check_in_code(card.code)
    kiosk.close()
    out = tmp_path / "evacuation.pdf"
    printed = kiosk_cmd("evacuation", "--out", str(out)).stdout
    assert "30 people in now" in printed and "2 page(s)" in printed  # 28 to a page
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().count(b"/Type /Page\n") == 2
    bad = kiosk_cmd("evacuation", "--out", str(tmp_path / "x.txt"), ok=False)
    assert bad.returncode == 2 and ".pdf" in bad.stderr


def test_export_visits_csv(kiosk_cmd, tmp_path):
    import csv
    from datetime import date

    added = json.loads(kiosk_cmd("members", "add", "--name", "Åse Ørum", "--json").stdout)
    kiosk_cmd("card", added["id"], "--out", str(tmp_path / "c.png"))
    text = json.loads(kiosk_cmd("scan", str(tmp_path / "c.png"), "--json").stdout)["codes"][0]["text"]
    kiosk_cmd("checkin", text)
    today = date.today().isoformat()
    out = tmp_path / "visits.csv"
    kiosk_cmd("export", "visits", "--from", "2026-01-01", "--to", "2030-12-31", "--out", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["member_id"], r["name"], r["checked_out"]) for r in rows] == [(added["id"], "Åse Ørum", "")]
    assert rows[0]["date"] in (today, rows[0]["date"])
    bad = kiosk_cmd("export", "visits", "--from", "2026-05-01", "--to", "2026-04-01", "--out", str(out), ok=False)
    assert bad.returncode == 2 and "before" in bad.stderr


def test_purge_policy_topup_erase_and_stats_on_the_command_line(kiosk_cmd, tmp_path):
    from datetime import UTC, datetime, timedelta

    from kiosk import app
    from kiosk.domain.guests import GuestForm
    from tests.fakes import FakeClock

    data = tmp_path / "data"
    # A guest registered 40 days ago, and an evacuation list written then.
    kiosk = app.build(data, clock=FakeClock(datetime.now(UTC) - timedelta(days=40)))
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    kiosk.guests.register(GuestForm(name="Old Guest", visitor_type="event", consents=consents))
    old_list = app.host_files(kiosk).evacuation().split(" ")[0]
    os.utime(old_list, (datetime.now().timestamp() - 40 * 86400,) * 2)
    old_copy = kiosk.backups.nightly()  # taken 40 days ago: it holds the guest's name
    assert old_copy is not None
    kiosk.close()

    purged = json.loads(kiosk_cmd("purge", "--json").stdout)
    assert purged["guests_deleted"] == 1 and purged["host_files_deleted"] == 1 and purged["retention_days"] == 30
    assert purged["backups_deleted"] == 1 and not old_copy.exists()
    assert not Path(old_list).exists()
    assert "deleted 0 guests" in kiosk_cmd("purge").stdout

    rules = tmp_path / "rules.txt"
    rules.write_text("Ingen hunde i stillezonen.", encoding="utf-8")
    assert "version 2" in kiosk_cmd("policy", "set", "house_rules", "--lang", "da", str(rules)).stdout
    assert "Ingen hunde" in kiosk_cmd("policy", "show", "house_rules", "--lang", "da").stdout
    assert "Sammelplatz" in kiosk_cmd("policy", "show", "house_rules", "--lang", "de").stdout  # kept

    member = json.loads(kiosk_cmd("members", "add", "--name", "Kim", "--plan", "clipcard", "--clips", "2",
                                  "--json").stdout)
    topped = json.loads(kiosk_cmd("members", "topup", member["id"], "--clips", "10", "--amount", "450,00",
                                  "--method", "mobilepay", "--json").stdout)
    assert topped == {"id": member["id"], "clips_added": 10, "amount_ore": 45000, "method": "mobilepay",
                      "status": "saved"}
    bad = kiosk_cmd("members", "topup", member["id"], "--clips", "5", "--amount", "lots", ok=False)
    assert bad.returncode == 2 and "not a number" in bad.stderr
    stats = json.loads(kiosk_cmd("stats", "--json").stdout)
    assert len(stats["per_day"]) == 7 and len(stats["by_hour"]) == 24
    # Erasing asks once: without --yes (and no terminal to ask on) it says what would happen and does nothing.
    asked = kiosk_cmd("members", "erase", member["id"], ok=False)
    assert asked.returncode == 2 and "Kim" in asked.stderr and "--yes" in asked.stderr and "for good" in asked.stderr
    assert json.loads(kiosk_cmd("members", "list", "--json").stdout)[0]["id"] == member["id"]
    assert json.loads(kiosk_cmd("members", "erase", member["id"], "--yes", "--json").stdout)["status"] == "erased"
    assert kiosk_cmd("members", "erase", member["id"], "--yes", ok=False).returncode == 2


def test_the_server_takes_the_spaces_time_zone(kiosk_cmd, tmp_path):
    server_dir = str(tmp_path / "server")
    out = kiosk_cmd("server", "presence", "--json", "--data-dir", server_dir, "--timezone", "Pacific/Auckland")
    from datetime import datetime
    from zoneinfo import ZoneInfo

    assert json.loads(out.stdout)["date"] == datetime.now(ZoneInfo("Pacific/Auckland")).date().isoformat()
    bad = kiosk_cmd("server", "presence", "--data-dir", server_dir, "--timezone", "Mars/Olympus", ok=False)
    assert bad.returncode == 2 and "unknown time zone 'Mars/Olympus'" in bad.stderr


def test_members_add_host_makes_a_host_on_the_server_and_asks_for_one_on_an_enrolled_kiosk(kiosk_cmd, tmp_path):
    from tests.sync.conftest import start_server

    server_dir = tmp_path / "server"
    anna = json.loads(kiosk_cmd("server", "members", "add", "--name", "Anna Host", "--host", "--json",
                                "--data-dir", str(server_dir)).stdout)
    assert anna["role"] == "host"  # --host was accepted and ignored before
    plain = kiosk_cmd("server", "members", "add", "--name", "Bo", "--data-dir", str(server_dir)).stdout
    assert "as a host" not in plain
    server = start_server(server_dir, None)
    try:
        kiosk_cmd("enroll", "--server", server.url, "--code", server.store.add_kiosk("door-1"))
        asked = json.loads(kiosk_cmd("members", "add", "--name", "Carl Host", "--host", "--json").stdout)
        assert asked["status"] == "requested" and asked["role"] == "host"
        kiosk_cmd("sync", "--once")
        # Making someone a host never happens at a kiosk's word: it waits for a host on the server.
        assert "Carl Host" not in [m.name for m in server.store.members()]
        waiting = json.loads(kiosk_cmd("server", "requests", "list", "--json", "--data-dir", str(server_dir)).stdout)
        assert [(r["op"], r["changes"].get("role")) for r in waiting] == [("add", "host")]
        kiosk_cmd("server", "requests", "approve", waiting[0]["id"], "--data-dir", str(server_dir))
        kiosk_cmd("sync", "--once")
        roles = {m["name"]: m["role"] for m in json.loads(kiosk_cmd("members", "list", "--json").stdout)}
        assert roles == {"Anna Host": "host", "Bo": "member", "Carl Host": "host"}
    finally:
        server.stop()
        server.store.engine.dispose()


def test_host_pin_refuses_a_pin_a_stranger_tries_first(tmp_path):
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")}

    def host_pin(pin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kiosk", "host-pin"], input=pin + "\n", capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=60)

    weak = host_pin("1111")
    assert weak.returncode == 2 and "stranger" in weak.stderr, weak.stderr
    assert host_pin("2580").returncode == 0
