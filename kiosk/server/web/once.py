"""A form that makes a secret posted twice (a double click, a reload, two at once) makes it once:
the browser shows only the last answer, so the second post answers with what the first made.
The database keeps only a secret's hash, so the answer is kept here, in this process's memory,
for as long as the secret is valid, keyed by the page's one-time form id."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class OncePerForm:
    def __init__(self, keep_seconds: float) -> None:
        self.keep_seconds = keep_seconds
        self._made: dict[str, tuple[str, str, float]] = {}
        self._lock = threading.Lock()

    def make(self, form_id: str, subject: str, make: Callable[[], str]) -> str:
        """make() once per (form id, subject); the same form again gets the same answer."""
        if not form_id:  # an older page without a form id: as before
            return make()
        with self._lock:  # two posts at once: the second waits and gets the first's answer
            now = time.monotonic()
            for key in [k for k, (_, _, until) in self._made.items() if until < now]:
                del self._made[key]
            known = self._made.get(form_id)
            if known is not None and known[0] == subject:
                return known[1]
            made = make()
            self._made[form_id] = (subject, made, now + self.keep_seconds)
            return made
