"""What a screen says for an error a person can cause or fix: its code (kiosk.domain.problems)
worded through tr() in the language on screen, never the exception's English message.

The sentences are English sources with {name} placeholders for the error's arguments; their
Danish and German live in assets/translations like every other screen text (context
"ErrorText"). An error with no code of its own gets its kind's plain sentence, and its English
message goes to the log."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.domain.problems import Code, Problem

log = logging.getLogger(__name__)
CONTEXT = "ErrorText"


_SOURCES = {  # QT_TRANSLATE_NOOP marks each for lupdate and returns it as it is
    Code.INVALID_INPUT: QT_TRANSLATE_NOOP("ErrorText", "That cannot be used. Please check what you typed."),
    Code.NOT_FOUND: QT_TRANSLATE_NOOP("ErrorText", "That is not here any more."),
    Code.STORAGE: QT_TRANSLATE_NOOP(
        "ErrorText", "The kiosk could not read or write its files. Tell the kiosk's owner."),
    Code.NAME_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "Type the member's name."),
    Code.NAME_TOO_LONG: QT_TRANSLATE_NOOP("ErrorText", "The name is too long: at most {limit} characters."),
    Code.EMAIL_TOO_LONG: QT_TRANSLATE_NOOP("ErrorText", "The e-mail address is too long: at most {limit} characters."),
    Code.EMAIL_INVALID: QT_TRANSLATE_NOOP("ErrorText", "{email} is not an e-mail address (like name@example.com)."),
    Code.CLIPS_NEGATIVE: QT_TRANSLATE_NOOP("ErrorText", "The number of clips cannot be negative."),
    Code.CLIPS_TOO_MANY: QT_TRANSLATE_NOOP("ErrorText", "A clip card holds at most {limit} clips."),
    Code.CLIPCARD_NEEDS_CLIPS: QT_TRANSLATE_NOOP("ErrorText", "A clip card needs at least one clip."),
    Code.CLIPS_ONLY_ON_CLIPCARD: QT_TRANSLATE_NOOP("ErrorText", "Only a clip card has clips."),
    Code.VALID_UNTIL_BEFORE_FROM: QT_TRANSLATE_NOOP("ErrorText", "The end date is before the start date."),
    Code.PLAN_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "{plan} is not a plan: use monthly, clipcard or daypass."),
    Code.DATE_INVALID: QT_TRANSLATE_NOOP("ErrorText", "{text} is not a date like 2026-12-31."),
    Code.CLIPS_NOT_A_NUMBER: QT_TRANSLATE_NOOP("ErrorText", "{text} is not a whole number of clips."),
    Code.ROLE_UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "{role} is not a role: use member or host."),
    Code.MEMBER_NOT_FOUND: QT_TRANSLATE_NOOP("ErrorText", "That member is not on this kiosk any more."),
    Code.PERIOD_BACKWARDS: QT_TRANSLATE_NOOP("ErrorText", "The period ends before it starts."),
    Code.PERIOD_TOO_LONG: QT_TRANSLATE_NOOP("ErrorText", "Choose a period of at most {days} days."),
    Code.CSV_NOT_UTF8: QT_TRANSLATE_NOOP(
        "ErrorText", "The file is not UTF-8 text (at byte {byte}). Save it as CSV UTF-8."),
    Code.CSV_NOT_TEXT: QT_TRANSLATE_NOOP("ErrorText", "The file is not a CSV text file."),
    Code.CSV_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "The file is empty."),
    Code.CSV_UNREADABLE: QT_TRANSLATE_NOOP("ErrorText", "Line {line} cannot be read as CSV."),
    Code.CSV_NO_NAME_COLUMN: QT_TRANSLATE_NOOP("ErrorText", "The first line must name the columns: {columns}."),
    Code.CSV_UNKNOWN_COLUMN: QT_TRANSLATE_NOOP(
        "ErrorText", "The column {column} is unknown; the columns are {columns}."),
    Code.CSV_TOO_MANY_ROWS: QT_TRANSLATE_NOOP("ErrorText", "More than {limit} rows: split the file."),
    Code.CSV_FIELD_COUNT: QT_TRANSLATE_NOOP("ErrorText", "Line {line} has {found} fields; it needs {expected}."),
    Code.CSV_BAD_LINE: QT_TRANSLATE_NOOP("ErrorText", "Line {line}: {problem}"),
    Code.CSV_BAD_LINES: QT_TRANSLATE_NOOP("ErrorText", "{first} Lines with mistakes in all: {count}."),
    Code.CSV_NO_MEMBERS: QT_TRANSLATE_NOOP("ErrorText", "The file has a header but no members."),
    Code.NO_PRINTER: QT_TRANSLATE_NOOP("ErrorText", "No printer is set up on this kiosk."),
    Code.ENROLLED_ADD_ON_SERVER: QT_TRANSLATE_NOOP(
        "ErrorText", "This kiosk gets its members from the server: add members there."),
    Code.ENROLLED_IMPORT_ON_SERVER: QT_TRANSLATE_NOOP(
        "ErrorText", "This kiosk gets its members from the server: import members there."),
    Code.ENROLLED_PRINT_ON_SERVER: QT_TRANSLATE_NOOP(
        "ErrorText", "This kiosk gets its members from the server: print cards there."),
    Code.NO_VALID_CARD: QT_TRANSLATE_NOOP("ErrorText", "This member has no valid card: make a new card first."),
    Code.CARD_OLD_KEY: QT_TRANSLATE_NOOP(
        "ErrorText", "{name}'s card was made with an earlier key of this kiosk: make a new card."),
    Code.NO_SIGNING_KEY: QT_TRANSLATE_NOOP(
        "ErrorText", "This kiosk has no key to sign cards with, so it cannot make cards."),
    Code.TOP_UP_CLIPS: QT_TRANSLATE_NOOP("ErrorText", "Add {low} to {high} clips."),
    Code.TOP_UP_AMOUNT: QT_TRANSLATE_NOOP("ErrorText", "The amount must be 0 to 100,000 kr."),
    Code.NO_CLIP_CARD: QT_TRANSLATE_NOOP("ErrorText", "{name} has no clip card."),
    Code.TOP_UP_METHOD: QT_TRANSLATE_NOOP("ErrorText", "Choose how the clips were paid: {methods}."),
    Code.POLICY_EMPTY: QT_TRANSLATE_NOOP("ErrorText", "The text is empty: write the house rules or privacy notice."),
    Code.POLICY_TOO_LONG: QT_TRANSLATE_NOOP("ErrorText", "The text is too long: at most {limit} characters."),
    Code.GUEST_TEXT_CHANGED: QT_TRANSLATE_NOOP(
        "ErrorText", "The house rules or the privacy notice changed a moment ago: please read and accept them again."),
    Code.NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "ErrorText", "This kiosk is not joined to a server (any more), so it cannot ask the server for that."),
    Code.NOT_CHECKED_IN: QT_TRANSLATE_NOOP("ErrorText", "That person is not checked in."),
    Code.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("ErrorText", "That person is already checked in."),
    Code.HOST_PIN_DIGITS: QT_TRANSLATE_NOOP("ErrorText", "A host PIN is 4 to 8 digits."),
    Code.HOST_PIN_WEAK: QT_TRANSLATE_NOOP(
        "ErrorText", "That PIN is too easy to guess (like 1111, 1234 or a year). Choose another."),
    Code.FOLDER_NOT_MADE: QT_TRANSLATE_NOOP("ErrorText", "The folder {folder} cannot be made."),
    Code.FILE_NOT_READ: QT_TRANSLATE_NOOP("ErrorText", "The file {path} cannot be read."),
    Code.FILE_NOT_WRITTEN: QT_TRANSLATE_NOOP(
        "ErrorText", "The file cannot be written: is the disk full or read-only?"),
    Code.DISK_FULL: QT_TRANSLATE_NOOP("ErrorText", "The disk is full: free some space."),
    Code.DATABASE_LOCKED: QT_TRANSLATE_NOOP(
        "ErrorText", "The database is locked by another program (a backup or a second kiosk?)."),
    Code.DATABASE_READ_ONLY: QT_TRANSLATE_NOOP("ErrorText", "The database is read-only (a read-only file or disk)."),
    Code.DATABASE_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "ErrorText", "The database file cannot be opened (missing, moved or not allowed)."),
    Code.DATABASE_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "ErrorText", "The database file may not be written (its permissions)."),
    Code.DISK_FAILED: QT_TRANSLATE_NOOP(
        "ErrorText", "The disk could not be read or written (full, failing or unplugged?)."),
    Code.DATABASE_DAMAGED: QT_TRANSLATE_NOOP("ErrorText", "The database file is damaged: restore a backup."),
    Code.OUT_OF_MEMORY: QT_TRANSLATE_NOOP("ErrorText", "The machine ran out of memory: restart it."),
    Code.SETTING_TIME: QT_TRANSLATE_NOOP("ErrorText", "{value} is not a time like 22:00."),
    Code.SETTING_OPENS_BEFORE_CLOSES: QT_TRANSLATE_NOOP(
        "ErrorText", "The opening time must be before the closing time."),
    Code.SETTING_LANGUAGES: QT_TRANSLATE_NOOP("ErrorText", "Languages: a comma-separated choice of {choices}."),
    Code.SETTING_START_LANGUAGE: QT_TRANSLATE_NOOP(
        "ErrorText", "The door's language must be one of the offered languages."),
    Code.SETTING_RETENTION: QT_TRANSLATE_NOOP("ErrorText", "Guests are deleted after {low} to {high} days."),
    Code.SETTING_MOBILEPAY: QT_TRANSLATE_NOOP(
        "ErrorText", "The MobilePay number may have digits, spaces and + only (at most {limit})."),
    Code.SETTING_GUARD: QT_TRANSLATE_NOOP("ErrorText", "Repeat scans are ignored for {low} to {high} seconds."),
    Code.SETTING_SPACE_NAME: QT_TRANSLATE_NOOP("ErrorText", "The space's name has 1 to {limit} characters."),
    Code.SETTING_CONTACT: QT_TRANSLATE_NOOP("ErrorText", "The contact may be at most {limit} characters."),
    Code.SETTING_RANGE: QT_TRANSLATE_NOOP("ErrorText", "A setting is out of its range; check the numbers."),
    Code.SETTING_CHECKLIST: QT_TRANSLATE_NOOP(
        "ErrorText", "A checklist has at most {lines} lines of at most {length} characters."),
    Code.SETTING_VISITOR_TYPES: QT_TRANSLATE_NOOP(
        "ErrorText", "A visitor type cannot be used: check its name and price."),
    Code.SETTING_CRITICAL_MASS: QT_TRANSLATE_NOOP("ErrorText", "Critical mass is {low} to {high} people."),
    Code.SETTING_NUMBER: QT_TRANSLATE_NOOP("ErrorText", "{value} is not a whole number: type digits only, like 30."),
    Code.SETTING_BETWEEN: QT_TRANSLATE_NOOP("ErrorText", "Type a number from {low} to {high}."),
}
WORDING: dict[Code, str] = {code: str(text) for code, text in _SOURCES.items()}


def describe(exc: BaseException) -> str:
    """The error in the language on screen. Not a Problem (or a code with no wording here):
    the plain sentence, and the English message in the log."""
    code = exc.code if isinstance(exc, Problem) else Code.INVALID_INPUT
    source = WORDING.get(code)
    if source is None or not isinstance(exc, Problem):
        log.warning("no screen wording for %s: %s", code, exc, extra={"event": "error_unworded"})
        source = WORDING[Code.INVALID_INPUT]
    return fill(QCoreApplication.translate(CONTEXT, source), exc.params if isinstance(exc, Problem) else {})


def fill(text: str, params: Mapping[str, object]) -> str:
    for name, value in params.items():
        text = text.replace("{" + name + "}", describe(value) if isinstance(value, BaseException) else str(value))
    return text
