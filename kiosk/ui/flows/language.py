"""The language picked at the door lasts while someone is at it, then the door's own comes back."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot

from kiosk.ui.i18n import Languages
from kiosk.ui.screens.scan_screen import ScanScreen

from .stage import DoorStage

log = logging.getLogger(__name__)


class DoorLanguage(QObject):
    def __init__(self, languages: Languages, scan: ScanScreen, stage: DoorStage, idle_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.languages, self._scan, self._stage = languages, scan, stage
        self.start_language = languages.current  # the door's own (the settings' language)
        # A language picked at the door is for the person who picked it: after a while with
        # nobody at the door it speaks its own language again.
        self.idle = QTimer(self, singleShot=True, interval=idle_ms)
        self.idle.timeout.connect(self._back)
        scan.language_chosen.connect(self.choose)
        self._from_holder = False  # the language on screen came from the last card's holder

    def stop(self) -> None:
        self.idle.stop()

    def answer_in(self, holder: str | None) -> None:
        """A day pass or a card answers in its holder's language when it is known (the door's own
        again after a while, as after a language button); a card of no known language after it
        gets the door's own. Never while someone is mid-way (a guest registering, a host)."""
        if not self._stage.at_the_door():
            return
        wanted = holder if holder in self.languages.offered else None
        if wanted is None and self._from_holder:
            wanted = self.start_language
        if wanted is not None and wanted != self.languages.current:
            self.choose(wanted)
        self._from_holder = wanted is not None and wanted != self.start_language

    @Slot(str)
    def set_language(self, lang: str) -> None:
        self.languages.switch(lang)
        self._scan.set_language(self.languages.current)

    @Slot(str)
    def choose(self, lang: str) -> None:
        """A language's own button at the door: that language now, the door's own again after a while."""
        self._from_holder = False  # chosen by the person at the door (answer_in sets it after)
        self.set_language(lang)
        log.info("language %s", self.languages.current, extra={"event": "language", "lang": self.languages.current})
        self.idle.start()

    def back_to_own(self) -> None:
        if self.languages.current != self.start_language:
            self.set_language(self.start_language)

    def _back(self) -> None:
        if self.languages.current == self.start_language:
            return
        if not self._stage.at_the_door():  # someone is busy (a guest, a host): wait for the door again
            self.idle.start()
            return
        self.set_language(self.start_language)
        log.info("language back to %s", self.start_language,
                 extra={"event": "language_back", "lang": self.start_language})
