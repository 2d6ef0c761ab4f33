"""The host pages' languages: Babel catalogs in locale/ (see tools/update_server_translations.sh),
chosen from the language cookie, then the browser's Accept-Language, then Danish."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = {"da": "Dansk", "en": "English", "de": "Deutsch"}
DEFAULT = "da"  # the first language of the spaces this is made for
COOKIE = "kiosk_lang"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of a language; English is the source language and needs none."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("messages", LOCALE_DIR, [lang])


def from_accept_language(header: str) -> str | None:
    """The first of our languages in an Accept-Language header, by the browser's preference."""
    wanted = []
    for position, item in enumerate(header.split(",")[:20]):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        wanted.append((-quality, position, tag.strip().lower().split("-")[0]))
    for quality, _, lang in sorted(wanted):
        if quality < 0 and lang in LANGUAGES:
            return lang
    return None


def choose_language(cookie: str | None, accept_language: str | None) -> str:
    if cookie in LANGUAGES:
        return cookie
    return from_accept_language(accept_language or "") or DEFAULT


def N_(message: str) -> str:
    """Marks a string for the catalogs (pybabel extract) where it is translated later."""
    return message
