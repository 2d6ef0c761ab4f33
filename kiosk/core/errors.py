"""Errors a user can cause or fix. Each carries a code and arguments (kiosk.domain.problems):
a screen or page words the code in its own language; the message is English, for logs and the
command line. Each is logged once."""

from kiosk.domain.problems import Code, Problem


class KioskError(Problem):
    """Base for errors a person can cause or fix at the kiosk."""


class StorageFailed(KioskError):
    """The database could not be written or read for a reason a person can fix: the disk is full,
    the file or file system is read-only, another program holds the lock, the file is missing,
    not allowed or damaged. The code says which (store/failures.py)."""

    default_code = Code.STORAGE


class UnexpectedError(Exception):
    """A bug, not something a person at the kiosk can fix (a wrong query, a broken invariant).
    Deliberately not a KioskError: it is logged with its traceback where it happens, and the
    door shows "something went wrong" and keeps running; nothing it was doing was saved."""


class NotFound(KioskError):
    """A member, card or file that was named does not exist."""

    default_code = Code.NOT_FOUND


class InvalidInput(KioskError):
    """Input that breaks a rule (bad CSV row, bad date, bad name)."""
