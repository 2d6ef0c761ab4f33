"""Where things live: the bundled assets beside the package, the data dir of an install."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def _assets() -> Path:
    """Beside the package in a checkout; in the environment's share/ in an installed package
    (packaging/build-deb puts them in /opt/door-kiosk/share/door-kiosk/assets)."""
    beside = Path(__file__).resolve().parent.parent / "assets"
    installed = Path(sys.prefix) / "share" / "door-kiosk" / "assets"
    return beside if beside.is_dir() or not installed.is_dir() else installed


ASSETS = _assets()
APP_NAME = "door-kiosk"


def default_data_dir() -> Path:
    env = os.environ.get("KIOSK_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME))


def database_path(data_dir: Path) -> Path:
    return data_dir / "kiosk.sqlite3"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def erasure_journal_path(data_dir: Path) -> Path:
    return data_dir / "erasures.jsonl"


def backup_key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / "backup-key"


def signing_key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / "card-signing-key.pem"


def short_code_key_path(data_dir: Path) -> Path:
    return data_dir / "keys" / "short-code-key"


DEMO_KEY = ASSETS / "demo" / "demo-signing-key.pem"
DEMO_FEED = ASSETS / "demo" / "door-feed.mp4"
