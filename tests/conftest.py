from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

# Qt widget tests run offscreen; the end-to-end tests start their own Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_SOUND", "0")

from kiosk import app
from tests.fakes import FakeClock

# Real photos of QR codes from zxing-cpp's test samples (Apache-2.0), kept in the repository:
# tests/data/qr-samples/README.md says where they come from.
QR_SAMPLES = Path(__file__).resolve().parent / "data" / "qr-samples"


@pytest.fixture
def clock() -> FakeClock:
    # A Monday morning in Copenhagen (09:00 local, CET).
    return FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))


@pytest.fixture
def kiosk(tmp_path: Path, clock: FakeClock) -> Iterator[app.Kiosk]:
    k = app.build(tmp_path / "data", clock=clock)
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
