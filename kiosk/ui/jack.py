"""Headphones plugged in start the door's speech; pulled out, they end it (EN 301 549 5.2, 5.1.3.9).

A person who plugs their own headphones into the door's socket has asked to hear it, and only
they hear it (a name said into headphones stays private). Pulled out, the door goes quiet at once:
the next words would come out of the speaker for everyone. The idle door ends the speech as it
always does (kiosk/ui/voice.py). The jacks are kiosk.speech.jack's, watched here on the GUI loop
with a QSocketNotifier each: no thread, no polling.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from kiosk.speech.jack import HeadphoneJack

log = logging.getLogger(__name__)


class JackWatcher(QObject):
    plugged = Signal(bool)  # True: headphones went in; False: they came out

    def __init__(self, jacks: Sequence[HeadphoneJack], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jacks = list(jacks)
        self._notifiers: list[QSocketNotifier] = []
        for jack in self.jacks:
            notifier = QSocketNotifier(jack.fileno(), QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_a, j=jack, n=notifier: self._read(j, n))
            self._notifiers.append(notifier)

    def plugged_now(self) -> bool:
        """Headphones in any socket now, as the drivers say (at start-up: someone may be there)."""
        return any(jack.plugged() for jack in self.jacks)

    def _read(self, jack: HeadphoneJack, notifier: QSocketNotifier) -> None:
        states = jack.changes()
        if getattr(jack, "closed", False):
            notifier.setEnabled(False)  # the device went away: nothing more will come
        if not states:
            return
        now = states[-1]  # a quick out-and-in is what the socket holds at the end
        log.info("headphones %s", "in" if now else "out", extra={"event": "headphones", "plugged": now})
        self.plugged.emit(now)

    def stop(self) -> None:
        for notifier in self._notifiers:
            notifier.setEnabled(False)
        for jack in self.jacks:
            jack.close()


def connect_jacks(watcher: JackWatcher, voice: object) -> None:
    """Plugged in: speech for this person, from what is on screen; pulled out: quiet.
    `voice` is the DoorVoice (typed loosely, as in voice.connect_door_voice)."""
    v: object = voice

    def follow(plugged: bool) -> None:
        if plugged:
            v.request()  # type: ignore[attr-defined]
        else:
            v.end()  # type: ignore[attr-defined]

    watcher.plugged.connect(follow)
    if watcher.plugged_now():
        follow(True)
