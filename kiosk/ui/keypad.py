"""A USB number pad drives the door alone (EN 301 549 5.1.6.1, operation without vision).

The door's buttons never take keyboard focus (keys belong to the hand scanner, kiosk/ui/window.py),
so the pad moves a selection of its own over the buttons of the screen on show, drawn as a thick
ring and said aloud by DoorVoice:

- Tab / Shift+Tab: the next / previous button in reading order; the arrows: the nearest button
  that way (Left and Right stay in a text field that has the cursor, unless they come from the pad);
- Enter (the pad's): press the selected button; with none, the pad's own "OK" on the PIN pad
  and the code keypad;
- digits and Backspace: typed into the PIN pad or the code keypad, and the selection goes (so
  Enter is OK again); a text field takes them itself. The PIN pad's keys are never said as
  their digits when selected (SPOKEN_AS);
- `*`: read aloud, from the start of the screen (again).

A hand scanner types Return, never the pad's Enter, and no arrows: scanning is untouched. The
host view is left to its own fields (a host uses touch and a keyboard there).

A USB fob reader in keyboard mode may type its digits as the pad's (with the keypad modifier)
and end with Return or Enter, all within a few milliseconds. So a pad digit is held for
`hold_ms` (60: a person's next key comes 100 ms or more later, a reader's within 20): a second
key in that time makes it a reader's burst, and the held digit and the rest of the burst go on
to the window's scanner buffer (kiosk/scan/wedge.py) as typed, never to a pad nor to speech. A
digit nothing followed was a person's: the door takes it, and any key of a person's pad starts
"read aloud" (`person_key`).

Gaps are measured between the keys' own times (the X server's, `key_time`), not when the GUI
thread gets to them: a stall of the GUI thread (a Pi's core shared with the camera) in the middle
of a burst queues its keys, and must not split one fob read into two; a person's two keys that
reach it together after a stall stay two of a person's. (A hold that runs out in a stall: Qt
delivers the queued keys before the late timer, tests/ui/test_keypad.py.)
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from . import theme
from .widgets import SPOKEN_AS

log = logging.getLogger(__name__)

MOVES = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
RING_PX = 5
ROW_PX = 24  # centres closer than this across the move are one row
HOLD_MS = 60  # a pad digit waits this long for a reader's next key
BURST_GAP = 0.08  # seconds between two keys of a reader's burst (as kiosk/scan/wedge.py's MAX_GAP)
ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def key_time(event: QKeyEvent, clock: Callable[[], float] = time.monotonic) -> float:
    """When the key was pressed, in seconds: the window system's own time of the event (X11 and
    Wayland stamp each key in milliseconds), or `clock` for an event made in the program without
    one. Only differences between keys of one source mean anything."""
    stamp = event.timestamp()
    return stamp / 1000 if stamp else clock()


class FocusRing(QWidget):
    """A thick ring around the selected button: dark with a white inner line, seen on any colour."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.hide()

    def around(self, button: QWidget) -> None:
        screen = button.window()
        if self.parentWidget() is not screen:
            self.setParent(screen)
        top_left = button.mapTo(screen, QPoint(0, 0))
        self.setGeometry(QRect(top_left, button.size()).adjusted(-RING_PX, -RING_PX, RING_PX, RING_PX))
        self.show()
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.INK), RING_PX))
        half = RING_PX // 2 + 1
        painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 10, 10)
        painter.setPen(QPen(QColor("white"), 2))
        inner = RING_PX + 1
        painter.drawRoundedRect(self.rect().adjusted(inner, inner, -inner, -inner), 8, 8)


def name_of(button: QAbstractButton) -> str:
    spoken = button.property(SPOKEN_AS)
    return str(spoken) if spoken else (button.accessibleName() or button.text()).replace("&&", "&").strip()


class KeypadDriver(QObject):
    selected = Signal(str)  # the selected button's name: said aloud
    read_aloud = Signal()  # `*`: read the screen aloud from its start
    person_key = Signal()  # a person pressed a key of the pad (not a fob reader): speech starts

    def __init__(self, stack: QStackedWidget, driven: Callable[[QWidget], bool] = lambda _w: True,
                 parent: QObject | None = None, hold_ms: int = HOLD_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.stack, self._driven = stack, driven
        self.ring = FocusRing()
        self.current: QAbstractButton | None = None
        self.keys = 0  # keys the door took from the pad, for the log
        self.bursts = 0  # fob reads (a reader's burst) passed on to the scanner buffer
        self.held: tuple[QObject, QKeyEvent] | None = None  # a pad digit waiting for a reader's next key
        self._clock = clock
        self._burst_at: float | None = None  # the last key of a reader's burst under way (key_time)
        self._held_at = 0.0  # the held digit's key_time
        self._replaying = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._person)
        stack.currentChanged.connect(lambda _i: self.clear())

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def remove(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self.clear()

    # --- what can be selected ---------------------------------------------------------------------
    def screen(self) -> QWidget | None:
        screen = self.stack.currentWidget()
        return screen if screen is not None and self._driven(screen) else None

    def buttons(self) -> list[QAbstractButton]:
        """The screen's buttons a finger could press now, in reading order (top to bottom, left
        to right; a button in a scrolling list counts where it lies, scrolled to when chosen)."""
        screen = self.screen()
        if screen is None:
            return []
        found = [b for b in screen.findChildren(QAbstractButton)
                 if b.isVisibleTo(screen) and b.isEnabled() and b.width() > 0]
        return sorted(found, key=lambda b: (self._centre(b).y() // ROW_PX, self._centre(b).x()))

    def _centre(self, widget: QWidget) -> QPoint:
        screen = self.stack.currentWidget() or widget.window()
        return widget.mapTo(screen, widget.rect().center())

    def select(self, button: QAbstractButton | None) -> None:
        self.current = button
        if button is None:
            self.ring.hide()
            return
        scroller = self._scroll_area(button)
        if scroller is not None:
            scroller.ensureWidgetVisible(button, 8, 8)
        self.ring.around(button)
        self.selected.emit(name_of(button))

    def clear(self) -> None:
        self.current = None
        self.ring.hide()

    @staticmethod
    def _scroll_area(widget: QWidget) -> QScrollArea | None:
        w = widget.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        return w

    # --- moving ------------------------------------------------------------------------------------
    def step(self, forward: bool) -> None:
        buttons = self.buttons()
        if not buttons:
            return
        if self.current not in buttons:
            self.select(buttons[0] if forward else buttons[-1])
            return
        assert self.current is not None
        i = buttons.index(self.current) + (1 if forward else -1)
        self.select(buttons[i % len(buttons)])

    def move(self, dx: int, dy: int) -> None:
        """Up and Down: the nearest row that way, the button in it closest across; Left and
        Right: the nearest button in the same row (none: the selection stays)."""
        buttons = self.buttons()
        if not buttons:
            return
        if self.current not in buttons:
            self.select(buttons[0])
            return
        assert self.current is not None
        here = self._rect(self.current)
        ahead = []
        for b in buttons:
            if b is self.current:
                continue
            r = self._rect(b)
            along = (r.center().x() - here.center().x()) * dx + (r.center().y() - here.center().y()) * dy
            if along <= ROW_PX // 2:
                continue
            if dx and (r.bottom() < here.top() or r.top() > here.bottom()):
                continue  # Left and Right stay in the row
            across = abs(r.center().y() - here.center().y()) if dx else abs(r.center().x() - here.center().x())
            ahead.append((along, across, b))
        if not ahead:
            return
        nearest = min(a for a, _c, _b in ahead)
        row = [(c, a, b) for a, c, b in ahead if a <= nearest + ROW_PX]
        self.select(min(row, key=lambda t: (t[0], t[1]))[2])

    def _rect(self, widget: QWidget) -> QRect:
        screen = self.stack.currentWidget() or widget.window()
        return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())

    def press(self) -> bool:
        """Enter: press the selected button (as a tap would). False when nothing is selected."""
        button = self.current
        if button is None or not button.isVisible() or not button.isEnabled():
            return False
        button.click()
        # What the press did may have changed the screen under the ring (a new step, a key that
        # stays): keep the ring on the button if it is still there.
        if self.current is button and button.isVisible():
            self.ring.around(button)
        elif self.current is button:
            self.clear()
        return True

    # --- the keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if self._reader(watched, event):
            return False  # on to the window's scanner buffer
        pad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        screen = self.screen()
        if pad and event.text().isdigit() and not self._typing():
            # A person's digit, or the first of a fob reader's burst: the next few ms tell.
            self.held = (watched, event.clone())  # a copy, with its time
            self._held_at = key_time(event, self._clock)
            self._hold.start()
            return True
        if pad:
            self.person_key.emit()
        return screen is not None and self._take(screen, event)

    def _reader(self, watched: QObject, event: QKeyEvent) -> bool:
        """Is this key part of a fob reader's burst (then it, and a digit held before it, go on
        as typed)?"""
        now = key_time(event, self._clock)
        if self._burst_at is not None and now - self._burst_at <= BURST_GAP:
            self._burst_at = None if event.key() in ENDS else now
            return True
        self._burst_at = None
        if self.held is None:
            return False
        if now - self._held_at > max(BURST_GAP, self._hold.interval() / 1000):
            # A person's next key, come while the GUI thread was stalled: the held digit was theirs.
            self._hold.stop()
            self._persons_digit()
            return False
        held_at, held = self.held
        self.held = None
        self._hold.stop()
        self.bursts += 1
        log.info("a reader's burst at the door", extra={"event": "keypad_burst", "bursts": self.bursts})
        self._replay(held_at, held)
        self._burst_at = None if event.key() in ENDS else now
        return True

    def _replay(self, watched: QObject, event: QKeyEvent) -> None:
        self._replaying = True
        try:
            QApplication.sendEvent(watched, event)
        finally:
            self._replaying = False

    def _person(self) -> None:
        """Nothing followed the held digit: a person's key of the pad."""
        self._persons_digit()

    def _persons_digit(self) -> None:
        if self.held is None:
            return
        watched, event = self.held
        self.held = None
        self.person_key.emit()
        screen = self.screen()
        if screen is None or not self._take(screen, event):
            self._replay(watched, event)  # not the door's: where it would have gone

    @staticmethod
    def _typing() -> bool:
        return isinstance(QApplication.focusWidget(), (QLineEdit, QPlainTextEdit))

    def _take(self, screen: QWidget, event: QKeyEvent) -> bool:
        handled = self.key(screen, event)
        if handled:
            self.keys += 1
            # Where the selection is, never what it says (a button may carry a person's name): an
            # end-to-end test matches it with the button map (kiosk/ui/probe.py).
            at = None
            if self.current is not None and self.current.isVisible():
                centre = self.current.mapToGlobal(self.current.rect().center())
                at = [centre.x(), centre.y()]
            log.info("keypad key", extra={"event": "keypad", "keys": self.keys, "at": at})
        return handled

    def key(self, screen: QWidget, event: QKeyEvent) -> bool:
        """Handle one key on `screen`; True when it was the door's (it goes no further)."""
        key, mods = event.key(), event.modifiers()
        pad = bool(mods & Qt.KeyboardModifier.KeypadModifier)
        typing = self._typing()
        if key == Qt.Key.Key_Asterisk and pad:
            self.read_aloud.emit()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.step(forward=key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier)
            return True
        if key in MOVES:
            if typing and not pad and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                return False  # the cursor in a name
            self.move(*MOVES[Qt.Key(key)])
            return True
        if key == Qt.Key.Key_Enter:
            if self.press():
                return True
            confirm = getattr(screen, "confirm", None)
            if confirm is not None and not typing:
                confirm()
                return True
            return False
        if typing:
            return False  # digits and Backspace go into the field
        # Digits typed straight in: the selection goes, so Enter is the pad's own OK again.
        if pad and event.text().isdigit() and hasattr(screen, "press"):
            self.clear()
            screen.press(event.text())
            return True
        if key == Qt.Key.Key_Backspace and hasattr(screen, "backspace"):
            self.clear()
            screen.backspace()
            return True
        return False


def connect_keypad(driver: KeypadDriver, voice: object) -> None:
    """The pad's selection is said aloud, a person's key of the pad starts speech, and `*` reads
    the screen from its start. `voice` is the DoorVoice (typed loosely, as in
    voice.connect_door_voice)."""
    v: object = voice
    driver.selected.connect(v.say_control)  # type: ignore[attr-defined]
    driver.person_key.connect(v.keypad_key)  # type: ignore[attr-defined]
    driver.read_aloud.connect(v.request)  # type: ignore[attr-defined]
