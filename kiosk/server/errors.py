"""What the server refuses: a code and arguments (kiosk.domain.problems) that the host pages
word in the reader's language, and an English message for kiosks' logs and the command line."""

from __future__ import annotations

from kiosk.domain.problems import Code, Problem


class ServerError(Problem):
    """A request a person or kiosk can fix."""

    default_code = Code.SERVER_REFUSED


class Unauthorized(ServerError):
    pass


class KeyConflict(ServerError):
    """The kiosk already gave the server another key (HTTP 409)."""
