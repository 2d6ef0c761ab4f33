"""The first-run set-up on the door's screen, without any screen: which step comes next, what
was chosen so far, and what is wrong with what was typed (typed errors, not messages).

language -> space name -> opening hours -> host PIN -> the PIN again -> standalone or join a
server -> [server address and enrollment code, typed or read as a QR] -> done.

The Qt screen (kiosk.ui.screens.setup) shows one step at a time and asks this model; nothing is
written until the whole set-up is handed to the use case (kiosk.services.setup) at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import Enum

from .host import PinProblem, pin_problem
from .settings import LANGUAGES

NAME_MAX = 80
STEP_MINUTES = 30  # the opening-hours buttons move by half hours


class Step(Enum):
    LANGUAGE = "language"
    NAME = "name"
    HOURS = "hours"
    PIN = "pin"
    PIN_AGAIN = "pin_again"
    MODE = "mode"
    SERVER = "server"  # address and code, typed
    SCAN = "scan"  # address and code, read from the server's QR
    JOINING = "joining"  # the use case runs; the screen waits
    DONE = "done"


class Problem(Enum):
    NAME_EMPTY = "name_empty"
    NAME_LONG = "name_long"
    HOURS_ORDER = "hours_order"  # opening must be before closing
    PIN_RULES = "pin_rules"  # 4 to 8 digits (the host PIN's rules, kiosk.domain.host)
    PIN_WEAK = "pin_weak"  # 1111, 1234, a year: among the first a stranger tries (kiosk.domain.host)
    PIN_MISMATCH = "pin_mismatch"  # the second PIN differs: type both again
    URL_MISSING = "url_missing"
    URL_SCHEME = "url_scheme"  # not http:// or https://
    CODE_MISSING = "code_missing"
    NOT_A_SETUP_QR = "not_a_setup_qr"


class Mode(Enum):
    STANDALONE = "standalone"
    JOIN = "join"


PROGRESS = [Step.NAME, Step.HOURS, Step.PIN, Step.PIN_AGAIN, Step.MODE, Step.SERVER]  # the dots at the top


@dataclass
class SetupDraft:
    language: str = "da"
    space_name: str = ""
    opening: str = "08:00"
    closing: str = "17:00"
    pin: str = ""
    mode: Mode | None = None
    server_url: str = ""
    code: str = ""


def shift_time(value: str, minutes: int) -> str:
    """value moved by minutes, kept within 00:00..23:30 (no wrap: 23:30 + 30 stays 23:30)."""
    t = time.fromisoformat(value)
    total = min(max(t.hour * 60 + t.minute + minutes, 0), 24 * 60 - STEP_MINUTES)
    return f"{total // 60:02d}:{total % 60:02d}"


def tidy_server(url: str, code: str) -> tuple[str, str]:
    """No address has a space: one typed is a slip of the on-screen keyboard's space bar; the
    code is read aloud in groups and typed in any case."""
    return "".join(url.split()), "".join(code.split()).upper()


def server_problem(url: str, code: str) -> Problem | None:
    if not url:
        return Problem.URL_MISSING
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in ("http", "https") or len(url) <= len(scheme) + 3:
        return Problem.URL_SCHEME
    if not code:
        return Problem.CODE_MISSING
    return None


class SetupFlow:
    def __init__(self, language: str = "da") -> None:
        self.draft = SetupDraft(language=language if language in LANGUAGES else "da")
        self.step = Step.LANGUAGE
        self._history: list[Step] = []
        self._join_from = Step.SERVER

    def _go(self, step: Step) -> None:
        self._history.append(self.step)
        self.step = step

    def back(self) -> Step:
        """One step back (from the second PIN back to the first, which is typed again)."""
        if self.step is Step.JOINING or not self._history:
            return self.step
        self.step = self._history.pop()
        if self.step in (Step.PIN, Step.PIN_AGAIN):
            self.draft.pin = ""
            if self.step is Step.PIN_AGAIN:  # never stop at the second PIN without a first
                self.step = self._history.pop()
        return self.step

    def choose_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.draft.language = lang
        self._go(Step.NAME)

    def set_name(self, text: str) -> Problem | None:
        name = " ".join(text.split())
        if not name:
            return Problem.NAME_EMPTY
        if len(name) > NAME_MAX:
            return Problem.NAME_LONG
        self.draft.space_name = name
        self._go(Step.HOURS)
        return None

    def move_hours(self, which: str, minutes: int) -> None:
        """The + and - buttons: which is "opening" or "closing"."""
        setattr(self.draft, which, shift_time(getattr(self.draft, which), minutes))

    def confirm_hours(self) -> Problem | None:
        if time.fromisoformat(self.draft.opening) >= time.fromisoformat(self.draft.closing):
            return Problem.HOURS_ORDER
        self._go(Step.PIN)
        return None

    def set_pin(self, pin: str) -> Problem | None:
        problem = pin_problem(pin)
        if problem is not None:
            return Problem.PIN_WEAK if problem is PinProblem.WEAK else Problem.PIN_RULES
        self.draft.pin = pin
        self._go(Step.PIN_AGAIN)
        return None

    def confirm_pin(self, pin: str) -> Problem | None:
        """A different second PIN sends the host back to type the first one again."""
        if pin != self.draft.pin:
            self.draft.pin = ""
            self.step = self._history.pop()  # back to PIN, as if this step never happened
            return Problem.PIN_MISMATCH
        self._go(Step.MODE)
        return None

    def choose_mode(self, mode: Mode) -> None:
        self.draft.mode = mode
        self._go(Step.DONE if mode is Mode.STANDALONE else Step.SERVER)

    def scan_instead(self) -> None:
        self._go(Step.SCAN)

    def set_server(self, url: str, code: str) -> Problem | None:
        url, code = tidy_server(url, code)
        if (problem := server_problem(url, code)) is not None:
            return problem
        self.draft.server_url, self.draft.code = url.rstrip("/"), code
        self._join_from, self.step = self.step, Step.JOINING
        return None

    def qr_read(self, url: str, code: str) -> Problem | None:
        """The server's QR, read on the camera step: back to the typed step with its address and
        code in the fields, joined only when the host taps Join. Anybody can print a QR; the one
        held up must not send the kiosk to a server nobody looked at."""
        if server_problem(*tidy_server(url, code)) is not None:
            return Problem.NOT_A_SETUP_QR
        if self.step is Step.SCAN:
            self.back()
        return None

    def join_failed(self) -> None:
        """The server said no, or was away: back to where the address was given (typed or scanned)."""
        self.step = self._join_from

    def joined(self) -> None:
        self.step = Step.DONE

    def settings_values(self) -> dict[str, str]:
        """The settings the set-up chose, as SpaceSettings mapping values."""
        return {"language": self.draft.language, "space_name": self.draft.space_name,
                "opening_hours": f"mon-sun {self.draft.opening}-{self.draft.closing}"}
