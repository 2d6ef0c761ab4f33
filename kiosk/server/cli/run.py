"""`kiosk server run`: serve the API and the host pages."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from .common import Commands, common, default_data_dir, fail, with_store

if TYPE_CHECKING:
    from ..store import ServerStore


def register(commands: Commands) -> None:
    run = commands.add_parser("run", help="serve the API")
    common(run)
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8470)
    run.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL: one per core)")
    run.add_argument("--max-body-bytes", type=int,
                     default=int(os.environ.get("KIOSK_SERVER_MAX_BODY_BYTES", 1_000_000)),
                     help="larger request bodies get 413 before they are read (KIOSK_SERVER_MAX_BODY_BYTES; "
                          "default 1000000)")
    run.add_argument("--oldest-protocol", type=int, default=int(os.environ.get("KIOSK_SERVER_OLDEST_PROTOCOL", 1)),
                     help="kiosks speaking an older sync protocol are told to update (default 1: serve all)")
    run.add_argument("--max-connections", type=int,
                     default=int(os.environ.get("KIOSK_SERVER_MAX_CONNECTIONS") or 4000),
                     help="connections held at once per process; past it the oldest one that has sent no "
                          "request yet is closed (KIOSK_SERVER_MAX_CONNECTIONS; default 4000, kept under "
                          "the open-files limit)")
    run.add_argument("--header-timeout", type=float,
                     default=float(os.environ.get("KIOSK_SERVER_HEADER_TIMEOUT") or 20),
                     help="seconds a new connection has to send its request head (KIOSK_SERVER_HEADER_TIMEOUT; "
                          "default 20)")
    run.add_argument("--public-url", default=os.environ.get("KIOSK_SERVER_PUBLIC_URL", ""),
                     help="the address hosts and kiosks use, e.g. https://kiosk.example.dk (https: cookies "
                          "are Secure) (KIOSK_SERVER_PUBLIC_URL)")
    run.add_argument("--trusted-proxy", action="append", default=None, metavar="ADDRESS",
                     help="a reverse proxy (IP or network) whose X-Forwarded-For and X-Forwarded-Proto are "
                          "believed; repeat for several (KIOSK_SERVER_TRUSTED_PROXIES, comma separated)")
    run.add_argument("--allowed-host", action="append", default=None, metavar="NAME",
                     help="a name (or address, or *.domain) besides the public URL's that the server answers "
                          "to; other Host headers get 400 (loopback always works); repeat for several "
                          "(KIOSK_SERVER_ALLOWED_HOSTS, comma separated)")
    run.add_argument("--smtp-host", default=os.environ.get("KIOSK_SERVER_SMTP_HOST", ""),
                     help="an SMTP server (no login; STARTTLS when it offers it) that e-mails members "
                          "their login codes (KIOSK_SERVER_SMTP_HOST; none: a host shows the code)")
    run.add_argument("--smtp-port", type=int, default=int(os.environ.get("KIOSK_SERVER_SMTP_PORT", "25") or 25),
                     help="its port (KIOSK_SERVER_SMTP_PORT; default 25)")
    run.add_argument("--smtp-from", default=os.environ.get("KIOSK_SERVER_SMTP_FROM", ""),
                     help="the sender address of those e-mails (KIOSK_SERVER_SMTP_FROM)")
    run.add_argument("--door-alert-mail", default=os.environ.get("KIOSK_SERVER_DOOR_ALERT_MAIL", ""),
                     metavar="ADDRESSES",
                     help="who is e-mailed when a door with a lock goes silent, its lock or sensor fails, or it "
                          "is held or forced open, and once when it is back; comma separated; needs --smtp-host "
                          "(KIOSK_SERVER_DOOR_ALERT_MAIL)")
    run.set_defaults(func=with_store(_run))


def _run(store: ServerStore, args: argparse.Namespace) -> int:
    from ..runner import serve
    from ..web.settings import BadWebSetting, WebSettings, split_addresses

    proxies = args.trusted_proxy if args.trusted_proxy is not None else [
        p.strip() for p in os.environ.get("KIOSK_SERVER_TRUSTED_PROXIES", "").split(",") if p.strip()]
    allowed = args.allowed_host if args.allowed_host is not None else [
        h.strip() for h in os.environ.get("KIOSK_SERVER_ALLOWED_HOSTS", "").split(",") if h.strip()]
    try:
        web = WebSettings(public_url=args.public_url, trusted_proxies=tuple(proxies),
                          smtp_host=args.smtp_host, smtp_port=args.smtp_port, smtp_from=args.smtp_from,
                          allowed_hosts=tuple(allowed), door_alert_mail=split_addresses(args.door_alert_mail))
    except BadWebSetting as exc:
        return fail(str(exc))
    if args.max_connections < 8 or not 0 < args.header_timeout <= 3600:
        return fail("--max-connections is at least 8 and --header-timeout between 0 and 3600 seconds")
    serve(store, args.host, args.port, args.workers, args.data_dir or default_data_dir(), args.db,
          args.timezone, web, {"max_body_bytes": args.max_body_bytes, "oldest_protocol": args.oldest_protocol,
           "max_connections": args.max_connections, "header_timeout": args.header_timeout})
    return 0
