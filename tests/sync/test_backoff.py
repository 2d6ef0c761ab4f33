import random

from kiosk.sync.backoff import AFTER_SCAN, CAP, INTERVAL, next_delay


def test_steady_interval_when_all_is_well():
    assert next_delay(0) == INTERVAL and AFTER_SCAN < INTERVAL


def test_backoff_grows_with_full_jitter_up_to_the_cap():
    rng = random.Random(1)
    for failures, ceiling in ((1, 2), (3, 8), (20, CAP)):
        delays = [next_delay(failures, rng=rng) for _ in range(200)]
        assert min(delays) >= 0 and max(delays) <= ceiling
        assert len({round(d, 3) for d in delays}) > 100  # spread out: kiosks do not return in step


def test_retry_after_is_honoured():
    assert next_delay(1, retry_after=60, rng=random.Random(0)) == 60
