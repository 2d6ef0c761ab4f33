"""What the guest reads when something typed will not do: worded from the problem, not from
an exception's message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.guests import GuestProblem, InvalidGuest

translate = QCoreApplication.translate


def problem_text(bad: InvalidGuest) -> str:
    if bad.problem is GuestProblem.EMPTY:
        return translate("GuestFlow", "Please type your name.")
    if bad.problem is GuestProblem.TOO_LONG:
        return translate("GuestFlow", "That is too long: at most %1 characters.").replace("%1", str(bad.limit))
    if bad.problem is GuestProblem.NOT_EMAIL:
        return translate("GuestFlow", "That does not look like an e-mail address (like name@example.com).")
    return translate("GuestFlow", "Some of those characters cannot be used. Please type it again.")
