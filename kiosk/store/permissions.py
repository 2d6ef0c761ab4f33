"""The data dir holds the database (names, PIN hashes), the card signing key and the sync token:
readable by the kiosk's own user only. Fixed at every start, so an install made with looser
modes (0755 dirs, 0644 files, as earlier versions left them) is tightened on upgrade."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)
PRIVATE_DIRS = (".", "keys", "backups", "host-files", "import")


def tighten(data_dir: Path) -> list[Path]:
    """Dirs 0700, files in them 0600 (group and others lose every bit). Returns what changed."""
    changed: list[Path] = []
    for name in PRIVATE_DIRS:
        folder = data_dir / name
        if not folder.is_dir() or folder.is_symlink():
            continue
        changed += _chmod(folder, 0o700)
        for path in folder.iterdir():
            if path.is_file() and not path.is_symlink():
                changed += _chmod(path, 0o600)
    if changed:
        log.info("tightened file modes in the data dir", extra={
            "event": "modes_tightened", "paths": [str(p) for p in changed]})
    return changed


def _chmod(path: Path, wanted: int) -> list[Path]:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077 or mode & wanted != wanted:
            os.chmod(path, (mode & ~0o077) | wanted)
            return [path]
    except OSError as exc:  # not ours (a file root left there): say so, do not stop the door
        log.warning("cannot tighten %s: %s", path, exc.strerror)
    return []
