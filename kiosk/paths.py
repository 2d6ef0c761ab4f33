"""Where things live: the bundled assets beside the package, the data dir of an install."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ASSETS = Path(__file__).resolve().parent.parent / "assets"
APP_NAME = "door-kiosk"


def default_data_dir() -> Path:
    env = os.environ.get("KIOSK_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME))


def database_path(data_dir: Path) -> Path:
    return data_dir / "kiosk.sqlite3"


def signing_key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / "card-signing-key.pem"


def short_code_key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / "short-code-key"


DEMO_KEY = ASSETS / "demo" / "demo-signing-key.pem"
DEMO_FEED = ASSETS / "demo" / "door-feed.mp4"
