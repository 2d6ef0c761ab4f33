"""What the server refuses, in words a person or kiosk can act on."""

from __future__ import annotations


class ServerError(Exception):
    """A request a person or kiosk can fix; the message says how."""


class Unauthorized(ServerError):
    pass


class KeyConflict(ServerError):
    """The kiosk already gave the server another key (HTTP 409)."""
