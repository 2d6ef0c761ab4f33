"""The host view warns of what the owner cannot see: a disk nearly full, a clock behind the last
check-in or not synchronised (kiosk.health's readings, a test standing in for the machine)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.health import Machine
from tests.ui.layout import problems


def _host(qtbot, door, kiosk, machine, size=(1024, 600)):  # type: ignore[no-untyped-def]
    from kiosk.ui.screens.host_pages.view import HostScreen

    host = HostScreen(ZoneInfo("Europe/Copenhagen"), tasks=door.tasks, desk=app.host_desk(kiosk, machine))
    frame = QWidget()
    frame.setFixedSize(*size)
    QVBoxLayout(frame).setContentsMargins(0, 0, 0, 0)
    frame.layout().addWidget(host)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    return host, frame


def troubled(kiosk) -> Machine:  # type: ignore[no-untyped-def]
    """180 MB free, a clock a day behind the last check-in, not synchronised."""
    return Machine(disk_free=lambda _p: 180 * 1024 * 1024, clock_synchronised=lambda: (False, "timedatectl"),
                   cameras=lambda: [], now=lambda: kiosk.clock.now() - timedelta(days=1))


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_low_disk_and_a_clock_behind_are_shown_on_the_first_page(qtbot, full_door, kiosk, lang):
    [card] = kiosk.members.add_many([NewMember(name="Anne-Sophie Østergaard-Bjørnskov Christiansen")])
    kiosk.checkin.check_in_code(card.code)
    full_door.languages.switch(lang)
    host, frame = _host(qtbot, full_door, kiosk, troubled(kiosk))
    host.open_view()
    host.show_people(kiosk.presence.on().in_now)
    qtbot.waitUntil(host.warning.isVisible, timeout=3000)
    text = host.warning.text()
    assert "180" in text and len(text.splitlines()) == 2
    assert host.pages.currentIndex() == 0  # the first page, where a host lands
    assert not problems(frame)
    host.show_page("members")
    host.show_page("in_now")
    qtbot.waitUntil(host.warning.isVisible, timeout=3000)
    full_door.languages.switch("en")
    assert "disk" in host.warning.text() and "clock" in host.warning.text()
    qtbot.wait(500)  # the members page's search answers before the view goes
    host.hold()


def test_an_unsynchronised_clock_alone_and_all_well(qtbot, full_door, kiosk):
    full_door.languages.switch("en")
    unsynced = Machine(disk_free=lambda _p: 8 * 1024**3, clock_synchronised=lambda: (False, "timedatectl"),
                       cameras=lambda: [], now=kiosk.clock.now)
    host, _frame = _host(qtbot, full_door, kiosk, unsynced)
    host.open_view()
    qtbot.waitUntil(host.warning.isVisible, timeout=3000)
    assert "not synchronised" in host.warning.text() and "disk" not in host.warning.text()
    host.hold()
    fine = Machine(disk_free=lambda _p: 8 * 1024**3, clock_synchronised=lambda: (None, "none"),
                   cameras=lambda: [], now=kiosk.clock.now)
    host, _frame = _host(qtbot, full_door, kiosk, fine)
    host.open_view()
    qtbot.wait(300)
    assert host.warning.isHidden()  # a container cannot say: no warning
    host.hold()
