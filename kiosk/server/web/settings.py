"""How the host pages are reached: the public URL (https makes every cookie Secure; login
e-mails link to it and to nothing else), the names the server answers to (the Host allow-list),
the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed; and the
SMTP server that sends members their login codes (none: a host shows the code)."""

from __future__ import annotations

import ipaddress
import os
import re
import urllib.parse
from dataclasses import dataclass

# A name, *.a-domain, an IPv4 address, or an IPv6 address in brackets (as a Host header has it)
HOST_NAME = re.compile(r"(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\]")


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
    # Names (or addresses) besides the public URL's that the server answers to; "*.example.dk"
    # for every subdomain. Loopback always: tools and development on the machine itself.
    allowed_hosts: tuple[str, ...] = ()
    # Who is e-mailed when a door with a lock goes silent, its lock or sensor fails, or it is held
    # or forced open (server/door_watch.py); needs the SMTP server above.
    door_alert_mail: tuple[str, ...] = ()

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
        for name in self.allowed_hosts:
            if not HOST_NAME.fullmatch(name):
                raise BadWebSetting(f"--allowed-host {name!r} is not a host name, an address or *.domain")
        for address in self.door_alert_mail:
            if not re.fullmatch(r"[^@\s,]+@[^@\s,]+", address):
                raise BadWebSetting(f"--door-alert-mail {address!r} is not an e-mail address")
        if self.door_alert_mail and not self.smtp_host:
            raise BadWebSetting("--door-alert-mail needs --smtp-host (the server that sends the e-mails)")
        if not 0 < self.smtp_port < 65536:
            raise BadWebSetting(f"--smtp-port {self.smtp_port} is not a port number")

    @property
    def mails_links(self) -> bool:
        """Login codes go by e-mail only with an SMTP server and a public URL to link to: a link
        made from a request's Host header would follow whatever name a sender wrote there."""
        return bool(self.smtp_host and self.public_url)

    def host_allow_list(self) -> list[str]:
        """The Host header values answered (port ignored); any other gets 400."""
        names = ["127.0.0.1", "localhost", "[::1]", *self.allowed_hosts]
        if self.public_url:
            parts = urllib.parse.urlsplit(self.public_url)
            host = parts.hostname or ""
            names.append(f"[{host}]" if ":" in host else host)
        return sorted({n.lower() for n in names})

    @property
    def https_only(self) -> bool:
        return self.public_url.startswith("https://")

    @classmethod
    def from_env(cls) -> WebSettings:
        """KIOSK_SERVER_PUBLIC_URL, KIOSK_SERVER_TRUSTED_PROXIES and KIOSK_SERVER_ALLOWED_HOSTS
        (comma separated), KIOSK_SERVER_SMTP_*."""
        proxies = os.environ.get("KIOSK_SERVER_TRUSTED_PROXIES", "")
        allowed = os.environ.get("KIOSK_SERVER_ALLOWED_HOSTS", "")
        port = os.environ.get("KIOSK_SERVER_SMTP_PORT", "25")
        if not port.isdigit():
            raise BadWebSetting(f"KIOSK_SERVER_SMTP_PORT {port!r} is not a port number")
        return cls(public_url=os.environ.get("KIOSK_SERVER_PUBLIC_URL", ""),
                   trusted_proxies=tuple(p.strip() for p in proxies.split(",") if p.strip()),
                   smtp_host=os.environ.get("KIOSK_SERVER_SMTP_HOST", ""), smtp_port=int(port),
                   smtp_from=os.environ.get("KIOSK_SERVER_SMTP_FROM", ""),
                   allowed_hosts=tuple(h.strip() for h in allowed.split(",") if h.strip()),
                   door_alert_mail=split_addresses(os.environ.get("KIOSK_SERVER_DOOR_ALERT_MAIL", "")))

    def to_env(self) -> dict[str, str]:
        return {"KIOSK_SERVER_PUBLIC_URL": self.public_url,
                "KIOSK_SERVER_TRUSTED_PROXIES": ",".join(self.trusted_proxies),
                "KIOSK_SERVER_SMTP_HOST": self.smtp_host, "KIOSK_SERVER_SMTP_PORT": str(self.smtp_port),
                "KIOSK_SERVER_SMTP_FROM": self.smtp_from, "KIOSK_SERVER_ALLOWED_HOSTS": ",".join(self.allowed_hosts),
                "KIOSK_SERVER_DOOR_ALERT_MAIL": ",".join(self.door_alert_mail)}


def split_addresses(text: str) -> tuple[str, ...]:
    """"anna@x.dk, bo@x.dk" -> ("anna@x.dk", "bo@x.dk")."""
    return tuple(a.strip() for a in text.split(",") if a.strip())
