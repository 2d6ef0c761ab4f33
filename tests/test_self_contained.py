"""Nothing under tests/ or benchmarks/ reads files outside the repository (a fresh clone anywhere passes)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A path that climbs out of the repository: three parents from a file in tests/x/, or the sibling folder.
SIBLING = "sha" + "red"  # the folder beside the repository (spelled in two parts so this file does not match)
OUTSIDE = re.compile(rf"\.\./{SIBLING}|/{SIBLING}/|\"{SIBLING}\"|parent\.parent\.parent")


def test_no_test_or_benchmark_reads_outside_the_repository():
    offenders = []
    for folder in ("tests", "benchmarks", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == Path(__file__):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_sample_photos_are_in_the_repository_with_their_licence():
    samples = ROOT / "tests" / "data" / "qr-samples"
    assert (samples / "LICENSE").is_file() and (samples / "README.md").is_file()
    assert len(list(samples.rglob("*.txt"))) > 100
