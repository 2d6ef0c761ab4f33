"""The video both door benchmarks show the camera: members' cards held up in turn, with empty
doorway between them, and for each card the first frame zxing-cpp alone can read (what the
latency to the welcome is measured from)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CardVideo:
    data: Path  # the kiosk's data dir, holding the members
    video: Path
    member_ids: list[str]  # in the order their cards are shown
    first_readable: list[int]  # per card, the index of its first readable frame
    length: int  # frames in the video (the player loops it)


def make_card_video(tmp: Path, members: int, *, fps: int, gap_frames: int, name: str,
                    lock_url: str = "") -> CardVideo:
    # Imported here: the Pi-budget benchmark imports this module before it confines itself.
    import cv2
    import numpy as np

    from kiosk import app
    from kiosk.core.documents.cards import render_card
    from kiosk.core.members import NewMember
    from kiosk.lock.config import LockConfig
    from kiosk.scan.decoders import ZxingDecoder
    from kiosk.scan.synth import empty_frames, held_up_sequence, write_video

    data = tmp / f"{name}-data"
    kiosk = app.build(data)
    cards = kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(members)])
    if lock_url:
        kiosk.door.set_lock(LockConfig("shelly", url=lock_url, password="bench-password", seconds=3))
    kiosk.close()
    rng = np.random.default_rng(1)
    frames: list[np.ndarray] = []
    first_readable = []
    primary = ZxingDecoder()
    for card in cards:
        picture = cv2.cvtColor(np.asarray(render_card(card, "Bench")), cv2.COLOR_RGB2BGR)
        frames += list(empty_frames(rng, gap_frames))
        start = len(frames)
        frames += list(held_up_sequence(picture, rng, frames=fps * 4 // 3))
        readable = [i for i in range(start, len(frames))
                    if primary.decode(cv2.cvtColor(frames[i], cv2.COLOR_BGR2GRAY))]
        first_readable.append(readable[0])
    video = tmp / f"{name}.mp4"
    write_video(video, frames, fps=fps)
    return CardVideo(data, video, [c.member.id for c in cards], first_readable, len(frames))
