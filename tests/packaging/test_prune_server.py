"""The kiosk package leaves out the server's stack: what door-kiosk needs without its `server`
extra is kept, the rest (FastAPI, uvicorn, psycopg, Jinja2, ...) is removed, files and folders."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from importlib.metadata import distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(next(p for p in sys.path if p.endswith("site-packages")))


def prune_server():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("prune_server", ROOT / "packaging" / "prune_server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_what_the_kiosk_needs_is_its_own_dependencies_not_the_servers():
    ps = prune_server()
    dists = {ps.canonical(d.metadata["Name"]): d for d in distributions()}
    needed = ps.needed(dists)
    assert {"httpx", "h2", "sqlalchemy", "alembic", "mako", "pyside6-essentials", "zxing-cpp", "pydantic",
            "reportlab", "qrcode", "pillow", "cryptography", "opencv-python-headless"} <= needed
    assert not {"fastapi", "uvicorn", "starlette", "psycopg", "psycopg-binary", "jinja2", "babel",
                "python-multipart", "pytest"} & needed


def test_prune_removes_the_server_stack_from_a_site_folder(tmp_path):
    site = tmp_path / "site-packages"
    site.mkdir()
    for name in ("door_kiosk-0.1.0.dist-info", "httpx", "httpx-0.28.1.dist-info", "fastapi",
                 "fastapi-0.165.0.dist-info", "starlette", "starlette-1.10.0.dist-info"):
        found = list(SITE.glob(name.replace("0.28.1", "*").replace("0.165.0", "*").replace("1.10.0", "*")))
        assert found, name
        shutil.copytree(found[0], site / found[0].name)
    removed = prune_server().prune(site)
    assert removed == ["fastapi", "starlette"]
    left = sorted(p.name for p in site.iterdir())
    assert left == sorted(p.name for p in site.iterdir() if p.name.startswith(("door_kiosk", "httpx")))
    assert (site / "httpx" / "__init__.py").is_file()
