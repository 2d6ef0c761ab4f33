"""The roster change feed under real concurrency: pages hand out only a prefix of committed
changes, so a kiosk pulling while long imports and single adds commit out of order misses nothing;
a kiosk whose copy disagrees with the server heals itself in the same round."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import delete

from kiosk.store.models import CardRow, MemberRow
from tests.conftest import need
from tests.sync.conftest import pg_available, start_server, temporary_pg_database

IMPORTS, IMPORT_SIZE = 6, 400


@pytest.fixture
def pg_server(tmp_path):
    need(pg_available(), "PostgreSQL is not reachable")
    with temporary_pg_database(migrated=True) as url:
        running = start_server(tmp_path / "server", url)
        yield running
        running.stop()
        running.store.engine.dispose()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_kiosk_pulling_during_imports_and_single_adds_misses_no_member(pg_server, kiosk_at):
    server = pg_server
    kiosk = kiosk_at()
    server.enroll(kiosk)
    start = threading.Barrier(IMPORTS + 2)
    errors: list[BaseException] = []

    def importer(n: int) -> None:
        try:
            start.wait()
            server.store.add_members([{"name": f"Imported {n}-{i:03d}"} for i in range(IMPORT_SIZE)])
        except BaseException as exc:
            errors.append(exc)

    done = threading.Event()

    def single_adds() -> None:
        try:
            start.wait()
            i = 0
            while not done.is_set():
                server.store.add_members([{"name": f"Single {i:04d}"}])
                i += 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=importer, args=(n,)) for n in range(IMPORTS)]
    adder = threading.Thread(target=single_adds)
    for t in [*threads, adder]:
        t.start()
    start.wait()
    reports = []
    while any(t.is_alive() for t in threads):
        reports.append(kiosk.sync.run_once())  # real HTTP, while the imports commit
    done.set()
    adder.join()
    assert not errors, errors
    reports.append(kiosk.sync.run_once())
    assert all(r.error is None for r in reports), [r.error for r in reports if r.error]
    server_ids = {m.id for m in server.store.members()}
    kiosk_ids = {m.id for m in kiosk.members.roster()}
    assert len(server_ids) >= IMPORTS * IMPORT_SIZE
    assert server_ids - kiosk_ids == set(), f"{len(server_ids - kiosk_ids)} of {len(server_ids)} members missing"
    # The feed itself skipped nothing: no round had to fall back to a snapshot to heal.
    assert not any(r.resynced for r in reports)
    assert reports[-1].roster_matches


def test_a_corrupted_copy_heals_in_one_round_and_says_so(server, kiosk_at, capsys):
    issued = server.store.add_members([{"name": f"Member {i}"} for i in range(5)])
    kiosk = kiosk_at()
    server.enroll(kiosk)
    # Damage the kiosk's copy behind the sync's back: one member gone, one renamed.
    with kiosk.sync.local._session() as s, s.begin():
        s.execute(delete(CardRow).where(CardRow.member_id == issued[0].member.id))
        s.execute(delete(MemberRow).where(MemberRow.id == issued[0].member.id))
        s.get(MemberRow, issued[1].member.id).name = "Someone Else"
    from kiosk.cli import main

    assert main(["sync", "--once", "--json", "--data-dir", str(kiosk.data_dir)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["resynced"] is True and report["roster_matches"] is True
    assert sorted(m.name for m in kiosk.members.roster()) == [f"Member {i}" for i in range(5)]
    again = kiosk.sync.run_once()
    assert (again.resynced, again.roster_matches) == (False, True)
