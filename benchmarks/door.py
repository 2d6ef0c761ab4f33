"""The real app under Xvfb with a video of 12 members' cards as its camera: for each welcome,
the time from the grab of the frame that showed the code to the committed event, as the app
logs it (decode + queued signal + transaction + fsync).

    .venv/bin/python -m benchmarks.door
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

import cv2
import numpy as np

from kiosk import app
from kiosk.printing.cards import render_card
from kiosk.scan.synth import empty_frames, held_up_sequence, write_video
from kiosk.services.members import NewMember
from tests.e2e.harness import KioskProcess, Xvfb


def main(members: int = 12) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        kiosk = app.build(data)
        cards = kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(members)])
        kiosk.close()
        rng = np.random.default_rng(1)
        frames = []
        for card in cards:
            picture = cv2.cvtColor(np.asarray(render_card(card, "Bench")), cv2.COLOR_RGB2BGR)
            frames += [*empty_frames(rng, 8), *held_up_sequence(picture, rng, frames=20)]
        video = Path(tmp) / "cam.mp4"
        write_video(video, frames, fps=15)
        screen = Xvfb()
        door = KioskProcess(screen.display, data, "--camera", str(video))
        times, commits = [], []
        try:
            door.wait_for(event="ready")
            for _ in range(members):
                shown = door.wait_for(event="result_shown", shown_as="checked_in", timeout=60)
                times.append(shown["frame_to_commit_ms"])
                commits.append(shown["commit_ms"])
        finally:
            door.stop()
            screen.stop()
    q = statistics.quantiles(times, n=20, method="inclusive")
    print(f"real app, {members} members' cards in a 720p video: frame grabbed -> event committed\n")
    print("| | median ms | p95 ms | max ms |\n|---|---|---|---|")
    print(f"| frame grabbed -> committed | {statistics.median(times):.1f} | {q[-1]:.1f} | {max(times):.1f} |")
    cq = statistics.quantiles(commits, n=20, method="inclusive")
    print(f"| of which the transaction | {statistics.median(commits):.1f} | {cq[-1]:.1f} | {max(commits):.1f} |")


if __name__ == "__main__":
    main()
