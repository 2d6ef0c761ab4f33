"""Issue 24: a pass or card answers in its holder's language. A German guest's day pass is
answered in German ("Willkommen zurück", not "Farvel, Katharina"), a member who chose English in
English, a card of no known language in the door's own; then the door speaks its own again."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from kiosk.core.members import NewMember
from kiosk.domain.guests import GuestForm
from kiosk.ui.controller import DoorController
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.sound import Sounds
from kiosk.ui.window import KioskWindow
from kiosk.ui.workers import DoorWorker, WorkerThread
from tests.conftest import build_kiosk


def register_guest(kiosk, name: str, lang: str) -> str:  # type: ignore[no-untyped-def]
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    day_pass = kiosk.guests.register(GuestForm(name=name, visitor_type="daypass", payment_method="host",
                                               language=lang, consents=consents))
    return day_pass.code


@pytest.fixture
def door(qtbot, kiosk, languages):  # type: ignore[no-untyped-def]
    window = KioskWindow(windowed=True)
    qtbot.addWidget(window)
    scan, result = ScanScreen("Test Space"), ResultScreen(ZoneInfo("Europe/Copenhagen"), seconds=1)
    worker = DoorWorker(kiosk.checkin, kiosk.presence, kiosk.host)
    thread = WorkerThread(worker, "door-worker")
    controller = DoorController(window, scan, result, None, worker, Sounds(enabled=False), languages,
                                ZoneInfo("Europe/Copenhagen"), kiosk.clock.now, language_idle_ms=300)
    thread.start()
    controller.start()
    yield controller
    controller.stop()
    thread.stop()


def answer(qtbot, door, code: str):  # type: ignore[no-untyped-def]
    door.answers.last_result = None
    door.codes.submit_code(code)
    qtbot.waitUntil(lambda: door.answers.last_result is not None, timeout=5000)
    return door.answers.last_result


def test_the_check_in_knows_the_holders_language(kiosk):
    guest = register_guest(kiosk, "Katharina Müller", "de")
    assert kiosk.checkin.check_in_code(guest).language == "de"
    english = kiosk.members.add(NewMember(name="Sam Taylor", language="en"))
    assert kiosk.checkin.check_in_code(english.code).language == "en"
    plain = kiosk.members.add(NewMember(name="Mette Jensen"))
    assert kiosk.checkin.check_in_code(plain.code).language is None


def test_a_german_guests_pass_is_answered_in_german_and_the_next_card_in_the_doors(qtbot, door, kiosk):
    guest = register_guest(kiosk, "Katharina Müller", "de")
    mette = kiosk.members.add(NewMember(name="Mette Jensen"))
    kiosk.clock.advance(minutes=90)
    result = answer(qtbot, door, guest)  # out again: "Goodbye" in German, not "Farvel, Katharina"
    assert result.language == "de" and door.languages.current == "de"
    assert "Katharina" in door.result.headline.text() and "Farvel" not in door.result.headline.text()
    assert door.result.headline.text().startswith(("Auf Wiedersehen", "Tschüss", "Willkommen"))
    answer(qtbot, door, mette.code)  # a card of no known language right after: the door's own
    assert door.languages.current == "da" and door.result.headline.text().startswith("God")


def test_an_english_members_card_in_english_and_the_door_comes_back_to_its_own(qtbot, door, kiosk):
    sam = kiosk.members.add(NewMember(name="Sam Taylor", language="en"))
    answer(qtbot, door, sam.code)
    assert door.languages.current == "en" and "Sam" in door.result.headline.text()
    assert not door.result.headline.text().startswith("God")
    qtbot.waitUntil(lambda: door.languages.current == "da", timeout=5000)  # after the language idle time


def test_a_language_picked_at_the_door_stays_for_a_card_of_no_known_language(qtbot, door, kiosk):
    mette = kiosk.members.add(NewMember(name="Mette Jensen"))
    qtbot.mouseClick(door.scan.language_buttons["en"], Qt.MouseButton.LeftButton)
    answer(qtbot, door, mette.code)
    assert door.languages.current == "en"  # the person who tapped EN reads English


def test_guests_registered_before_keep_their_language_after_the_migration(tmp_path):
    """0015_holder_language: a guest registered before it has their language on their row."""
    import shutil
    import sqlite3
    from pathlib import Path

    from kiosk import paths

    fixtures = Path(__file__).resolve().parents[1] / "data" / "kiosk-schema"
    data = tmp_path / "data"
    (data / "keys").mkdir(parents=True)
    shutil.copy(fixtures / "0011_door_lock.sqlite3", paths.database_path(data))
    shutil.copy(fixtures / "card-signing-key.pem", paths.signing_key_path(data))
    shutil.copy(fixtures / "short-code-key", paths.short_code_key_path(data))
    before = sqlite3.connect(paths.database_path(data))
    guests = dict(before.execute("SELECT member_id, language FROM guest_details").fetchall())
    before.close()
    assert guests  # the fixture holds a guest
    kiosk = build_kiosk(data)
    try:
        with kiosk.engine.connect() as conn:
            after = dict(conn.exec_driver_sql("SELECT id, language FROM members WHERE language IS NOT NULL").all())
        assert after == guests
    finally:
        kiosk.close()
