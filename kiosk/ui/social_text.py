"""The door's words about who is in: the idle line, the welcome's line, the "Who's here" list.

Only what kiosk.domain.social.here_now lets through is ever worded here: first names of members
who opted in (with their tags), and numbers. Each function returns candidates from the fullest
to the shortest, so a screen takes the first that fits its width (a long name or tag drops out
into "and N others" instead of being cut), and the last one is always just a number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.social import HereNow

WELCOME_NAMES = 3  # the welcome names at most three: it is read in passing


def person(name: str, tags: tuple[str, ...], with_tags: bool = True) -> str:
    return f"{name} ({', '.join(tags)})" if tags and with_tags else name


def join(items: list[str]) -> str:
    """"Anna, Lars and 3 others" in the language on screen."""
    if len(items) == 1:
        return items[0]
    return (QCoreApplication.translate("SocialText", "%1 and %2")
            .replace("%1", ", ".join(items[:-1])).replace("%2", items[-1]))


def others(n: int) -> str:
    return QCoreApplication.translate("SocialText", "%n other(s)", "", n)


def count_line(total: int) -> str:
    return QCoreApplication.translate("SocialText", "%n here now", "", total) if total else ""


def idle_lines(here: HereNow) -> list[str]:
    """The scan screen's line: "Here now: Anna (web design), Lars (3D print) and 3 others";
    only the number with nobody opted in; nothing when nobody is in."""
    if not here.total:
        return [""]
    lines: list[str] = []
    for k in range(len(here.named), 0, -1):
        for with_tags in (True, False):
            items = [person(name, tags, with_tags) for name, tags in here.named[:k]]
            if here.total - k:
                items.append(others(here.total - k))
            line = QCoreApplication.translate("SocialText", "Here now: %1").replace("%1", join(items))
            if line not in lines:
                lines.append(line)
    lines.append(count_line(here.total))
    return lines


def welcome_line(here: HereNow) -> str | None:
    """"Anna and 3 others are in" for the one just welcomed (left out of `here`); None when
    nobody in is named (the welcome then says how many others are in, as before)."""
    if not here.named:
        return None
    shown = here.named[:WELCOME_NAMES]
    items = [name for name, _ in shown]
    if here.total - len(shown):
        items.append(others(here.total - len(shown)))
    if here.total == 1:
        return QCoreApplication.translate("SocialText", "%1 is in").replace("%1", join(items))
    return QCoreApplication.translate("SocialText", "%1 are in").replace("%1", join(items))
