"""Secrets at rest (issue 9, item 6): the data dir 0700, the database, keys and token 0600, also
on an install that earlier versions left readable by everybody. Real files, os.stat."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk import app, paths


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_install_is_private(tmp_path):
    os.umask(0o022)
    data = tmp_path / "data"
    kiosk = app.build(data)
    kiosk.members.add(__import__("kiosk.core.members", fromlist=["NewMember"]).NewMember(name="Mette"))
    kiosk.close()
    assert _mode(data) == 0o700
    assert _mode(data / "keys") == 0o700
    assert _mode(paths.signing_key_path(data)) == 0o600
    assert _mode(paths.database_path(data)) == 0o600


def test_an_existing_install_with_loose_modes_is_tightened_at_start(tmp_path):
    data = tmp_path / "data"
    app.build(data).close()
    db, key = paths.database_path(data), paths.signing_key_path(data)
    token = data / "sync-token"
    token.write_text("secret")
    backups = data / "backups"
    backups.mkdir()
    (backups / "before-migration-x.sqlite3").write_bytes(b"x")
    for path, mode in ((data, 0o755), (data / "keys", 0o755), (backups, 0o777), (db, 0o644), (key, 0o644),
                       (token, 0o666), (backups / "before-migration-x.sqlite3", 0o644)):
        os.chmod(path, mode)
    kiosk = app.build(data)
    try:
        with kiosk.engine.begin() as conn:  # the write-ahead log the door writes takes the database's mode
            conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        wal = Path(str(db) + "-wal")
        assert wal.exists() and _mode(wal) & 0o077 == 0
    finally:
        kiosk.close()
    assert {p.name: oct(_mode(p)) for p in (data, data / "keys", backups)} == dict.fromkeys(
        (data.name, "keys", "backups"), oct(0o700))
    for path in (db, key, token, backups / "before-migration-x.sqlite3"):
        assert _mode(path) == 0o600, path
