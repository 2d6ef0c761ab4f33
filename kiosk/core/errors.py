"""Errors a user can cause or fix. Each is shown in plain words and logged once."""


class KioskError(Exception):
    """Base for errors with a message meant for a person."""


class StorageFailed(KioskError):
    """The database could not be written or read (disk full, read-only, locked)."""


class NotFound(KioskError):
    """A member, card or file that was named does not exist."""


class InvalidInput(KioskError):
    """Input that breaks a rule (bad CSV row, bad date, bad name)."""
