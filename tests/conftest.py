from __future__ import annotations

import atexit
import contextlib
import functools
import io
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import settings
from sqlalchemy import Engine

# Qt widget tests run offscreen; the end-to-end tests start their own Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_SOUND", "0")

from kiosk import app, paths
from kiosk.domain.settings import SpaceSettings
from tests.fakes import FakeClock
from tests.lock.fake_devices import FakeShelly

# Hypothesis: no deadline (on a shared 2-core machine any example is slow now and then: a deadline
# is a timed test), and the fast tier runs fewer examples of the property tests that spend most
# of its time (examples(n)); ./run-tests --all sets KIOSK_HYPOTHESIS=full and runs every one.
FULL_HYPOTHESIS = os.environ.get("KIOSK_HYPOTHESIS", "fast") == "full"
settings.register_profile("fast", deadline=None)
settings.register_profile("full", deadline=None)
settings.load_profile("full" if FULL_HYPOTHESIS else "fast")


def examples(n: int) -> int:
    """A property test's example count: all n in the slow tier, a quarter (at least 10, at most n)
    in the fast."""
    return n if FULL_HYPOTHESIS else max(min(n, 10), n // 4)

# Real photos of QR codes from zxing-cpp's test samples (Apache-2.0), kept in the repository:
# tests/data/qr-samples/README.md says where they come from.
QR_SAMPLES = Path(__file__).resolve().parent / "data" / "qr-samples"


@pytest.fixture
def clock() -> FakeClock:
    # A Monday morning in Copenhagen (09:00 local, CET).
    return FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))


@functools.cache
def migrated_kiosk_database() -> Path:
    """An empty kiosk database migrated to the head once per test process (Alembic takes 1-2 s of
    a kiosk's start on a new database; the migrations themselves are tested in tests/store)."""
    from kiosk.store import HEAD
    from kiosk.store.backup import open_migrated

    folder = Path(tempfile.mkdtemp(prefix="kiosk-template-"))
    atexit.register(shutil.rmtree, folder, True)
    db = paths.database_path(folder)
    open_migrated(db, paths.backups_dir(folder), lambda: datetime.now(UTC), head=HEAD).dispose()
    assert not db.with_name(db.name + "-wal").exists(), "the template must be whole in its one file"
    return db


ALL_DAY = "mon-sun 00:00-24:00"  # for tests on the real clock whose door must be open at any hour of a CI run


def space_midnight(tz: tzinfo, now: datetime) -> datetime:
    """The start of the space's today (in its timezone `tz`), in UTC: tests on the real clock keep
    their events on one day of the space, not of UTC."""
    return datetime.combine(now.astimezone(tz).date(), datetime.min.time(), tz).astimezone(UTC)


def build_kiosk(data_dir: Path, clock: FakeClock | None = None, hours: str | None = None) -> app.Kiosk:
    """app.build on a data folder whose database is a copy of an already migrated one (when it has
    none yet): the same kiosk as on a new database, without running the migrations again. With
    `hours`, the space's opening hours are set to them (ALL_DAY: a test on the real clock does not
    depend on the hour it runs at)."""
    db = paths.database_path(data_dir)
    if not db.exists():
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.copyfile(migrated_kiosk_database(), db)
    kiosk = app.build(data_dir, clock=clock)
    if hours is not None:
        app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), "opening_hours": hours}))
    return kiosk


@pytest.fixture
def kiosk(tmp_path: Path, clock: FakeClock) -> Iterator[app.Kiosk]:
    k = build_kiosk(tmp_path / "data", clock=clock)
    yield k
    k.close()


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """Skip on a developer's machine when a service is missing; under CI fail instead."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


def upgrade_to(engine: Engine, revision: str) -> None:
    """Migrate a kiosk database only as far as an older schema revision, as an older kiosk left it."""
    from alembic import command
    from alembic.config import Config

    from kiosk.store import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def kiosk_command(*args: str, env: Mapping[str, str | None] | None = None,
                  stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS` (kiosk.entry.main, the program's own entry) run in this process, its status and
    output as `subprocess.run` gives them: a new Python for each command costs a second or more of
    CPU. Keep a real process where the process is what is tested (a lock another program holds,
    signals, exit codes of the entry point: tests/cli). `env` adds to the environment for the
    command (a value of None: that variable unset); `stdin` is what it reads."""
    from kiosk.entry import main

    out, err, root = io.StringIO(), io.StringIO(), logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        with mock.patch.dict(os.environ), contextlib.redirect_stdout(out), \
                contextlib.redirect_stderr(err), mock.patch("sys.stdin", io.StringIO(stdin)):
            for name, value in (env or {}).items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            try:
                status = main(list(args))
            except SystemExit as exc:  # argparse's refusals
                status = exc.code if isinstance(exc.code, int) else 1
    finally:
        root.handlers[:], root.level = handlers, level  # the command sets up its own logging
    return subprocess.CompletedProcess(["kiosk", *args], status, out.getvalue(), err.getvalue())


# The longest files first (real apps under Xvfb, real servers), so that the workers of
# `pytest -n 3` end together on short tests instead of one of them finishing a long one alone.
LONG_FIRST = ("tests/e2e/", "tests/sync/", "tests/proofs/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.replace("\\", "/")
        return next((i for i, prefix in enumerate(LONG_FIRST) if path.startswith(prefix)), len(LONG_FIRST))

    items.sort(key=rank)  # stable: each file keeps its own order


@pytest.fixture
def shelly() -> Iterator[FakeShelly]:
    """A Shelly-protocol relay on loopback with the password "s3cret" (tests/lock/fake_devices.py)."""
    fake = FakeShelly("s3cret").start()
    yield fake
    fake.stop()
