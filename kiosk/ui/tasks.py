"""Run a service call on the host-tasks thread and get its answer back on the GUI thread.

Screens never touch the database themselves: they hand a callable to Tasks.run, which the
worker runs (one at a time, beside the door's check-ins) and answers with on_done(value) or
on_error(message). A KioskError carries a code that ui.error_text words in the language on
screen (on the GUI thread, when the answer arrives); anything else is a bug,
logged with its traceback and answered with a plain "something went wrong", in the door's
language (translated on the GUI thread when the answer arrives)."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.core.errors import KioskError
from kiosk.ui.error_text import describe

log = logging.getLogger(__name__)
BUG = object()  # the worker's answer for a bug: Tasks says it in the door's language


class TaskWorker(QObject):
    done = Signal(int, bool, object)  # token, ok, value or message
    progress = Signal(int, int, int)  # token, done, total

    @Slot(int, object)
    def run(self, token: int, call: Callable[[Callable[[int, int], None]], Any]) -> None:
        """call gets a report(done, total) function; its calls reach the GUI as progress."""
        try:
            value, ok = call(lambda done, total: self.progress.emit(token, done, total)), True
        except KioskError as exc:
            log.info("task refused: %s", exc, extra={"event": "task_refused", "code": str(exc.code)})
            value, ok = exc, False
        except Exception:  # a bug: keep the door alive, say so plainly
            log.exception("task failed", extra={"event": "task_failed"})
            value, ok = BUG, False
        self.done.emit(token, ok, value)


class Tasks(QObject):
    _submit = Signal(int, object)

    def __init__(self, worker: TaskWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[str], None] | None]] = {}
        self._progress: dict[int, Callable[[int, int], None]] = {}
        self._tokens = itertools.count(1)
        self._submit.connect(worker.run)
        worker.done.connect(self._finished)
        worker.progress.connect(self._progressed)

    def run(self, call: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[str], None] | None = None) -> None:
        self.run_with_progress(lambda _report: call(), None, on_done, on_error)

    def run_with_progress(self, call: Callable[[Callable[[int, int], None]], Any],
                          on_progress: Callable[[int, int], None] | None, on_done: Callable[[Any], None],
                          on_error: Callable[[str], None] | None = None) -> None:
        """Like run; call gets a report(done, total) function whose calls reach on_progress."""
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error)
        if on_progress is not None:
            self._progress[token] = on_progress
        self._submit.emit(token, call)

    @Slot(int, int, int)
    def _progressed(self, token: int, done: int, total: int) -> None:
        handler = self._progress.get(token)
        if handler is not None:
            handler(done, total)

    @Slot(int, bool, object)
    def _finished(self, token: int, ok: bool, value: object) -> None:
        self._progress.pop(token, None)
        on_done, on_error = self._pending.pop(token, (None, None))
        if ok and on_done is not None:
            on_done(value)
        elif not ok:
            if value is BUG:
                value = self.tr("Something went wrong; it was written to the kiosk's log.")
            elif isinstance(value, BaseException):
                value = describe(value)
            if on_error is not None:
                on_error(str(value))
            else:
                log.error("task failed: %s", value)
