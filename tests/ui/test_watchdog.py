"""The systemd watchdog over a real $NOTIFY_SOCKET datagram socket: pings arrive while the GUI
thread runs its loop, and stop while the GUI thread is frozen."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.sdnotify import Notifier
from kiosk.ui.watchdog import GuiWatchdog


class ServiceManager:
    """The service manager's end of $NOTIFY_SOCKET: records each datagram with its arrival time."""

    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.sock.settimeout(0.05)
        self.received: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            self.received.append((time.monotonic(), data.decode()))

    def pings(self) -> list[float]:
        return [t for t, msg in self.received if msg == "WATCHDOG=1"]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[ServiceManager]:
    m = ServiceManager(str(tmp_path / "notify"))
    yield m
    m.close()


def test_ready_then_pings_while_the_loop_runs_and_none_while_the_gui_thread_is_frozen(qtbot, manager, tmp_path):
    notifier = Notifier({"NOTIFY_SOCKET": str(tmp_path / "notify"), "WATCHDOG_USEC": "200000"})
    assert notifier.ping_interval_ms == 100
    dog = GuiWatchdog(notifier)
    dog.start(status="scanning")
    qtbot.waitUntil(lambda: len(manager.pings()) >= 4, timeout=3000)
    assert manager.received[0][1] == "READY=1\nSTATUS=scanning"

    # Freeze the GUI thread (this test runs on it): a hung slot in the real app looks the same.
    before = len(manager.pings())
    frozen_at = time.monotonic()
    time.sleep(1.0)
    thawed_at = time.monotonic()
    time.sleep(0.05)  # a datagram sent just before the freeze has surely arrived by now
    during = [t for t in manager.pings() if frozen_at + 0.02 < t < thawed_at]
    assert during == [], f"{len(during)} pings while the GUI thread was frozen"
    assert len(manager.pings()) == before

    qtbot.waitUntil(lambda: len(manager.pings()) >= before + 3, timeout=3000)  # the loop runs again
    dog.stop()
    qtbot.waitUntil(lambda: manager.received[-1][1] == "STOPPING=1", timeout=1000)
    stopped = len(manager.pings())
    qtbot.wait(300)
    assert len(manager.pings()) == stopped


def test_abstract_socket_address_and_no_watchdog_means_ready_only(qtbot, tmp_path):
    name = f"door-kiosk-test-{time.monotonic_ns()}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(2)
    try:
        dog = GuiWatchdog(Notifier({"NOTIFY_SOCKET": "@" + name}))
        dog.start()
        assert sock.recv(100) == b"READY=1"
        qtbot.wait(200)
        assert dog.pings == 0
        dog.stop()
        assert sock.recv(100) == b"STOPPING=1"
    finally:
        sock.close()


def test_outside_systemd_nothing_is_sent_and_a_vanished_manager_does_not_stop_the_door(tmp_path):
    assert not Notifier({}).ready()
    gone = Notifier({"NOTIFY_SOCKET": str(tmp_path / "nobody-listens"), "WATCHDOG_USEC": "1000000"})
    assert gone.enabled and gone.ping_interval_ms == 500
    assert not gone.ping()  # ECONNREFUSED/ENOENT: logged once, no exception
    assert not gone.ping()


def test_a_stop_signal_before_the_loop_runs_still_ends_the_loop(qapp):
    """systemd may stop the unit right after READY=1, before the Qt loop has started: the kiosk
    must still leave the loop (it hung until SIGKILL: QCoreApplication.quit() before exec() is
    a no-op)."""
    import signal as signals

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from kiosk.ui.main import stop_handler

    window = QWidget()
    stop = stop_handler(qapp, window)
    stop(signals.SIGTERM, None)  # before exec()
    QTimer.singleShot(5000, lambda: qapp.exit(99))  # the hang, bounded
    started = time.monotonic()
    assert qapp.exec() == 0
    assert time.monotonic() - started < 4
    assert window.allow_close  # type: ignore[attr-defined]
