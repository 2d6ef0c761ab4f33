"""The pinned, hashed dependency sets: in step with pyproject.toml, one set of pins everywhere,
and the Raspberry Pi's set resolves for Raspberry Pi OS bookworm (aarch64, glibc 2.36, CPython 3.11)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
REQ = ROOT / "requirements"
QT = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
# pip takes a manylinux platform literally: name every glibc the Pi's 2.36 can run.
BOOKWORM_AARCH64 = [f"manylinux_2_{v}_aarch64" for v in range(36, 16, -1)] + ["manylinux2014_aarch64"]


def pins(lock: str) -> dict[str, str]:
    text = (REQ / lock).read_text()
    found = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, re.M)
    assert all("--hash=sha256:" in block for block in re.split(r"\n(?=[A-Za-z])", text) if "==" in block)
    return {canonicalize_name(name): version for name, version in found}


def wanted(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in extras:
        reqs += [Requirement(r) for r in project["optional-dependencies"][extra]
                 if not r.startswith("door-kiosk")]
    return reqs


@pytest.mark.parametrize(("lock", "extras"), [("kiosk.lock", ("server",)), ("dev.lock", ("server", "dev")),
                                               ("pi-aarch64.lock", ("server",))])
def test_every_dependency_in_pyproject_is_pinned_within_its_range(lock, extras):
    pinned = pins(lock)
    for req in wanted(*extras):
        name = canonicalize_name(req.name)
        assert name in pinned, f"{req.name} is not in requirements/{lock}: run packaging/lock"
        assert req.specifier.contains(pinned[name], prereleases=True), \
            f"{req.name}=={pinned[name]} in requirements/{lock} is outside {req.specifier}: run packaging/lock"


def test_locks_name_no_local_paths_and_every_pin_is_hashed():
    for lock in ("kiosk.lock", "dev.lock", "pi-aarch64.lock"):
        text = (REQ / lock).read_text()
        assert "file://" not in text and " @ " not in text, lock
        assert len(pins(lock)) == text.count("==") > 20


def test_one_set_of_pins_everywhere_except_qt_on_the_pi():
    kiosk, dev, pi = pins("kiosk.lock"), pins("dev.lock"), pins("pi-aarch64.lock")
    assert {k: v for k, v in dev.items() if k in kiosk} == kiosk  # the tests run what the packages ship
    assert {k: v for k, v in pi.items() if k not in QT} == {k: v for k, v in kiosk.items() if k not in QT}
    assert {pi[k] for k in QT} == {"6.8.0.2"}


def resolve_for_the_pi(lock: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}  # PyPI itself, not this machine's wheel folders
    env.pop("PIP_FIND_LINKS", None)
    platforms = [arg for p in BOOKWORM_AARCH64 for arg in ("--platform", p)]
    return subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--no-deps", "--require-hashes",
         "--only-binary=:all:", "--python-version", "3.11", "--implementation", "cp", *platforms,
         "--target", str(tmp_path / "target"), "--report", str(tmp_path / "report.json"), "-r", str(lock)],
        capture_output=True, text=True, env=env, timeout=300)


@pytest.mark.slow  # asks PyPI for every wheel of the Pi set
def test_the_pi_set_resolves_for_raspberry_pi_os_bookworm_aarch64(tmp_path):
    done = resolve_for_the_pi(REQ / "pi-aarch64.lock", tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    wheels = {canonicalize_name(i["metadata"]["name"]): i["download_info"]["url"].rsplit("/", 1)[1]
              for i in report["install"]}
    assert set(wheels) == set(pins("pi-aarch64.lock"))
    for name, wheel in wheels.items():
        tags = wheel.removesuffix(".whl").split("-")[-1]
        assert "any" in tags or "aarch64" in tags, f"{name}: {wheel}"
        glibcs = [int(v) for v in re.findall(r"manylinux_2_(\d+)_aarch64", tags)]
        glibcs += [17] * ("manylinux2014_aarch64" in tags)
        assert "any" in tags or min(glibcs) <= 36, f"{name}: {wheel} needs glibc 2.{min(glibcs)}"


@pytest.mark.slow  # asks PyPI
def test_the_pc_set_would_not_install_on_the_pi_which_is_why_the_pi_has_its_own(tmp_path):
    done = resolve_for_the_pi(REQ / "kiosk.lock", tmp_path)
    assert done.returncode != 0
    assert re.search(r"pyside6|shiboken6", done.stderr, re.I), done.stderr
