"""Guests and the host view on a real SQLite file (WAL, synchronous=FULL).

    .venv/bin/python -m benchmarks.guests

- the last tap of a guest's registration -> day pass on screen: one transaction that stores the
  guest, consents, payment, card and first check-in (compared with a member's check-in in the
  same run: the ratio is what to read on a noisy machine);
- the member search a guest types into, on a roster of 5,000;
- `kiosk purge` of 3,000 guests past retention (real deletion, secure_delete, WAL truncated);
- the "how busy" page over 90 days of visits;
- a member's check-in while the host view draws charts non-stop on its own thread (as the app
  runs host tasks), against one that waits for half a chart on the same thread.
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.guests import GuestForm


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def _q(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), statistics.quantiles(times, n=100, method="inclusive")[94]


def main(members: int = 5000, registrations: int = 200, old_guests: int = 3000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
        kiosk = app.build(Path(tmp), clock=clock)
        cards = kiosk.members.add_many([NewMember(name=f"Member {i} Hansen") for i in range(members)])
        consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}

        # 90 days: guests every day (kept for the purge below), members checking in and out.
        for day in range(90):
            clock.at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC) - timedelta(days=90 - day)
            for i in range(old_guests // 90):
                kiosk.guests.register(GuestForm(name=f"Old Guest {i}", visitor_type="event", consents=consents))
            for card in cards[day % 50: day % 50 + 40]:
                kiosk.checkin.check_in_code(card.code)
        clock.at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

        register, member = [], []
        for i in range(registrations):
            clock.at += timedelta(seconds=90)
            start = time.perf_counter()
            kiosk.guests.register(GuestForm(name=f"Guest {i}", visitor_type="daypass", payment_method="mobilepay",
                                            email="guest@example.dk", consents=consents))
            register.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            kiosk.checkin.check_in_code(cards[1000 + i].code)
            member.append((time.perf_counter() - start) * 1000)

        search = []
        for i in range(100):
            start = time.perf_counter()
            found = kiosk.guests.find_hosts(f"mem {i}")
            search.append((time.perf_counter() - start) * 1000)
            assert found

        start = time.perf_counter()
        busy = kiosk.stats.period(days=90)
        stats_ms = (time.perf_counter() - start) * 1000

        # A scan during a chart: waiting behind it on one thread, or beside it on two.
        same_thread = []
        for i in range(40):
            start = time.perf_counter()
            kiosk.stats.period(days=90)
            chart_ms = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            kiosk.checkin.check_in_code(cards[2000 + i].code)
            same_thread.append(chart_ms / 2 + (time.perf_counter() - start) * 1000)  # arrives half-way on average
        stop = threading.Event()

        def charts() -> None:
            while not stop.is_set():
                kiosk.stats.period(days=90)

        drawer = threading.Thread(target=charts)
        drawer.start()
        beside = []
        for i in range(100):
            start = time.perf_counter()
            kiosk.checkin.check_in_code(cards[2100 + i].code)
            beside.append((time.perf_counter() - start) * 1000)
        stop.set()
        drawer.join()

        start = time.perf_counter()
        report = kiosk.privacy.purge()
        purge_ms = (time.perf_counter() - start) * 1000
        kiosk.close()

    print(f"guests, {members} members on the roster, synchronous=FULL\n")
    print("| what | median ms | p95 ms |\n|---|---|---|")
    for name, times in (("guest registration (last tap -> committed)", register),
                        ("member check-in, same run", member),
                        ("member search for a guest (3+ letters)", search),
                        ("check-in arriving during a chart, same thread", same_thread),
                        ("check-in while charts run non-stop on another thread", beside)):
        med, p95 = _q(times)
        print(f"| {name} | {med:.1f} | {p95:.1f} |")
    print(f"\nregistration / check-in (medians): {statistics.median(register) / statistics.median(member):.2f}x")
    print(f"how busy over 90 days ({busy.total} visits): {stats_ms:.0f} ms")
    print(f"purge of {report.guests_deleted} guests past retention: {purge_ms:.0f} ms")


if __name__ == "__main__":
    main()
