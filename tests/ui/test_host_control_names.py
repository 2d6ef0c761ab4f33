"""Every control of the host view and the roll call has a name in words, in the language on
screen (EN 301 549 11.4.1.2), as the door's screens do (tests/ui/test_control_names.py): every
page, with people in and a member open, in da/en/de. A control named by the space's data (a
member's name, a time) keeps that name; every other name follows the language."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.ui.screens.host_pages.roll_call import RollCallScreen
from kiosk.ui.screens.host_pages.view import HostScreen
from tests.ui.test_control_names import name_of, said_in_words

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QAbstractSlider)
PAGES = ("in_now", "today", "members", "busy", "settings")
PEOPLE = ["Mette Jensen", "Lars Holm", "Anne-Sophie Østergaard"]


def settle(qtbot, door) -> None:  # type: ignore[no-untyped-def]
    """Every host task answered (only then the lists have their buttons), and what they posted done."""
    qtbot.waitUntil(lambda: not door.tasks._pending, timeout=10_000)
    QApplication.processEvents()


def visible_controls(top: QWidget) -> list[QWidget]:
    # A scroll bar is said by its role and value (QAccessible gives it both); it has no name of
    # its own to give.
    return [w for w in top.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(top)
            and w.width() > 0 and not isinstance(w, QScrollBar)]


def where(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def names_on_every_page(qtbot, door, kiosk, lang: str) -> tuple[dict[str, str], list[str]]:  # type: ignore[no-untyped-def]
    door.languages.switch(lang)
    host = HostScreen(ZoneInfo("Europe/Copenhagen"), tasks=door.tasks, desk=app.host_desk(kiosk))
    roll = RollCallScreen()
    names: dict[str, str] = {}
    problems: list[str] = []
    frames = []
    for screen in (host, roll):
        frame = QWidget()
        frame.setFixedSize(1024, 600)
        QVBoxLayout(frame).setContentsMargins(0, 0, 0, 0)
        frame.layout().addWidget(screen)
        qtbot.addWidget(frame)
        frame.show()
        qtbot.waitExposed(frame)
        frames.append(frame)
    people = kiosk.presence.on().in_now
    host.show_people(people)
    for page in PAGES:
        host.show_page(page)
        settle(qtbot, door)
        collect(page, frames[0], names, problems)
        if page == "members":
            qtbot.waitUntil(lambda: bool(host.members._shown), timeout=5000)
            host.members.select(host.members._shown[0])
            settle(qtbot, door)
            collect("members/open", frames[0], names, problems)
            host.members.new_member()
            settle(qtbot, door)
            collect("members/new", frames[0], names, problems)
    roll.show_people(people)
    settle(qtbot, door)
    collect("roll call", frames[1], names, problems)
    host.hold()
    for frame in frames:
        frame.hide()
    return names, problems


def collect(scene: str, top: QWidget, names: dict[str, str], problems: list[str]) -> None:
    for i, widget in enumerate(visible_controls(top)):
        name = name_of(widget)
        if not said_in_words(name):
            problems.append(f"{scene}: {where(widget)} is named {name!r}")
        names[f"{scene}/{where(widget)}/{i}"] = name


def test_every_control_of_the_host_view_has_a_name_in_words_in_each_language(qtbot, full_door, kiosk):
    cards = kiosk.members.add_many([NewMember(name=n) for n in PEOPLE])
    for card in cards:
        kiosk.checkin.check_in_code(card.code)
    said: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for lang in ("da", "en", "de"):
        said[lang], found = names_on_every_page(qtbot, full_door, kiosk, lang)
        problems += [f"{lang} {p}" for p in found]
    assert problems == [], "\n".join(problems)
    # The same controls in each language, and each name in the language on screen: a name that is
    # the same in Danish, English and German is the space's data (a person, a time, a number).
    assert said["da"].keys() == said["en"].keys() == said["de"].keys()
    data = [*PEOPLE, *(p.split()[0] for p in PEOPLE)]
    untranslated = [f"{key}: {name!r}" for key, name in said["en"].items()
                    if name == said["da"][key] == said["de"][key]
                    and not any(d in name for d in data) and not any(ch.isdigit() for ch in name)]
    assert untranslated == [], "\n".join(untranslated)
