"""Leave the server's stack out of the kiosk's packaged venv: every installed distribution that
door-kiosk without its `server` extra does not need, directly or through another (FastAPI,
uvicorn, Starlette, psycopg, Jinja2, Babel, ...). Usage: python prune_server.py SITE_PACKAGES

The lock holds both sets (requirements/kiosk.lock is compiled with the server extra, so the two
packages share one set of pins); the server package keeps everything but Qt and OpenCV. The
kiosk never imports the server (import-linter), and `kiosk server ...` on a kiosk says the
server is an extra. Prints what it removed.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import Distribution, distributions
from pathlib import Path

try:
    from packaging.requirements import Requirement
except ImportError:  # the build venv has pip, and pip carries its own copy of `packaging`
    from pip._vendor.packaging.requirements import Requirement

ROOT = "door-kiosk"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def needed(dists: dict[str, Distribution], root: str = ROOT) -> set[str]:
    """The canonical names of root and what it needs, without extras it was not asked for."""
    wanted: list[tuple[str, frozenset[str]]] = [(canonical(root), frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    names: set[str] = set()
    while wanted:
        name, extras = wanted.pop()
        if (name, extras) in seen or name not in dists:
            continue
        seen.add((name, extras))
        names.add(name)
        for line in dists[name].requires or []:
            req = Requirement(line)
            if req.marker is not None and not any(
                    req.marker.evaluate({"extra": extra}) for extra in (extras or {""})):
                continue
            wanted.append((canonical(req.name), frozenset(req.extras)))
    return names


def prune(site: Path) -> list[str]:
    site = site.resolve()
    dists = {canonical(d.metadata["Name"]): d for d in distributions(path=[str(site)])}
    keep = needed(dists)
    removed, folders = [], set()
    for name, dist in sorted(dists.items()):
        if name in keep:
            continue
        for file in dist.files or []:
            path = (site / file).resolve()
            if site not in path.parents:
                continue  # a script in bin/ or the like: outside site-packages, left alone
            path.unlink(missing_ok=True)
            if path.suffix == ".py":
                for compiled in (path.parent / "__pycache__").glob(f"{path.stem}.*.pyc"):
                    compiled.unlink()
                folders.add(path.parent / "__pycache__")
            folders.add(path.parent)
        removed.append(name)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return removed


if __name__ == "__main__":
    print("left out of the kiosk package:", " ".join(prune(Path(sys.argv[1]))) or "nothing")
