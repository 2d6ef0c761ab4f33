"""Decoding in a child process, with a warm spare: a decoder that crashes or hangs costs a frame.

The parent sends a grey frame and the passes to try; the child (kiosk.scan.worker) answers with
the codes. If the child dies (libzbar's abort) or does not answer within the timeout (a hang), it
is killed, the warm spare takes over at once, and a new spare starts in the background. Each
incident is logged once.
"""

from __future__ import annotations

import json
import logging
import mmap
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .decoders import DecodedCode
from .passes import Pass
from .worker import DEFAULT_DECODERS, HEADER

log = logging.getLogger(__name__)
START_TIMEOUT = 20.0
SHARED_BYTES = 1920 * 1080  # camera frames up to 1080p go through shared memory; larger, the pipe
SCALE_VARIABLE = "KIOSK_DECODER_TIMEOUT_SCALE"
MAX_SCALE = 1000.0
LATE_GRACE = 5.0  # seconds a decoder past its deadline may still answer before it counts as hung
RECENT = 30  # live round trips the deadline looks back on
LOAD_MARGIN = 4.0  # the deadline: this many times the slowest recent round trip, at most times the timeout


def timeout_scale(environ: Mapping[str, str] = os.environ) -> float:
    """The factor for every decoder timeout, from $KIOSK_DECODER_TIMEOUT_SCALE (1 when unset).

    A real door never needs it; an emulated one does: packaging/test-arm64 runs the arm64 package
    under qemu, 10 to 30 times slower, where a 0.25 s decode deadline would call every frame a hang.
    A value that is not a number from 1 to 1000 is said in the log and 1 is used."""
    raw = environ.get(SCALE_VARIABLE, "").strip()
    if not raw:
        return 1.0
    try:
        scale = float(raw)
    except ValueError:
        scale = 0.0
    if not 1.0 <= scale <= MAX_SCALE:
        log.warning("%s=%s is not a number from 1 to %d: the decoder timeouts stay as they are", SCALE_VARIABLE,
                    raw, MAX_SCALE, extra={"event": "bad_timeout_scale"})
        return 1.0
    return scale


def _shared_dir() -> str | None:
    return "/dev/shm" if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK) else None


class DecoderProcessFailed(RuntimeError):
    pass


class _Child:
    def __init__(self, decoder_specs: list[str]) -> None:
        fd, self.frames_path = tempfile.mkstemp(prefix="kiosk-frames-", dir=_shared_dir())
        os.ftruncate(fd, SHARED_BYTES)
        self.frames = mmap.mmap(fd, SHARED_BYTES)
        os.close(fd)
        args = [sys.executable, "-m", "kiosk.scan.worker", "--frames", self.frames_path]
        for spec in decoder_specs:
            args += ["--decoder", spec]
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.info: dict[str, Any] | None = None

    def send_frame(self, request: dict[str, Any], gray: np.ndarray) -> None:
        size = gray.shape[0] * gray.shape[1]
        if size <= SHARED_BYTES:
            np.frombuffer(self.frames, dtype=np.uint8, count=size)[:] = gray.reshape(-1)
            self.send({**request, "shared": True}, b"")
        else:
            self.send(request, gray.tobytes())

    def wait_ready(self, timeout: float = START_TIMEOUT) -> dict[str, Any]:
        if self.info is None:
            self.info = self.receive(timeout)
        return self.info

    def send(self, message: dict[str, Any], payload: bytes) -> None:
        body = json.dumps(message).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(HEADER.pack(len(body)) + body + payload)

    def receive(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        (length,) = HEADER.unpack(self._read(fd, HEADER.size, deadline))
        # The body follows its header in one write: never stop half-way through a message, or
        # the next read (a late answer waited for) would start inside it.
        message: dict[str, Any] = json.loads(self._read(fd, length, max(deadline, time.monotonic() + 1.0)))
        return message

    def receive_reply(self, request_id: int, timeout: float) -> dict[str, Any]:
        """The answer to request `request_id`, passing over any older (late) answers."""
        deadline = time.monotonic() + timeout
        while True:
            reply = self.receive(max(deadline - time.monotonic(), 0.0))
            if reply.get("id") == request_id:
                return reply

    @staticmethod
    def _read(fd: int, n: int, deadline: float) -> bytes:
        data = bytearray()
        while len(data) < n:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return bytes(data)

    def kill(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.kill()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        code = self.proc.wait()
        self.frames.close()
        Path(self.frames_path).unlink(missing_ok=True)
        return code


class IsolatedDecoder:
    def __init__(self, decoder_specs: list[str] | None = None, timeout: float = 0.25,
                 start_timeout: float = START_TIMEOUT, scale: float = 1.0, wait: bool = True,
                 grace: float = LATE_GRACE) -> None:
        """timeout: seconds one decode may take before the warm spare takes over from its process;
        start_timeout: for a decoder process to start; grace: how long a process that missed the
        timeout may still answer (then it is the spare again) before it counts as hung and is
        killed; scale multiplies all three (timeout_scale(): an emulated machine).
        wait=False: the process starts while the caller does other work (wait_ready)."""
        self.specs = decoder_specs or DEFAULT_DECODERS
        self.timeout = timeout * scale
        self.start_timeout = start_timeout * scale
        self.grace = grace * scale
        self.all_passes_timeout = 30.0 * scale  # every pass on a full-size photo (kiosk scan)
        self.crashes = 0
        self.hangs = 0  # decodes that missed their deadline (the spare took over, or it was killed)
        self.late_answers = 0  # of them, processes that answered within the grace: spares again
        self.restarts = 0  # decoder processes started to replace one (each costs a process start)
        self._next_id = 0
        self.last_work_ms = 0.0  # the decoder process's own time for the last frame (its passes)
        self._round_trips: deque[float] = deque(maxlen=RECENT)  # seconds, the last live decodes
        self._lock = threading.Lock()
        self._ready_lock = threading.Lock()
        self._closed = False
        self._active = _Child(self.specs)
        self._spare: _Child | None = None
        self._spare_thread: threading.Thread | None = None
        self._late: set[_Child] = set()  # missed a deadline, may still answer (_wait_late)
        self._decoders: list[str] | None = None
        if wait:
            self.wait_ready()

    def wait_ready(self) -> list[str]:
        """Wait for the first decoder process to have started (once); its decoders' names.
        Without `wait`, the process starts while the caller does other work (the app's Qt
        start), and this runs at the first frame or when the names are asked for."""
        with self._ready_lock:
            if self._decoders is None:
                info = self._active.wait_ready(self.start_timeout)
                self._decoders = list(info["decoders"])
                for reason in info["unavailable"].values():
                    log.warning("%s", reason)
                self._start_spare()
            return self._decoders

    @property
    def decoders(self) -> list[str]:
        return self.wait_ready()

    def processes(self) -> tuple[int, int | None]:
        """The pids of the decoder process in use and of its warm spare (None while it starts)."""
        with self._lock:
            return self._active.proc.pid, self._spare.proc.pid if self._spare is not None else None

    def deadline(self) -> float:
        """The hang limit of the next live frame: the timeout, or on a machine that is slow right
        now (loaded, throttled) LOAD_MARGIN times the slowest of the last RECENT round trips, at
        most LOAD_MARGIN times the timeout: a decode that waited for a CPU is not a hang."""
        slowest = max(self._round_trips, default=0.0)
        return min(max(self.timeout, LOAD_MARGIN * slowest), LOAD_MARGIN * self.timeout)

    def decode(self, gray: np.ndarray, passes: list[Pass], run_all: bool = False,
               keep: bool = False) -> list[DecodedCode]:
        """keep: a live frame of the full schedule; the process keeps it to fuse with the next."""
        self.wait_ready()
        gray = np.ascontiguousarray(gray)
        h, w = gray.shape[:2]
        self._next_id += 1
        request = {"id": self._next_id, "h": h, "w": w, "all": run_all, "keep": keep,
                   "passes": [[p.preparation, p.decoder] for p in passes]}
        child = self._active
        limit = max(self.timeout, self.all_passes_timeout) if run_all else self.deadline()
        start = time.monotonic()
        try:
            child.send_frame(request, gray)
            reply = child.receive(limit)
        except TimeoutError:
            return self._missed(child, self._next_id, limit, start)
        except (EOFError, BrokenPipeError, OSError):
            code = child.kill()
            self.crashes += 1
            log.error("a decoder crashed (exit %s); restarted it", code, extra={"event": "decoder_crashed"})
            self._replace()
            return []
        if not run_all:
            self._round_trips.append(time.monotonic() - start)
        return self._codes(reply)

    def _codes(self, reply: dict[str, Any]) -> list[DecodedCode]:
        self.last_work_ms = float(reply.get("ms", 0.0))
        return [DecodedCode(c["text"], tuple(tuple(p) for p in c["corners"]))  # type: ignore[arg-type]
                for c in reply["codes"]]

    def _missed(self, child: _Child, request_id: int, limit: float, start: float) -> list[DecodedCode]:
        """A decode past its deadline: the warm spare takes the next frame at once, and this
        process is given the grace to answer and be the spare again (a loaded machine: no
        process start, which would load it more), or is killed after it (a hang)."""
        self.hangs += 1
        with self._lock:
            spare, self._spare = self._spare, None
            if spare is not None:
                self._late.add(child)
        if spare is not None:
            self._active = spare
            log.error("a decoder hung for more than %.0f ms; its warm spare took over", limit * 1000,
                      extra={"event": "decoder_hung", "deadline_ms": round(limit * 1000, 1)})
            threading.Thread(target=self._wait_late, args=(child, request_id, start), name="decoder-late",
                             daemon=True).start()
            return []
        # No spare is ready (it is still starting): this process is the only one; wait for it.
        log.error("a decoder hung for more than %.0f ms and no spare is ready; waiting for it", limit * 1000,
                  extra={"event": "decoder_hung", "deadline_ms": round(limit * 1000, 1)})
        try:
            reply = child.receive_reply(request_id, max(start + self.grace - time.monotonic(), 0.0))
        except (TimeoutError, EOFError, OSError):
            child.kill()
            self._replace()
            return []
        self.late_answers += 1
        return self._codes(reply)

    def _wait_late(self, child: _Child, request_id: int, start: float) -> None:
        try:
            child.receive_reply(request_id, max(start + self.grace - time.monotonic(), 0.0))
        except (TimeoutError, EOFError, OSError):
            with self._lock:
                self._late.discard(child)
            code = child.kill()
            if self._closed:  # killed by close(): nothing to say
                return
            log.error("a decoder gave no answer for %.1f s (exit %s); killed it, a new spare starts",
                      time.monotonic() - start, code, extra={"event": "decoder_killed"})
            if not self._closed:
                self._start_spare()
            return
        with self._lock:
            self._late.discard(child)
            keep = not self._closed and self._spare is None
            if keep:
                self._spare = child
        self.late_answers += 1
        log.info("a late decoder answered after %.0f ms", (time.monotonic() - start) * 1000,
                 extra={"event": "decoder_late", "kept_as_spare": keep})
        if not keep:
            child.kill()

    def _start_spare(self) -> None:
        def start() -> None:
            child = _Child(self.specs)
            try:
                child.wait_ready(self.start_timeout)
            except (TimeoutError, EOFError):
                child.kill()
                log.error("could not start a spare decoder process")
                return
            with self._lock:
                keep = not self._closed and self._spare is None
                if keep:
                    self._spare = child
            if not keep:  # closed meanwhile, or a late process answered and is the spare
                child.kill()

        self.restarts += self._decoders is not None and self._spare_thread is not None
        self._spare_thread = threading.Thread(target=start, name="decoder-spare", daemon=True)
        self._spare_thread.start()

    def _replace(self) -> None:
        self._active.kill()
        if self._spare_thread is not None:
            self._spare_thread.join(self.start_timeout)
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is None:  # the spare failed to start: start one now, waiting for it
            spare = _Child(self.specs)
            spare.wait_ready(self.start_timeout)
        self._active = spare
        self._start_spare()

    def close(self) -> None:
        self._closed = True
        if self._spare_thread is not None:
            self._spare_thread.join(self.start_timeout)
        self._active.kill()
        with self._lock:
            others = [*self._late, *([self._spare] if self._spare is not None else [])]
            self._late.clear()
            self._spare = None
        for child in others:
            child.kill()
