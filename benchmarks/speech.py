"""Speech at the door: how soon an answer is heard, and what speaking costs the check-in.

    .venv/bin/python -m benchmarks.speech

1. The engine's own start-up: `espeak-ng --version` (a process start and its data).
2. say() -> audio ready to play (the WAV synthesised, where the player starts): a welcome, a
   refusal with what to do, and a guest step, in da/en/de, as the door says them.
3. The idle door's CPU (benchmarks.door.idle: the real app under Xvfb, an empty doorway at
   15 fps) with speech as by default (on request) and always on, one after the other.
4. Decoded code -> committed check-in (benchmarks.checkin's path) on a real SQLite file, without
   and with the door saying a welcome for each answer at once, interleaved in one run, so the
   difference is what speech costs the door on this machine now.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.speech import EspeakSpeaker, Utterance

SAID = {
    "da": ["Godmorgen, Mette. 4 andre er her i dag. 7 klip tilbage på dit klippekort.",
           "Dit medlemskab er udløbet. Forny det hos en vært, så er du velkommen igen.",
           "Hvad hedder du? Skriv dit navn, som det skal stå på dit dagspas."],
    "en": ["Good morning, Mette. 4 others in today. 7 clips left on your clip card.",
           "Your membership has expired. Renew it with a host, and you are welcome back.",
           "What is your name? Type your name as it should be on your day pass."],
    "de": ["Guten Morgen, Mette. 4 andere sind heute da. Noch 7 Klicks auf Ihrer Klippkarte.",
           "Ihre Mitgliedschaft ist abgelaufen. Verlängern Sie sie bei einem Gastgeber.",
           "Wie heißen Sie? Geben Sie Ihren Namen so ein, wie er auf dem Tagespass stehen soll."],
}


def _q(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def engine_start(runs: int = 20) -> list[float]:
    engine = shutil.which("espeak-ng") or "espeak-ng"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([engine, "--version"], capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def to_audio(rounds: int = 5) -> dict[str, list[float]]:
    done = threading.Event()
    ready: list[float] = []

    def heard(_u: Utterance, ms: float) -> None:
        ready.append(ms)
        done.set()

    speaker = EspeakSpeaker(on_spoken=heard)
    out: dict[str, list[float]] = {}
    try:
        for lang, texts in SAID.items():
            before = len(ready)
            for _ in range(rounds):
                for text in texts:
                    done.clear()
                    speaker.say(Utterance("bench", text, lang))
                    done.wait(10)
            out[lang] = ready[before:]
    finally:
        speaker.close()
    return out


def checkin_cost(members: int = 200, scans: int = 300) -> tuple[list[float], list[float]]:
    """Check-in times without and with a welcome spoken for each, interleaved."""
    speaker = EspeakSpeaker()
    plain: list[float] = []
    spoken: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = app.build(Path(tmp))
        cards = kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(members)])
        try:
            for i in range(scans):
                card = cards[i % members]
                speak = i % 2 == 1
                start = time.perf_counter()
                kiosk.checkin.check_in_code(card.code)
                if speak:
                    speaker.say(Utterance("welcome", SAID["da"][0], "da"))
                (spoken if speak else plain).append((time.perf_counter() - start) * 1000)
                time.sleep(0.05)  # people arrive one by one: the engine runs beside the next scan
        finally:
            speaker.close()
            kiosk.close()
    return plain, spoken


def main() -> None:
    if not EspeakSpeaker.available():
        print("espeak-ng is not installed: scripts/setup.sh installs it")
        return
    start = engine_start()
    print("speech engine start (espeak-ng --version), 20 runs\n")
    print(f"| median ms | p95 ms |\n|---|---|\n| {statistics.median(start):.1f} | {_q(start, 95):.1f} |\n")
    ready = to_audio()
    print("say() -> audio ready to play (synthesised), 15 utterances a language\n")
    print("| language | median ms | p95 ms | max ms |\n|---|---|---|---|")
    for lang, times in ready.items():
        print(f"| {lang} | {statistics.median(times):.1f} | {_q(times, 95):.1f} | {max(times):.1f} |")
    from benchmarks.door import idle

    print("\nthe idle door (empty doorway, 15 fps, 20 s), CPU of the app and its decoder processes\n")
    print("| speech | CPU % of one core | decoded/s |\n|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("on-request", "always"):
            run = idle(Path(tmp), 15, speech=mode)
            print(f"| {mode} | {run['cpu']:.1f} | {run['stats'].get('fps_decoded', '?')} |")
    plain, spoken = checkin_cost()
    print("\ndecoded code -> committed check-in, without and with a spoken welcome (interleaved)\n")
    print("| | median ms | p95 ms |\n|---|---|---|")
    for name, times in (("silent", plain), ("speaking", spoken)):
        print(f"| {name} | {statistics.median(times):.1f} | {_q(times, 95):.1f} |")
    print(f"\np95 difference: {_q(spoken, 95) - _q(plain, 95):+.1f} ms")


if __name__ == "__main__":
    main()
