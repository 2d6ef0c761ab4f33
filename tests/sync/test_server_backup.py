"""Backups of the central server: `kiosk server backup/restore` on SQLite (real files, a real
running server), and the pg_dump/pg_restore procedure of packaging/README.md on a real PostgreSQL."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from kiosk.server.runner import build_store
from tests.conftest import kiosk_command, need
from tests.sync.conftest import pg_available, start_server, temporary_pg_database

ROOT = Path(__file__).resolve().parents[2]


def server_cmd(data_dir: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    return kiosk_command("server", *args, env={"KIOSK_SERVER_DATA_DIR": str(data_dir), "KIOSK_SERVER_DB": db or None})


def add_members(store, *names: str) -> None:
    from kiosk.domain.members import PlanKind

    for name in names:
        store.add_members([{"name": name, "email": "", "plan": PlanKind.MONTHLY.value, "clips": 0,
                            "valid_until": None}])


def test_backup_while_serving_then_restore_brings_back_members_and_key(tmp_path):
    data = tmp_path / "server"
    running = start_server(data, None)
    try:
        add_members(running.store, "Mette", "Lars")
        backup = tmp_path / "server-backup.tar"
        done = server_cmd(data, "backup", "--out", str(backup))  # the server keeps running meanwhile
        assert done.returncode == 0, done.stderr
        assert "integrity ok" in done.stdout and "card signing key" in done.stdout
        add_members(running.store, "Sofie, added after the backup")
    finally:
        running.stop()
        running.store.engine.dispose()
    with tarfile.open(backup) as tar:
        assert sorted(tar.getnames()) == ["keys/card-signing-key.pem", "server.sqlite3"]
    key_before = (data / "keys" / "card-signing-key.pem").read_bytes()

    # Disaster: the disk is wiped. A new machine gets the backup.
    shutil.rmtree(data)
    done = server_cmd(data, "restore", "--yes", str(backup))
    assert done.returncode == 0, done.stderr
    store = build_store(data)
    try:
        assert sorted(m.name for m in store.members()) == ["Lars", "Mette"]
    finally:
        store.engine.dispose()
    assert (data / "keys" / "card-signing-key.pem").read_bytes() == key_before
    assert oct((data / "keys" / "card-signing-key.pem").stat().st_mode & 0o777) == "0o600"

    # Restoring over a live database keeps what was there beside it.
    store = build_store(data)
    add_members(store, "Anna, after the restore")
    store.engine.dispose()
    assert server_cmd(data, "restore", "--yes", str(backup)).returncode == 0
    kept = list(data.glob("server.sqlite3.before-restore-*"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert "Anna, after the restore" in [r[0] for r in conn.execute("SELECT name FROM members")]


def test_restore_refuses_garbage_a_damaged_copy_and_a_newer_schema(tmp_path):
    data = tmp_path / "server"
    store = build_store(data)
    add_members(store, "Mette")
    store.engine.dispose()
    not_tar = tmp_path / "notes.tar"
    not_tar.write_text("hello")
    done = server_cmd(data, "restore", "--yes", str(not_tar))
    assert done.returncode == 2 and "not a backup file" in done.stderr

    good = tmp_path / "good.tar"
    assert server_cmd(data, "backup", "--out", str(good)).returncode == 0
    future = tmp_path / "future.tar"
    work = tmp_path / "work"
    work.mkdir()
    with tarfile.open(good) as tar:
        tar.extractall(work, filter="data")
    with sqlite3.connect(work / "server.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 's9999_future'")
    with tarfile.open(future, "w") as tar:
        tar.add(work / "server.sqlite3", "server.sqlite3")
    before = (data / "server.sqlite3").read_bytes()
    done = server_cmd(data, "restore", "--yes", str(future))
    assert done.returncode == 2 and "newer door-kiosk-server" in done.stderr
    assert (data / "server.sqlite3").read_bytes() == before  # untouched


def test_backup_of_a_postgresql_server_says_to_use_pg_dump(tmp_path):
    done = server_cmd(tmp_path, "backup", "--out", str(tmp_path / "x.tar"),
                      db="postgresql+psycopg://postgres@127.0.0.1:5432/nothing")
    assert done.returncode == 2 and "pg_dump" in done.stderr and not (tmp_path / "x.tar").exists()


def documented_procedure() -> tuple[str, str]:
    """The backup and restore commands exactly as packaging/README.md gives them."""
    text = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"<!-- (pg-backup|pg-restore) -->\n```sh\n(.*?)```", text, re.S))
    return blocks["pg-backup"], blocks["pg-restore"]


def test_the_documented_pg_dump_pg_restore_procedure_on_a_real_postgresql(tmp_path):
    need(pg_available(), "PostgreSQL is not reachable at 127.0.0.1:5432")
    need(shutil.which("pg_dump") is not None, "pg_dump is not installed (postgresql-client)")
    backup_sh, restore_sh = documented_procedure()
    with temporary_pg_database("kiosk_backup_src") as src_url, temporary_pg_database("kiosk_backup_dst") as dst_url:
        running = start_server(tmp_path / "server", src_url)
        try:
            add_members(running.store, "Mette", "Lars")
            code = running.store.add_kiosk("door-1", "Klitmøller")
            libpq = src_url.replace("postgresql+psycopg://", "postgresql://")
            env = {**os.environ, "KIOSK_SERVER_DB": src_url, "BACKUP_DIR": str(tmp_path)}
            done = subprocess.run(["bash", "-euo", "pipefail", "-c", backup_sh], env=env, capture_output=True,
                                  text=True, timeout=120, cwd=tmp_path)
            assert done.returncode == 0, done.stderr
        finally:
            running.stop()
            running.store.engine.dispose()
        dumps = list(tmp_path.glob("door-kiosk-server-*.pgdump"))
        assert len(dumps) == 1 and dumps[0].stat().st_size > 0
        env = {**os.environ, "KIOSK_SERVER_DB": dst_url, "DUMP": str(dumps[0])}
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", restore_sh], env=env, capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        restored = build_store(tmp_path / "server", dst_url)
        try:
            assert sorted(m.name for m in restored.members()) == ["Lars", "Mette"]
            # The enrollment code made before the backup still enrolls a kiosk on the restored server.
            assert [k["name"] for k in restored.kiosks()] == ["door-1"]
            assert code
        finally:
            restored.engine.dispose()
        assert libpq.startswith("postgresql://")


def test_a_backup_keeps_every_rotated_key_so_old_cards_still_verify(tmp_path):
    from kiosk.domain.codes import verify_code

    data = tmp_path / "server"
    store = build_store(data)
    add_members(store, "Mette, on the first key")
    store.engine.dispose()
    assert server_cmd(data, "keys", "rotate").returncode == 0
    store = build_store(data)
    add_members(store, "Lars, on the rotated key")
    cards = {m.name: store.card(m.id) for m in store.members()}
    store.engine.dispose()
    backup = tmp_path / "server-backup.tar"
    done = server_cmd(data, "backup", "--out", str(backup))
    assert done.returncode == 0, done.stderr
    assert "card signing keys (2)" in done.stdout
    with tarfile.open(backup) as tar:
        keys = sorted(n for n in tar.getnames() if n.startswith("keys/"))
    assert len(keys) == 2 and "keys/card-signing-key.pem" in keys

    fresh = tmp_path / "new-machine"  # a fresh data dir: nothing of the old one
    done = server_cmd(fresh, "restore", "--yes", str(backup))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (fresh / "keys").iterdir()) == [k.removeprefix("keys/") for k in keys]
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in (fresh / "keys").iterdir())
    restored = build_store(fresh)
    try:
        trusted = {kid: key.public_key() for kid, key in restored.ring.items()}
        for name, before in cards.items():
            again = restored.card(before.member.id)  # reprinting needs the key that signed it
            assert again.code == before.code, name
            assert verify_code(before.code, trusted).member_id == before.member.id, name
    finally:
        restored.engine.dispose()
