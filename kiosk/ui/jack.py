"""Headphones plugged in start the door's speech; pulled out, they end it (EN 301 549 5.2, 5.1.3.9).

A person who plugs their own headphones into the door's socket, or their USB headset into its
USB port, has asked to hear it, and only they hear it (a name said into headphones stays
private): speech starts and goes to that headset. Pulled out, the door goes quiet at once: the
next words would come out of the speaker for everyone. The idle door ends the speech as it
always does (kiosk/ui/voice.py). The jacks and the device directories are kiosk.speech's
(jack.py, hotplug.py), watched here on the GUI loop with a QSocketNotifier each: no thread, no
polling. A socket's input device that appears later is watched from then on; one that goes
away is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from kiosk.speech import Speaker
from kiosk.speech.hotplug import DoorSockets
from kiosk.speech.jack import HeadphoneJack

log = logging.getLogger(__name__)


class JackWatcher(QObject):
    plugged = Signal(bool)  # True: headphones went in; False: they came out
    route = Signal(str)  # the ALSA device to speak on: a USB headset's, "" for the default

    def __init__(self, jacks: Sequence[HeadphoneJack] = (), parent: QObject | None = None,
                 sockets: DoorSockets | None = None) -> None:
        super().__init__(parent)
        self.jacks: list[HeadphoneJack] = []
        self.sockets = sockets
        self._notifiers: dict[int, QSocketNotifier] = {}  # by id() of the jack
        for jack in [*jacks, *(sockets.jacks.values() if sockets is not None else ())]:
            self._watch(jack)
        self._devices: QSocketNotifier | None = None
        if sockets is not None and (fd := sockets.fileno()) is not None:
            self._devices = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._devices.activated.connect(self._devices_changed)

    def plugged_now(self) -> bool:
        """Headphones in any socket now, as the drivers say (at start-up: someone may be there)."""
        return any(jack.plugged() for jack in self.jacks)

    def _watch(self, jack: HeadphoneJack) -> None:
        notifier = QSocketNotifier(jack.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda *_a, j=jack: self._read(j))
        self.jacks.append(jack)
        self._notifiers[id(jack)] = notifier

    def _drop(self, jack: HeadphoneJack) -> None:
        notifier = self._notifiers.pop(id(jack), None)
        if notifier is not None:
            notifier.setEnabled(False)
            # Ours to delete now (not deleteLater: the watcher may go first, with that still due).
            notifier.setParent(None)
        if jack in self.jacks:
            self.jacks.remove(jack)

    def _read(self, jack: HeadphoneJack) -> None:
        states = jack.changes()
        if getattr(jack, "closed", False):
            notifier = self._notifiers.get(id(jack))
            if notifier is not None:
                notifier.setEnabled(False)  # the device went away: nothing more will come
        if not states:
            return
        now = states[-1]  # a quick out-and-in is what the socket holds at the end
        log.info("headphones %s", "in" if now else "out", extra={"event": "headphones", "plugged": now})
        self.plugged.emit(now)

    def _devices_changed(self) -> None:
        assert self.sockets is not None
        changes = self.sockets.update()
        for jack in changes.dropped:
            self._drop(jack)  # stop waiting on it first, then close it
            jack.close()
        for jack in changes.added:
            self._watch(jack)
        if changes.headsets_out:
            headset = self.sockets.headset
            self.route.emit(headset.device if headset is not None else "")
            self.plugged.emit(False)
        if changes.headsets_in:
            self.route.emit(changes.headsets_in[-1].device)
            self.plugged.emit(True)
        elif any(jack.plugged() for jack in changes.added):
            self.plugged.emit(True)  # a sound card with a socket, headphones already in it

    def stop(self) -> None:
        for jack in list(self.jacks):
            self._drop(jack)
            jack.close()
        if self._devices is not None:
            self._devices.setEnabled(False)
        if self.sockets is not None:
            self.sockets.close()


def connect_jacks(watcher: JackWatcher, voice: object, speaker: Speaker | None = None) -> None:
    """Plugged in: speech for this person, from what is on screen; pulled out: quiet at once,
    whatever the speech setting (the words were meant for headphones). `voice` is the DoorVoice
    (typed loosely, as in voice.connect_door_voice); `speaker` plays where `route` says."""
    v: object = voice

    def follow(plugged: bool) -> None:
        if plugged:
            v.request()  # type: ignore[attr-defined]
        else:
            if speaker is not None:
                speaker.stop()
            v.end()  # type: ignore[attr-defined]

    if speaker is not None:
        watcher.route.connect(lambda device: speaker.route(device or None))
    watcher.plugged.connect(follow)
    if watcher.plugged_now():
        follow(True)
