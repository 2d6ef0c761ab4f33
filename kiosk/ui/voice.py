"""The door reads itself aloud: what a person would read on the screen in front of them.

Nobody has to find a setting first (EN 301 549, 5.1.3 and 8.1): speech starts for one person with
a tap on "Read aloud" on the scan screen or any key of a USB keypad, and stops when the door goes
back to its idle scan screen; a host can make it always on or off (`speech` setting). What is
said is what the screen shows, in the language on screen. Speaking never blocks the GUI thread
(kiosk.speech runs it on a thread of its own) and each answer cuts the last one short.

Screens that speak offer `speech() -> (message_id, text) | None` and a `speech_changed` signal;
DoorVoice follows the screen on top of the window's stack and says its text when it changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.speech import Speaker, Utterance

SpeechOf = Callable[[], "tuple[str, str] | None"]


class DoorVoice(QObject):
    active_changed = Signal(bool)

    def __init__(self, speaker: Speaker | None, mode: Callable[[], str], stack: QStackedWidget,
                 idle: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker, self._mode, self.stack, self.idle = speaker, mode, stack, idle
        self._session = False  # one person asked for speech; ends when the door is idle again
        self._sources: dict[QWidget, SpeechOf] = {}
        self._last: tuple[str, str] | None = None
        stack.currentChanged.connect(self._screen_changed)

    # --- what speaks ------------------------------------------------------------------------------
    def watch(self, screen: QWidget, speech: SpeechOf, changed: object | None = None) -> None:
        """`screen` speaks `speech()` when it comes on top, and again whenever `changed` fires
        while it is on top (a signal with any arguments)."""
        self._sources[screen] = speech
        if changed is not None:
            changed.connect(lambda *_a, s=screen: self._changed(s))  # type: ignore[attr-defined]

    # --- when ------------------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self.speaker is not None and self._mode() != "off"

    @property
    def always(self) -> bool:
        return self._mode() == "always"

    @property
    def active(self) -> bool:
        return self.available and (self.always or self._session)

    def request(self) -> None:
        """'Read aloud' was tapped or a keypad key pressed: speak for this person from now on,
        beginning with what is on screen."""
        if not self.available:
            return
        was = self._session
        self._session = True
        if not was:
            self.active_changed.emit(True)
        self._last = None
        self._speak_current()

    def end(self) -> None:
        """The door is idle again: the next person has not asked for speech."""
        if self._session:
            self._session = False
            self.active_changed.emit(False)
        if self.speaker is not None and not self.always:
            self.speaker.stop()

    def watch_countdowns(self, *roots: QWidget) -> None:
        """Time running out is said too (a warning through more than one sense), with its way out."""
        from kiosk.ui.countdown import CountdownBanner

        banners = {b for root in roots for b in root.findChildren(CountdownBanner)}
        for banner in banners:
            banner.countdown.warning_started.connect(lambda b=banner: self._warn(b))

    def _warn(self, banner: object) -> None:
        if self.active and self.speaker is not None:
            self.speaker.say(Utterance("countdown", banner.words(), QLocale().name()[:2]))  # type: ignore[attr-defined]

    def say_control(self, name: str) -> None:
        """A keypad moved to a button (kiosk/ui/keypad.py): its name, cutting the last words short.
        Logged as `control` only: a button may carry a person's name."""
        if self.active and self.speaker is not None and name:
            self.speaker.say(Utterance("control", name, QLocale().name()[:2]))

    def keypad_key(self) -> None:
        """A person pressed a key of a USB number pad (kiosk/ui/keypad.py tells it from a fob
        reader's burst): speech starts, without a setting."""
        if not self._session:
            self.request()

    # --- following the screens -------------------------------------------------------------------------------
    def _screen_changed(self, _index: int) -> None:
        current = self.stack.currentWidget()
        self._last = None
        if current is self.idle:
            self.end()
            if self.always:
                self._speak_current()
            return
        self._speak_current()

    def _changed(self, screen: QWidget) -> None:
        if self.stack.currentWidget() is screen:
            self._speak_current()

    def _speak_current(self) -> None:
        if not self.active or self.speaker is None:
            return
        current = self.stack.currentWidget()
        source = self._sources.get(current) if current is not None else None
        said = source() if source is not None else None
        if said is None or said == self._last:
            return
        self._last = said
        message_id, text = said
        # "pin.typed#3": a sequence number makes two presses two utterances; it is not logged.
        self.speaker.say(Utterance(message_id.split("#")[0], text, QLocale().name()[:2]))


def connect_door_voice(voice: DoorVoice, controller: object) -> None:
    """What each screen of the door says. `controller` is the DoorController (typed loosely: the
    voice follows its screens and needs none of its methods)."""
    c: object = controller
    scan = c.scan  # type: ignore[attr-defined]
    result = c.result  # type: ignore[attr-defined]
    guest = c.guest  # type: ignore[attr-defined]
    pad = c.host_unlock  # type: ignore[attr-defined]
    roll_call = c.roll_call  # type: ignore[attr-defined]
    voice.watch(scan, scan.speech)
    voice.watch(result, result.speech, result.speech_changed)
    voice.watch(pad, pad.speech, pad.speech_changed)
    door_pin = c.door_pin.screen  # type: ignore[attr-defined]
    voice.watch(door_pin, door_pin.speech, door_pin.speech_changed)

    def guest_step() -> tuple[str, str] | None:
        page = guest.pages.currentWidget()
        if page is None:
            return None
        words = [w.text() for w in (page.title, page.help, page.error) if w.isVisible() or w is page.title]
        words += page.speech_lines()
        return f"guest.{page.key}", ". ".join(t.rstrip(".:?!") + ("?" if t.endswith("?") else "")
                                              for t in words if t)

    voice.watch(guest, guest_step, guest.pages.currentChanged)

    def roll_call_names() -> tuple[str, str] | None:
        names = [b.text() for b in getattr(roll_call, "buttons", []) if not b.isChecked()]
        return "roll_call", ". ".join([roll_call.title.text(), roll_call.counter.text(), *names])

    voice.watch(roll_call, roll_call_names)
    voice.watch_countdowns(c.window, guest, pad, c.manual, c.host, door_pin)  # type: ignore[attr-defined]

    def follow(on: bool) -> None:
        scan.set_read_aloud(voice.available, on)

    def tapped() -> None:
        if voice.active and not voice.always:
            voice.end()
        else:
            voice.request()

    scan.read_aloud_requested.connect(tapped)
    voice.active_changed.connect(follow)
    follow(voice.active)
