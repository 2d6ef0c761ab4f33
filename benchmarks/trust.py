"""The kiosk's trust work on a real SQLite file (WAL, synchronous=FULL).

    .venv/bin/python -m benchmarks.trust

- the verified backup taken before a migration (SQLite backup API + integrity_check) of a
  database with 5,000 members and 10,000 events: what an update adds to a start;
- "Host" + a PIN with 1, 5 and 10 hosts: the PIN is tried against every host's scrypt hash
  (a wrong PIN costs all of them), against a host card + PIN (one hash);
- a member's check-in, now with the issuer check, for reference against benchmarks.checkin.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk import app, paths
from kiosk.core.members import NewMember
from kiosk.domain.members import Role
from kiosk.store.backup import copy_database


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def _ms(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms"


def main(members: int = 5000, events: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
        kiosk = app.build(Path(tmp), clock=clock)
        cards = kiosk.members.add_many([NewMember(name=f"Member {i} Hansen") for i in range(members)])
        checkins = []
        for i in range(events // 2):
            clock.at += timedelta(seconds=70)
            start = time.perf_counter()
            kiosk.checkin.check_in_code(cards[i % members].code)
            checkins.append(time.perf_counter() - start)
        print(f"check-in with the issuer check ({members} members): {_ms(checkins)}")

        db = paths.database_path(Path(tmp))
        size = db.stat().st_size / 1e6
        backups = []
        for i in range(3):
            start = time.perf_counter()
            copy_database(db, Path(tmp) / "backups" / f"b{i}.sqlite3")
            backups.append(time.perf_counter() - start)
        print(f"verified backup of a {size:.0f} MB database: {_ms(backups)}")

        hosts = []
        for n in (1, 5, 10):
            while len(hosts) < n:
                host = kiosk.members.add(NewMember(name=f"Host {len(hosts)}", role=Role.HOST)).member.id
                kiosk.host.set_pin(f"{1000 + len(hosts)}", host)
                hosts.append(host)
            right, wrong, card = [], [], []
            for _ in range(5):
                start = time.perf_counter()
                kiosk.host.unlock(f"{1000 + n - 1}")
                right.append(time.perf_counter() - start)
                start = time.perf_counter()
                kiosk.host.unlock("9999")
                wrong.append(time.perf_counter() - start)
                kiosk.host.end_lockouts()
                start = time.perf_counter()
                kiosk.host.unlock(f"{1000 + n - 1}", hosts[-1])
                card.append(time.perf_counter() - start)
            print(f"{n:>2} hosts: 'Host' + last host's PIN {_ms(right)}; wrong PIN {_ms(wrong)}; "
                  f"card + PIN {_ms(card)}")
        kiosk.close()


if __name__ == "__main__":
    main()
