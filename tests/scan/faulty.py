"""Decoders that misbehave like libzbar on a crafted code: one aborts the process, one hangs.

Loaded into the decoder process by tests (IsolatedDecoder's decoder specs), never by the app.
"""

import os
import time

import numpy as np


class FaultyDecoder:
    name = "faulty"

    def decode(self, gray: np.ndarray) -> list:
        if gray.mean() < 1:  # an all-black frame: abort like a failed C assertion
            os.abort()
        if gray.mean() > 254:  # an all-white frame: never return
            while True:
                time.sleep(1)
        return []


class SlowDecoder:
    """Answers, but slowly: a decoder on an emulated machine (qemu) is 10 to 30 times slower."""

    name = "slow"

    def decode(self, gray: np.ndarray) -> list:
        time.sleep(0.6)
        return []
