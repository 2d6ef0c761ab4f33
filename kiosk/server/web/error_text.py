"""What a host page or a member's page says for an error a person can cause or fix: its code
(kiosk.domain.problems) worded through the Babel catalogs in the reader's language, never the
exception's English message (which the command line and the kiosks' logs keep).

The sentences are msgids with %(name)s placeholders for the error's arguments; their Danish and
German are in locale/{da,de}/LC_MESSAGES/messages.po like every other text of the pages."""

from __future__ import annotations

import logging

from kiosk.domain.problems import Code, Problem

from .i18n import N_, translations

log = logging.getLogger(__name__)

WORDING: dict[Code, str] = {
    Code.INVALID_INPUT: N_("That cannot be used. Please check what you typed."),
    Code.NOT_FOUND: N_("That does not exist (any more)."),
    Code.SERVER_REFUSED: N_("The server could not do that. Please check what you typed."),
    Code.NAME_EMPTY: N_("Type the member's name."),
    Code.NAME_TOO_LONG: N_("The name is too long: at most %(limit)s characters."),
    Code.EMAIL_TOO_LONG: N_("The e-mail address is too long: at most %(limit)s characters."),
    Code.EMAIL_INVALID: N_("%(email)s is not an e-mail address (like name@example.com)."),
    Code.CLIPS_NEGATIVE: N_("The number of clips cannot be negative."),
    Code.CLIPS_TOO_MANY: N_("A clip card holds at most %(limit)s clips."),
    Code.CLIPCARD_NEEDS_CLIPS: N_("A clip card needs at least one clip."),
    Code.CLIPS_ONLY_ON_CLIPCARD: N_("Only a clip card has clips."),
    Code.VALID_UNTIL_BEFORE_FROM: N_("The end date is before the start date."),
    Code.PLAN_UNKNOWN: N_("%(plan)s is not a plan: use monthly, clipcard or daypass."),
    Code.DATE_INVALID: N_("%(text)s is not a date like 2026-12-31."),
    Code.CLIPS_NOT_A_NUMBER: N_("%(text)s is not a whole number of clips."),
    Code.ROLE_UNKNOWN: N_("%(role)s is not a role: use member or host."),
    Code.MEMBER_NOT_FOUND: N_("That member does not exist (any more)."),
    Code.PARTNER_TERMS: N_("The partnership's terms are not complete: %(problem)s."),
    Code.PARTNER_FINGERPRINT: N_("The partner server's fingerprint is not the one you typed. "
                                 "Compare it with its host again."),
    Code.PARTNER_UNREACHABLE: N_("The partner server at %(url)s did not answer. Try again later."),
    Code.PARTNER_DOCUMENT: N_("The partnership document is not valid: %(problem)s."),
    Code.PARTNER_NOT_FOUND: N_("There is no such partnership."),
    Code.NO_VALID_CARD: N_("This member has no valid card: make a new card first."),
    Code.PERIOD_BACKWARDS: N_("The period ends before it starts."),
    Code.PERIOD_TOO_LONG: N_("Choose a period of at most %(days)s days."),
    Code.TAG_CONTROL_CHARACTERS: N_("A tag cannot contain control characters."),
    Code.TAG_TOO_LONG: N_("A tag is at most %(limit)s characters."),
    Code.TOO_MANY_TAGS: N_("At most %(limit)s tags."),
    Code.SHOWN_ONLY_BY_MEMBER: N_("Only the member chooses, on their own page, to be shown at the door."),
    Code.MEMBER_SUSPENDED: N_("A paused member cannot log in."),
    Code.TOO_MANY_PHONES: N_("At most %(limit)s phones: turn one off first."),
    Code.REQUEST_NOT_FOUND: N_("That request does not exist (any more)."),
    Code.GUEST_NOT_FOUND: N_("There is no such guest today, or they are not your guest."),
    Code.GUEST_DAY_OVER: N_("That guest's day pass was for an earlier day: it can no longer be approved."),
    Code.REQUEST_NOT_WAITING: N_("That request was already decided, perhaps by another host a moment ago."),
    Code.TOP_UP_RANGE: N_("A top-up adds 1 to %(limit)s clips."),
    Code.ONLY_CLIPCARD_TOP_UP: N_("Only a clip card can be topped up."),
    Code.MEMBER_ID_TAKEN: N_("The member id %(member_id)s was used before; the server does not use it again."),
    Code.SPACE_NEEDS_NAME: N_("The space needs a name."),
    Code.LATITUDE_RANGE: N_("The latitude is between -90 and 90."),
    Code.LONGITUDE_RANGE: N_("The longitude is between -180 and 180."),
    Code.WEBHOOK_ADDRESS: N_("A webhook's address starts with https:// (or http://)."),
    Code.WEBHOOK_NO_MOMENT: N_("Choose at least one moment."),
    Code.WEBHOOK_CHARACTERS: N_("A webhook's address has no spaces or control characters."),
    Code.WEBHOOK_CREDENTIALS: N_("A webhook's address carries no user name or password; put a token in its path."),
    Code.WEBHOOK_PORT: N_("The port in a webhook's address is a number from 1 to 65535."),
    Code.WEBHOOK_PRIVATE: N_("Webhooks to this server or its private network are off on this server."),
    Code.WEBHOOK_FORMAT: N_("Choose one of the formats: %(formats)s."),
    Code.PHONE_KEY_INVALID: N_("This phone's key cannot be used. Reload the page and try again."),
    Code.PHONE_KEY_TAKEN: N_("This phone's key cannot be registered again. Reload the page to make a new one."),
    Code.CARD_KEY_MISSING: N_("The key that signed this card is not on this server any more: make a new card."),
    Code.EVENT_NOT_HELD: N_("Another host decided about that event a moment ago."),
}


def describe(lang: str, exc: BaseException) -> str:
    """The error in `lang`. Not a Problem, or a code with no wording here: the plain sentence,
    and the English message in the log."""
    code = exc.code if isinstance(exc, Problem) else Code.INVALID_INPUT
    msgid = WORDING.get(code)
    if msgid is None or not isinstance(exc, Problem):
        log.warning("no page wording for %s: %s", code, exc, extra={"event": "error_unworded"})
        msgid = WORDING[Code.INVALID_INPUT]
    params = exc.params if isinstance(exc, Problem) else {}
    values = {name: describe(lang, v) if isinstance(v, BaseException) else v for name, v in params.items()}
    text = translations(lang).gettext(msgid)
    return text % values if "%(" in text else text


#: A kiosk's health warnings (kiosk.protocol.wire.WARNING_CODES), as the Kiosks page says them.
WARNINGS: dict[str, str] = {
    "camera_demo": N_("No camera found: the door shows its demo video, so no card can be read."),
    "camera_unavailable": N_("The camera cannot be opened (%(detail)s)."),
    "camera_lost": N_("The camera stopped sending pictures (%(detail)s); it is tried again every 2 seconds."),
    "camera_dark": N_("The camera sends only black pictures: covered, or no light."),
    "decoders_none": N_("No QR decoder works: no card can be read."),
    "decoders_missing": N_("%(names)s is not available (for pyzbar: install libzbar0); the door reads with the rest."),
    "decoders_crashed": N_("The QR decoder crashed %(crashes)s and hung %(hangs)s times since the kiosk started "
                           "(it restarts itself each time)."),
    "clock_offset_behind": N_("The clock is %(minutes)s min behind the server's: check-in times are off by as much."),
    "clock_offset_ahead": N_("The clock is %(minutes)s min ahead of the server's: check-in times are off by as much."),
    "disk_low": N_("Only %(free)s free where the data is (%(place)s): check-ins stop when it is full; delete old "
                   "files or use a bigger card."),
    "clock_behind": N_("The clock (%(now)s UTC) is behind the last recorded event (%(last)s UTC): it was probably "
                       "reset at boot; connect the network so it can set itself."),
    "clock_unsynced": N_("The clock is not synchronised (read with %(source)s): check-in times may be wrong until "
                         "it is."),
    "lock_failing": N_("The door lock did not answer (%(status)s) at %(at)s UTC: members may be kept out. Check "
                       "its power and network."),
}


def warning_text(lang: str, code: str, params: dict[str, str | int], says: str) -> str:
    """A kiosk's warning in `lang`; an older kiosk's (or an unknown code's) own English sentence
    as it sent it."""
    msgid = WARNINGS.get(code)
    if msgid is None:
        return says
    try:
        return translations(lang).gettext(msgid) % params
    except (KeyError, ValueError, TypeError):  # arguments that do not fit: the kiosk's own words
        return says
