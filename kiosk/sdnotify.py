"""systemd's notify protocol (sd_notify(3)): one datagram per message to $NOTIFY_SOCKET.

No Qt here: the GUI's watchdog timer (kiosk.ui.watchdog) calls `Notifier.send`, so only a
running event loop keeps the pings coming. Outside systemd (no $NOTIFY_SOCKET) every call
does nothing.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class Notifier:
    """Sends READY=1, WATCHDOG=1, STATUS=... to the service manager, if there is one.

    Under cage the kiosk is the service's child, not its main process, so WATCHDOG_PID names
    cage: the unit sets NotifyAccess=all and the kiosk pings whenever WATCHDOG_USEC is set,
    whichever process it names.
    """

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        # "@name" is a socket in the abstract namespace: a leading NUL byte on Linux.
        self.address = "\0" + address[1:] if address.startswith("@") else address
        usec = env.get("WATCHDOG_USEC", "")
        self.watchdog_usec = int(usec) if usec.isdigit() and int(usec) > 0 else 0
        self._socket: socket.socket | None = None
        self._warned = False

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    @property
    def ping_interval_ms(self) -> int:
        """Half the watchdog period, as sd_watchdog_enabled(3) advises; 0 when no watchdog is set."""
        return self.watchdog_usec // 2000

    def send(self, *fields: str) -> bool:
        """Send one message (fields joined by newlines). False when it did not arrive anywhere."""
        if not self.address:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto("\n".join(fields).encode(), self.address)
        except OSError as exc:
            if not self._warned:  # the manager went away: say so once, keep the door running
                log.warning("cannot notify the service manager at %s: %s", self.address.lstrip("\0"),
                            exc.strerror, extra={"event": "sd_notify_failed"})
                self._warned = True
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def ping(self) -> bool:
        return self.send("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.send("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
