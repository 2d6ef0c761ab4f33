"""Errors a user can cause or fix. Each is shown in plain words and logged once."""


class KioskError(Exception):
    """Base for errors with a message meant for a person."""


class StorageFailed(KioskError):
    """The database could not be written or read for a reason a person can fix: the disk is full,
    the file or file system is read-only, another program holds the lock, the file is missing,
    not allowed or damaged. The message says which, in plain words."""


class UnexpectedError(Exception):
    """A bug, not something a person at the kiosk can fix (a wrong query, a broken invariant).
    Deliberately not a KioskError: it is logged with its traceback where it happens, and the
    door shows "something went wrong" and keeps running; nothing it was doing was saved."""


class NotFound(KioskError):
    """A member, card or file that was named does not exist."""


class InvalidInput(KioskError):
    """Input that breaks a rule (bad CSV row, bad date, bad name)."""
