"""Errors a person can cause or fix carry a code and arguments, never only a sentence.

`Problem` is the base of every such error (KioskError, ServerError, InvalidMember, ...). Its
message (`str(exc)`) is English for logs and the command line, which is a tool for admins; a
screen or a page never shows it: each interface words the code in its own language
(kiosk/ui/error_text.py through the .ts files, kiosk/server/web/error_text.py through the Babel
catalogs). An argument may itself be a Problem (a CSV line's own mistake): it is worded too.

`SHOWN_ON` says which interfaces can show each code; a test walks it and requires a Danish,
English and German wording on each."""

from __future__ import annotations

from enum import StrEnum

Param = str | int | BaseException


class Code(StrEnum):
    # The generic codes of each kind of error, for the places not yet given their own.
    INVALID_INPUT = "invalid_input"
    NOT_FOUND = "not_found"
    STORAGE = "storage"
    SERVER_REFUSED = "server_refused"
    # A member's data (kiosk and server alike: domain.members, core.members).
    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    EMAIL_TOO_LONG = "email_too_long"
    EMAIL_INVALID = "email_invalid"
    CLIPS_NEGATIVE = "clips_negative"
    CLIPS_TOO_MANY = "clips_too_many"
    CLIPCARD_NEEDS_CLIPS = "clipcard_needs_clips"
    CLIPS_ONLY_ON_CLIPCARD = "clips_only_on_clipcard"
    VALID_UNTIL_BEFORE_FROM = "valid_until_before_from"
    PLAN_UNKNOWN = "plan_unknown"
    DATE_INVALID = "date_invalid"
    CLIPS_NOT_A_NUMBER = "clips_not_a_number"
    ROLE_UNKNOWN = "role_unknown"
    MEMBER_NOT_FOUND = "member_not_found"
    # Partnerships between servers (issue 22, kiosk/server/partners.py).
    PARTNER_TERMS = "partner_terms"
    PARTNER_FINGERPRINT = "partner_fingerprint"
    PARTNER_UNREACHABLE = "partner_unreachable"
    PARTNER_DOCUMENT = "partner_document"
    PARTNER_NOT_FOUND = "partner_not_found"
    # A period of days (the kiosk's stats and exports, the server's visits CSV).
    PERIOD_BACKWARDS = "period_backwards"
    PERIOD_TOO_LONG = "period_too_long"
    # A members CSV file.
    CSV_NOT_UTF8 = "csv_not_utf8"
    CSV_NOT_TEXT = "csv_not_text"
    CSV_EMPTY = "csv_empty"
    CSV_UNREADABLE = "csv_unreadable"
    CSV_NO_NAME_COLUMN = "csv_no_name_column"
    CSV_UNKNOWN_COLUMN = "csv_unknown_column"
    CSV_TOO_MANY_ROWS = "csv_too_many_rows"
    CSV_FIELD_COUNT = "csv_field_count"
    CSV_BAD_LINE = "csv_bad_line"
    CSV_BAD_LINES = "csv_bad_lines"
    CSV_NO_MEMBERS = "csv_no_members"
    # The kiosk's host view.
    NO_PRINTER = "no_printer"
    ENROLLED_ADD_ON_SERVER = "enrolled_add_on_server"
    ENROLLED_IMPORT_ON_SERVER = "enrolled_import_on_server"
    ENROLLED_PRINT_ON_SERVER = "enrolled_print_on_server"
    NO_VALID_CARD = "no_valid_card"
    CARD_OLD_KEY = "card_old_key"
    NO_SIGNING_KEY = "no_signing_key"
    TOP_UP_CLIPS = "top_up_clips"
    TOP_UP_AMOUNT = "top_up_amount"
    NO_CLIP_CARD = "no_clip_card"
    NOT_CHECKED_IN = "not_checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    HOST_PIN_DIGITS = "host_pin_digits"
    HOST_PIN_WEAK = "host_pin_weak"
    FOLDER_NOT_MADE = "folder_not_made"
    FILE_NOT_READ = "file_not_read"
    FILE_NOT_WRITTEN = "file_not_written"
    TOP_UP_METHOD = "top_up_method"
    POLICY_EMPTY = "policy_empty"
    GUEST_TEXT_CHANGED = "guest_text_changed"
    POLICY_TOO_LONG = "policy_too_long"
    NOT_ENROLLED = "not_enrolled"
    # The database at the door (store.failures sorts SQLite's errors into these).
    DISK_FULL = "disk_full"
    DATABASE_LOCKED = "database_locked"
    DATABASE_READ_ONLY = "database_read_only"
    DATABASE_CANNOT_OPEN = "database_cannot_open"
    DATABASE_NOT_ALLOWED = "database_not_allowed"
    DISK_FAILED = "disk_failed"
    DATABASE_DAMAGED = "database_damaged"
    OUT_OF_MEMORY = "out_of_memory"
    # Settings (domain.settings), typed in the host view's Settings page.
    SETTING_TIME = "setting_time"
    SETTING_OPENS_BEFORE_CLOSES = "setting_opens_before_closes"
    SETTING_LANGUAGES = "setting_languages"
    SETTING_START_LANGUAGE = "setting_start_language"
    SETTING_RETENTION = "setting_retention"
    SETTING_MOBILEPAY = "setting_mobilepay"
    SETTING_GUARD = "setting_guard"
    SETTING_SPACE_NAME = "setting_space_name"
    SETTING_CONTACT = "setting_contact"
    SETTING_RANGE = "setting_range"
    SETTING_CHECKLIST = "setting_checklist"
    SETTING_VISITOR_TYPES = "setting_visitor_types"
    SETTING_CRITICAL_MASS = "setting_critical_mass"
    SETTING_NUMBER = "setting_number"  # not a whole number
    SETTING_BETWEEN = "setting_between"  # a number out of its range {low}..{high}
    # The server's pages: a member's own page, approvals, the space, webhooks.
    TAG_CONTROL_CHARACTERS = "tag_control_characters"
    TAG_TOO_LONG = "tag_too_long"
    TOO_MANY_TAGS = "too_many_tags"
    SHOWN_ONLY_BY_MEMBER = "shown_only_by_member"
    MEMBER_SUSPENDED = "member_suspended"
    TOO_MANY_PHONES = "too_many_phones"
    REQUEST_NOT_FOUND = "request_not_found"
    REQUEST_NOT_WAITING = "request_not_waiting"
    TOP_UP_RANGE = "top_up_range"
    ONLY_CLIPCARD_TOP_UP = "only_clipcard_top_up"
    MEMBER_ID_TAKEN = "member_id_taken"
    SPACE_NEEDS_NAME = "space_needs_name"
    LATITUDE_RANGE = "latitude_range"
    LONGITUDE_RANGE = "longitude_range"
    WEBHOOK_ADDRESS = "webhook_address"
    WEBHOOK_NO_MOMENT = "webhook_no_moment"
    WEBHOOK_CHARACTERS = "webhook_characters"
    WEBHOOK_CREDENTIALS = "webhook_credentials"
    WEBHOOK_PORT = "webhook_port"
    WEBHOOK_PRIVATE = "webhook_private"
    WEBHOOK_FORMAT = "webhook_format"
    PHONE_KEY_INVALID = "phone_key_invalid"
    PHONE_KEY_TAKEN = "phone_key_taken"
    CARD_KEY_MISSING = "card_key_missing"
    EVENT_NOT_HELD = "event_not_held"
    GUEST_NOT_FOUND = "guest_not_found"  # no guest of today by that id (or not the member's own guest)
    GUEST_DAY_OVER = "guest_day_over"  # a day pass of an earlier day: nothing to approve any more


class Problem(Exception):
    """An error a person can cause or fix: a code, its arguments, and an English message."""

    default_code = Code.INVALID_INPUT

    def __init__(self, message: str = "", code: Code | None = None, **params: Param) -> None:
        super().__init__(message)
        self.code: Code = code or self.default_code
        self.params: dict[str, Param] = params


KIOSK, SERVER = "kiosk", "server"
_BOTH = frozenset({KIOSK, SERVER})
_SERVER_ONLY = frozenset({SERVER})
_KIOSK_ONLY = frozenset({KIOSK})

_SERVER_CODES = {
    Code.SERVER_REFUSED, Code.TAG_CONTROL_CHARACTERS, Code.TAG_TOO_LONG, Code.TOO_MANY_TAGS,
    Code.SHOWN_ONLY_BY_MEMBER, Code.MEMBER_SUSPENDED, Code.TOO_MANY_PHONES, Code.REQUEST_NOT_FOUND,
    Code.REQUEST_NOT_WAITING, Code.TOP_UP_RANGE, Code.ONLY_CLIPCARD_TOP_UP, Code.MEMBER_ID_TAKEN,
    Code.SPACE_NEEDS_NAME, Code.LATITUDE_RANGE, Code.LONGITUDE_RANGE, Code.WEBHOOK_ADDRESS,
    Code.WEBHOOK_NO_MOMENT, Code.WEBHOOK_CHARACTERS, Code.WEBHOOK_CREDENTIALS, Code.WEBHOOK_PORT,
    Code.PARTNER_TERMS, Code.PARTNER_FINGERPRINT, Code.PARTNER_UNREACHABLE,
    Code.PARTNER_DOCUMENT, Code.PARTNER_NOT_FOUND,
    Code.WEBHOOK_PRIVATE, Code.WEBHOOK_FORMAT, Code.PHONE_KEY_INVALID, Code.PHONE_KEY_TAKEN,
    Code.CARD_KEY_MISSING, Code.EVENT_NOT_HELD, Code.GUEST_NOT_FOUND, Code.GUEST_DAY_OVER,
}
_KIOSK_CODES = {
    Code.CSV_NOT_UTF8, Code.CSV_NOT_TEXT, Code.CSV_EMPTY, Code.CSV_UNREADABLE, Code.CSV_NO_NAME_COLUMN,
    Code.CSV_UNKNOWN_COLUMN, Code.CSV_TOO_MANY_ROWS, Code.CSV_FIELD_COUNT, Code.CSV_BAD_LINE, Code.CSV_BAD_LINES,
    Code.CSV_NO_MEMBERS,
    Code.STORAGE, Code.NO_PRINTER, Code.ENROLLED_ADD_ON_SERVER, Code.ENROLLED_IMPORT_ON_SERVER,
    Code.ENROLLED_PRINT_ON_SERVER, Code.CARD_OLD_KEY, Code.NO_SIGNING_KEY, Code.TOP_UP_CLIPS,
    Code.TOP_UP_AMOUNT, Code.NO_CLIP_CARD, Code.NOT_CHECKED_IN, Code.ALREADY_CHECKED_IN, Code.HOST_PIN_DIGITS,
    Code.HOST_PIN_WEAK,
    Code.FOLDER_NOT_MADE, Code.FILE_NOT_READ, Code.FILE_NOT_WRITTEN, Code.TOP_UP_METHOD, Code.NOT_ENROLLED,
    Code.POLICY_EMPTY, Code.POLICY_TOO_LONG, Code.GUEST_TEXT_CHANGED,
    Code.DISK_FULL, Code.DATABASE_LOCKED, Code.DATABASE_READ_ONLY, Code.DATABASE_CANNOT_OPEN,
    Code.DATABASE_NOT_ALLOWED, Code.DISK_FAILED, Code.DATABASE_DAMAGED, Code.OUT_OF_MEMORY,
    Code.SETTING_TIME, Code.SETTING_OPENS_BEFORE_CLOSES, Code.SETTING_LANGUAGES,
    Code.SETTING_START_LANGUAGE, Code.SETTING_RETENTION, Code.SETTING_MOBILEPAY, Code.SETTING_GUARD,
    Code.SETTING_SPACE_NAME, Code.SETTING_CONTACT, Code.SETTING_RANGE, Code.SETTING_CHECKLIST,
    Code.SETTING_VISITOR_TYPES, Code.SETTING_CRITICAL_MASS, Code.SETTING_NUMBER, Code.SETTING_BETWEEN,
}

#: Which interfaces can show each code (the command line shows every message in English).
SHOWN_ON: dict[Code, frozenset[str]] = {
    code: _SERVER_ONLY if code in _SERVER_CODES else _KIOSK_ONLY if code in _KIOSK_CODES else _BOTH
    for code in Code
}
