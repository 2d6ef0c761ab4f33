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
5. Headphones and USB headsets (kiosk/speech/hotplug.py, kiosk/ui/jack.py): the CPU and the
   wake-ups (context switches) of an idle Qt loop without and with the watcher (this machine's
   /dev, and a tree with 4 sockets and 2 sound cards), interleaved; how soon a USB headset
   plugged in or pulled out reaches the door; what one look at the directories costs.
   `python -m benchmarks.speech --hotplug` runs this part alone.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.speech import EspeakSpeaker, Utterance
from kiosk.speech.hotplug import DoorSockets

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


def _loop_cost(seconds: float, sockets: DoorSockets | None) -> tuple[float, int]:
    """CPU ms and context switches of this process while a Qt loop idles `seconds` (with a
    JackWatcher over `sockets`, or bare)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from kiosk.ui.jack import JackWatcher

    qt = QCoreApplication.instance() or QCoreApplication([])
    watcher = JackWatcher(sockets=sockets) if sockets is not None else None
    QTimer.singleShot(int(seconds * 1000), qt.quit)
    before, cpu = resource.getrusage(resource.RUSAGE_SELF), time.process_time()
    qt.exec()
    after, cpu = resource.getrusage(resource.RUSAGE_SELF), time.process_time() - cpu
    if watcher is not None:
        watcher.stop()
    return cpu * 1000, (after.ru_nvcsw + after.ru_nivcsw) - (before.ru_nvcsw + before.ru_nivcsw)


def _tree(root: Path, jacks: int = 4) -> DoorSockets:
    """A machine's device directories with `jacks` headphone sockets and two sound cards."""
    block = 'N: Name="HDA Intel PCH Headphone"\nH: Handlers={}\nB: EV=21\nB: SW=4\n'
    (root / "proc").mkdir(parents=True)
    (root / "proc" / "devices").write_text("\n".join(block.format(f"event{10 + i}") for i in range(jacks)))
    (root / "dev" / "input").mkdir(parents=True)
    for i in range(jacks):
        os.mkfifo(root / "dev" / "input" / f"event{10 + i}")
    for n, bus in ((0, "pci"), (1, "usb")):
        _card(root, n, bus, f"Card{n}")
    return DoorSockets(root / "proc" / "devices", root / "dev" / "input", root / "dev" / "snd",
                       root / "sys" / "class" / "sound")


def _card(root: Path, n: int, bus: str, card_id: str, nodes: bool = True) -> None:
    device = root / "sys" / "devices" / f"card{n}"
    device.mkdir(parents=True, exist_ok=True)
    (root / "sys" / "bus" / bus).mkdir(parents=True, exist_ok=True)
    if not (device / "subsystem").is_symlink():
        os.symlink(root / "sys" / "bus" / bus, device / "subsystem")
    entry = root / "sys" / "class" / "sound" / f"card{n}"
    entry.mkdir(parents=True, exist_ok=True)
    (entry / "id").write_text(card_id)
    if not (entry / "device").is_symlink():
        os.symlink(device, entry / "device")
    (root / "dev" / "snd").mkdir(parents=True, exist_ok=True)
    for node in (f"controlC{n}", f"pcmC{n}D0p") if nodes else ():
        (root / "dev" / "snd" / node).touch()


def hotplug(seconds: float = 10.0, rounds: int = 3, plugs: int = 40) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from kiosk.ui.jack import JackWatcher

    print(f"idle Qt loop, {seconds:.0f} s a run, {rounds} runs each, interleaved\n")
    print("| watcher | CPU ms per run, median | context switches per run, median |\n|---|---|---|")
    runs: dict[str, list[tuple[float, int]]] = {"none": [], "this machine's /dev": [], "4 sockets, 2 cards": []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            runs["none"].append(_loop_cost(seconds, None))
            runs["this machine's /dev"].append(_loop_cost(seconds, DoorSockets()))
            runs["4 sockets, 2 cards"].append(_loop_cost(seconds, _tree(Path(tmp) / f"idle{r}")))
        for name, got in runs.items():
            cpu, switches = statistics.median(c for c, _ in got), statistics.median(w for _, w in got)
            print(f"| {name} | {cpu:.2f} | {switches:.0f} |")

        root = Path(tmp) / "plug"
        sockets = _tree(root, jacks=1)
        watcher = JackWatcher(sockets=sockets)
        qt = QCoreApplication.instance() or QCoreApplication([])
        seen: list[tuple[bool, float]] = []
        watcher.plugged.connect(lambda on: seen.append((on, time.perf_counter())))
        ins, outs = [], []
        for i in range(plugs):
            for plugged in (True, False):
                if plugged:
                    _card(root, 2, "usb", "Headset", nodes=False)  # /sys first, as the kernel does
                start = time.perf_counter()
                if plugged:
                    for node in ("controlC2", "pcmC2D0p"):
                        (root / "dev" / "snd" / node).touch()
                else:
                    for node in (root / "dev" / "snd").glob("*C2*"):
                        node.unlink()
                deadline = start + 5
                while len(seen) < 2 * i + 1 + (not plugged) and time.perf_counter() < deadline:
                    qt.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
                (ins if plugged else outs).append((seen[-1][1] - start) * 1000)
        watcher.stop()
        print(f"\nUSB headset plugged in / pulled out -> the door's plugged signal, {plugs} each\n")
        print("| | median ms | p95 ms |\n|---|---|---|")
        for name, times in (("plugged in", ins), ("pulled out", outs)):
            print(f"| {name} | {statistics.median(times):.2f} | {_q(times, 95):.2f} |")

        # Something else appearing in /dev/input and /dev/snd (a joystick, a MIDI port): one look each.
        dev = Path(tmp) / "look" / "dev"
        sockets = _tree(Path(tmp) / "look")
        looks = []
        for _ in range(200):
            for other in (dev / "input" / "js0", dev / "snd" / "midiC1D0"):
                other.touch()
                start = time.perf_counter()
                sockets.update()
                looks.append((time.perf_counter() - start) * 1000)
                other.unlink()
                sockets.update()
        sockets.close()
        print(f"\none look after a change (4 sockets, 2 cards): median {statistics.median(looks):.3f} ms, "
              f"p95 {_q(looks, 95):.3f} ms")


def main() -> None:
    if "--hotplug" in sys.argv[1:]:
        hotplug()
        return
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
    print(f"\np95 difference: {_q(spoken, 95) - _q(plain, 95):+.1f} ms\n")
    hotplug()


if __name__ == "__main__":
    main()
