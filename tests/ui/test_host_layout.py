"""Every page of the host view fits a 7" panel (1024x600) and the common larger screens, in
Danish, English and German, with the worst content a space will meet: 80-character names in
several scripts, 40 people in or nobody, 500 members, long visitor types. The real door (worker
thread, SQLite) in a shown window; tests/ui/layout.py says what "fits" means."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from kiosk.core.members import NewMember
from kiosk.domain.guests import GuestForm
from kiosk.domain.members import PlanKind
from kiosk.ui import theme
from tests.ui.layout import problems

NAMES = [  # 80 characters each: Latin with Danish and German letters, Cyrillic, Greek, Arabic, CJK
    "Anne-Sophie Østergaard-Bjørnskov Christiansen von Hohenzollern-Sigmaringen Ærø!",
    "Александра Константиновна Преображенская-Верещагина из Санкт-Петербурга Иванова",
    "Αικατερίνη Παπαδοπούλου-Χατζηγεωργίου της Θεσσαλονίκης και της Αλεξανδρούπολης",
    "عبد الرحمن بن محمد بن عبد العزيز آل سعود الفيصل من مدينة الرياض في المملكة الع",
    "王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小明王小",
    "Bartholomäus-Maximilian Wolfeschlegelsteinhausenbergerdorff Überschwänglich Groß",
]
SIZES = [(1024, 600), (1280, 800), (1920, 1080)]
LONG_TYPE = "Workshop, Netværksmøde og Fællesspisning for Iværksættere fra hele Nordjylland"


def consents(kiosk) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k.value: p.version for k, p in kiosk.guests.policies().items()}


def crowd(kiosk, people: int = 40, members: int = 500) -> list[str]:  # type: ignore[no-untyped-def]
    """members on the roster, `people` of them in now (long names first), a guest with a long
    visitor type and a long-named host; their ids."""
    news = [NewMember(name=NAMES[i % len(NAMES)] if i < 12 else f"Medlem {i:03d} Jensen",
                      plan=PlanKind.CLIPCARD if i % 3 == 0 else PlanKind.MONTHLY, clips=10 if i % 3 == 0 else 0)
            for i in range(members)]
    issued = kiosk.members.add_many(news)
    for card in issued[:people - 1]:
        kiosk.checkin.check_in_code(card.code)
    settings = kiosk.settings
    from dataclasses import replace

    from kiosk import app
    from kiosk.domain.guests import VisitorType, dump_visitor_types
    types = [*settings.guest_types(), VisitorType("long", {"da": LONG_TYPE, "en": LONG_TYPE, "de": LONG_TYPE},
                                                  25000, True)]
    app.apply_settings(kiosk, replace(settings, visitor_types=dump_visitor_types(types)))
    kiosk.guests.register(GuestForm(name=NAMES[0], visitor_type="long", host_member_id=issued[1].member.id,
                                    payment_method="invoice", company=NAMES[3], consents=consents(kiosk)))
    return [c.member.id for c in issued]


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the host-tasks thread answer and the layouts settle."""
    qtbot.wait(200)
    QApplication.processEvents()


def check_every_page(qtbot, door, kiosk, size, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The host view and the roll call on their own, each a window of `size` (the door's other
    screens share the kiosk window with them and have a test of their own)."""
    from zoneinfo import ZoneInfo

    from kiosk import app
    from kiosk.ui.screens.host_pages.roll_call import RollCallScreen
    from kiosk.ui.screens.host_pages.view import HostScreen
    from tests.ui.test_host_warnings import troubled

    # With both warnings on the first page (a disk nearly full, a clock behind): the worst case.
    host = HostScreen(ZoneInfo("Europe/Copenhagen"), tasks=door.tasks, desk=app.host_desk(kiosk, troubled(kiosk)))
    roll = RollCallScreen()
    found: list[str] = []
    frames = []
    for screen in (host, roll):
        # A frame of the screen's size, as the kiosk's fullscreen window is: it cannot grow.
        frame = QWidget()
        frame.setFixedSize(*size)
        QVBoxLayout(frame).setContentsMargins(0, 0, 0, 0)
        frame.layout().addWidget(screen)
        qtbot.addWidget(frame)
        frame.show()
        qtbot.waitExposed(frame)
        frames.append(frame)
    settle(qtbot)
    people = kiosk.presence.on().in_now
    for lang in ("da", "en", "de"):
        door.languages.switch(lang)
        host.show_people(people)
        for page in ("in_now", "today", "members", "busy", "settings"):
            host.show_page(page)
            settle(qtbot)
            if page == "in_now":
                assert host.warning.isVisible(), "the warnings are not shown"
            if page == "in_now" and people:
                host.findChild(QPushButton, "CheckOut").click()  # the reasons show beside a long name
                settle(qtbot)
            if page == "members":
                host.members.new_member()
                host.members._pick_plan(PlanKind.CLIPCARD)
                host.keyboard.show()
                settle(qtbot)
                found += [f"{label} {lang} members/new: {p}" for p in problems(frames[0])]
                host.keyboard.hide()
                host.members.select(host.members._shown[0])
                settle(qtbot)
            if page == "today":
                host.today.search.setText("an")
                host.today.search.textEdited.emit("an")


                def shown() -> list[QPushButton]:
                    return [b for b in host.today.findChildren(QPushButton)
                            if b.objectName().startswith("checkin-") and b.isVisible()
                            and not b.objectName().startswith(("checkin-reason", "checkin-back"))]

                qtbot.waitUntil(lambda: bool(shown()), timeout=5000)  # the search answers from its thread
                found_buttons = shown()
                found_buttons[0].click()  # the reasons show under a long name
                settle(qtbot)
            if page == "busy":
                for chart in (host.busy.per_day, host.busy.by_hour, host.busy.by_weekday, host.busy.mass_weekday,
                              host.busy.mass_month):
                    chart.repaint()
                    wide = QFontMetrics(theme.font(chart.title_px, True)).horizontalAdvance(chart.title)
                    if wide > chart.width() - 32:
                        found.append(f"{label} {lang} busy: the chart title {chart.title!r} is cut off")
            if page == "settings":  # every section, each with the keyboard up too
                for key in list(host.settings.sections.buttons)[1:]:
                    host.settings.sections.show_section(key)
                    host.keyboard.show()
                    settle(qtbot)
                    found += [f"{label} {lang} settings/{key} with the keyboard: {p}" for p in problems(frames[0])]
                    host.keyboard.hide()
                    settle(qtbot)
                    found += [f"{label} {lang} settings/{key}: {p}" for p in problems(frames[0])]
                host.settings.sections.show_section("space")
                settle(qtbot)
            found += [f"{label} {lang} {page}: {p}" for p in problems(frames[0])]
            if (host.width(), host.height()) != size:
                found.append(f"{label} {lang} {page}: the host view grew to {host.width()}x{host.height()}")
        roll.show_people(people)
        settle(qtbot)
        found += [f"{label} {lang} roll call: {p}" for p in problems(frames[1])]
        if (roll.width(), roll.height()) != size:
            found.append(f"{label} {lang} roll call: grew to {roll.width()}x{roll.height()}")
    host.hold()
    return found


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_host_page_fits_with_a_crowd(qtbot, full_door, kiosk, size):
    crowd(kiosk)
    found = check_every_page(qtbot, full_door, kiosk, size, "crowd")
    assert not found, "\n".join(found[:40]) + f"\n... {len(found)} in all"


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_every_host_page_fits_with_nobody_in(qtbot, full_door, kiosk):
    kiosk.members.add_many([NewMember(name=NAMES[0])])
    found = check_every_page(qtbot, full_door, kiosk, (1024, 600), "empty")
    assert not found, "\n".join(found[:40]) + f"\n... {len(found)} in all"
