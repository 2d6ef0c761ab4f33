"""The crash harness in the suite: 50 SIGKILLs of a real kiosk process (check-ins, guest
registrations, sync rounds against a real server process, roster application), each followed by
the checks of benchmarks.crash; and proof that those checks do catch a broken database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks import crash

pytestmark = pytest.mark.slow  # a soak: fifty kills of a real kiosk process, about a minute


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> tuple[crash.Tally, Path]:
    base = tmp_path_factory.mktemp("crash")
    return crash.run(50, seed=7, base=base, quiet=True), base


def test_fifty_kills_lose_and_double_nothing(crashed: tuple[crash.Tally, Path]) -> None:
    tally, _ = crashed
    assert tally.kills == 50
    assert set(tally.by_mode) == set(crash.MODES)  # every kind of work was killed at least once
    assert tally.logged > 0  # and the victims had reported results that the checks found stored


def test_the_checks_catch_a_double_open_visit_and_a_lost_result(crashed: tuple[crash.Tally, Path],
                                                                 tmp_path: Path) -> None:
    _, base = crashed
    db = crash._db_of(base / "door")
    log = base / "door.log"
    crash.check_kiosk(db, log)
    lost = tmp_path / "lost.log"
    lost.write_text(log.read_text() + "scan someone no-such-event checked_in\n")
    with pytest.raises(crash.CrashFinding, match="0 times"):
        crash.check_kiosk(db, lost)
    con = sqlite3.connect(db)
    try:
        member_id, visit_id = con.execute("SELECT member_id, id FROM visits LIMIT 1").fetchone()
        con.execute("INSERT INTO visits (id, member_id, day, checked_in_at, clip_charged) "
                    "SELECT ?, member_id, day, checked_in_at, 0 FROM visits WHERE id = ?", (visit_id + "x", visit_id))
        con.execute("UPDATE visits SET checked_out_at = NULL WHERE member_id = ?", (member_id,))
        con.commit()
    finally:
        con.close()
    with pytest.raises(crash.CrashFinding, match="two open visits"):
        crash.check_kiosk(db, log)
