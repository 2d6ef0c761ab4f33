"""`kiosk server partners ...` against real servers on loopback (issue 22)."""

from __future__ import annotations

import json

import pytest

from kiosk.server.cli import main
from kiosk.server.cli.partners import parse_weekdays

from .conftest import start_server


def run(capsys, server, *args: str) -> tuple[int, str]:
    code = main([*args, "--data-dir", str(server.data_dir)])
    return code, capsys.readouterr().out


def test_two_hosts_agree_on_the_command_line(tmp_path, capsys) -> None:
    a, b = start_server(tmp_path / "a", None), start_server(tmp_path / "b", None)
    try:
        code, b_print = run(capsys, b, "partners", "fingerprint", "--qr")
        assert code == 0
        b_fingerprint = b_print.splitlines()[0]
        assert len(b_fingerprint.replace(" ", "")) == 32 and ("█" in b_print or "▀" in b_print)
        code, said = run(capsys, a, "partners", "offer", b.url, b_fingerprint.lower().replace(" ", "-"),
                         "--url", a.url, "--days", "5", "--weekdays", "mon-fri", "--hours", "08:00-18:00",
                         "--starts", "2026-12-01")
        assert code == 0 and "offered partnership" in said
        _, listed = run(capsys, b, "partners", "list", "--json")
        offer = json.loads(listed)[0]
        assert offer["status"] == "received" and offer["days_per_month"] == 5
        assert run(capsys, b, "partners", "accept", offer["id"])[0] == 0
        _, listed = run(capsys, a, "partners", "list", "--json")
        assert [p["status"] for p in json.loads(listed)] == ["active"]
        assert run(capsys, b, "partners", "pull")[1].strip() == f"{a.url}: ok"
        _, settled = run(capsys, a, "partners", "settlement", offer["id"], "2026-12", "--json")
        assert json.loads(settled)["ours_there_days"] == 0
        code = main(["partners", "settlement", offer["id"], "december", "--data-dir", str(a.data_dir)])
        assert code != 0 and "not a month" in capsys.readouterr().err
    finally:
        for s in (a, b):
            s.stop()
            s.store.engine.dispose()


def test_a_wrong_fingerprint_or_bad_terms_are_refused_in_one_line(tmp_path, capsys) -> None:
    a, b = start_server(tmp_path / "a", None), start_server(tmp_path / "b", None)
    try:
        code = main(["partners", "offer", b.url, "0" * 32, "--url", a.url, "--days", "5",
                     "--data-dir", str(a.data_dir)])
        assert code != 0 and "fingerprint" in capsys.readouterr().err
        _, fingerprint = run(capsys, b, "partners", "fingerprint")
        code = main(["partners", "offer", b.url, fingerprint.strip(), "--url", a.url, "--days", "40",
                     "--data-dir", str(a.data_dir)])
        assert code != 0 and "partner_days_out_of_range" in capsys.readouterr().err
        code = main(["partners", "offer", b.url, fingerprint.strip(), "--url", a.url, "--days", "5",
                     "--weekdays", "someday", "--data-dir", str(a.data_dir)])
        assert code != 0 and "weekday" in capsys.readouterr().err
    finally:
        for s in (a, b):
            s.stop()
            s.store.engine.dispose()


@pytest.mark.parametrize(("text", "days"), [("mon-fri", (0, 1, 2, 3, 4)), ("sat,sun", (5, 6)),
                                            ("fri-mon", (0, 4, 5, 6)), ("wed", (2,))])
def test_weekdays_as_hosts_write_them(text, days) -> None:
    assert parse_weekdays(text) == days
