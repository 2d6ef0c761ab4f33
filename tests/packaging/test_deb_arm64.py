"""The Raspberry Pi's package built on a PC (`DEB_ARCH=arm64 packaging/build-deb kiosk`): the Pi
lock's aarch64 wheels from PyPI, nothing but aarch64 machine code, every Qt library that a kept
file loads. Installing and running it in a Debian arm64 root under qemu is packaging/test-arm64
(run before each release: about half an hour, too slow for every run)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from tests.conftest import need
from tests.packaging.test_deb import contents, info, sh
from tests.packaging.test_locks import pins

pytestmark = pytest.mark.slow  # downloads and packs about 130 MB of aarch64 wheels
ROOT = Path(__file__).resolve().parents[2]
SITE = "opt/door-kiosk/lib/python3.11/site-packages"
ELF_MACHINE = {62: "x86-64", 183: "aarch64"}
# Named by a plugin in PySide6's own wheel but not shipped in it (on amd64 too): an EGLFS
# integration the kiosk never uses (it runs on Wayland or X11).
NOT_IN_THE_WHEEL = {"libQt6EglFsKmsGbmSupport.so.6"}


@pytest.fixture(scope="module")
def arm64_tree(tmp_path_factory) -> tuple[Path, Path]:
    need(shutil.which("dpkg-deb") is not None and Path("/usr/bin/python3.11").exists()
         and shutil.which("readelf") is not None, "building the packages needs dpkg-deb, python3.11 and readelf")
    env = {**os.environ, "DEB_ARCH": "arm64"}
    out = sh(str(ROOT / "packaging" / "build-deb"), "kiosk", cwd=ROOT, timeout=1800, env=env).stdout.split()
    assert len(out) == 1 and out[0].endswith("_arm64.deb"), out
    deb = ROOT / out[0]
    tree = tmp_path_factory.mktemp("arm64")
    sh("dpkg-deb", "-x", str(deb), str(tree))
    return deb, tree


def elf_machine(path: Path) -> str | None:
    with path.open("rb") as f:
        head = f.read(20)
    if len(head) < 20 or head[:4] != b"\x7fELF":
        return None
    return ELF_MACHINE.get(int.from_bytes(head[18:20], "little"), f"machine {head[18]}")


def test_the_arm64_package_says_arm64_and_needs_what_the_pc_package_needs(arm64_tree):
    deb, _ = arm64_tree
    fields = info(deb)
    assert (fields["Package"], fields["Architecture"]) == ("door-kiosk", "arm64")
    wanted = [line for line in (ROOT / "requirements" / "debian.txt").read_text().splitlines()
              if line and not line.startswith("#")]
    assert {"python3.11", "cage", "xwayland", *wanted} <= {d.strip() for d in fields["Depends"].split(",")}
    files = contents(deb)
    for path in ("/opt/door-kiosk/bin/kiosk", "/usr/bin/kiosk", "/lib/systemd/system/door-kiosk.service",
                 "/opt/door-kiosk/share/door-kiosk/assets/demo/door-feed.mp4"):
        assert path in files, path


SERVER_ONLY = {"annotated-doc", "babel", "click", "fastapi", "jinja2", "opentelemetry-api", "psycopg",
               "psycopg-binary", "python-multipart", "starlette", "uvicorn"}


def test_every_binary_is_aarch64_and_every_pin_is_the_pi_locks(arm64_tree):
    _, tree = arm64_tree
    machines: dict[str, list[str]] = {}
    for path in (tree / "opt").rglob("*"):
        if path.is_file() and not path.is_symlink() and (kind := elf_machine(path)):
            machines.setdefault(kind, []).append(str(path.relative_to(tree)))
    assert set(machines) == {"aarch64"}, {k: v[:5] for k, v in machines.items() if k != "aarch64"}
    assert len(machines["aarch64"]) > 50
    site = tree / SITE
    installed = {}
    for dist in site.glob("*.dist-info"):
        name, version = dist.name.removesuffix(".dist-info").rsplit("-", 1)
        installed[canonicalize_name(name)] = version
    assert installed.pop("door-kiosk")
    lock = pins("pi-aarch64.lock")
    assert {n: lock.get(n) for n in installed} == installed  # every package at the Pi lock's pin
    # and all of the lock but the server's stack (packaging/prune_server.py leaves it out)
    assert set(lock) - set(installed) == SERVER_ONLY
    assert installed["pyside6-essentials"] == "6.8.0.2"
    # The venv is Debian's python3.11 (the same on arm64), byte-compiled for it in advance.
    assert (tree / "opt/door-kiosk/bin/python3.11").readlink() == Path("/usr/bin/python3.11")
    assert (site / "kiosk" / "__pycache__" / "app.cpython-311.pyc").is_file()


def test_every_qt_library_a_kept_file_loads_is_kept(arm64_tree):
    # prune_qt.py reads the ELF files' NEEDED entries, so it works on another machine's
    # binaries (ldd could not load them here and would have kept no Qt library at all).
    _, tree = arm64_tree
    pyside = tree / SITE / "PySide6"
    qt_lib = {p.name for p in (pyside / "Qt" / "lib").iterdir()}
    binaries = [p for p in pyside.rglob("*.so*") if p.is_file()]
    out = subprocess.run(["readelf", "--dynamic", "--wide", *map(str, binaries)], capture_output=True, text=True,
                         check=True).stdout
    needed = set(re.findall(r"Shared library: \[(libQt6[^\]]+|libicu[^\]]+)\]", out))
    assert needed - qt_lib - NOT_IN_THE_WHEEL == set()
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6WaylandClient.so.6",
            "libQt6XcbQpa.so.6"} <= qt_lib
    assert not (pyside / "Qt" / "qml").exists()  # pruned as on amd64
