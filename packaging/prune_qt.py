"""Leave out of a packaged venv the parts of Qt the kiosk never loads (WebEngine, QML, 3D,
Designer...: about three quarters of PySide6's size). Usage: python prune_qt.py SITE_PACKAGES

Kept: the PySide6 modules below, the platform plugins for Wayland, X11 and EGL, multimedia,
image formats and TLS, and every Qt library those need (their ELF dependencies, read with readelf).
The installed-package tests start the real kiosk from what is left.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

MODULES = {"QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtNetwork", "QtDBus"}
PLUGINS = {"platforms", "platforminputcontexts", "platformthemes", "xcbglintegrations", "egldeviceintegrations",
           "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
           "multimedia", "imageformats", "iconengines", "generic", "tls", "networkinformation"}
# The Qt virtual keyboard (the kiosk has its own) and the PDF image format would pull in QML,
# Quick and Qt Pdf.
DROP_PLUGINS = {"libqtvirtualkeyboardplugin.so", "libqpdf.so"}
DROP_DIRS = ["scripts", "include", "typesystems", "glue", "doc", "examples", "Qt/qml", "Qt/resources",
             "Qt/libexec", "Qt/metatypes", "Qt/translations"]


def needed_qt_libs(binaries: list[Path], qt_lib: Path) -> set[str]:
    """Names of the files in qt_lib that the binaries load, directly or not.

    Read from each ELF file's NEEDED entries (readelf), not by loading it (ldd): the same on a
    PC for the Raspberry Pi's aarch64 wheels as for this machine's own."""
    present = {p.name for p in qt_lib.iterdir() if p.is_file()}
    names: set[str] = set()
    todo = list(binaries)
    while todo:
        chunk, todo = todo[:50], todo[50:]
        out = subprocess.run(["readelf", "--dynamic", "--wide", *map(str, chunk)], capture_output=True,
                             text=True, check=True).stdout
        for name in set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)):
            if name in present and name not in names:
                names.add(name)
                todo.append(qt_lib / name)
    return names


def prune(site: Path) -> int:
    pyside = site / "PySide6"
    before = sum(f.stat().st_size for f in pyside.rglob("*") if f.is_file())
    for module in pyside.glob("Qt*.abi3.so"):
        name = module.name.split(".")[0]
        if name not in MODULES:
            module.unlink()
            pyside.joinpath(f"{name}.pyi").unlink(missing_ok=True)
    for plugin_dir in (pyside / "Qt" / "plugins").iterdir():
        if plugin_dir.name not in PLUGINS:
            shutil.rmtree(plugin_dir)
        else:
            for plugin in plugin_dir.iterdir():
                if plugin.name in DROP_PLUGINS:
                    plugin.unlink()
    for rel in DROP_DIRS:
        shutil.rmtree(pyside / rel, ignore_errors=True)
    for tool in pyside.iterdir():  # designer, lupdate, rcc...: executables beside the package
        if tool.is_file() and tool.suffix == "" and tool.stat().st_mode & 0o111:
            tool.unlink()
        elif tool.is_dir() and tool.suffix == ".app":
            shutil.rmtree(tool)
    qt_lib = pyside / "Qt" / "lib"
    roots = [*pyside.glob("*.so*"), *pyside.glob("Qt*.abi3.so"), *(pyside / "Qt" / "plugins").rglob("*.so"),
             *(site / "shiboken6").glob("*.so*")]
    keep = needed_qt_libs(roots, qt_lib)
    for lib in qt_lib.iterdir():
        if lib.is_file() and lib.name not in keep:
            lib.unlink()
    for stale in qt_lib.glob("*"):  # cmake, pkgconfig, objects-*: build files
        if stale.is_dir():
            shutil.rmtree(stale)
    after = sum(f.stat().st_size for f in pyside.rglob("*") if f.is_file())
    print(f"prune_qt: PySide6 {before / 2**20:.0f} MB -> {after / 2**20:.0f} MB ({len(keep)} Qt libraries kept)")
    return 0


if __name__ == "__main__":
    sys.exit(prune(Path(sys.argv[1])))
