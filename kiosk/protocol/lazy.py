"""The wire schemas loaded on first use: importing pydantic and building the models is about a
third of the kiosk's own import time, and a door that never syncs never needs them."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

WIRE = "kiosk.protocol.wire"


def lazy_wire() -> ModuleType:
    """kiosk.protocol.wire, imported when one of its names is first read (importlib's LazyLoader)."""
    if WIRE in sys.modules:
        return sys.modules[WIRE]
    spec = importlib.util.find_spec(WIRE)
    assert spec is not None and spec.loader is not None
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[WIRE] = module
    loader.exec_module(module)
    return module
