"""The host view's Settings, the door's section: the real host view, the host-tasks thread, the
kiosk's SQLite file and a fake Shelly on loopback. Choosing a Shelly and saving sets the lock as
`kiosk lock set` does; Test opens it once; wrong hours or a Shelly without its password are said
at the field and lose nothing; taking the lock away asks once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.lock.config import LockConfig
from tests.ui.touch import tap


@pytest.fixture
def section(qtbot, full_door, languages):  # type: ignore[no-untyped-def]
    languages.switch("en")
    full_door.host_view.on_host_unlock("open")
    tap(qtbot, full_door.host.tab_buttons["settings"])
    tap(qtbot, full_door.host.settings.sections.buttons["door"])  # one section of Settings
    section = full_door.host.settings.door_section
    qtbot.waitUntil(lambda: section.kind_buttons["none"].isChecked(), timeout=3000)
    return section


def test_a_shelly_chosen_saved_and_tested_from_the_host_view(qtbot, section, kiosk, shelly) -> None:
    tap(qtbot, section.kind_buttons["shelly"])
    assert section.edits["url"].isVisible() and not section.edits["token"].isVisible()
    section.edits["url"].setText(shelly.url)
    section.edits["seconds"].setText("4")
    tap(qtbot, section.save_button)  # no password: said at its field, nothing saved
    assert section.problems["password"].isVisibleTo(section)
    assert section.problems["password"].text() == "A Shelly needs its password: a Shelly without one is refused."
    assert kiosk.door.config.kind == "none" and section.edits["url"].text() == shelly.url  # kept as typed
    section.edits["password"].setText("s3cret")
    tap(qtbot, section.save_button)
    qtbot.waitUntil(lambda: section.status.text() == "The door's settings are saved.", timeout=5000)
    assert kiosk.door.config == LockConfig("shelly", url=shelly.url, password="s3cret", seconds=4)
    assert section.edits["password"].text() == ""  # a secret is never shown again
    tap(qtbot, section.test_button)
    qtbot.waitUntil(lambda: "The lock answered and opened" in section.status.text(), timeout=5000)
    assert [(s.on, s.toggle_after) for s in shelly.switchings] == [(True, 4.0)]
    # Saving again without typing the password keeps the one set.
    section.edits["seconds"].setText("6")
    tap(qtbot, section.save_button)
    qtbot.waitUntil(lambda: kiosk.door.config.seconds == 6, timeout=5000)
    assert kiosk.door.config.password == "s3cret"


def test_a_door_sensor_and_the_held_open_length_saved_and_wrong_ones_said(qtbot, section, kiosk, shelly) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    section.refresh()
    assert section.edits["sensor_input"].isVisible() and not section.door_sensor.isVisible()
    section.edits["sensor_input"].setText("7")
    section.edits["held_open_seconds"].setText("45")
    tap(qtbot, section.save_button)
    assert section.problems["sensor_input"].text() == (
        "The Shelly's input for the door contact: 0 to 3, or empty for none.")
    assert kiosk.door.config.sensor_input is None and section.edits["sensor_input"].text() == "7"
    section.edits["sensor_input"].setText("0")
    section.edits["held_open_seconds"].setText("2")
    tap(qtbot, section.save_button)
    assert section.problems["held_open_seconds"].text() == "Seconds before a door is held open: 5 to 3600."
    section.edits["held_open_seconds"].setText("45")
    tap(qtbot, section.save_button)
    qtbot.waitUntil(lambda: kiosk.door.config.sensor_input == 0, timeout=5000)
    qtbot.waitUntil(lambda: kiosk.settings.held_open_seconds == 45, timeout=5000)
    assert kiosk.door.config.password == "s3cret"  # kept
    section.refresh()
    assert section.edits["sensor_input"].text() == "0" and section.edits["held_open_seconds"].text() == "45"
    tap(qtbot, section.kind_buttons["nuki"])
    assert section.door_sensor.isVisible() and not section.edits["sensor_input"].isVisible()


def test_hours_and_closed_days_saved_and_wrong_ones_said_at_the_field(qtbot, section, kiosk) -> None:
    section.edits["opening_hours"].setText("mon-fri 08:00-17:00; sat 10:00-14:00")
    section.edits["closed_days"].setText("2026-12-24, 2026-12-31")
    tap(qtbot, section.holidays)
    tap(qtbot, section.cards_inside)  # off: a card alone needs the PIN inside hours too
    section.edits["max_sync_age_hours"].setText("12")
    tap(qtbot, section.save_button)
    qtbot.waitUntil(lambda: kiosk.settings.opening_hours == "mon-fri 08:00-17:00; sat 10:00-14:00", timeout=5000)
    assert kiosk.settings.closed_days == "2026-12-24, 2026-12-31, dk-holidays"
    assert not kiosk.settings.cards_open_inside_hours and kiosk.settings.max_sync_age_hours == 12
    qtbot.waitUntil(section.save_button.isEnabled, timeout=5000)  # off while the save ran (saves once)
    section.edits["opening_hours"].setText("mon-fri 17:00-08:00")
    tap(qtbot, section.save_button)
    assert section.problems["opening_hours"].text() == "17:00-08:00 ends before it starts."
    assert section.status.text() == "Nothing was saved: see the door's settings."
    assert section.edits["opening_hours"].text() == "mon-fri 17:00-08:00"  # nothing typed is lost
    section.edits["opening_hours"].setText("mon-fri 08:00-17:00")
    section.edits["closed_days"].setText("24 December")
    tap(qtbot, section.save_button)
    assert section.problems["closed_days"].text() == "24 December is not a date like 2026-12-24."
    assert kiosk.settings.opening_hours == "mon-fri 08:00-17:00; sat 10:00-14:00"


def test_taking_the_lock_away_asks_once(qtbot, section, kiosk, shelly) -> None:
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    section.refresh()
    assert section.kind_buttons["shelly"].isChecked()
    tap(qtbot, section.kind_buttons["none"])
    tap(qtbot, section.save_button)
    assert section.confirmation is not None and section.confirmation.isVisible()
    assert kiosk.door.config.kind == "shelly"  # nothing yet
    tap(qtbot, section.confirmation.yes_button)
    qtbot.waitUntil(lambda: kiosk.door.config.kind == "none", timeout=5000)


def test_the_member_form_gives_and_takes_the_24_7_right(qtbot, full_door, kiosk, languages, shelly) -> None:
    from kiosk.core.members import NewMember
    from tests.ui.touch import tap_when_shown

    languages.switch("en")
    page = full_door.host.members
    full_door.host_view.on_host_unlock("open")
    tap(qtbot, full_door.host.tab_buttons["members"])
    assert not page.any_hour.isVisible()  # no lock: the right means nothing yet
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    tap(qtbot, page.add_button)
    assert page.any_hour.isVisible() and page.any_hour.text() == "Opens the door at any hour (24/7)"
    page.name_edit.setText("Kira Nøgle")
    tap(qtbot, page.any_hour)
    tap(qtbot, page.save_button)
    qtbot.waitUntil(lambda: bool(kiosk.members.search("kira")), timeout=5000)
    kira = kiosk.members.search("kira")[0]
    qtbot.waitUntil(lambda: kiosk.door.any_hour(kira.id), timeout=5000)
    [bo] = kiosk.members.add_many([NewMember(name="Bo Dag")])
    page.search.setText("")
    page.refresh()
    tap_when_shown(qtbot, page, f"member-{kira.id}")
    qtbot.waitUntil(page.any_hour.isChecked, timeout=5000)  # read off the GUI thread
    tap(qtbot, page.any_hour)
    tap(qtbot, page.save_button)
    qtbot.waitUntil(lambda: not kiosk.door.any_hour(kira.id), timeout=5000)
    assert not kiosk.door.any_hour(bo.member.id)
    assert [line.entry.detail for line in kiosk.host.audit.recent() if line.entry.action == "any_hour"] == ["off", "on"]


def test_a_host_lets_a_guest_in_from_the_today_page(qtbot, full_door, kiosk, languages, shelly) -> None:
    from kiosk.domain.guests import GuestForm
    from tests.ui.touch import tap_when_shown

    languages.switch("en")
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    day_pass = kiosk.guests.register(GuestForm(name="Ole Gæst", visitor_type="daypass", consents=consents,
                                               payment_method="host"))
    refused = kiosk.checkin.check_in_code(day_pass.code)
    assert refused.door is not None and refused.door.refusal.value == "guest_not_approved"  # type: ignore[union-attr]
    full_door.host_view.on_host_unlock("open")
    today = full_door.host.today
    tap(qtbot, full_door.host.tab_buttons["today"])
    tap_when_shown(qtbot, today, f"approve-{day_pass.member_id}")
    qtbot.waitUntil(lambda: "Ole Gæst's day pass opens the door today" in today.status.text(), timeout=5000)
    assert kiosk.door.approved_today() == {day_pass.member_id}
    qtbot.waitUntil(lambda: today.findChild(QPushButton, f"approve-{day_pass.member_id}") is None, timeout=5000)
    result = kiosk.checkin.check_in_code(day_pass.code)
    assert result.door is not None and result.door.opens
    assert "guest_approved" in [line.entry.action for line in kiosk.host.audit.recent()]


def test_a_host_enrols_a_fob_by_tapping_it_on_its_reader(qtbot, full_door, kiosk, languages, shelly) -> None:
    from PySide6.QtCore import Qt

    from kiosk.core.members import NewMember
    from kiosk.domain.settings import SpaceSettings
    from tests.ui.touch import tap_when_shown

    languages.switch("en")
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
    app_settings = {**kiosk.settings.to_mapping(), "fobs": "on", "opening_hours": "mon-sun 00:00-24:00"}
    from kiosk import app

    app.apply_settings(kiosk, SpaceSettings.from_mapping(app_settings))
    [bo] = kiosk.members.add_many([NewMember(name="Bo Fob")])
    full_door.host_view.on_host_unlock("open")
    page = full_door.host.members
    tap(qtbot, full_door.host.tab_buttons["members"])
    tap_when_shown(qtbot, page, f"member-{bo.member.id}")
    tap(qtbot, page.fob_button)
    assert page.status.text() == "Hold the fob to its reader now."
    qtbot.keyClicks(full_door.window, "0004215987")  # the reader types the UID, machine-fast, and Enter
    qtbot.keyClick(full_door.window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "The fob opens for Bo Fob" in page.status.text(), timeout=5000)
    assert not page.fob_button.isChecked()
    result = kiosk.checkin.check_in_code("0004215987")
    assert result.member_id == bo.member.id and result.outcome.value == "checked_in"
