"""The guest flow, driven through its real widgets and on-screen keyboard, with the real door
worker thread and SQLite database behind the controller."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.core.members import NewMember
from kiosk.domain.checkin import Outcome
from kiosk.domain.codes import verify_code
from kiosk.domain.countdown import Countdown, DoorTimeouts
from tests.ui.touch import tap


@pytest.fixture
def door(full_door):  # type: ignore[no-untyped-def]
    return full_door


def open_flow(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, door.scan.guest_button)
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.guest, timeout=5000)


def test_a_german_guest_visiting_a_member_registers_by_touch_only(qtbot, door, kiosk):
    [lars] = kiosk.members.add_many([NewMember(name="Lars Holm")])
    open_flow(qtbot, door)
    flow = door.guest
    assert flow.current() == "language"
    tap(qtbot, flow.language_buttons["de"])
    assert door.languages.current == "de"
    assert flow.page["name"].title.text() == "Wie heißen Sie?"
    assert "ü" in flow.keyboard.keys and "ß" in flow.keyboard.keys  # the German layout
    flow.keyboard.type_text("Jürgen Weiß")
    assert flow.name_edit.text() == "Jürgen Weiß"
    tap(qtbot, flow.name_next)
    assert flow.current() == "contact"
    flow.keyboard.type_text("j@example.de")
    tap(qtbot, flow.contact_next)
    assert flow.current() == "reason"
    tap(qtbot, flow.reason_buttons["guest"])
    assert flow.current() == "host"
    flow.keyboard.type_text("La")
    qtbot.wait(400)
    assert flow.host_buttons == []  # two letters find nobody: no list for strangers
    flow.keyboard.type_text("r")
    # A button added to a shown page is shown by Qt a moment later: wait for that, as a finger would.
    qtbot.waitUntil(lambda: len(flow.host_buttons) == 1 and flow.host_buttons[0].isVisible(), timeout=3000)
    tap(qtbot, flow.host_buttons[0])
    assert flow.current() == "tell_host"
    assert flow.page["tell_host"].title.text() == "Dürfen wir Lars Holm Ihren Namen sagen?"
    tap(qtbot, flow.tell_host_buttons[1])  # yes: Lars hears that Jürgen Weiß has arrived
    assert flow.current() == "rules"
    assert flow.page["rules"].title.text() == "Hausregeln" and "Sammelplatz" in flow.rules_text.text()
    tap(qtbot, flow.rules_accept)
    assert "30 Tagen" in flow.privacy_text.text()
    tap(qtbot, flow.privacy_accept)  # a guest of a member pays nothing: registered now
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=5000)
    assert "Jürgen" in flow.pass_lines[0].text() and "Lars Holm" in flow.pass_lines[3].text()
    assert door.sounds.played[-1] == "welcome"

    # The QR on screen is a day pass this door accepts; the guest is in, hosted by Lars.
    code = verify_code(flow.qr.text, _trusted(kiosk))
    [entry] = kiosk.presence.on().in_now
    assert (entry.member_id, entry.name, entry.host_name) == (code.member_id, "Jürgen Weiß", "Lars Holm")
    with kiosk.store.reading() as tx:  # the arrival goes to the server for Lars, with the name agreed to
        [arrival] = [e for e in tx.events() if e.member_id == code.member_id]
    assert (arrival.host_member_id, arrival.guest_name) == (lars.member.id, "Jürgen Weiß")
    tap(qtbot, flow.done_button)
    assert door.window.stack.currentWidget() is door.scan
    assert door.languages.current == "da"  # the door speaks its own language again
    kiosk.clock.advance(hours=3)
    assert kiosk.checkin.check_in_code(flow.qr.text).outcome is Outcome.CHECKED_OUT
    assert lars.member.name == "Lars Holm"


def _trusted(kiosk):  # type: ignore[no-untyped-def]
    with kiosk.store.transaction() as tx:
        return tx.trusted_keys()


def test_a_day_pass_guest_declares_payment_and_bad_input_is_explained(qtbot, door, kiosk):
    from kiosk import app

    app.apply_settings(kiosk, replace(kiosk.settings, mobilepay_number="12 34 56 78"))
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    tap(qtbot, flow.name_next)
    assert flow.current() == "name" and flow.page["name"].error.text() == "Please type your name."
    flow.name_edit.setText("x" * 90)
    assert len(flow.name_edit.text()) == 80  # the field takes no more than 80: nothing to refuse later
    flow.name_edit.clear()
    flow.keyboard.attach(flow.name_edit, capitals=True)
    flow.keyboard.type_text("Zoë Ångström")
    tap(qtbot, flow.name_next)
    flow.keyboard.type_text("not-an-address")
    tap(qtbot, flow.contact_next)
    assert "e-mail address" in flow.page["contact"].error.text() and flow.current() == "contact"
    tap(qtbot, flow.skip_button)
    tap(qtbot, flow.reason_buttons["daypass"])
    tap(qtbot, flow.rules_accept)
    tap(qtbot, flow.privacy_accept)
    assert flow.current() == "payment" and flow.price.text() == "DKK 150.00"  # an English reader's price
    assert flow.pay_buttons["mobilepay"].text() == "MobilePay to 12 34 56 78"
    tap(qtbot, flow.pay_buttons["mobilepay"])
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=5000)
    # The number to pay to stays on the pass, beside the code they photograph.
    assert flow.pass_page.pay_line.isVisible()
    assert flow.pass_page.pay_line.text() == "Please pay DKK 150.00 with MobilePay to 12 34 56 78."
    with kiosk.store.transaction() as tx:
        [payment] = tx.payments()
    assert (payment.method, payment.amount_ore) == ("mobilepay", 15000)
    assert [e.name for e in kiosk.presence.on().in_now] == ["Zoë Ångström"]


def test_mobilepay_is_not_offered_without_a_number(qtbot, door, kiosk):
    assert kiosk.settings.mobilepay_number == ""
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    flow.keyboard.type_text("Ida")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.skip_button)
    tap(qtbot, flow.reason_buttons["daypass"])
    tap(qtbot, flow.rules_accept)
    tap(qtbot, flow.privacy_accept)
    assert flow.current() == "payment"
    assert not flow.pay_buttons["mobilepay"].isVisible()
    assert flow.pay_buttons["host"].isVisible() and flow.pay_buttons["invoice"].isVisible()
    tap(qtbot, flow.pay_buttons["host"])
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=5000)
    assert not flow.pass_page.pay_line.isVisible()


def test_back_cancel_and_walking_away_store_nothing(qtbot, door, kiosk):
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["da"])
    flow.keyboard.type_text("Anne")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.back_button)
    assert flow.current() == "name" and flow.name_edit.text() == "Anne"
    tap(qtbot, flow.cancel_button)
    assert door.window.stack.currentWidget() is door.scan

    open_flow(qtbot, door)
    assert flow.name_edit.text() == ""  # nothing typed before is kept
    tap(qtbot, flow.language_buttons["da"])
    flow.keyboard.type_text("Bo")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.skip_button)
    tap(qtbot, flow.reason_buttons["event"])
    flow.countdown.set_lengths(Countdown(warn_after=0, ends_after=1), second_ms=50)  # walk away on the rules
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=3000)
    assert kiosk.presence.on().visits == []
    with kiosk.store.transaction() as tx:
        assert [m for m in tx.members() if m.role.value == "guest"] == []


def test_a_failing_disk_at_the_last_tap_says_so_and_keeps_nothing(qtbot, door, kiosk):
    from sqlalchemy import event

    kiosk.guests.policies()  # the texts exist before the disk fills
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    flow.keyboard.type_text("Disk Full")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.skip_button)
    tap(qtbot, flow.reason_buttons["event"])
    tap(qtbot, flow.rules_accept)

    def cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA query_only=ON")  # every write fails, as on a read-only medium

    event.listen(kiosk.engine, "connect", cap)
    kiosk.engine.dispose()
    try:
        tap(qtbot, flow.privacy_accept)  # the last tap: registration cannot be written
        qtbot.waitUntil(lambda: flow.page["privacy"].error.isVisible(), timeout=5000)
        assert "could not be saved" in flow.page["privacy"].error.text()
        assert flow.current() == "privacy"  # still there: the guest can try again or tell a host
    finally:
        event.remove(kiosk.engine, "connect", cap)
        kiosk.engine.dispose()
    with kiosk.store.transaction() as tx:
        assert [m for m in tx.members() if m.role.value == "guest"] == []
    tap(qtbot, flow.privacy_accept)  # writable again: the same tap now works
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=5000)
    assert [e.name for e in kiosk.presence.on().in_now] == ["Disk Full"]


def test_the_name_field_stops_at_its_limit_with_a_counter_and_errors_go_once_fixed(qtbot, door):
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    tap(qtbot, flow.name_next)
    assert flow.page["name"].error.isVisible()  # "Please type your name."
    flow.keyboard.type_text("A")
    assert not flow.page["name"].error.isVisible()  # fixed: the complaint goes at once
    assert not flow.name_page.counter.isVisible()
    flow.keyboard.type_text("b" * 99)  # a hundred key presses
    assert len(flow.name_edit.text()) == 80  # typing stops at the limit, not an error afterwards
    assert flow.name_page.counter.isVisible() and flow.name_page.counter.text() == "80 / 80"
    qtbot.mouseClick(flow.keyboard.clear_key, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert flow.name_edit.text() == "" and not flow.name_page.counter.isVisible()


def test_capitals_only_where_a_name_needs_them(qtbot, door):
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["de"])
    kb = flow.keyboard
    for ch in "ludwig van beethoven":  # pressed as they come, shift never touched
        key = kb.space if ch == " " else kb.keys[ch]
        qtbot.mouseClick(key, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert flow.name_edit.text() == "Ludwig van beethoven"  # "von" stays "von"; a capital is asked for


def test_next_on_whom_you_visit_always_answers_and_never_picks_for_the_guest(qtbot, door, kiosk):
    kiosk.members.add_many([NewMember(name="Lars Holm")])
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    flow.keyboard.type_text("Bo")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.skip_button)
    tap(qtbot, flow.reason_buttons["guest"])
    flow.keyboard.type_text("La")
    tap(qtbot, flow.keyboard.enter_key)
    assert flow.current() == "host"
    assert flow.page["host"].error.isVisible()
    assert flow.page["host"].error.text() == "Type at least three letters of their name."
    flow.keyboard.type_text("r")
    assert not flow.page["host"].error.isVisible()
    qtbot.waitUntil(lambda: len(flow.host_buttons) == 1 and flow.host_buttons[0].isVisible(), timeout=3000)
    tap(qtbot, flow.keyboard.enter_key)
    assert flow.current() == "host" and flow.draft.host is None  # one match is shown, not chosen
    assert flow.page["host"].error.text() == "Tap the name of the person you are visiting."
    tap(qtbot, flow.host_buttons[0])
    assert flow.current() == "tell_host" and flow.draft.host[1] == "Lars Holm"
    tap(qtbot, flow.tell_host_buttons[0])  # no: Lars hears only that a guest has arrived
    assert flow.current() == "rules" and flow.draft.share_name is False


def test_the_language_step_asks_in_every_language_and_an_event_pass_is_no_day_pass(qtbot, door, kiosk):
    open_flow(qtbot, door)
    flow = door.guest
    title = flow.page["language"].title.text()
    assert "Velkommen" in title and "Welcome" in title and "Willkommen" in title
    tap(qtbot, flow.language_buttons["en"])
    flow.keyboard.type_text("Eve")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.skip_button)
    assert flow.reason_buttons["daypass"].text().endswith("DKK 150.00")
    tap(qtbot, flow.reason_buttons["event"])
    tap(qtbot, flow.rules_accept)
    tap(qtbot, flow.privacy_accept)
    qtbot.waitUntil(lambda: flow.current() == "pass", timeout=5000)
    assert flow.page["pass"].title.text() == "Your guest pass"


FAST = DoorTimeouts(second_ms=40)  # the real lengths in seconds, with a 40 ms second


@pytest.mark.parametrize("door_timeouts", [FAST])
def test_a_guest_who_pauses_90_seconds_and_taps_more_time_keeps_everything(qtbot, door):
    """The warning at 60 s of 90 is heard and seen, counts down each second over the flow (the
    page and the keyboard under it do not move), and "More time" gives the whole 90 s again."""
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["de"])
    flow.keyboard.type_text("Ida Bak")
    keys, page = flow.keyboard.geometry(), flow.pages.geometry()
    assert not flow.still_there.isVisible()
    qtbot.waitUntil(flow.still_there.isVisible, timeout=10_000)  # 60 "seconds" untouched
    assert door.sounds.played[-1] == "warning"  # heard, not only seen
    first = flow.still_there_text.text()
    assert "Sind Sie noch da?" in first
    qtbot.waitUntil(lambda: flow.still_there_text.text() != first, timeout=5000)  # it counts down
    assert flow.keyboard.geometry() == keys and flow.pages.geometry() == page  # laid over, nothing moved
    assert flow.still_there.geometry().top() == 0 and flow.still_there.width() == flow.width()
    assert flow.still_there_button.text() == "Mehr Zeit"
    # A finger on the screen: the press reaches the window first (the flow's touch filter sees it
    # there), then the button under it. The banner lies over "Cancel": the tap must not fall through.
    centre = flow.still_there_button.mapTo(door.window, flow.still_there_button.rect().center())
    QTest.mouseClick(door.window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: not flow.still_there.isVisible(), timeout=3000)
    assert flow.countdown.phase.value == "quiet"
    assert flow.countdown.idle_ms() < FAST.ms(FAST.guest.warn_after)  # the idle time starts again
    assert door.window.stack.currentWidget() is flow and flow.name_edit.text() == "Ida Bak"
    # A second pause, as long again: asked again, and still nothing lost.
    qtbot.waitUntil(flow.still_there.isVisible, timeout=10_000)
    tap(qtbot, flow.still_there_button)
    tap(qtbot, flow.name_next)
    assert flow.current() == "contact" and flow.draft.name == "Ida Bak"
    assert door.languages.current == "de"


@pytest.mark.parametrize("door_timeouts", [DoorTimeouts(second_ms=10)])
def test_a_guest_who_walks_away_is_forgotten_and_the_door_speaks_its_own_language(qtbot, door, kiosk):
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    flow.keyboard.type_text("Half Typed")
    qtbot.waitUntil(lambda: door.window.stack.currentWidget() is door.scan, timeout=10_000)
    assert door.languages.current == "da"
    assert flow.name_edit.text() == "" and flow.draft.name == ""
    assert not flow.still_there.isVisible() and not flow.countdown.active
    assert kiosk.presence.on().visits == []
    with kiosk.store.reading() as tx:
        assert [m for m in tx.members() if m.role.value == "guest"] == []


@pytest.mark.slow
def test_a_guest_who_pauses_80_seconds_is_asked_and_can_go_on(qtbot, door):
    """Real time, real timers: nothing shortened (the fast test above runs the same with a short second)."""
    real = door.timeouts.guest
    assert real.warn_after < 80 < real.ends_after
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["en"])
    flow.keyboard.type_text("Ida Bak")
    assert not flow.still_there.isVisible()
    started = time.monotonic()
    # A phone call at the door: the question comes at the real warn_after, not before.
    qtbot.waitUntil(flow.still_there.isVisible, timeout=int(real.ends_after * 1000))
    assert time.monotonic() - started >= real.warn_after - 1
    assert door.window.stack.currentWidget() is flow and flow.current() == "name"
    assert flow.still_there.isVisible() and "Are you still there?" in flow.still_there_text.text()
    assert flow.name_edit.text() == "Ida Bak"  # nothing lost yet
    tap(qtbot, flow.still_there_button)
    qtbot.waitUntil(lambda: not flow.still_there.isVisible(), timeout=3000)
    assert flow.countdown.idle_ms() < 5_000  # the full time again
    tap(qtbot, flow.name_next)
    assert flow.current() == "contact" and flow.draft.name == "Ida Bak"


def test_house_rules_changed_while_a_guest_reads_them_is_said_in_the_guests_language(qtbot, door, kiosk):
    from kiosk.domain.policies import PolicyKind

    kiosk.guests.policies()  # the texts a guest will accept, version 1
    open_flow(qtbot, door)
    flow = door.guest
    tap(qtbot, flow.language_buttons["da"])
    flow.keyboard.type_text("Ole Hansen")
    tap(qtbot, flow.name_next)
    tap(qtbot, flow.skip_button)
    tap(qtbot, flow.reason_buttons["event"])
    tap(qtbot, flow.rules_accept)
    kiosk.guests.set_policy(PolicyKind.HOUSE_RULES, {"da": "Nye husregler", "en": "New house rules"})  # a host
    tap(qtbot, flow.privacy_accept)
    qtbot.waitUntil(lambda: flow.page["privacy"].error.isVisible(), timeout=5000)
    said = flow.page["privacy"].error.text()
    assert "Husreglerne eller privatlivserklæringen blev ændret for et øjeblik siden" in said, said
    assert "house rules" not in said and flow.current() == "privacy"
    with kiosk.store.transaction() as tx:
        assert [m for m in tx.members() if m.role.value == "guest"] == []  # nothing kept
