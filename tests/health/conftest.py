from __future__ import annotations

import pytest

from kiosk import health


@pytest.fixture(scope="session")
def decoders_checked() -> health.Check:
    return health.check_decoders()  # the real decoders, once (each check starts decoder processes)


@pytest.fixture(autouse=True)
def _decoders_once(decoders_checked, monkeypatch):
    monkeypatch.setattr(health, "check_decoders", lambda: decoders_checked)
