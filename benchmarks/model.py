"""Longer runs of the stateful model (tests/proofs/model.py): a real server on PostgreSQL, kiosks
on SQLite behind deterministic fault proxies, random rules, convergence checked after quiescence.

    .venv/bin/python -m benchmarks.model --examples 100 [--steps 50] [--kiosks 3] [--seed N]

A failure prints the steps that broke it and a @reproduce_failure blob to replay them.
"""

from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, settings

from tests.proofs.model import SpaceModel


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.model", description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=50)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--kiosks", type=int, choices=(2, 3), default=3)
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    args = parser.parse_args(argv)

    runs = {"examples": 0, "scans": 0}

    class Space(SpaceModel):
        kiosk_count = args.kiosks

        def teardown(self) -> None:
            runs["examples"] += 1
            runs["scans"] += self.scans
            super().teardown()

    test = Space.TestCase
    test.settings = settings(max_examples=args.examples, stateful_step_count=args.steps, deadline=None,
                             print_blob=True, suppress_health_check=list(HealthCheck), database=None)
    if args.seed is not None:
        from hypothesis import seed

        test.runTest = seed(args.seed)(test.runTest)
    started = time.monotonic()
    test("runTest").runTest()
    took = time.monotonic() - started
    print(f"model: {runs['examples']} runs of up to {args.steps} steps with {args.kiosks} kiosks, "
          f"{runs['scans']} scans, converged after every run ({took:.0f} s)")


if __name__ == "__main__":
    main()
