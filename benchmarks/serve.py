"""A real server for the benchmarks: `kiosk server run` in its own process(es), as in production."""

from __future__ import annotations

import random
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def server_process(data_dir: Path, db_url: str | None, workers: int = 1) -> Iterator[str]:
    """Start the server on a random port, wait until it answers, yield its URL, stop it."""
    port = 18000 + random.randint(0, 999)
    args = [sys.executable, "-m", "kiosk", "server", "run", "--data-dir", str(data_dir), "--port", str(port),
            "--workers", str(workers)]
    if db_url:
        args += ["--db", db_url]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/api/v1/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(10)
