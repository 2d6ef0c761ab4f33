"""An attacker at the door with QR codes they printed, during the first-run set-up and after it.

The real door (window, worker threads, the kiosk's SQLite file) and a real server on loopback; the
camera is the hardware boundary, so its sightings are handed in as the capture loop would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kiosk.admin.demo import seed_demo_if_new
from kiosk.core.enrollment import PREFIX, enrollment_qr_text
from kiosk.domain.setup_flow import Step
from kiosk.scan.capture import Sighting
from kiosk.scan.decoders import DecodedCode
from kiosk.ui.main import start_setup
from kiosk.ui.screens.setup import SetupScreen
from tests.sync.conftest import RunningServer, start_server
from tests.ui.test_setup_screen import up_to_mode
from tests.ui.touch import tap

CORNERS = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))


@pytest.fixture
def server(tmp_path) -> Iterator[RunningServer]:  # type: ignore[no-untyped-def]
    running = start_server(tmp_path / "server", None)
    yield running
    running.stop()
    running.store.engine.dispose()


def show(controller, text: str) -> None:  # type: ignore[no-untyped-def]
    controller.codes.on_sighting(Sighting([DecodedCode(text, CORNERS)], 0.0, 0.0))


@pytest.fixture
def at_the_qr_step(qtbot, full_door, kiosk):  # type: ignore[no-untyped-def]
    start_setup(full_door, kiosk.setup, lambda: kiosk.settings)
    s = full_door.codes.setup_screen
    assert isinstance(s, SetupScreen)
    up_to_mode(qtbot, s, "en")
    tap(qtbot, s.join_button)
    tap(qtbot, s.scan_button)
    assert s.model.step is Step.SCAN
    return s


@pytest.mark.parametrize("text", [
    PREFIX + "a=1&b=2&c=3&d=4&e=5&server=https://door.example&code=ABCDEFGHJK",  # more fields than allowed
    PREFIX + "server=https://door.example&code=" + "A" * 100_000,  # a huge code
    PREFIX + "server=https://door.example&code=%E2%80%AEABC%00",  # odd bytes in the code
    PREFIX + "server=%00%FF&code=ABCDEFGHJK",  # odd bytes in the address
    PREFIX + "server=https://" + "a" * 5000 + ".example&code=ABCDEFGHJK",  # a huge address
    enrollment_qr_text("https://kiosk.kulturhaus-hanstholm.dk@192.0.2.7", "ABCDEFGHJK"),  # the host hidden
])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_forged_set_up_qr_is_not_one(qtbot, full_door, kiosk, at_the_qr_step, text) -> None:  # type: ignore[no-untyped-def]
    s = at_the_qr_step
    show(full_door, text)
    assert s.model.step is Step.SCAN
    assert "not the server's set-up QR" in s.message.text()
    assert "token" not in kiosk.sync.local.state() and kiosk.setup.needed()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("server_url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://door.example"])
def test_a_set_up_qr_to_no_web_address_joins_nothing(qtbot, full_door, kiosk, at_the_qr_step,  # type: ignore[no-untyped-def]
                                                     server_url) -> None:
    s = at_the_qr_step
    show(full_door, enrollment_qr_text(server_url, "ABCDEFGHJK"))
    assert s.model.step is Step.SCAN and s.message.isVisible()
    assert "token" not in kiosk.sync.local.state() and kiosk.setup.needed()


def test_a_set_up_qr_over_plain_http_to_another_machine_is_refused(qtbot, full_door, kiosk,  # type: ignore[no-untyped-def]
                                                                   at_the_qr_step) -> None:
    s = at_the_qr_step
    show(full_door, enrollment_qr_text("http://192.0.2.7:8000", "ABCDEFGHJK"))
    assert s.model.step is Step.SERVER
    tap(qtbot, s.next_button)
    qtbot.waitUntil(lambda: s.model.step is Step.SERVER and s.message.isVisible(), timeout=10_000)
    assert "https://" in s.message.text()
    assert "token" not in kiosk.sync.local.state() and kiosk.setup.needed()


def test_a_valid_looking_qr_of_another_server_joins_nothing_by_itself(qtbot, full_door, kiosk,  # type: ignore[no-untyped-def]
                                                                       at_the_qr_step, server) -> None:
    s = at_the_qr_step
    show(full_door, enrollment_qr_text(server.url, server.store.add_kiosk("stranger")))
    assert s.model.step is Step.SERVER
    assert s.url_field.text() == server.url and "Check that it is yours" in s.explain.text()
    shown = s.explain.text().replace("\u200b", "")
    assert server.url.removeprefix("http://") in shown  # the machine, in full, on its own line
    assert not s.keyboard.isVisible()  # room for the whole address; a tap on a field brings the keys
    qtbot.mouseClick(s.code_field, Qt.MouseButton.LeftButton)
    assert s.keyboard.isVisible()
    qtbot.wait(1000)
    assert "token" not in kiosk.sync.local.state() and kiosk.setup.needed()
    tap(qtbot, s.back_button)  # not ours: back, and nothing happened
    assert s.model.step is Step.MODE
    assert "token" not in kiosk.sync.local.state() and kiosk.setup.needed()


def test_a_set_up_qr_shown_to_a_kiosk_in_use_does_nothing(qtbot, full_door, kiosk, server) -> None:  # type: ignore[no-untyped-def]
    from kiosk.domain.setup_flow import Mode, SetupDraft

    kiosk.setup.finish(SetupDraft(language="en", space_name="Hanstholm", pin="2468", mode=Mode.STANDALONE))
    seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
    before = kiosk.sync.local.state()
    show(full_door, enrollment_qr_text(server.url, server.store.add_kiosk("evil")))
    qtbot.wait(500)
    assert kiosk.sync.local.state() == before and "token" not in before
    assert kiosk.presence.count_in_now() == 0 and not kiosk.setup.needed()
    assert kiosk.settings.space_name == "Hanstholm"
