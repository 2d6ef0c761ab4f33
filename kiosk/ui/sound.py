"""Short sounds for each answer. Audio is a hardware boundary: without it, the door stays silent."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QUrl

from kiosk.paths import ASSETS

log = logging.getLogger(__name__)
SOUNDS = ASSETS / "sounds"


class Sounds(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled and os.environ.get("KIOSK_SOUND", "1") != "0"
        self._effects: dict[str, object] = {}
        self.played: list[str] = []  # what was asked for, newest last (kept short)
        if not self.enabled:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:
            log.warning("no sound: QtMultimedia is unavailable (%s)", exc)
            self.enabled = False
            return
        for kind in ("welcome", "goodbye", "refused", "warning"):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS / f"{kind}.wav")))
            effect.setVolume(0.8)
            self._effects[kind] = effect

    def play(self, kind: str) -> None:
        self.played = [*self.played[-9:], kind]
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
