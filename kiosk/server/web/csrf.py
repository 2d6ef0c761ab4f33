"""CSRF tokens for the host pages' forms (one small module, meant to be read in full).

A logged-in host's token is a synchronizer token: made at login, kept in the server-side
session row, put in every form, and compared on every POST. The login form, which has no
session yet, uses a double-submit token: the same random value in an HttpOnly SameSite=Strict
cookie and in the form. Comparison is constant-time on bytes, so a token of any characters is
simply a wrong token (never an exception); a missing or empty token never matches.
"""

from __future__ import annotations

import hmac
import secrets

MAX_TOKEN = 200


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(sent: str | None, expected: str | None) -> bool:
    if not sent or not expected or len(sent) > MAX_TOKEN or len(expected) > MAX_TOKEN:
        return False
    return hmac.compare_digest(sent.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))
