"""Headphones plugged into the door: the sound card's jack switch, read from Linux's input events.

The hardware boundary of "speech starts by itself when headphones are plugged in" (EN 301 549
5.2, 8.1.2). The kernel's HDA, USB-audio and SoC sound drivers report a headphone jack as an
input device with a switch (EV_SW, SW_HEADPHONE_INSERT); /proc/bus/input/devices lists which
ones have it, and /dev/input/eventN delivers each plug and unplug as a `struct input_event`
(the kiosk's user is in the `input` group: packaging/systemd). `InputJack` reads one such
device; a test gives it a FIFO and writes the kernel's own records into it. Which devices there
are, at start and as they come and go, is kiosk.speech.hotplug's.

Qt-free: kiosk/ui/jack.py watches the file descriptors on the GUI loop.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import struct
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

EV_SW = 0x05
SW_HEADPHONE_INSERT = 0x02
SW_LINEOUT_INSERT = 0x06  # some boards report the front socket as line out
JACK_SWITCHES = (SW_HEADPHONE_INSERT,)
# struct input_event: struct timeval (two C longs), __u16 type, __u16 code, __s32 value.
EVENT = struct.Struct("@llHHi")
SW_MAX = 0x10
LONG_HEX = struct.calcsize("l") * 2
PROC_DEVICES = Path("/proc/bus/input/devices")
DEV_INPUT = Path("/dev/input")


def eviocgsw(length: int) -> int:
    """The EVIOCGSW(len) ioctl request: the switches' state as a bitmap of `length` bytes."""
    ioc_read, nr, kind = 2, 0x1B, ord("E")
    return (ioc_read << 30) | (length << 16) | (kind << 8) | nr


class HeadphoneJack(Protocol):
    """One jack: a file descriptor to wait on, the plug states that came, its state now."""

    name: str

    def fileno(self) -> int: ...
    def changes(self) -> list[bool]: ...
    def plugged(self) -> bool | None: ...
    def close(self) -> None: ...


def jack_devices(devices: str) -> list[tuple[str, str]]:
    """(name, eventN) of each input device in /proc/bus/input/devices's text that has a
    headphone switch."""
    found: list[tuple[str, str]] = []
    for block in devices.split("\n\n"):
        name, handler, switches = "", "", 0
        for line in block.splitlines():
            if line.startswith("N: Name="):
                name = line.split("=", 1)[1].strip().strip('"')
            elif line.startswith("H: Handlers="):
                handler = next((h for h in line.split("=", 1)[1].split() if h.startswith("event")), "")
            elif line.startswith("B: SW="):
                words = line.split("=", 1)[1].split()
                # The bitmap is printed as hex words of a C long, the highest first.
                switches = int("".join(w.rjust(LONG_HEX, "0") for w in words) or "0", 16)
        if handler and any(switches >> bit & 1 for bit in JACK_SWITCHES):
            found.append((name, handler))
    return found


class InputJack:
    """A jack switch read from an evdev device file (or anything that carries its records)."""

    def __init__(self, path: Path, name: str = "") -> None:
        self.path, self.name = path, name or path.name
        self._fd: int | None = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        self._partial = b""

    def fileno(self) -> int:
        if self._fd is None:
            raise ValueError("closed")
        return self._fd

    @property
    def closed(self) -> bool:
        return self._fd is None

    def plugged(self) -> bool | None:
        """Plugged in now, asked of the driver (None where the file is no input device)."""
        if self._fd is None:
            return None
        buf = bytearray(SW_MAX // 8 + 1)
        try:
            fcntl.ioctl(self._fd, eviocgsw(len(buf)), buf, True)
        except OSError:
            return None
        return any(buf[bit // 8] >> (bit % 8) & 1 for bit in JACK_SWITCHES)

    def changes(self) -> list[bool]:
        """The plug states reported since the last call, oldest first ([] if none). A device
        that went away (a USB sound card pulled out, the end of the file) closes the jack."""
        if self._fd is None:
            return []
        data = b""
        while True:
            try:
                chunk = os.read(self._fd, EVENT.size * 64)
            except BlockingIOError:
                break
            except OSError as exc:
                if exc.errno in (errno.ENODEV, errno.EIO):
                    log.info("headphone jack %s went away", self.name, extra={"event": "jack_gone"})
                    self.close()
                    break
                raise
            if not chunk:
                self.close()  # no writer any more: nothing will come
                break
            data += chunk
        data, self._partial = self._partial + data, b""
        whole = len(data) - len(data) % EVENT.size
        self._partial = data[whole:]
        states = []
        for _sec, _usec, kind, code, value in EVENT.iter_unpack(data[:whole]):
            if kind == EV_SW and code in JACK_SWITCHES:
                states.append(bool(value))
        return states

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def jack_record(plugged: bool, code: int = SW_HEADPHONE_INSERT, kind: int = EV_SW) -> bytes:
    """The record the kernel writes for a plug (EV_SW) followed by its EV_SYN, as bytes."""
    return EVENT.pack(0, 0, kind, code, int(plugged)) + EVENT.pack(0, 0, 0, 0, 0)

