"""A small HTTP client for the host pages, on http.client: it sends exactly what a test says
(odd cookies, bytes no browser would send, a chosen source address on loopback)."""

from __future__ import annotations

import http.client
import re
import ssl
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    def set_cookies(self) -> list[str]:
        return self.headers.get_all("Set-Cookie") or []


@dataclass
class WebClient:
    url: str
    source: str | None = None  # a loopback address to send from, e.g. 127.0.0.7
    context: ssl.SSLContext | None = None
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, form: dict[str, str] | None = None,
                headers: dict[str, str] | None = None, raw_cookie: str | None = None) -> Answer:
        parts = urllib.parse.urlsplit(self.url)
        source = (self.source, 0) if self.source else None
        if parts.scheme == "https":
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=120, source_address=source, context=self.context)
        else:
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=120, source_address=source)
        body = urllib.parse.urlencode(form).encode() if form is not None else None
        all_headers = dict(headers or {})
        if body is not None:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        cookie = raw_cookie if raw_cookie is not None else "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if cookie:
            all_headers["Cookie"] = cookie
        try:
            conn.putrequest(method, path, skip_host=any(n.lower() == "host" for n in all_headers))
            for name, value in all_headers.items():
                conn.putheader(name, value.encode("utf-8"))
            if body is not None:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
            response = conn.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            conn.close()
        for line in answer.set_cookies():
            jar: SimpleCookie = SimpleCookie()
            jar.load(line)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or morsel.value == "" or "1970" in morsel["expires"]:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return answer

    def get(self, path: str, **kw: object) -> Answer:
        return self.request("GET", path, **kw)  # type: ignore[arg-type]

    def post(self, path: str, form: dict[str, str], **kw: object) -> Answer:
        return self.request("POST", path, form, **kw)  # type: ignore[arg-type]

    def csrf_of(self, path: str) -> str:
        """The CSRF token in the form of a page."""
        page = self.get(path)
        assert page.status == 200, (path, page.status)
        found = re.search(r'name="csrf" value="([^"]*)"', page.text) or re.search(
            r"name='csrf' value='([^']*)'", page.text)
        assert found, page.text[:500]
        return found.group(1)

    def log_in(self, username: str, password: str) -> Answer:
        token = self.csrf_of("/login")
        return self.post("/login", {"csrf": token, "username": username, "password": password})
