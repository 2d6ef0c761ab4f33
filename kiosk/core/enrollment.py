"""The QR a server's kiosk page shows for a new kiosk: its address and the one-time enrollment
code, read by the kiosk's camera in the first-run set-up. Shared by the server (writes it) and
the kiosk (reads it), so both speak one form:

    door-kiosk-enroll:?server=<address, percent-encoded>&code=<code>

The prefix keeps it apart from member cards and day passes: the door never checks one in.
"""

from __future__ import annotations

import urllib.parse

PREFIX = "door-kiosk-enroll:?"


def enrollment_qr_text(server_url: str, code: str) -> str:
    return PREFIX + urllib.parse.urlencode({"server": server_url.rstrip("/"), "code": code})


def parse_enrollment_qr(text: str) -> tuple[str, str] | None:
    """(server address, code) from a QR's text, or None when it is not an enrollment QR."""
    text = text.strip()
    if not text.startswith(PREFIX):
        return None
    fields = urllib.parse.parse_qs(text[len(PREFIX):], max_num_fields=4)
    server, code = fields.get("server", [""])[0].strip(), fields.get("code", [""])[0].strip()
    if not server or not code:
        return None
    return server, code
