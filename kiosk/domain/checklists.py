"""Unstaffed days: the host's opening checklist for the first person in, the closing one for the
last out. Who is first or last is the door's knowledge of who is in now (its own visits and the
other doors' learnt by sync), taken in the same transaction as the check-in or check-out."""

from __future__ import annotations

import enum
import unicodedata

MAX_LINES = 12
MAX_LINE_LEN = 80


class Checklist(enum.StrEnum):
    OPENING = "opening"
    CLOSING = "closing"


def checklist_lines(text: str) -> list[str]:
    """The lines of a checklist as the host typed them: one item a line, blank lines dropped."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def checklist_problem(text: str) -> str | None:
    """Why a checklist cannot be saved, or None."""
    lines = checklist_lines(text)
    if len(lines) > MAX_LINES:
        return f"a checklist has at most {MAX_LINES} lines"
    for line in lines:
        if len(line) > MAX_LINE_LEN:
            return f"a checklist line is at most {MAX_LINE_LEN} characters"
        if any(unicodedata.category(ch).startswith("C") for ch in line):
            return "a checklist line may not contain control characters"
    return None


def checklist_for(checked_in: bool, checked_out: bool, others_in: int, guest: bool) -> Checklist | None:
    """Which checklist a door answer brings: the opening one when nobody else is in at a check-in,
    the closing one when nobody is left at a check-out. A repeated scan brings none (the answer
    it repeats had its chance), and guests none: the lists are the members' (an alarm code is
    not a visitor's business)."""
    if guest or others_in > 0:
        return None
    if checked_in:
        return Checklist.OPENING
    if checked_out:
        return Checklist.CLOSING
    return None
