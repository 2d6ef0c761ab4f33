"""The stateful model (tests/proofs/model.py) at CI size: a few runs of a couple of dozen steps
against a real server on PostgreSQL. Longer runs: python -m benchmarks.model --examples N."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from tests.conftest import need
from tests.proofs.model import SpaceModel
from tests.sync.conftest import PG_ADMIN, pg_available

# Budget: about 2 minutes on 2 cores (each run starts a server and builds two kiosks).
CI = settings(max_examples=6, stateful_step_count=25, deadline=None, print_blob=True,
              suppress_health_check=list(HealthCheck))


@pytest.mark.slow  # a soak: runs of two kiosks and a server, about a minute or two
def test_a_space_converges_whatever_happens() -> None:
    need(pg_available(), f"PostgreSQL is not reachable at {PG_ADMIN}")
    test = SpaceModel.TestCase
    test.settings = CI
    test("runTest").runTest()
