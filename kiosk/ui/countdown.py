"""The one countdown every timeout that ends someone's work uses, and its banner.

`IdleCountdown` measures untouched time (monotonic) against a `domain.countdown.Countdown` and
says when the warning starts, each second left, and when time is up; `touch()`/`extend()` start
the idle time again. `CountdownBanner` lays the warning over the top of its screen (never into
its layout, so nothing under it moves) with the seconds left and "More time". The owner words
the warning and plays the warning sound (`warning_started`), so the banner stays small for the
guest flow, the host view, manual code entry and the PIN pad alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain.countdown import Countdown, Phase
from kiosk.ui import theme
from kiosk.ui.widgets import Retranslates, make_label, touch_button

log = logging.getLogger(__name__)


class IdleCountdown(QObject):
    warning_started = Signal()
    seconds_left_changed = Signal(int)  # while warning: once a second
    extended = Signal()  # a touch or "More time" while the warning was up
    time_up = Signal()

    def __init__(self, lengths: Countdown, second_ms: int = 1000, parent: QObject | None = None,
                 name: str = "") -> None:
        super().__init__(parent)
        self.lengths, self.second_ms, self.name = lengths, second_ms, name
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._check)
        self.phase = Phase.QUIET
        self.seconds_left = 0
        self.active = False

    def set_lengths(self, lengths: Countdown, second_ms: int | None = None) -> None:
        """New lengths, counted from the last touch (a running countdown goes on with them)."""
        self.lengths = lengths
        if second_ms is not None:
            self.second_ms = second_ms
        if self.active:
            self._check()

    def start(self, lengths: Countdown | None = None) -> None:
        """Count from now (with new lengths, if given)."""
        if lengths is not None:
            self.lengths = lengths
        self.active = True
        self._restart()

    def touch(self) -> None:
        """Someone is there: the idle time starts again (and a warning goes away)."""
        if self.active:
            self._restart()

    extend = touch  # "More time": the same, said by a button

    def stop(self) -> None:
        self.active = False
        self._timer.stop()
        self.phase = Phase.QUIET

    def pending(self) -> bool:
        """A check is due: something may still warn or end. False once stopped or ended."""
        return self._timer.isActive()

    def idle_ms(self) -> int:
        return self._since.elapsed() if self.active else 0

    def _restart(self) -> None:
        was_warning = self.phase is Phase.WARNING
        self._since.start()
        self.phase = Phase.QUIET
        self.seconds_left = self.lengths.ends_after
        if was_warning:
            log.info("more time", extra={"event": "countdown_extended", "countdown": self.name})
            self.extended.emit()
        self._check()

    def _check(self) -> None:
        if not self.active:
            return
        idle = self._since.elapsed()
        state = self.lengths.state(idle, self.second_ms)
        before, self.phase = self.phase, state.phase
        if state.phase is Phase.ENDED:
            self.active = False
            self._timer.stop()
            log.info("time is up", extra={"event": "countdown_ended", "countdown": self.name})
            self.time_up.emit()
            return
        if state.phase is Phase.WARNING and before is not Phase.WARNING:
            self.seconds_left = state.seconds_left
            log.info("time runs out", extra={"event": "countdown_warning", "countdown": self.name,
                                             "seconds_left": state.seconds_left})
            self.warning_started.emit()
            self.seconds_left_changed.emit(state.seconds_left)
        elif state.phase is Phase.WARNING and state.seconds_left != self.seconds_left:
            self.seconds_left = state.seconds_left
            self.seconds_left_changed.emit(state.seconds_left)
        else:
            self.seconds_left = state.seconds_left
        if self.active:  # a slot above may have stopped it
            self._timer.start(self.lengths.ms_until_change(idle, self.second_ms))


class CountdownBanner(Retranslates, QWidget):
    """The warning, laid over the top of `screen` (a child of it, outside its layout)."""

    def __init__(self, screen: QWidget, countdown: IdleCountdown, text: Callable[[int], str]) -> None:
        super().__init__(screen)
        self.setObjectName("CountdownBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"""
            QWidget#CountdownBanner {{ background: #fff3cd; border-bottom: 3px solid {theme.ACCENT}; }}
            QLabel#CountdownText {{ color: {theme.INK}; }}
            QPushButton#MoreTime {{ background: {theme.ACCENT}; color: white; border: none; font-size: 26px;
                                    font-weight: bold; border-radius: 12px; min-height: 56px; padding: 0 28px; }}
            QPushButton#MoreTime:pressed {{ background: {theme.INK}; }}
        """)
        self.countdown, self._text = countdown, text
        self.label = make_label(name="CountdownText", px=26, bold=True, wrap=True)
        self.more_time = touch_button(name="MoreTime")
        self.more_time.clicked.connect(countdown.extend)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 10, 24, 10)
        row.addWidget(self.label, 1)
        row.addWidget(self.more_time)
        countdown.warning_started.connect(self._warn)
        countdown.seconds_left_changed.connect(self._show_seconds)
        # Hidden once the touch that gave more time has gone where it was aimed: hidden at the press,
        # the press fell through to the button under the banner (the guest flow's "Cancel").
        countdown.extended.connect(lambda: QTimer.singleShot(0, self._hide_unless_warning))
        countdown.time_up.connect(self.hide)
        screen.installEventFilter(self)
        self.hide()
        self.retranslate()

    def _warn(self) -> None:
        self._place()
        self.show()
        self.raise_()

    def words(self) -> str:
        """The warning as it stands now, with its way out: what speech says when it appears."""
        return f"{self._text(self.countdown.seconds_left)} {self.more_time.text()}."

    def _hide_unless_warning(self) -> None:
        if self.countdown.phase is not Phase.WARNING:
            self.hide()

    def _show_seconds(self, left: int) -> None:
        self.label.setText(self._text(left))
        self._place()

    def _place(self) -> None:
        screen = self.parentWidget()
        if screen is not None:
            width = screen.width()
            self.setGeometry(0, 0, width, self.heightForWidth(width) if self.hasHeightForWidth()
                             else self.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def retranslate(self) -> None:
        self.more_time.setText(self.tr("More time"))
        if self.countdown.phase is Phase.WARNING:
            self.label.setText(self._text(self.countdown.seconds_left))
