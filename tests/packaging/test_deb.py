"""The .deb packages, built by packaging/build-deb, inspected, installed into this machine with
apt-get (purged afterwards whatever happens), and run from /opt: `kiosk doctor --json`, a
headless smoke (a database, a card image decoded, a check-in), the real session (cage) telling
a real $NOTIFY_SOCKET it is ready and alive, an upgrade that keeps the data, and the server."""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import need

# Builds the packages and installs them into this machine: the slow tier (./run-tests --all).
pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300", "-o", "Dpkg::Options::=--force-confdef"]
ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
ARCH = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()


def sh(*args: str, ok: bool = True, timeout: float = 600, **kw) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, env=kw.pop("env", ENV),
                          stdin=subprocess.DEVNULL, **kw)
    if ok:
        assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def installed(package: str) -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" in done.stdout


@pytest.fixture(scope="module")
def debs() -> dict[str, Path]:
    need(shutil.which("dpkg-deb") is not None and Path("/usr/bin/python3.11").exists(),
         "building the packages needs dpkg-deb and Debian's python3.11")
    out = sh(str(ROOT / "packaging" / "build-deb"), cwd=ROOT, timeout=1200).stdout.split()
    version = json.loads(sh("python3", "-c", "import tomllib,json;print(json.dumps(tomllib.load("
                            "open('pyproject.toml','rb'))['project']['version']))", cwd=ROOT).stdout)
    expected = {name: ROOT / "dist" / f"{name}_{version}_{ARCH}.deb" for name in ("door-kiosk", "door-kiosk-server")}
    assert sorted(out) == sorted(str(p.relative_to(ROOT)) for p in expected.values())
    return expected


def info(deb: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in sh("dpkg-deb", "--field", str(deb)).stdout.splitlines():
        if not line.startswith(" ") and ":" in line:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def contents(deb: Path) -> dict[str, str]:
    """path -> the mode column of `dpkg-deb --contents`."""
    rows = {}
    for line in sh("dpkg-deb", "--contents", str(deb)).stdout.splitlines():
        parts = line.split()
        path = parts[5].removeprefix(".")
        rows[path.rstrip("/") or "/"] = parts[0] + " " + parts[1]
    return rows


def test_the_kiosk_package_holds_the_venv_units_and_scripts(debs):
    deb = debs["door-kiosk"]
    fields = info(deb)
    assert fields["Package"] == "door-kiosk" and fields["Architecture"] == ARCH
    depends = [d.strip() for d in fields["Depends"].split(",")]
    wanted = [line for line in (ROOT / "requirements" / "debian.txt").read_text().splitlines()
              if line and not line.startswith("#")]
    # cage 0.1.4 (Debian 12) refuses to start without the Xwayland binary, though the kiosk is Wayland.
    assert {"python3.11", "cage", "xwayland", "adduser", *wanted} <= set(depends)
    files = contents(deb)
    for path in ["/opt/door-kiosk/bin/kiosk", "/opt/door-kiosk/bin/python3.11",
                 "/opt/door-kiosk/share/door-kiosk/assets/demo/door-feed.mp4",
                 "/lib/systemd/system/door-kiosk.service", "/usr/lib/systemd/journald.conf.d/door-kiosk.conf",
                 "/etc/pam.d/door-kiosk", "/usr/bin/kiosk", "/usr/lib/door-kiosk/stop-session"]:
        assert path in files, path
    assert all(mode.endswith("root/root") for mode in files.values())
    top = {p.split("/")[1] for p in files if p.count("/") >= 1 and p != "/"}
    assert top == {"opt", "lib", "usr", "etc"}
    assert not [p for p in files if "/PySide6/Qt/qml" in p or "WebEngine" in p]  # pruned
    server_stack = ("fastapi", "uvicorn", "starlette", "psycopg", "jinja2", "babel", "multipart")
    assert not [p for p in files if "/site-packages/" in p
                and p.split("/site-packages/")[1].lower().startswith(server_stack)]  # the server package's only
    assert [p for p in files if "/site-packages/httpx/" in p]  # the kiosk's own dependencies stay
    listing = sh("dpkg-deb", "--info", str(deb)).stdout
    for script in ("postinst", "prerm", "postrm", "md5sums", "conffiles"):
        assert f" {script}" in listing, listing


def test_the_server_package_has_no_qt_and_its_config_is_a_conffile(debs, tmp_path):
    deb = debs["door-kiosk-server"]
    assert info(deb)["Package"] == "door-kiosk-server"
    files = contents(deb)
    assert "/lib/systemd/system/door-kiosk-server.service" in files
    assert "/etc/door-kiosk-server/server.conf" in files and "/usr/bin/kiosk-server" in files
    assert not [p for p in files if "PySide6" in p or "/cv2/" in p]
    sh("dpkg-deb", "--control", str(deb), str(tmp_path / "control"))
    assert (tmp_path / "control" / "conffiles").read_text().split() == ["/etc/door-kiosk-server/server.conf"]


@pytest.fixture(scope="module")
def apt_ready() -> None:
    need(os.geteuid() == 0 and shutil.which("apt-get") is not None, "installing packages needs root and apt-get")
    for package in ("door-kiosk", "door-kiosk-server"):
        need(not installed(package), f"{package} is already installed on this machine; this test installs its own")
    need(not Path("/var/lib/door-kiosk").exists(), "/var/lib/door-kiosk exists: this test will not touch real data")
    policy = sh("apt-cache", "policy", "cage").stdout
    if "Candidate: (none)" in policy or not policy.strip():
        sh(*APT[:1], "update", "-q")


@pytest.fixture
def installed_kiosk(debs, apt_ready) -> Iterator[Path]:
    """apt-get install ./door-kiosk_*.deb; afterwards purged, the test's data and user removed,
    and dpkg left consistent whatever happened in between (the trap)."""
    had_user = _user_exists("kiosk")
    try:
        sh(*APT, "install", "--no-install-recommends", str(debs["door-kiosk"]), timeout=900)
        yield debs["door-kiosk"]
    finally:
        if installed("door-kiosk") or subprocess.run(["dpkg", "-s", "door-kiosk"], capture_output=True).returncode == 0:
            subprocess.run(["dpkg", "--purge", "--force-all", "door-kiosk"], capture_output=True, env=ENV)
        shutil.rmtree("/var/lib/door-kiosk", ignore_errors=True)
        if not had_user and _user_exists("kiosk"):
            subprocess.run(["deluser", "--quiet", "--system", "kiosk"], capture_output=True)
            subprocess.run(["delgroup", "--quiet", "--system", "kiosk"], capture_output=True)
        assert sh("dpkg", "--audit").stdout.strip() == ""


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def as_kiosk(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """`kiosk ...` as an owner types it on the door: /usr/bin/kiosk, on /var/lib/door-kiosk."""
    env = {k: v for k, v in ENV.items() if not k.startswith(("KIOSK_", "PYTHON", "VIRTUAL_ENV"))}
    return sh("/usr/bin/kiosk", *args, ok=ok, env=env, timeout=180)


def test_install_doctor_smoke_watchdog_upgrade_and_purge(installed_kiosk, tmp_path, request):
    # Installed: the system user, its private data folder, the session enabled at boot.
    user = pwd.getpwnam("kiosk")
    data = Path("/var/lib/door-kiosk")
    st = data.stat()
    assert (st.st_uid, stat.S_IMODE(st.st_mode)) == (user.pw_uid, 0o700)
    assert Path("/etc/systemd/system/multi-user.target.wants/door-kiosk.service").is_symlink()

    # The installed units are valid as systemd reads them (cage and /opt/.../kiosk now exist).
    verify = sh("systemd-analyze", "verify", "/lib/systemd/system/door-kiosk.service", ok=False)
    assert verify.returncode == 0, verify.stderr
    assert "door-kiosk.service" not in verify.stderr, verify.stderr

    # kiosk doctor from /opt, before the first start and after.
    env = {k: v for k, v in ENV.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    doctor = sh("/opt/door-kiosk/bin/kiosk", "doctor", "--json", "--no-camera", "--data-dir", str(tmp_path / "d"),
                ok=False, env=env)
    report = json.loads(doctor.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["version"]["data"]["prefix"] == "/opt/door-kiosk"
    assert checks["decoders"]["status"] == "ok" and checks["database"]["status"] == "warning"
    assert doctor.returncode == 5  # no database yet: said, and a non-zero exit

    # Headless smoke as the owner types it: a member, their card as an image, decoded, checked in.
    added = json.loads(as_kiosk("members", "add", "--name", "Mette Packaged", "--json").stdout)
    shared = Path(tempfile.mkdtemp(prefix="door-kiosk-out-"))  # pytest's tmp is root's alone
    request.addfinalizer(lambda: shutil.rmtree(shared, ignore_errors=True))
    os.chown(shared, user.pw_uid, user.pw_gid)
    as_kiosk("card", added["id"], "--out", str(shared / "card.png"))
    scanned = json.loads(as_kiosk("scan", str(shared / "card.png"), "--json").stdout)
    code = scanned["codes"][0]["text"]
    result = json.loads(as_kiosk("checkin", code, "--json").stdout)
    assert result["outcome"] == "checked_in" and result["name"] == "Mette Packaged"
    assert (data / "kiosk.sqlite3").stat().st_uid == user.pw_uid
    doctor = json.loads(as_kiosk("doctor", "--json", "--no-camera", ok=False).stdout)
    assert {c["name"]: c["status"] for c in doctor["checks"]}["database"] == "ok"

    # The session as the unit starts it (cage on Wayland, as the kiosk user), with a headless
    # output: READY=1, then WATCHDOG=1 pings, and STOPPING=1 when it is stopped.
    _session_notifies_systemd()

    # Upgrade in place: a newer version of the same package keeps the data.
    newer = _repack_newer(installed_kiosk, tmp_path)
    sh(*APT, "install", str(newer), timeout=900)
    assert sh("dpkg-query", "-W", "-f=${Version}", "door-kiosk").stdout.endswith("+test1")
    members = json.loads(as_kiosk("members", "list", "--json").stdout)
    assert [m["name"] for m in members if m["id"] == added["id"]] == ["Mette Packaged"]

    # Purge: no question, the program and its units gone, the data left where it was.
    purge = sh(*APT, "purge", "door-kiosk", timeout=600)
    assert "/var/lib/door-kiosk" in purge.stdout + purge.stderr  # it says where the data stays
    for gone in ("/opt/door-kiosk", "/lib/systemd/system/door-kiosk.service", "/etc/pam.d/door-kiosk",
                 "/usr/bin/kiosk", "/etc/systemd/system/multi-user.target.wants/door-kiosk.service"):
        assert not os.path.lexists(gone), gone
    assert (data / "kiosk.sqlite3").exists()


def unit_command(unit: Path) -> tuple[dict[str, str], list[str]]:
    """The Environment= settings and the ExecStart= command line of a unit file."""
    env: dict[str, str] = {}
    command: list[str] = []
    for line in unit.read_text().splitlines():
        if line.startswith("Environment="):
            for pair in shlex.split(line.removeprefix("Environment=")):
                key, _, value = pair.partition("=")
                env[key] = value
        elif line.startswith("ExecStart="):
            command = shlex.split(line.removeprefix("ExecStart="))
    return env, command


def _session_notifies_systemd() -> None:
    unit_env, command = unit_command(Path("/lib/systemd/system/door-kiosk.service"))
    assert command[0] == "/usr/bin/cage" and "-s" not in command  # no VT switching
    run_dir = Path(tempfile.mkdtemp(prefix="door-kiosk-session-"))
    user = pwd.getpwnam("kiosk")
    os.chown(run_dir, user.pw_uid, user.pw_gid)
    run_dir.chmod(0o700)
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(run_dir / "notify"))
    os.chown(run_dir / "notify", user.pw_uid, user.pw_gid)
    notify.settimeout(120)
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": "/var/lib/door-kiosk",
           "XDG_RUNTIME_DIR": str(run_dir), "NOTIFY_SOCKET": str(run_dir / "notify"), "WATCHDOG_USEC": "2000000",
           "KIOSK_SOUND": "0", **unit_env,
           # No screen or seat in a container: wlroots' headless output and software rendering.
           "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1"}
    proc = subprocess.Popen(["runuser", "-u", "kiosk", "--", "env", "-i", *[f"{k}={v}" for k, v in env.items()],
                             *command], cwd="/var/lib/door-kiosk", stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        first = notify.recv(4096).decode()
        assert first.startswith("READY=1") and "STATUS=scanning with" in first, first
        assert [notify.recv(100) for _ in range(2)] == [b"WATCHDOG=1", b"WATCHDOG=1"]
        # Stopped as systemd stops the unit: ExecStop with $MAINPID (cage), then SIGTERM to what is left.
        assert [line for line in Path("/lib/systemd/system/door-kiosk.service").read_text().splitlines()
                if line.startswith("ExecStop=")] == ["ExecStop=/usr/lib/door-kiosk/stop-session"]
        cage = _descendant(proc.pid, "cage")
        sh("/usr/lib/door-kiosk/stop-session", env={"PATH": env["PATH"], "MAINPID": str(cage)}, timeout=30)
        assert proc.wait(30) == 0  # cage ended with the kiosk, before any signal of its own
        rest = []
        notify.settimeout(3)
        with contextlib.suppress(TimeoutError):
            while True:
                rest.append(notify.recv(100))
        assert b"STOPPING=1" in rest
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        notify.close()
        shutil.rmtree(run_dir, ignore_errors=True)


def _descendant(pid: int, name: str) -> int:
    """The first process called `name` below pid."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        stack = [pid]
        while stack:
            p = stack.pop()
            try:
                children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                with contextlib.suppress(OSError):
                    if Path(f"/proc/{child}/comm").read_text().strip() == name:
                        return child
                stack.append(child)
        time.sleep(0.1)
    raise AssertionError(f"no {name} process below {pid}")


def _repack_newer(deb: Path, tmp_path: Path) -> Path:
    tree = tmp_path / "repack"
    sh("dpkg-deb", "-R", str(deb), str(tree))
    control = tree / "DEBIAN" / "control"
    version = next(line.split(": ", 1)[1] for line in control.read_text().splitlines() if line.startswith("Version"))
    control.write_text(control.read_text().replace(f"Version: {version}", f"Version: {version}+test1"))
    out = tmp_path / "newer.deb"
    sh("dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "-b", str(tree), str(out), timeout=600)
    shutil.rmtree(tree)
    return out


@pytest.fixture
def installed_server(debs, apt_ready) -> Iterator[Path]:
    had_user = _user_exists("kiosk-server")
    need(not Path("/var/lib/door-kiosk-server").exists(), "/var/lib/door-kiosk-server exists: real data?")
    try:
        sh(*APT, "install", "--no-install-recommends", str(debs["door-kiosk-server"]), timeout=900)
        yield debs["door-kiosk-server"]
    finally:
        if subprocess.run(["dpkg", "-s", "door-kiosk-server"], capture_output=True).returncode == 0:
            subprocess.run(["dpkg", "--purge", "--force-all", "door-kiosk-server"], capture_output=True, env=ENV)
        shutil.rmtree("/var/lib/door-kiosk-server", ignore_errors=True)
        if not had_user and _user_exists("kiosk-server"):
            subprocess.run(["deluser", "--quiet", "--system", "kiosk-server"], capture_output=True)
            subprocess.run(["delgroup", "--quiet", "--system", "kiosk-server"], capture_output=True)
        assert sh("dpkg", "--audit").stdout.strip() == ""


def test_the_server_package_serves_from_opt_with_its_config(installed_server, tmp_path):
    conf = Path("/etc/door-kiosk-server/server.conf")
    assert stat.S_IMODE(conf.stat().st_mode) == 0o640
    verify = sh("systemd-analyze", "verify", "/lib/systemd/system/door-kiosk-server.service", ok=False)
    assert verify.returncode == 0 and "door-kiosk-server.service" not in verify.stderr, verify.stderr
    added = sh("/usr/bin/kiosk-server", "members", "add", "--name", "Lars Server", "--json")
    assert json.loads(added.stdout)["name"] == "Lars Server"
    assert Path("/var/lib/door-kiosk-server/server.sqlite3").stat().st_uid == pwd.getpwnam("kiosk-server").pw_uid

    # Start it as the unit does (the same user, settings and command line), on a free port.
    port = _free_port()
    unit = Path("/lib/systemd/system/door-kiosk-server.service").read_text()
    assert "EnvironmentFile=/etc/door-kiosk-server/server.conf" in unit
    env = {k: v for k, v in ENV.items() if not k.startswith(("KIOSK_", "PYTHON", "VIRTUAL_ENV"))}
    proc = subprocess.Popen(["runuser", "-u", "kiosk-server", "--", "env",
                             "KIOSK_SERVER_DATA_DIR=/var/lib/door-kiosk-server",
                             "/opt/door-kiosk-server/bin/kiosk", "server", "run", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as r:
                    assert json.loads(r.read())["status"] == "ok"
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(20)
    backup = sh("/usr/bin/kiosk-server", "backup", "--out", "/var/lib/door-kiosk-server/b.tar")
    assert "integrity ok" in backup.stdout
    sh(*APT, "purge", "door-kiosk-server", timeout=600)
    assert not conf.exists() and not Path("/opt/door-kiosk-server").exists()
    assert Path("/var/lib/door-kiosk-server/server.sqlite3").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
