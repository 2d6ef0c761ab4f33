"""Start the real kiosk as a subprocess on a private Xvfb screen and follow its JSON log."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


class Xvfb:
    def __init__(self, width: int = 1280, height: int = 800) -> None:
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def screenshot(self, out: Path) -> Path:
        subprocess.run(["import", "-display", self.display, "-window", "root", str(out)], check=True,
                       capture_output=True, timeout=30)
        return out

    def screenshot_until(self, out: Path, check: Callable[[Image.Image], bool], timeout: float = 3.0) -> Path:
        """Screenshots until one passes check (the app may not have painted yet); the last one."""
        deadline = time.monotonic() + timeout
        while True:
            self.screenshot(out)
            with Image.open(out) as img:
                if check(img.convert("RGB")) or time.monotonic() > deadline:
                    return out
            time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def have_xvfb() -> bool:
    return shutil.which("Xvfb") is not None


class KioskProcess:
    def __init__(self, display: str, data_dir: Path, *args: str, extra_env: Mapping[str, str | None] | None = None,
                 cwd: Path = ROOT) -> None:
        """cwd: the checkout whose `kiosk` runs (benchmarks/start.py: another commit beside this one).
        extra_env: a value of None removes that variable."""
        env = {**os.environ, "DISPLAY": display, "KIOSK_SOUND": "0"}
        for name, value in (extra_env or {}).items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        env.pop("QT_QPA_PLATFORM", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--data-dir", str(data_dir), "--log-json", *args],
            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.log.append(line.rstrip())
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # Qt's own lines on stderr are plain text
            self.events.put(record)

    def wait_for(self, timeout: float = 30.0, **match: Any) -> dict[str, Any]:
        """The next log record whose fields equal `match` (records before it are consumed)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                record = self.events.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            if all(record.get(k) == v for k, v in match.items()):
                return record
        raise AssertionError(f"no log record {match} in {timeout} s; log:\n" + "\n".join(self.log[-40:]))

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
