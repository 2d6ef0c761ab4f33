"""Make assets/demo/door-feed.mp4: the demo members' cards held up in a doorway, one by one.

The cards are signed with the public demo key (assets/demo/demo-signing-key.pem), which a kiosk
trusts only while its demo members exist. Deterministic: the same seed gives the same video.
"""

from __future__ import annotations

import itertools

import cv2
import numpy as np

from kiosk import paths
from kiosk.core.documents.cards import render_card
from kiosk.core.keys import load_private_key
from kiosk.core.members import IssuedCard
from kiosk.domain.codes import issue_code, short_code_for
from kiosk.domain.members import Member, Plan
from kiosk.scan.synth import empty_frames, held_up_sequence, write_video
from kiosk.services.demo import DEMO_MEMBERS

FPS = 15
SIZE = (960, 540)  # small enough for the repo, large enough to read


def main() -> None:
    key = load_private_key(paths.DEMO_KEY)
    rng = np.random.default_rng(20261126)
    clips = []
    for new in DEMO_MEMBERS:
        assert new.member_id
        code = issue_code(key, new.member_id, 1)
        member = Member(id=new.member_id, name=new.name, plan=Plan(kind=new.plan), demo=True)
        card = render_card(IssuedCard(member, 1, code, short_code_for(code)), "Demo Cowork")
        picture = cv2.cvtColor(np.asarray(card), cv2.COLOR_RGB2BGR)
        clips.append(list(held_up_sequence(picture, rng, frames=FPS * 2, size=SIZE)))
    frames = itertools.chain.from_iterable(
        itertools.chain(empty_frames(rng, FPS * 3, SIZE), clip) for clip in clips)
    n = write_video(paths.DEMO_FEED, frames, FPS)
    print(f"wrote {n} frames to {paths.DEMO_FEED}")


if __name__ == "__main__":
    main()
