"""Joining a server: the one enrollment use case, for `kiosk enroll` and the first-run set-up.

It refuses plain http:// to another machine (unless allowed), asks the server with the one-time
code, and runs the first sync round. The engine writes the enrollment only after the server said
yes, so a refusal or an absent server leaves the kiosk as it was.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass

from kiosk.protocol.wire import EnrollResponse

from .engine import SyncEngine, SyncReport


class PlainHttpRefused(ValueError):
    """http:// to another machine: the device token and the roster would travel unencrypted."""


@dataclass(frozen=True)
class Joined:
    response: EnrollResponse
    first_round: SyncReport


def plain_http_elsewhere(url: str) -> bool:
    """http:// to anything but this machine (loopback stays allowed: nothing leaves it)."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() != "http":
        return False
    host = (parts.hostname or "").lower()
    # Only localhost itself: Debian's resolver asks the network's DNS for x.localhost, and a
    # hostile router may answer with any address.
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def join_server(sync: SyncEngine, url: str, code: str, replace_roster: bool = False,
                insecure_http: bool = False) -> Joined:
    """Enroll with the server at url and pull its roster. Raises PlainHttpRefused, and the
    engine's EnrollRefused, Rejected (wrong or expired code), Incompatible and ServerUnavailable."""
    url = url.strip()
    if plain_http_elsewhere(url) and not insecure_http:
        raise PlainHttpRefused(f"{url} is plain http to another machine: the device token and the roster "
                               "would travel unencrypted. Use the server's https:// address (see README: TLS)")
    response = sync.enroll(url, code, replace_roster)
    return Joined(response, sync.run_once())
