"""The database itself: migrations from empty, the schema matches the models, durability settings."""

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kiosk import app
from kiosk.admin.demo import remove_demo, seed_demo_if_new
from kiosk.core.db import migrate, open_engine
from kiosk.store import MIGRATIONS
from kiosk.store.models import Base


def test_migrates_an_empty_database_and_schema_matches_models(tmp_path):
    engine = open_engine(tmp_path / "k.sqlite3")
    migrate(engine, MIGRATIONS)
    migrate(engine, MIGRATIONS)  # again: nothing to do, no error
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "models changed without a migration"
    engine.dispose()


def test_durability_pragmas(tmp_path):
    engine = open_engine(tmp_path / "k.sqlite3")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_build_creates_identity_key_and_is_idempotent(tmp_path, clock):
    k1 = app.build(tmp_path / "d", clock=clock)
    kiosk_id = k1.kiosk_id
    k1.close()
    key_file = tmp_path / "d" / "keys" / "card-signing-key.pem"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    k2 = app.build(tmp_path / "d", clock=clock)
    assert k2.kiosk_id == kiosk_id
    k2.close()
    con = sqlite3.connect(tmp_path / "d" / "kiosk.sqlite3")
    assert con.execute("select count(*) from trusted_keys").fetchone() == (1,)


def test_demo_seed_only_on_a_brand_new_database_and_removable(kiosk):
    assert seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
    assert not seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
    assert {m.name for m in kiosk.members.roster()} == {"Mette Demo", "Lars Demo", "Sofie Demo"}
    assert all(m.demo for m in kiosk.members.roster())
    assert remove_demo(kiosk.store) == 3
    assert kiosk.members.roster() == []
    assert not seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)  # never comes back by itself


def test_demo_feed_codes_are_welcomed_only_while_demo_data_exists(kiosk):
    from kiosk import paths
    from kiosk.core.keys import load_private_key
    from kiosk.domain.checkin import Outcome, Refusal
    from kiosk.domain.codes import issue_code

    code = issue_code(load_private_key(paths.DEMO_KEY), "de00000000000001", 1)
    assert kiosk.checkin.check_in_code(code).refusal is Refusal.FOREIGN
    seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
    assert kiosk.checkin.check_in_code(code).outcome is Outcome.CHECKED_IN
    remove_demo(kiosk.store)
    assert kiosk.checkin.check_in_code(code).refusal is Refusal.FOREIGN


def test_upgrade_from_a_schema_0001_database_keeps_its_data(tmp_path):
    """A kiosk installed before sync existed: its visits and events survive the upgrade."""
    from tests.conftest import upgrade_to

    engine = open_engine(tmp_path / "old.sqlite3")
    upgrade_to(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO members (id, name, email, plan_kind, clips_total, status, role, demo,"
                             " created_at) VALUES ('0123456789abcdef', 'Old Member', '', 'monthly', 0, 'active',"
                             " 'member', 0, '2026-01-01 08:00:00')")
        conn.exec_driver_sql("INSERT INTO events (id, kiosk_id, kind, recorded_at, effective_at, source) VALUES"
                             " ('e1', 'k', 'refused', '2026-01-01 08:00:00', '2026-01-01 08:00:00', 'scan')")
    migrate(engine, MIGRATIONS)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, roster_gen FROM members").all() == [("Old Member", 0)]
        assert conn.exec_driver_sql("SELECT id, rejected_reason FROM events").all() == [("e1", None)]
    engine.dispose()
