"""The first-run set-up's use case against a real server on loopback: join, and every way it
fails leaves the kiosk's database as it was."""

from __future__ import annotations

import socket

import pytest

from kiosk import app
from kiosk.core.enrollment import enrollment_qr_text, parse_enrollment_qr
from kiosk.core.errors import InvalidInput
from kiosk.domain.setup_flow import Mode, SetupDraft
from kiosk.services.setup import SETUP_DONE, JoinFailed, JoinProblem
from kiosk.sync.enrollment import PlainHttpRefused, join_server, plain_http_elsewhere
from tests.conftest import build_kiosk


def draft(mode: Mode, url: str = "", code: str = "") -> SetupDraft:
    return SetupDraft(language="de", space_name="Kulturhaus Hanstholm", opening="08:30", closing="18:00",
                      pin="2468", mode=mode, server_url=url, code=code)


def untouched(kiosk: app.Kiosk) -> bool:
    with kiosk.store.transaction() as tx:
        return (tx.setting(SETUP_DONE) is None and tx.setting("space_name") is None
                and tx.setting("host_pin_hash") is None) and "token" not in kiosk.sync.local.state()


def test_a_new_database_needs_the_set_up_and_standalone_writes_it_all(kiosk: app.Kiosk) -> None:
    assert kiosk.setup.needed()
    assert kiosk.setup.finish(draft(Mode.STANDALONE)) == ""
    assert not kiosk.setup.needed()
    assert kiosk.settings.space_name == "Kulturhaus Hanstholm"
    assert (kiosk.settings.opening_hours, kiosk.settings.language) == ("mon-sun 08:30-18:00", "de")
    # The PIN is the kiosk PIN (no host yet): the host keypad opens with it.
    assert kiosk.host.unlock("2468").result.value == "open"
    reopened = build_kiosk(kiosk.data_dir, clock=kiosk.clock)
    try:
        assert not reopened.setup.needed() and reopened.settings.space_name == "Kulturhaus Hanstholm"
    finally:
        reopened.close()


def test_a_kiosk_in_use_is_never_asked(kiosk: app.Kiosk) -> None:
    app.apply_settings(kiosk, kiosk.settings)  # settings saved by an older version
    assert not kiosk.setup.needed()


def test_a_bad_pin_writes_nothing(kiosk: app.Kiosk) -> None:
    bad = draft(Mode.STANDALONE)
    bad.pin = "12"
    with pytest.raises(InvalidInput):
        kiosk.setup.finish(bad)
    assert untouched(kiosk)


def test_join_through_the_enrollment_use_case(kiosk: app.Kiosk, server) -> None:  # type: ignore[no-untyped-def]
    code = server.store.add_kiosk("front-door", "Hanstholm")
    assert kiosk.setup.finish(draft(Mode.JOIN, server.url, code.lower())) == "front-door"
    assert kiosk.sync.local.state()["token"]
    assert kiosk.members.server_owned
    assert kiosk.settings.space_name == "Kulturhaus Hanstholm"
    assert not kiosk.setup.needed()


def test_a_wrong_code_says_so_and_writes_nothing(kiosk: app.Kiosk, server) -> None:  # type: ignore[no-untyped-def]
    server.store.add_kiosk("front-door")
    with pytest.raises(JoinFailed) as failed:
        kiosk.setup.finish(draft(Mode.JOIN, server.url, "WRONGCODE0"))
    assert failed.value.problem is JoinProblem.WRONG_CODE
    assert untouched(kiosk) and kiosk.setup.needed()


def test_a_server_away_says_so_and_writes_nothing(kiosk: app.Kiosk) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(JoinFailed) as failed:
        kiosk.setup.finish(draft(Mode.JOIN, f"http://127.0.0.1:{port}", "ABCDEFGHJK"))
    assert failed.value.problem is JoinProblem.AWAY
    assert untouched(kiosk)


def test_plain_http_to_another_machine_is_refused_before_asking(kiosk: app.Kiosk) -> None:
    with pytest.raises(JoinFailed) as failed:
        kiosk.setup.finish(draft(Mode.JOIN, "http://192.0.2.7:8470", "ABCDEFGHJK"))
    assert failed.value.problem is JoinProblem.PLAIN_HTTP
    assert untouched(kiosk)
    with pytest.raises(PlainHttpRefused):
        join_server(kiosk.sync, "http://kiosk.example.dk", "ABCDEFGHJK")
    assert plain_http_elsewhere("http://door.local:8470")
    assert not plain_http_elsewhere("http://localhost:8470")
    assert not plain_http_elsewhere("http://[::1]:8470")
    assert not plain_http_elsewhere("https://kiosk.example.dk")


def test_the_enrollment_qr_round_trips() -> None:
    text = enrollment_qr_text("https://kiosk.example.dk/", "ABCD-1234")
    assert text.startswith("door-kiosk-enroll:?")
    assert parse_enrollment_qr(text) == ("https://kiosk.example.dk", "ABCD-1234")
    assert parse_enrollment_qr("https://kiosk.example.dk") is None
    assert parse_enrollment_qr("door-kiosk-enroll:?server=https://x") is None
    assert parse_enrollment_qr("K1:ABCDEF") is None
    # Crafted: more fields than the form has, a field repeated, odd bytes: never an exception.
    assert parse_enrollment_qr("door-kiosk-enroll:?server=https://x&code=AB&a=1&b=2&c=3&d=4") is None
    assert parse_enrollment_qr("door-kiosk-enroll:?" + "&".join(["code=A"] * 50)) is None
    assert parse_enrollment_qr("door-kiosk-enroll:?server=https://a&server=https://b&code=AB") is None
    assert parse_enrollment_qr("door-kiosk-enroll:?server=%ff%fe&code=%00") in (None, ("\ufffd\ufffd", "\x00"))


CUT_AFTER_THE_SERVER_SAID_YES = """
import os, signal, sys
from pathlib import Path
from kiosk import app
from kiosk.domain.setup_flow import Mode, SetupDraft
kiosk = app.build(Path(sys.argv[1]))
# The power goes the moment the server said yes: the enrollment is stored, the first round not run.
kiosk.sync.run_once = lambda: os.kill(os.getpid(), signal.SIGKILL)
kiosk.setup.finish(SetupDraft(language="de", space_name="Kulturhaus Hanstholm", opening="08:30",
                              closing="18:00", pin="2468", mode=Mode.JOIN, server_url=sys.argv[2],
                              code=sys.argv[3]))
"""


def cut_power_after_the_servers_yes(tmp_path, server):  # type: ignore[no-untyped-def]
    """A set-up joining the server, killed the moment the server said yes: the data directory."""
    import signal
    import subprocess
    import sys
    from pathlib import Path

    data = tmp_path / "door"
    code = server.store.add_kiosk("front-door", "Hanstholm")
    cut = subprocess.run([sys.executable, "-c", CUT_AFTER_THE_SERVER_SAID_YES, str(data), server.url, code],
                         cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=60)
    assert cut.returncode == -signal.SIGKILL, cut.stderr
    return data


def test_a_power_cut_between_joining_and_saving_asks_for_the_set_up_again(tmp_path, server) -> None:  # type: ignore[no-untyped-def]
    restarted = build_kiosk(cut_power_after_the_servers_yes(tmp_path, server))
    try:
        assert "token" in restarted.sync.local.state()  # the server's yes was kept
        assert restarted.setup.needed()  # but nothing the owner chose was: the set-up comes again
        assert restarted.host.unlock("2468").result.value != "open"
        again = server.store.add_kiosk("front-door", "Hanstholm")  # the first code is used up
        assert restarted.setup.finish(draft(Mode.JOIN, server.url, again)) == "front-door"
        assert not restarted.setup.needed() and restarted.settings.space_name == "Kulturhaus Hanstholm"
        assert restarted.host.unlock("2468").result.value == "open"
    finally:
        restarted.close()


def test_a_name_under_localhost_is_not_taken_for_this_machine() -> None:
    """Debian's resolver (files, mdns, dns) asks the network's DNS for door.localhost, and a
    hostile router may answer with any address: only localhost itself and loopback addresses
    may go over plain http."""
    assert plain_http_elsewhere("http://door.localhost:8000")
    assert plain_http_elsewhere("http://127.0.0.1.nip.io:8000")
    assert not plain_http_elsewhere("http://LOCALHOST:8000/")
    assert not plain_http_elsewhere("http://[::1]:8000")
    assert not plain_http_elsewhere("http://127.0.0.2:8000")


def test_deleting_the_set_up_mark_on_a_kiosk_in_use_does_not_bring_the_set_up_back(kiosk: app.Kiosk) -> None:
    kiosk.setup.finish(draft(Mode.STANDALONE))
    with kiosk.store.transaction() as tx:
        tx.delete_setting(SETUP_DONE)
    assert not kiosk.setup.needed()
    with kiosk.store.transaction() as tx:
        tx.delete_setting("space_name")
    assert not kiosk.setup.needed()  # the other settings, the PIN: a kiosk in use


def test_standalone_after_a_power_cut_between_joining_and_saving_leaves_the_server(tmp_path, server) -> None:  # type: ignore[no-untyped-def]
    """The set-up came back after the server's yes; the owner now chooses "this kiosk alone":
    standalone means standalone, not a kiosk still enrolled (syncing, its roster the server's)."""
    data = cut_power_after_the_servers_yes(tmp_path, server)
    restarted = build_kiosk(data)
    try:
        assert "token" in restarted.sync.local.state() and restarted.setup.needed()
        assert restarted.setup.finish(draft(Mode.STANDALONE)) == ""
        assert not restarted.setup.needed()
        assert not restarted.sync.local.enrolled()
        assert not any(k in restarted.sync.local.state() for k in ("url", "token", "server_id", "kiosk_name"))
        assert not restarted.members.server_owned  # members are added at the door
        assert restarted.host.unlock("2468").result.value == "open"
    finally:
        restarted.close()
    reopened = build_kiosk(data)
    try:
        assert not reopened.setup.needed() and not reopened.sync.local.enrolled()
        assert reopened.settings.space_name == "Kulturhaus Hanstholm"
        with reopened.store.transaction() as tx:
            assert tx.setting(SETUP_DONE) == "standalone"
    finally:
        reopened.close()


def test_a_sync_round_still_running_when_standalone_is_chosen_writes_nothing(tmp_path, server) -> None:  # type: ignore[no-untyped-def]
    """The door's sync thread runs beside the set-up; a round of the server's roster that lands
    after "this kiosk alone" was saved brings neither the server's people nor its cursor back."""
    from datetime import date

    from kiosk.domain.members import Member, Plan, PlanKind, Role
    from kiosk.domain.visits import Visit

    restarted = build_kiosk(cut_power_after_the_servers_yes(tmp_path, server))
    try:
        restarted.setup.finish(draft(Mode.STANDALONE))
        late = restarted.sync.local
        late.apply_roster([Member(id="m-server-1", name="Servered Member", plan=Plan(kind=PlanKind.MONTHLY),
                                  role=Role.MEMBER)], [], [], [], cursor="c9", reset=True, final=True)
        late.apply_visits([Visit(id="v1", member_id="m-server-1", day=date(2026, 11, 30),
                                 checked_in_at=restarted.clock.now(), checked_out_at=None, origin="back-door")])
        late.apply_clip_days({"m-server-1": [date(2026, 11, 30)]})
        assert late.roster() == ([], [])
        assert late.state() == {} and not late.enrolled()
    finally:
        restarted.close()
