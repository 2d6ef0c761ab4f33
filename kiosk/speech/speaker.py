"""espeak-ng behind the `Speaker` port: one utterance at a time, the newest cuts the last short.

`say()` never blocks the caller (the door's GUI thread): a thread of its own synthesises with
`espeak-ng --stdout` and hands the WAV to a player (`aplay` from alsa-utils, where there is one).
With `out_dir` each utterance's audio is also written there as a WAV file, so a test or a person
can check what was said on a machine without a sound card. Only the message's id and language are
logged (event `spoke`), never the words: names do not go into the journal.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

# espeak-ng's voices for the door's languages (Debian's espeak-ng-data has all three).
VOICES = {"da": "da", "en": "en-gb", "de": "de"}
SYNTH_DEADLINE_S = 10.0  # a sentence takes tens of milliseconds; a hung engine must not pile up


@dataclass(frozen=True)
class Utterance:
    message_id: str  # what kind of message it is ("welcome", "refused.expired", "pin.typed"): logged
    text: str  # the words: spoken, never logged
    lang: str  # da, en or de


class Speaker(Protocol):
    def say(self, utterance: Utterance) -> None: ...
    def stop(self) -> None: ...
    def route(self, device: str | None) -> None: ...  # the sound card to play on; None: the default
    def close(self) -> None: ...


def speakable(text: str) -> str:
    """The text with what a Latin-script voice cannot say taken out (a name in Greek, Arabic or
    Chinese, an emoji): skipped without noise rather than spelled as letter names or read as
    'unknown character'. Danish and German letters and accents stay."""
    def sayable(ch: str) -> bool:
        kind = unicodedata.category(ch)[0]
        latin = kind == "L" and unicodedata.name(ch, "").startswith("LATIN")
        return ch.isascii() or kind in "PZ" or ch.isdigit() or latin

    kept = [ch if sayable(ch) else " " for ch in text]
    return " ".join("".join(kept).split())


def sized_wav(wav: bytes) -> bytes:
    """espeak-ng --stdout streams, so its WAV header gives no real length (0x7fffffff): set the
    RIFF and data sizes from the bytes that came, so any player or reader takes the file."""
    at = wav.find(b"data", 12)
    if not wav.startswith(b"RIFF") or at < 0 or len(wav) < at + 8:
        return wav
    data = len(wav) - (at + 8)
    return (wav[:4] + (len(wav) - 8).to_bytes(4, "little") + wav[8:at + 4] + data.to_bytes(4, "little")
            + wav[at + 8:])


def on_device(player: list[str], device: str | None) -> list[str]:
    """The player's command playing on an ALSA device: `-D device` before its last argument
    (aplay's "-", the WAV from stdin)."""
    return [*player[:-1], "-D", device, player[-1]] if device else list(player)


def default_player() -> list[str] | None:
    """The command that plays a WAV read from stdin, or None on a machine with no player."""
    aplay = shutil.which("aplay")
    return [aplay, "-q", "-"] if aplay else None


class EspeakSpeaker:
    """Speaks with espeak-ng on a thread of its own; the newest utterance wins."""

    def __init__(self, out_dir: Path | None = None, player: list[str] | None = None,
                 engine: str | None = None, rate: int = 150,
                 on_spoken: Callable[[Utterance, float], None] | None = None) -> None:
        self.engine = engine or shutil.which("espeak-ng") or "espeak-ng"
        self.out_dir, self.player, self.rate, self._on_spoken = out_dir, player, rate, on_spoken
        self._lock = threading.Condition()
        self._pending: tuple[Utterance, float] | None = None
        self._running: list[subprocess.Popen[bytes]] = []
        self._device: str | None = None
        self._closed = False
        self._count = 0
        self._thread = threading.Thread(target=self._loop, name="speech", daemon=True)
        self._thread.start()

    @staticmethod
    def available(engine: str = "espeak-ng") -> bool:
        return shutil.which(engine) is not None

    # --- the port ---------------------------------------------------------------------------------
    def say(self, utterance: Utterance) -> None:
        """Queue it, cutting short whatever is being said now. Returns at once."""
        with self._lock:
            if self._closed:
                return
            self._pending = (utterance, time.monotonic())
            self._kill_running()
            self._lock.notify()

    def stop(self) -> None:
        """Be quiet now: what is queued and what is being said."""
        with self._lock:
            self._pending = None
            self._kill_running()

    def route(self, device: str | None) -> None:
        """Play on this ALSA device from the next utterance on (a USB headset's
        `plughw:CARD=...`), or on the default again with None."""
        with self._lock:
            self._device = device

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._pending = None
            self._kill_running()
            self._lock.notify()
        self._thread.join(timeout=5)

    # --- the thread -------------------------------------------------------------------------------
    def _kill_running(self) -> None:
        for proc in self._running:
            if proc.poll() is None:
                proc.kill()
        self._running = []

    def _loop(self) -> None:
        while True:
            with self._lock:
                while self._pending is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                assert self._pending is not None
                utterance, asked = self._pending
                self._pending = None
            try:
                self._speak(utterance, asked)
            except OSError as exc:  # no engine, no player, a full disk: the door goes on silently
                log.warning("could not speak: %s", exc.strerror or exc, extra={"event": "speech_failed"})
            except Exception:  # a bug: logged loudly, and the next answer is still spoken
                log.exception("speech failed", extra={"event": "speech_failed"})

    def _start(self, cmd: list[str], stdin: int | None = None) -> subprocess.Popen[bytes] | None:
        with self._lock:
            if self._pending is not None or self._closed:
                return None  # a newer utterance came while this one was being prepared
            proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            self._running.append(proc)
            return proc

    def _speak(self, utterance: Utterance, asked: float) -> None:
        text = speakable(utterance.text)
        if not text:
            return
        voice = VOICES.get(utterance.lang, VOICES["en"])
        # A lone mark (a keyboard's '.' or '@' chosen from a keypad) is said by its name in the
        # voice's language; in a sentence punctuation stays a pause.
        punct = ["--punct"] if len(text) == 1 and not text.isalnum() else []
        synth = self._start([self.engine, "-v", voice, "-s", str(self.rate), *punct, "--stdout", "--", text])
        if synth is None:
            return
        try:
            wav, _ = synth.communicate(timeout=SYNTH_DEADLINE_S)
        except subprocess.TimeoutExpired:
            synth.kill()
            synth.communicate()
            log.warning("speech engine hung", extra={"event": "speech_failed"})
            return
        if synth.returncode != 0 or not wav:
            return  # killed by a newer utterance, or the engine failed
        wav = sized_wav(wav)
        ready_ms = (time.monotonic() - asked) * 1000
        self._count += 1
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            name = f"{self._count:04d}-{utterance.message_id}-{utterance.lang}.wav"
            (self.out_dir / name).write_bytes(wav)
        log.info("spoke", extra={"event": "spoke", "lang": utterance.lang, "message_id": utterance.message_id,
                                 "ms": round(ready_ms, 1)})
        if self._on_spoken is not None:
            self._on_spoken(utterance, ready_ms)
        if self.player is not None:
            with self._lock:
                device = self._device
            play = self._start(on_device(self.player, device), stdin=subprocess.PIPE)
            if play is not None:
                try:
                    play.communicate(wav, timeout=120)
                except (subprocess.TimeoutExpired, BrokenPipeError):
                    play.kill()
