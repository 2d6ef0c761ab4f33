"""Backups before migrations: stored databases of every earlier schema, a failure mid-migration,
a database newer than the program, and `kiosk backup` / `kiosk restore`."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import app, paths
from kiosk.domain.checkin import Outcome
from kiosk.store.backup import DatabaseTooNew, MigrationFailed, check_copy, schema_state
from tests.conftest import kiosk_command

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "kiosk-schema"
sys.path.insert(0, str(ROOT / "tools"))
import make_schema_fixtures as fixtures  # noqa: E402

EARLIER = fixtures.revisions()[:-1]


def _kiosk_dir(tmp_path: Path, revision: str) -> Path:
    data = tmp_path / "data"
    (data / "keys").mkdir(parents=True)
    shutil.copy(FIXTURES / f"{revision}.sqlite3", paths.database_path(data))
    shutil.copy(FIXTURES / "card-signing-key.pem", paths.signing_key_path(data))
    shutil.copy(FIXTURES / "short-code-key", paths.short_code_key_path(data))
    return data


def _dump(db: Path, tables: tuple[str, ...] = ("members", "cards", "visits", "events", "settings")) -> dict:
    conn = sqlite3.connect(db)
    try:
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables if t in have}
    finally:
        conn.close()


def test_a_fixture_exists_for_every_earlier_revision():
    """A new migration needs a fixture of the schema before it: `tools/make_schema_fixtures.py`."""
    assert sorted(p.stem for p in FIXTURES.glob("*.sqlite3")) == sorted(EARLIER)


@pytest.mark.parametrize("revision", EARLIER)
def test_every_earlier_schema_migrates_to_head_with_its_data_and_cards(tmp_path, revision):
    data = _kiosk_dir(tmp_path, revision)
    before = sqlite3.connect(paths.database_path(data))
    names = sorted(r[0] for r in before.execute("SELECT name FROM members"))
    visits = before.execute("SELECT id, member_id, day FROM visits").fetchall()
    events = before.execute("SELECT id, kind, member_id FROM events ORDER BY seq").fetchall()
    before.close()

    kiosk = app.build(data)
    try:
        with kiosk.engine.connect() as conn:
            assert sorted(r[0] for r in conn.exec_driver_sql("SELECT name FROM members")) == names
            assert conn.exec_driver_sql("SELECT id, member_id, day FROM visits").all() == visits
            assert conn.exec_driver_sql("SELECT id, kind, member_id FROM events ORDER BY seq").all()[:2] == events
        for pid, code in fixtures.codes().items():
            if pid in names_to_ids(kiosk, names):
                result = kiosk.checkin.check_in_code(code)
                assert result.outcome is Outcome.CHECKED_IN, (pid, result.refusal)
    finally:
        kiosk.close()
    backups = list(paths.backups_dir(data).glob("before-migration-*.sqlite3"))
    assert len(backups) == 1 and check_copy(backups[0]) == revision


def names_to_ids(kiosk: app.Kiosk, names: list[str]) -> set[str]:
    return {m.id for m in kiosk.members.roster() if m.name in names}


def test_a_migration_failing_midway_puts_the_backup_back_and_says_so(tmp_path):
    data = _kiosk_dir(tmp_path, EARLIER[0])
    db = paths.database_path(data)
    before = _dump(db)
    migrations = tmp_path / "migrations"
    shutil.copytree(paths.ASSETS.parent / "kiosk" / "store" / "migrations", migrations,
                    ignore=shutil.ignore_patterns("__pycache__"))
    head = fixtures.revisions()[-1]
    (migrations / "versions" / "9999_fails.py").write_text(
        '"""fails halfway"""\nfrom alembic import op\n'
        f'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n'
        "def upgrade():\n"
        "    op.execute(\"UPDATE members SET name = 'overwritten'\")\n"
        "    op.execute(\"DELETE FROM visits\")\n"
        "    raise RuntimeError('injected failure')\n")
    from kiosk.store.backup import open_migrated

    with pytest.raises(MigrationFailed, match="put back as it was") as raised:
        open_migrated(db, paths.backups_dir(data), lambda: __import__("datetime").datetime(2026, 3, 1),
                      migrations=migrations, short_code_key=(FIXTURES / "short-code-key").read_bytes())
    assert "injected failure" in str(raised.value)
    assert _dump(db) == before
    assert schema_state(db).current == EARLIER[0]
    # the real program still opens it afterwards
    kiosk = app.build(data)
    kiosk.close()


def test_the_cli_says_so_when_a_database_cannot_be_migrated(tmp_path):
    data = _kiosk_dir(tmp_path, EARLIER[-1])
    db = paths.database_path(data)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    conn.commit()
    conn.close()
    raw = db.read_bytes()
    mtime = db.stat().st_mtime_ns
    done = subprocess.run([sys.executable, "-m", "kiosk", "members", "list", "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert done.returncode == 2
    assert "newer version of the kiosk" in done.stderr and "not touched" in done.stderr
    assert db.read_bytes() == raw and db.stat().st_mtime_ns == mtime
    assert not Path(str(db) + "-wal").exists()
    assert not paths.backups_dir(data).exists()
    with pytest.raises(DatabaseTooNew):
        app.build(data)
    assert db.read_bytes() == raw


def test_backups_before_migrations_keep_the_last_five(tmp_path):
    from datetime import datetime

    from kiosk.store.backup import open_migrated

    data = _kiosk_dir(tmp_path, EARLIER[0])
    db = paths.database_path(data)
    for day in range(1, 8):
        shutil.copy(FIXTURES / f"{EARLIER[0]}.sqlite3", db)
        for extra in ("-wal", "-shm"):
            Path(str(db) + extra).unlink(missing_ok=True)
        open_migrated(db, paths.backups_dir(data), lambda d=day: datetime(2026, 3, d),
                      short_code_key=(FIXTURES / "short-code-key").read_bytes()).dispose()
    kept = sorted(p.name for p in paths.backups_dir(data).glob("before-migration-*"))
    assert len(kept) == 5 and kept[0].startswith("before-migration-20260303")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS` in this process (tests.conftest.kiosk_command)."""
    return kiosk_command(*args)


def test_backup_and_restore_on_the_command_line(tmp_path):
    data = _kiosk_dir(tmp_path, EARLIER[-1])
    app.build(data).close()
    out = tmp_path / "stick" / "kiosk.sqlite3"
    assert _cli("backup", "--out", str(out), "--data-dir", str(data)).returncode == 0
    saved = _dump(out)
    conn = sqlite3.connect(paths.database_path(data))
    conn.execute("DELETE FROM visits")
    conn.execute("UPDATE members SET name = 'changed'")
    conn.commit()
    conn.close()
    done = _cli("restore", "--yes", str(out), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert _dump(paths.database_path(data)) == saved
    assert list(paths.backups_dir(data).glob("before-restore-*.sqlite3"))  # the replaced one is kept

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(out.read_bytes()[:4096] + b"\0garbage" * 500)
    done = _cli("restore", "--yes", str(damaged), "--data-dir", str(data))
    assert done.returncode == 2 and "kiosk: error:" in done.stderr
    assert _dump(paths.database_path(data)) == saved
    not_ours = tmp_path / "other.sqlite3"
    sqlite3.connect(not_ours).execute("CREATE TABLE t (x)").connection.close()
    done = _cli("restore", "--yes", str(not_ours), "--data-dir", str(data))
    assert done.returncode == 2 and "not a kiosk database" in done.stderr


def test_the_known_head_is_the_migrations_head():
    # kiosk.store.HEAD lets a database at the head open without Alembic; a new migration must move it.
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kiosk.store import HEAD, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [HEAD]


def test_a_database_at_the_head_opens_without_alembic_and_an_older_one_still_migrates(tmp_path):
    data = tmp_path / "new"
    app.build(data).close()  # a new database: migrated with Alembic
    code = ("import sys; from pathlib import Path; from kiosk import app; "
            f"app.build(Path({str(data)!r})).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
    older = _kiosk_dir(tmp_path, EARLIER[-1])
    out = subprocess.run([sys.executable, "-c", code.replace(repr(str(data)), repr(str(older)))],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "True"
    from kiosk.store import HEAD

    assert schema_state(paths.database_path(older)).current == HEAD
