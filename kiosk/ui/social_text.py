"""The door's words about who is in: the idle line, the welcome's line, the "Who's here" list.

Only what kiosk.domain.social.here_now lets through is ever worded here: first names of members
who opted in (with their tags), and numbers. idle_lines returns candidates from the fullest to
the shortest, so a screen takes the first that fits its width (a long name or tag drops out into
"and N others" instead of being cut), and the last one is always just a number."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.domain.social import HereNow

WELCOME_NAMES = 3  # the welcome names at most three: it is read in passing


class SocialText(QObject):
    """The words, in the language on screen (a QObject for tr(): lupdate sees its plurals)."""

    def join(self, items: list[str]) -> str:
        """"Anna, Lars and 3 others"."""
        if len(items) == 1:
            return items[0]
        return self.tr("%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])

    def others(self, n: int) -> str:
        return self.tr("%n other(s)", "", n)

    def count_line(self, total: int) -> str:
        return self.tr("%n here now", "", total) if total else ""

    def here_now(self, names: str) -> str:
        return self.tr("Here now: %1").replace("%1", names)

    def are_in(self, names: str, total: int) -> str:
        return self.tr("%1 is in").replace("%1", names) if total == 1 else self.tr("%1 are in").replace("%1", names)


_TEXT: SocialText | None = None


def _text() -> SocialText:
    global _TEXT
    if _TEXT is None:
        _TEXT = SocialText()
    return _TEXT


def person(name: str, tags: tuple[str, ...], with_tags: bool = True) -> str:
    return f"{name} ({', '.join(tags)})" if tags and with_tags else name


def others(n: int) -> str:
    return _text().others(n)


def count_line(total: int) -> str:
    return _text().count_line(total)


def idle_lines(here: HereNow) -> list[str]:
    """The scan screen's line: "Here now: Anna (web design), Lars (3D print) and 3 others";
    only the number with nobody opted in; nothing when nobody is in."""
    text = _text()
    if not here.total:
        return [""]
    lines: list[str] = []
    for k in range(len(here.named), 0, -1):
        for with_tags in (True, False):
            items = [person(name, tags, with_tags) for name, tags in here.named[:k]]
            if here.total - k:
                items.append(text.others(here.total - k))
            line = text.here_now(text.join(items))
            if line not in lines:
                lines.append(line)
    lines.append(text.count_line(here.total))
    return lines


def welcome_line(here: HereNow) -> str | None:
    """"Anna and 3 others are in" for the one just welcomed (left out of `here`); None when
    nobody in is named (the welcome then says how many others are in, as before)."""
    if not here.named:
        return None
    text = _text()
    shown = here.named[:WELCOME_NAMES]
    items = [name for name, _ in shown]
    if here.total - len(shown):
        items.append(text.others(here.total - len(shown)))
    return text.are_in(text.join(items), here.total)
