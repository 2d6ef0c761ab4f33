"""The QR a server's kiosk page shows for a new kiosk: its address and the one-time enrollment
code, read by the kiosk's camera in the first-run set-up. Shared by the server (writes it) and
the kiosk (reads it), so both speak one form:

    door-kiosk-enroll:?server=<address, percent-encoded>&code=<code>

The prefix keeps it apart from member cards and day passes: the door never checks one in.
"""

from __future__ import annotations

import re
import urllib.parse

PREFIX = "door-kiosk-enroll:?"
MAX_TEXT = 2_500  # a real one is well under 200 characters
MAX_URL = 2_000
CODE_SHAPE = re.compile(r"[A-Za-z0-9-]{4,64}")  # the server's codes are 10 Crockford letters


def enrollment_qr_text(server_url: str, code: str) -> str:
    return PREFIX + urllib.parse.urlencode({"server": server_url.rstrip("/"), "code": code})


def parse_enrollment_qr(text: str) -> tuple[str, str] | None:
    """(server address, code) from a QR's text, or None when it is not an enrollment QR: anybody
    can print a QR, so more fields, odd characters or sizes than the server writes are none."""
    text = text.strip()
    if not text.startswith(PREFIX) or len(text) > MAX_TEXT:
        return None
    try:
        fields = urllib.parse.parse_qs(text[len(PREFIX):], max_num_fields=4, errors="strict")
    except (ValueError, UnicodeDecodeError):  # too many fields, or bytes that are not UTF-8
        return None
    server, code = fields.get("server", [""])[0].strip(), fields.get("code", [""])[0].strip()
    if not server or len(server) > MAX_URL or not server.isprintable() or any(c.isspace() for c in server):
        return None
    if "@" in urllib.parse.urlsplit(server).netloc:  # https://your.space@elsewhere: never written by a server
        return None
    if not CODE_SHAPE.fullmatch(code):
        return None
    return server, code
