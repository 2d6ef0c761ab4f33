"""The extra cost of a partner space's card at the door (issue 22), on a real SQLite file.

    .venv/bin/python -m benchmarks.partners [scans]

One kiosk with 500 members of its own and, from its roster pull, a partner space with 500
eligible members (their home key, pseudonyms, serials). Scans alternate: a home card, a partner
card, each a first check-in of the day (the partner's also writes the visitor's guest row), then
the same again as check-outs. Reports median and p95 of each kind; the issue's goal is a partner
card within 10 % of a home card's p95.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.codes import issue_code, key_id_of
from kiosk.domain.partners import Terms, pseudonym
from kiosk.protocol import partners as wire_p
from kiosk.services.visitors import PARTNERS_SETTING


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[18] * 1000


def partner_space(n: int) -> tuple[str, list[str]]:
    """The partners JSON a kiosk keeps after its pull, and the visitors' card codes."""
    home = Ed25519PrivateKey.generate()
    key = bytes(range(32))
    ids = [uuid.uuid4().hex[:16] for _ in range(n)]
    terms = Terms(plans=("monthly",), days_per_month=20, weekdays=(0, 1, 2, 3, 4, 5, 6), opens=clock_time(6),
                  closes=clock_time(22), names_shown=True, starts=date(2026, 1, 1))
    space = wire_p.PartnerSpace(
        partnership_id=str(uuid.uuid4()), name="Klitmøller", terms=wire_p.WireTerms.of(terms),
        pseudonym_key=key.hex(), keys=[wire_p.PartnerKey(key_id=key_id_of(home.public_key()),
                                                         public_key=wire_p.public_hex(home))],
        members=[wire_p.EligibleMember(p=pseudonym(key, m), serials=[1], first_name=f"Visitor{i}")
                 for i, m in enumerate(ids)])
    return json.dumps([space.model_dump(mode="json")]), [issue_code(home, m, 1) for m in ids]


def main(scans: int = 400) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))  # 09:00 in Copenhagen
        kiosk = app.build(Path(tmp), clock=clock)
        homes = [c.code for c in kiosk.members.add_many([NewMember(name=f"Member {i} Hansen") for i in range(500)])]
        partners, visitors = partner_space(500)
        with kiosk.store.transaction() as tx:
            tx.set_setting(PARTNERS_SETTING, partners)
        timings: dict[str, list[float]] = {"home": [], "partner": []}
        rounds: dict[tuple[str, int], list[float]] = {}
        for round_ in range(2):  # check-ins, then check-outs
            for i in range(scans // 4):
                for kind, codes in (("home", homes), ("partner", visitors)):
                    clock.at += timedelta(seconds=2)
                    start = time.perf_counter()
                    result = kiosk.checkin.check_in_code(codes[i])
                    timings[kind].append(time.perf_counter() - start)
                    rounds.setdefault((kind, round_), []).append(timings[kind][-1])
                    assert result.outcome.value == ("checked_in" if round_ == 0 else "checked_out"), result
            clock.at += timedelta(minutes=5)
        kiosk.close()
    for kind, times in timings.items():
        print(f"{kind} card ({len(times)} scans): median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {_p95(times):.1f} ms")
    for round_, what in enumerate(("check-in", "check-out")):
        print(f"  {what}: home p95 {_p95(rounds['home', round_]):.1f} ms, "
              f"partner p95 {_p95(rounds['partner', round_]):.1f} ms")
    ratio = _p95(timings["partner"]) / _p95(timings["home"])
    print(f"partner p95 / home p95 = {ratio:.2f} (goal: at most 1.10)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
