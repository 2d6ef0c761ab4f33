"""How the host pages are reached: the public URL (https makes every cookie Secure) and the
reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed; and the SMTP
server that sends members their login codes (none: a host shows the code)."""

from __future__ import annotations

import ipaddress
import os
import urllib.parse
from dataclasses import dataclass


class BadWebSetting(ValueError):
    """A --public-url or --trusted-proxy the server cannot use; the message says why."""


@dataclass(frozen=True)
class WebSettings:
    public_url: str = ""
    trusted_proxies: tuple[str, ...] = ()
    # Members' login codes by e-mail (members' page): none without a host
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = ""

    def __post_init__(self) -> None:
        if self.public_url:
            parts = urllib.parse.urlsplit(self.public_url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise BadWebSetting(f"--public-url {self.public_url!r} is not an http:// or https:// address")
        for proxy in self.trusted_proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise BadWebSetting(f"--trusted-proxy {proxy!r} is not an IP address or network") from None
        if self.smtp_host and "@" not in self.smtp_from:
            raise BadWebSetting("--smtp-from must be an e-mail address when --smtp-host is given")
        if not 0 < self.smtp_port < 65536:
            raise BadWebSetting(f"--smtp-port {self.smtp_port} is not a port number")

    @property
    def https_only(self) -> bool:
        return self.public_url.startswith("https://")

    @classmethod
    def from_env(cls) -> WebSettings:
        """KIOSK_SERVER_PUBLIC_URL and KIOSK_SERVER_TRUSTED_PROXIES (comma separated)."""
        proxies = os.environ.get("KIOSK_SERVER_TRUSTED_PROXIES", "")
        port = os.environ.get("KIOSK_SERVER_SMTP_PORT", "25")
        if not port.isdigit():
            raise BadWebSetting(f"KIOSK_SERVER_SMTP_PORT {port!r} is not a port number")
        return cls(public_url=os.environ.get("KIOSK_SERVER_PUBLIC_URL", ""),
                   trusted_proxies=tuple(p.strip() for p in proxies.split(",") if p.strip()),
                   smtp_host=os.environ.get("KIOSK_SERVER_SMTP_HOST", ""), smtp_port=int(port),
                   smtp_from=os.environ.get("KIOSK_SERVER_SMTP_FROM", ""))

    def to_env(self) -> dict[str, str]:
        return {"KIOSK_SERVER_PUBLIC_URL": self.public_url,
                "KIOSK_SERVER_TRUSTED_PROXIES": ",".join(self.trusted_proxies),
                "KIOSK_SERVER_SMTP_HOST": self.smtp_host, "KIOSK_SERVER_SMTP_PORT": str(self.smtp_port),
                "KIOSK_SERVER_SMTP_FROM": self.smtp_from}
