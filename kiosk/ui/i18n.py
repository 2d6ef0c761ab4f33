"""Qt's translation system: .ts sources and compiled .qm files in assets/translations.

Source strings are English; Danish is the default language. Switching installs another
translator, and Qt sends every widget a LanguageChange event: screens re-set their texts then.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from kiosk.domain.settings import LANGUAGES
from kiosk.paths import ASSETS

log = logging.getLogger(__name__)
TRANSLATIONS = ASSETS / "translations"
LANGUAGE_NAMES = {"da": "Dansk", "en": "English", "de": "Deutsch"}


# The translator on screen. One per application, whichever Languages installed it: Qt falls back
# through every installed translator, so a second one left behind (an earlier door in the same
# process) would answer for every text the current language leaves as it is.
_installed: QTranslator | None = None


class Languages:
    def __init__(self, app: QCoreApplication, offered: list[str] | None = None) -> None:
        self._app = app
        self.offered = [lang for lang in (offered or list(LANGUAGES)) if lang in LANGUAGES] or ["da"]
        self.current = "en"

    def switch(self, lang: str) -> None:
        global _installed
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        if _installed is not None:
            QCoreApplication.removeTranslator(_installed)
            _installed = None
        translator = QTranslator(self._app)
        qm = TRANSLATIONS / f"kiosk_{lang}.qm"
        if translator.load(str(qm)):
            self._app.installTranslator(translator)
            _installed = translator
        else:
            log.error("missing translation file %s", qm)
        QLocale.setDefault(QLocale(lang))
        self.current = lang
        # Qt posts LanguageChange to every window; deliver them now, so that when switch()
        # returns every screen already speaks the new language.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def next_language(self) -> str:
        """The one-tap button's language: the next offered one after the current."""
        if self.current not in self.offered:
            return self.offered[0]
        return self.offered[(self.offered.index(self.current) + 1) % len(self.offered)]


_TRANSLATORS: dict[str, QTranslator] = {}


def in_language(lang: str, context: str, source: str) -> str:
    """`source` in `lang` whatever language is on screen (the guest's first question is asked in
    every language at once), from the same .qm files as everything else."""
    if lang not in _TRANSLATORS:
        translator = QTranslator()
        if not translator.load(str(TRANSLATIONS / f"kiosk_{lang}.qm")):
            log.error("missing translation file kiosk_%s.qm", lang)
        _TRANSLATORS[lang] = translator
    return _TRANSLATORS[lang].translate(context, source) or source
